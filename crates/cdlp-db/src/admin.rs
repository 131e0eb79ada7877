//! Operations that need the administrative connection (`CDLP_ADMIN_DATABASE_URL`): migrations,
//! the start-up check of the service's role, bootstrap and demo data. None of these run on the
//! service's own pool except the read-only checks.

use cdlp_domain::{Email, Membership, Scope};
use sqlx::AssertSqlSafe;
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{Connection, PgPool};
use std::str::FromStr;
use uuid::Uuid;

use crate::{DbError, MIGRATOR, accounts};

/// Applies pending migrations.
pub async fn migrate(admin_url: &str) -> Result<(), DbError> {
    let mut conn = PgConnection::connect(admin_url).await?;
    MIGRATOR
        .run(&mut conn)
        .await
        .map_err(|e| DbError::Sqlx(e.into()))?;
    conn.close().await?;
    Ok(())
}

/// Creates the database named in `url` when it is missing (connecting to `postgres` to do so).
pub async fn create_database_if_missing(url: &str) -> Result<(), DbError> {
    let options = PgConnectOptions::from_str(url)?;
    let name = options.get_database().unwrap_or("postgres").to_owned();
    let mut conn = PgConnection::connect_with(&options.clone().database("postgres")).await?;
    let exists: bool =
        sqlx::query_scalar("select exists (select 1 from pg_database where datname = $1)")
            .bind(&name)
            .fetch_one(&mut conn)
            .await?;
    if !exists {
        sqlx::query(AssertSqlSafe(format!(
            "create database \"{}\"",
            name.replace('"', "\"\"")
        )))
        .execute(&mut conn)
        .await?;
    }
    conn.close().await?;
    Ok(())
}

/// Why the service's role is unfit to run the service.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleProblem {
    #[error("the service's database role {0} is a superuser")]
    Superuser(String),
    #[error("the service's database role {0} can bypass row-level security")]
    BypassesRls(String),
    #[error("the service's database role {0} owns {1} relations; it must own nothing")]
    OwnsRelations(String, i64),
    #[error("the service's database role {0} may act as cdlp_owner")]
    MemberOfOwner(String),
}

/// Checks that the pool's role is subject to every row-level security policy.
pub async fn check_service_role(pool: &PgPool) -> Result<Result<String, RoleProblem>, DbError> {
    let (name, superuser, bypass, owned, owner_member): (String, bool, bool, i64, bool) = sqlx::query_as(
        "select r.rolname::text, r.rolsuper, r.rolbypassrls, \
           (select count(*) from pg_class c where c.relowner = r.oid), \
           coalesce((select pg_has_role(r.oid, o.oid, 'MEMBER') from pg_roles o where o.rolname = 'cdlp_owner'), false) \
         from pg_roles r where r.rolname = current_user",
    )
    .fetch_one(pool)
    .await?;
    Ok(if superuser {
        Err(RoleProblem::Superuser(name))
    } else if bypass {
        Err(RoleProblem::BypassesRls(name))
    } else if owned > 0 {
        Err(RoleProblem::OwnsRelations(name, owned))
    } else if owner_member {
        Err(RoleProblem::MemberOfOwner(name))
    } else {
        Ok(name)
    })
}

/// True when every migration this binary knows has been applied.
pub async fn migrations_applied(pool: &PgPool) -> Result<bool, DbError> {
    let latest = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
    let applied: Option<i64> =
        sqlx::query_scalar("select max(version) from _sqlx_migrations where success")
            .fetch_one(pool)
            .await?;
    Ok(applied.unwrap_or(0) >= latest)
}

pub enum BootstrapOutcome {
    Created(Uuid),
    AlreadyExists,
}

/// Creates a platform operator account directly (the first one has nobody to invite it).
pub async fn bootstrap_operator(
    admin_url: &str,
    email: &Email,
    display_name: &str,
    password_hash: &str,
) -> Result<BootstrapOutcome, DbError> {
    let mut conn = PgConnection::connect(admin_url).await?;
    let mut tx = conn.begin().await?;
    if accounts::find_user_by_email(&mut tx, email)
        .await?
        .is_some()
    {
        return Ok(BootstrapOutcome::AlreadyExists);
    }
    let id = accounts::insert_user(&mut tx, email, display_name, password_hash).await?;
    sqlx::query("insert into memberships (user_id, role) values ($1, 'PLATFORM_OPERATOR')")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    crate::audit::append(
        &mut tx,
        crate::audit::Entry {
            department: None,
            actor_user_id: None,
            actor_role: Some("BOOTSTRAP"),
            action: "operator.bootstrapped",
            target_type: Some("user"),
            target_id: Some(id.to_string()),
            details: serde_json::json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(BootstrapOutcome::Created(id))
}

/// Records a national invitation for a platform operator (the link is printed by the caller).
pub async fn bootstrap_operator_invitation(
    admin_url: &str,
    email: &Email,
    token_hash: &str,
    expires_at: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbError> {
    let mut conn = PgConnection::connect(admin_url).await?;
    let mut tx = conn.begin().await?;
    let membership = Membership {
        role: cdlp_domain::Role::PlatformOperator,
        scope: Scope::National,
    };
    accounts::insert_invitation(
        &mut tx,
        accounts::NewInvitation {
            email,
            membership: &membership,
            token_hash,
            invited_by: None,
            expires_at,
            department_codes: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The demo operator's address: its presence means the demo data is loaded.
pub const DEMO_OPERATOR_EMAIL: &str = "operateur@demo.cdlp.fr";

/// Loads the demo data once; returns false when it was already there.
pub async fn seed_demo(admin_url: &str, password_hash: &str) -> Result<bool, DbError> {
    let mut conn = PgConnection::connect(admin_url).await?;
    let mut tx = conn.begin().await?;
    let present: bool = sqlx::query_scalar("select exists (select 1 from users where email = $1)")
        .bind(DEMO_OPERATOR_EMAIL)
        .fetch_one(&mut *tx)
        .await?;
    if present {
        return Ok(false);
    }
    sqlx::query("select set_config('cdlp.demo_password_hash', $1, true)")
        .bind(password_hash)
        .execute(&mut *tx)
        .await?;
    sqlx::raw_sql(include_str!("../sql/demo.sql"))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}
