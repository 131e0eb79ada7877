//! The reference list of départements and regions.

use cdlp_domain::DepartmentCode;
use chrono::{DateTime, Utc};
use sqlx::AssertSqlSafe;
use sqlx::PgConnection;

use crate::DbError;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DepartmentRow {
    pub code: String,
    pub name: String,
    pub region_code: String,
    pub region_name: String,
    pub sort_key: i32,
    pub onboarded_at: Option<DateTime<Utc>>,
}

const SELECT: &str = "select d.code, d.name, d.region_code, r.name as region_name, d.sort_key, d.onboarded_at \
                      from departments d join regions r on r.code = d.region_code";

pub async fn list(conn: &mut PgConnection) -> Result<Vec<DepartmentRow>, DbError> {
    Ok(
        sqlx::query_as(AssertSqlSafe(format!("{SELECT} order by d.sort_key")))
            .fetch_all(conn)
            .await?,
    )
}

pub async fn get(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Option<DepartmentRow>, DbError> {
    Ok(
        sqlx::query_as(AssertSqlSafe(format!("{SELECT} where d.code = $1")))
            .bind(code.as_str())
            .fetch_optional(conn)
            .await?,
    )
}

/// Marks the département as onboarded; false when it already was.
pub async fn mark_onboarded(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "update departments set onboarded_at = now() where code = $1 and onboarded_at is null",
    )
    .bind(code.as_str())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
