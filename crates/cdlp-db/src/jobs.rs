//! What the background job reads and locks.

use cdlp_domain::DepartmentCode;
use chrono::NaiveDate;
use sqlx::{AssertSqlSafe, PgConnection};
use uuid::Uuid;

use crate::DbError;
use crate::dossiers::DossierRow;

/// One runner at a time across every instance: a transaction-level advisory lock.
pub async fn try_lock(conn: &mut PgConnection) -> Result<bool, DbError> {
    Ok(
        sqlx::query_scalar("select pg_try_advisory_xact_lock(hashtext('cdlp.jobs'))")
            .fetch_one(conn)
            .await?,
    )
}

/// Switches the transaction's context to another département (the job visits them in turn).
pub async fn enter(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    association: Option<Uuid>,
) -> Result<(), DbError> {
    sqlx::query("select set_config('cdlp.department', $1, true), set_config('cdlp.association_id', $2, true)")
        .bind(code.as_str())
        .bind(association.map(|a| a.to_string()).unwrap_or_default())
        .execute(conn)
        .await?;
    Ok(())
}

fn dossier_columns() -> &'static str {
    "d.department_code, d.id, d.reference, d.association_id, d.status, d.renewal_number, d.stop_reason, d.version, \
     d.sex, d.age_band, d.nationality_group, d.statistics_consent, d.children, d.commitments, d.association_avis, \
     d.agenda_session_id, d.return_reason, d.created_at, d.updated_at, d.submitted_at, d.closed_at, \
     d.renewal_actions_results, d.renewal_commitments_kept, d.renewal_difficulties"
}

/// In-progress dossiers whose last period ended before `today`, locked.
pub async fn ended_in_progress(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    today: NaiveDate,
) -> Result<Vec<DossierRow>, DbError> {
    let sql = format!(
        "select {} from dossiers d where d.department_code = $1 and d.status = 'IN_PROGRESS' \
         and (select max(p.end_date) from periods p where p.department_code = d.department_code and p.dossier_id = d.id) < $2 \
         for update of d",
        dossier_columns()
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(today)
        .fetch_all(conn)
        .await?)
}

/// In-progress dossiers whose last period ends between `today` and `until`, with no reminder
/// sent for that period yet: (dossier, period number, end date).
pub async fn renewals_to_remind(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    today: NaiveDate,
    until: NaiveDate,
) -> Result<Vec<(Uuid, String, Uuid, i16, NaiveDate)>, DbError> {
    Ok(sqlx::query_as(
        "select d.id, d.reference, d.association_id, p.number, p.end_date from dossiers d \
         join periods p on p.department_code = d.department_code and p.dossier_id = d.id \
         where d.department_code = $1 and d.status = 'IN_PROGRESS' and p.end_date between $2 and $3 \
         and p.number = (select max(number) from periods p2 where p2.department_code = d.department_code and p2.dossier_id = d.id) \
         and not exists (select 1 from dossier_events e where e.department_code = d.department_code and e.dossier_id = d.id \
           and e.kind = 'RENEWAL_REMINDER' and (e.details ->> 'period')::int = p.number)",
    )
    .bind(code.as_str())
    .bind(today)
    .bind(until)
    .fetch_all(conn)
    .await?)
}

/// The association the transaction currently acts for ('' when none).
pub async fn current_association(conn: &mut PgConnection) -> Result<String, DbError> {
    Ok(
        sqlx::query_scalar("select coalesce(current_setting('cdlp.association_id', true), '')")
            .fetch_one(conn)
            .await?,
    )
}
