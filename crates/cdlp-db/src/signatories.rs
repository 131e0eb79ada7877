//! Who signs the prefect's decisions in a département (CRPA L.212-1), and the tribunal
//! administratif its letters name.

use cdlp_domain::DepartmentCode;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::DbError;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SignatoryRow {
    pub department_code: String,
    pub first_name: String,
    pub last_name: String,
    pub quality: String,
    pub delegation: String,
    pub tribunal: Option<String>,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

pub struct NewSignatory<'a> {
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub quality: &'a str,
    pub delegation: &'a str,
    pub tribunal: Option<&'a str>,
}

pub async fn get(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Option<SignatoryRow>, DbError> {
    Ok(sqlx::query_as(
        "select department_code, first_name, last_name, quality, delegation, tribunal, version, \
         updated_at from decision_signatories where department_code = $1",
    )
    .bind(code.as_str())
    .fetch_optional(conn)
    .await?)
}

/// Records the signatory, replacing the previous one. `expected_version` is the version the
/// caller saw (none: there was none); a stale one changes nothing and returns `None`.
pub async fn set(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    s: &NewSignatory<'_>,
    expected_version: Option<i32>,
    by: Uuid,
) -> Result<Option<SignatoryRow>, DbError> {
    let row =
        match expected_version {
            None => {
                sqlx::query_as(
                    "insert into decision_signatories (department_code, first_name, last_name, \
                 quality, delegation, tribunal, updated_by) values ($1, $2, $3, $4, $5, $6, $7) \
                 on conflict (department_code) do nothing \
                 returning department_code, first_name, last_name, quality, delegation, \
                 tribunal, version, updated_at",
                )
                .bind(code.as_str())
                .bind(s.first_name)
                .bind(s.last_name)
                .bind(s.quality)
                .bind(s.delegation)
                .bind(s.tribunal)
                .bind(by)
                .fetch_optional(conn)
                .await?
            }
            Some(version) => sqlx::query_as(
                "update decision_signatories set first_name = $2, last_name = $3, quality = $4, \
                 delegation = $5, tribunal = $6, updated_by = $7, updated_at = now(), \
                 version = version + 1 where department_code = $1 and version = $8 \
                 returning department_code, first_name, last_name, quality, delegation, \
                 tribunal, version, updated_at",
            )
            .bind(code.as_str())
            .bind(s.first_name)
            .bind(s.last_name)
            .bind(s.quality)
            .bind(s.delegation)
            .bind(s.tribunal)
            .bind(by)
            .bind(version)
            .fetch_optional(conn)
            .await?,
        };
    Ok(row)
}
