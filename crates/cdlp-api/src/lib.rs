//! CDLP's API: authentication, the services that carry out each use case (one transaction
//! each, through `cdlp-db`), the GraphQL schema whose resolvers call those services, and the
//! GraphQL-over-HTTP layer that serves it.

pub mod auth;
mod error;
pub mod graphql;
pub mod http;
mod input;
pub mod ratelimit;
pub mod services;
pub mod storage;

pub use error::ApiError;
pub use services::{Principal, Services, Settings};
