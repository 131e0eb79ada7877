//! Data access for CDLP. Every SQL statement of the service lives in this crate.
//!
//! The service's pool logs in as `cdlp_app`, which owns nothing and cannot bypass row-level
//! security. Each unit of work is one transaction opened by [`Db::begin`], which first sets
//! the request's context with `set_config(..., true)` (transaction-local): the policies read it,
//! and a pooled connection never carries one request's context into the next.

pub mod accounts;
pub mod admin;
pub mod agrements;
pub mod audit;
pub mod commissions;
mod context;
pub mod convocations;
pub mod departments;
pub mod dossiers;
mod error;
pub mod jobs;
pub mod outbox;
pub mod sessions;
pub mod signatories;
pub mod stats;

pub use context::{Context, Db, Tx, set_association, set_department, set_user};
pub use error::DbError;
pub use sqlx::PgConnection;

/// The migrations in `migrations/`, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations");
