//! The GraphQL schema: one query and one mutation object per domain module, merged.
//! Resolvers turn arguments into service inputs and rows into output types; they never
//! build SQL and never decide alone who may see what.

mod accounts;
mod agrements;
mod commission;
mod departments;
mod dossiers;
mod letters;
pub mod loaders;
mod mail;
mod reports;
mod sessions;

use async_graphql::{Context, EmptySubscription, MergedObject, Schema};

use crate::{ApiError, Principal, Services};

pub type CdlpSchema = Schema<Query, Mutation, EmptySubscription>;

#[derive(MergedObject, Default)]
pub struct Query(
    accounts::AccountQuery,
    departments::DepartmentQuery,
    commission::CommissionQuery,
    dossiers::DossierQuery,
    sessions::SessionQuery,
    agrements::AgrementQuery,
    reports::ReportQuery,
    reports::ExportQuery,
    mail::MailQuery,
    letters::LetterQuery,
);

#[derive(MergedObject, Default)]
pub struct Mutation(
    accounts::AccountMutation,
    departments::DepartmentMutation,
    commission::CommissionMutation,
    dossiers::DossierMutation,
    sessions::SessionMutation,
    agrements::AgrementMutation,
    reports::ReportMutation,
    reports::ExportMutation,
    mail::MailMutation,
    letters::LetterMutation,
);

/// Per-request data: who is calling (None when no token was sent).
pub struct RequestContext {
    pub principal: Option<Principal>,
    /// The client's address (for per-address limits), when known.
    pub client: Option<std::net::IpAddr>,
}

pub const MAX_DEPTH: usize = 15;
/// Page sizes count (a page of 50 dossiers costs 50 × its fields) and an identity costs 100:
/// a dossier list fits, a bulk read of identities does not.
pub const MAX_COMPLEXITY: usize = 5000;

pub fn build_schema(services: Services) -> CdlpSchema {
    Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .data(services)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .finish()
}

/// The schema's SDL, as committed in `schema.graphql`.
pub fn sdl() -> String {
    Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .finish()
        .sdl()
}

fn services<'a>(ctx: &Context<'a>) -> &'a Services {
    ctx.data_unchecked::<Services>()
}

/// The client's address, when the server knows it.
fn client(ctx: &Context<'_>) -> Option<std::net::IpAddr> {
    ctx.data_opt::<RequestContext>().and_then(|r| r.client)
}

/// The caller, or `UNAUTHENTICATED`.
fn principal<'a>(ctx: &Context<'a>) -> Result<&'a Principal, ApiError> {
    ctx.data_opt::<RequestContext>()
        .and_then(|r| r.principal.as_ref())
        .ok_or_else(ApiError::unauthenticated)
}
