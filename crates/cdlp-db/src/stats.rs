//! Indicator counters and the ministry's aggregate-only functions.

use cdlp_domain::DepartmentCode;
use chrono::NaiveDate;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::DbError;

/// The coarse attributes a count is broken down by (None: not recorded).
#[derive(Debug, Clone, Default)]
pub struct Dims<'a> {
    pub sex: Option<&'a str>,
    pub age_band: Option<&'a str>,
    pub nationality_group: Option<&'a str>,
}

/// Adds one to `metric` on `day` (month and year, overall and per attribute).
pub async fn bump(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    day: NaiveDate,
    metric: &str,
    dims: &Dims<'_>,
    bucket: i32,
) -> Result<(), DbError> {
    sqlx::query("select stats_bump($1, $2, $3, $4, $5, $6, $7)")
        .bind(code.as_str())
        .bind(day)
        .bind(metric)
        .bind(dims.sex)
        .bind(dims.age_band)
        .bind(dims.nationality_group)
        .bind(bucket)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CounterRow {
    pub department_code: String,
    pub metric: String,
    pub dim: String,
    pub bucket: i32,
    pub value: i64,
}

/// A monthly counter row with its month.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MonthlyCounterRow {
    pub period_start: NaiveDate,
    #[sqlx(flatten)]
    pub counter: CounterRow,
}

