use cdlp_domain::DepartmentCode;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgConnection, PgPool, Postgres, Transaction};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use uuid::Uuid;

use crate::DbError;

/// One unit of work. Dropped without `commit`, it rolls back: an error half-way through a
/// mutation leaves nothing behind.
pub struct Tx(Transaction<'static, Postgres>);

impl Tx {
    pub async fn commit(self) -> Result<(), DbError> {
        Ok(self.0.commit().await?)
    }

    pub async fn rollback(self) -> Result<(), DbError> {
        Ok(self.0.rollback().await?)
    }
}

impl std::ops::Deref for Tx {
    type Target = PgConnection;
    fn deref(&self) -> &PgConnection {
        &self.0
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.0
    }
}

/// Who acts, and where, for one transaction. Policies read these settings; an unset one
/// yields no match, so a forgotten field fails closed.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub user_id: Option<Uuid>,
    /// The acting role's name (`PREFECTURE_ADMIN`, ...; `OUTBOX_WORKER` for the mailer).
    pub role: Option<&'static str>,
    pub department: Option<DepartmentCode>,
    pub association_id: Option<Uuid>,
    /// SHA-256 of an invitation token the caller presents.
    pub invitation_hash: Option<String>,
}

/// The service's connection pool (as `cdlp_app`).
#[derive(Clone, Debug)]
pub struct Db {
    pool: PgPool,
    /// Units of work begun: what a request costs, for tests that bound it (N+1 guards).
    transactions: Arc<AtomicU64>,
}

impl Db {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, DbError> {
        let options = PgConnectOptions::from_str(url)?.application_name("cdlp");
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        Ok(Self::from_pool(pool))
    }

    pub fn from_pool(pool: PgPool) -> Self {
        Self {
            pool,
            transactions: Arc::default(),
        }
    }

    pub fn transactions_begun(&self) -> u64 {
        self.transactions.load(Ordering::Relaxed)
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Opens one unit of work with the given context set for this transaction only.
    pub async fn begin(&self, ctx: &Context) -> Result<Tx, DbError> {
        self.transactions.fetch_add(1, Ordering::Relaxed);
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "select set_config('cdlp.user_id', $1, true), set_config('cdlp.role', $2, true), \
             set_config('cdlp.department', $3, true), set_config('cdlp.association_id', $4, true), \
             set_config('cdlp.invitation', $5, true)",
        )
        .bind(ctx.user_id.map(|u| u.to_string()).unwrap_or_default())
        .bind(ctx.role.unwrap_or_default())
        .bind(
            ctx.department
                .as_ref()
                .map(|d| d.as_str())
                .unwrap_or_default(),
        )
        .bind(
            ctx.association_id
                .map(|u| u.to_string())
                .unwrap_or_default(),
        )
        .bind(ctx.invitation_hash.as_deref().unwrap_or_default())
        .execute(&mut *tx)
        .await?;
        Ok(Tx(tx))
    }
}

/// Sets the acting user mid-transaction (an invitation creates its user, then acts as it).
pub async fn set_user(conn: &mut PgConnection, user_id: Uuid) -> Result<(), DbError> {
    sqlx::query("select set_config('cdlp.user_id', $1, true)")
        .bind(user_id.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// Names the département the rest of the transaction acts in (known only once a row is read,
/// as when an invitation is accepted).
pub async fn set_department(conn: &mut PgConnection, code: &DepartmentCode) -> Result<(), DbError> {
    sqlx::query("select set_config('cdlp.department', $1, true)")
        .bind(code.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

/// Names the association the rest of the transaction acts for (a new association's
/// registration only knows it once the row exists).
pub async fn set_association(conn: &mut PgConnection, association_id: Uuid) -> Result<(), DbError> {
    sqlx::query("select set_config('cdlp.association_id', $1, true)")
        .bind(association_id.to_string())
        .execute(conn)
        .await?;
    Ok(())
}
