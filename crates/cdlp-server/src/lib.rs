//! The `cdlp` binary: configuration, commands, the HTTP application and the private
//! PostgreSQL cluster of the demo.

mod app;
mod commands;
mod config;
pub mod demo;
mod embedded;
pub mod mail;
mod telemetry;

pub use app::{build_services, metrics_router, router};
pub use commands::run;
pub use config::{Cli, Command, Config};