/// Every monthly counter row of [from, to] (month starts).
pub async fn ministry_monthly_counters(
    conn: &mut PgConnection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<MonthlyCounterRow>, DbError> {
    Ok(sqlx::query_as(
        "select period_start, department_code, metric, dim, bucket, value \
         from ministry_monthly_counters($1, $2)",
    )
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?)
}

/// Sums of every counter over [from, to] (by month rows, or by year rows), per département.
pub async fn ministry_counters(
    conn: &mut PgConnection,
    yearly: bool,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CounterRow>, DbError> {
    Ok(sqlx::query_as(
        "select department_code, metric, dim, bucket, value from ministry_counters($1, $2, $3)",
    )
    .bind(if yearly { "Y" } else { "M" })
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?)
}

/// Parcours in progress at the end of `at`, per département and attribute.
pub async fn ministry_in_progress(
    conn: &mut PgConnection,
    at: NaiveDate,
) -> Result<Vec<(String, String, i64)>, DbError> {
    Ok(
        sqlx::query_as("select department_code, dim, value from ministry_in_progress($1)")
            .bind(at)
            .fetch_all(conn)
            .await?,
    )
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ContextRow {
    pub department_code: String,
    pub installed_on: Option<NaiveDate>,
    pub sessions_held: i64,
    pub associations_in_force: i64,
}

pub async fn ministry_context(
    conn: &mut PgConnection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<ContextRow>, DbError> {
    Ok(sqlx::query_as("select department_code, installed_on, sessions_held, associations_in_force from ministry_context($1, $2)")
        .bind(from)
        .bind(to)
        .fetch_all(conn)
        .await?)
}

pub async fn ministry_declared(
    conn: &mut PgConnection,
    kind: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(String, String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "select department_code, indicator, value from ministry_declared($1, $2, $3)",
    )
    .bind(kind)
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?)
}

/// Whether the dossier already had this event for this request (counts a request once).
pub async fn had_event(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
    kind: &str,
    renewal: i16,
) -> Result<bool, DbError> {
    Ok(sqlx::query_scalar(
        "select exists (select 1 from dossier_events where department_code = $1 and dossier_id = $2 and kind = $3 \
         and coalesce((details ->> 'renewal')::int, 0) = $4)",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .bind(kind)
    .bind(i32::from(renewal))
    .fetch_one(conn)
    .await?)
}

// ---- declared indicators ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeclaredRow {
    pub id: Uuid,
    pub period_kind: String,
    pub period_start: NaiveDate,
    pub indicator: String,
    pub value: i64,
    pub note: Option<String>,
    pub declared_at: chrono::DateTime<chrono::Utc>,
    pub declared_by: Option<Uuid>,
}

#[allow(clippy::too_many_arguments)]
pub async fn declare(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    kind: &str,
    start: NaiveDate,
    indicator: &str,
    value: i64,
    note: Option<&str>,
    by: Uuid,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into declared_indicators (department_code, period_kind, period_start, indicator, value, note, declared_by) \
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(code.as_str())
    .bind(kind)
    .bind(start)
    .bind(indicator)
    .bind(value)
    .bind(note)
    .bind(by)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every declaration of the département, newest first (the history).
pub async fn declared(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Vec<DeclaredRow>, DbError> {
    Ok(sqlx::query_as(
        "select id, period_kind::text, period_start, indicator, value, note, declared_at, declared_by from declared_indicators \
         where department_code = $1 order by period_start desc, indicator, declared_at desc limit 1000",
    )
    .bind(code.as_str())
    .fetch_all(conn)
    .await?)
}

/// A département's own counters (its prefecture reads them unsuppressed).
pub async fn department_counters(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    yearly: bool,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CounterRow>, DbError> {
    Ok(sqlx::query_as(
        "select department_code, metric, dim, bucket, sum(value)::bigint as value from stats_counters \
         where department_code = $1 and period_kind = $2::char and period_start between $3 and $4 \
         group by 1, 2, 3, 4",
    )
    .bind(code.as_str())
    .bind(if yearly { "Y" } else { "M" })
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?)
}

/// A département's parcours in progress at the end of a day, per dim (as
/// `ministry_in_progress`): yearly rows of the years over by then, monthly rows after.
pub async fn department_in_progress(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    at: NaiveDate,
) -> Result<Vec<(String, String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "select department_code, dim, \
         sum(case when metric = 'PARCOURS_STARTED' then value else -value end)::bigint \
         from stats_counters where department_code = $1 \
         and metric in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED') \
         and ((period_kind = 'Y' and period_start < date_trunc('year', $2::date + 1)::date) \
           or (period_kind = 'M' and period_start >= date_trunc('year', $2::date + 1)::date and period_start <= $2)) \
         group by 1, 2",
    )
    .bind(code.as_str())
    .bind(at)
    .fetch_all(conn)
    .await?)
}

// ---- exports ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ExportRow {
    pub id: Uuid,
    pub format: String,
    pub params: serde_json::Value,
    pub status: String,
    pub filename: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub ready_at: Option<chrono::DateTime<chrono::Utc>>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

const EXPORT_COLUMNS: &str =
    "id, format, params, status, filename, created_at, ready_at, expires_at";

pub async fn insert_export(
    conn: &mut PgConnection,
    by: Uuid,
    format: &str,
    params: &serde_json::Value,
    expires_at: chrono::DateTime<chrono::Utc>,
) -> Result<ExportRow, DbError> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into exports (requested_by, format, params, expires_at) values ($1, $2, $3, $4) returning {EXPORT_COLUMNS}"
    )))
    .bind(by)
    .bind(format)
    .bind(params)
    .bind(expires_at)
    .fetch_one(conn)
    .await?)
}

pub async fn finish_export(
    conn: &mut PgConnection,
    id: Uuid,
    status: &str,
    filename: Option<&str>,
    content: Option<&[u8]>,
) -> Result<(), DbError> {
    sqlx::query("update exports set status = $2, filename = $3, content = $4, ready_at = now() where id = $1")
        .bind(id)
        .bind(status)
        .bind(filename)
        .bind(content)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn exports(conn: &mut PgConnection) -> Result<Vec<ExportRow>, DbError> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {EXPORT_COLUMNS} from exports where expires_at > now() order by created_at desc limit 100"
    )))
    .fetch_all(conn)
    .await?)
}

pub async fn export_content(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<(ExportRow, Option<Vec<u8>>)>, DbError> {
    let row: Option<ExportRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {EXPORT_COLUMNS} from exports where id = $1 and expires_at > now()"
    )))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let content: Option<Vec<u8>> = sqlx::query_scalar("select content from exports where id = $1")
        .bind(id)
        .fetch_one(conn)
        .await?;
    Ok(Some((row, content)))
}
