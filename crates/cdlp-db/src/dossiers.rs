//! Dossiers and what hangs from them: identity (ciphertext only), document de suivi actions,
//! periods, decisions, avis, documents and the timeline.

use cdlp_domain::DepartmentCode;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{AssertSqlSafe, PgConnection, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::DbError;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DossierRow {
    pub department_code: String,
    pub id: Uuid,
    pub reference: String,
    pub association_id: Uuid,
    pub status: String,
    pub renewal_number: i16,
    pub stop_reason: Option<String>,
    pub version: i32,
    pub sex: Option<String>,
    pub age_band: Option<String>,
    pub nationality_group: Option<String>,
    pub statistics_consent: Option<bool>,
    pub children: Option<i16>,
    pub commitments: Option<String>,
    pub association_avis: Option<String>,
    pub agenda_session_id: Option<Uuid>,
    pub return_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// The renewal's evaluation (R.121-12-9 §2): actions carried out and their results…
    pub renewal_actions_results: Option<String>,
    /// …commitments kept…
    pub renewal_commitments_kept: Option<String>,
    /// …and difficulties met.
    pub renewal_difficulties: Option<String>,
}

const COLUMNS: &str = "department_code, id, reference, association_id, status, renewal_number, stop_reason, version, \
    sex, age_band, nationality_group, statistics_consent, children, commitments, association_avis, agenda_session_id, \
    return_reason, created_at, updated_at, submitted_at, closed_at, renewal_actions_results, renewal_commitments_kept, \
    renewal_difficulties";

/// Next pseudonymous reference of the département for the year: `75-2026-0001`.
pub async fn next_reference(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    year: i32,
) -> Result<String, DbError> {
    let n: i32 = sqlx::query_scalar(
        "insert into dossier_reference_counters (department_code, year, last_number) values ($1, $2, 1) \
         on conflict (department_code, year) do update set last_number = dossier_reference_counters.last_number + 1 \
         returning last_number",
    )
    .bind(code.as_str())
    .bind(year as i16)
    .fetch_one(conn)
    .await?;
    Ok(format!("{code}-{year}-{n:04}"))
}

/// The fields a dossier's author edits (all optional until submission).
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub sex: Option<String>,
    pub age_band: Option<String>,
    pub nationality_group: Option<String>,
    pub statistics_consent: Option<bool>,
    pub children: Option<i16>,
    pub commitments: Option<String>,
    pub association_avis: Option<String>,
}

pub async fn insert(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    reference: &str,
    association_id: Uuid,
    status: &str,
    content: &Content,
    created_by: Uuid,
) -> Result<DossierRow, DbError> {
    let sql = format!(
        "insert into dossiers (department_code, reference, association_id, status, sex, age_band, nationality_group, \
         statistics_consent, children, commitments, association_avis, created_by) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning {COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(reference)
        .bind(association_id)
        .bind(status)
        .bind(&content.sex)
        .bind(&content.age_band)
        .bind(&content.nationality_group)
        .bind(content.statistics_consent)
        .bind(content.children)
        .bind(&content.commitments)
        .bind(&content.association_avis)
        .bind(created_by)
        .fetch_one(conn)
        .await?)
}

pub async fn get(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<DossierRow>, DbError> {
    let sql = format!("select {COLUMNS} from dossiers where department_code = $1 and id = $2");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

/// Locks the row for the rest of the transaction and checks the version the caller saw.
/// None: no such dossier (or not visible); Some(Err(current)): stale version.
pub async fn lock(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<DossierRow>, DbError> {
    let sql =
        format!("select {COLUMNS} from dossiers where department_code = $1 and id = $2 for update");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

/// A renewal's evaluation (None clears it, e.g. when a new renewal is requested).
pub async fn set_evaluation(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    evaluation: [Option<&str>; 3],
) -> Result<DossierRow, DbError> {
    let sql = format!(
        "update dossiers set renewal_actions_results = $3, renewal_commitments_kept = $4, renewal_difficulties = $5, \
         version = version + 1, updated_at = now() where department_code = $1 and id = $2 returning {COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(evaluation[0])
        .bind(evaluation[1])
        .bind(evaluation[2])
        .fetch_one(conn)
        .await?)
}

pub async fn update_content(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    content: &Content,
) -> Result<DossierRow, DbError> {
    let sql = format!(
        "update dossiers set sex = $3, age_band = $4, nationality_group = $5, statistics_consent = $6, children = $7, \
         commitments = $8, association_avis = $9, version = version + 1, updated_at = now() \
         where department_code = $1 and id = $2 returning {COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(&content.sex)
        .bind(&content.age_band)
        .bind(&content.nationality_group)
        .bind(content.statistics_consent)
        .bind(content.children)
        .bind(&content.commitments)
        .bind(&content.association_avis)
        .fetch_one(conn)
        .await?)
}

/// A change beside the dossier's own row (a document, benefits): the version still moves, so
/// that every change to a dossier is seen by whoever edits it next.
pub async fn touch(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<DossierRow, DbError> {
    let sql = format!(
        "update dossiers set version = version + 1, updated_at = now() where department_code = $1 and id = $2 returning {COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_one(conn)
        .await?)
}

/// A state change, with what goes along with it.
#[derive(Debug, Clone, Default)]
pub struct StateChange<'a> {
    pub status: &'a str,
    pub renewal_number: i16,
    pub stop_reason: Option<&'a str>,
    /// Some(x): set the agenda session to x (None inside clears it).
    pub agenda_session_id: Option<Option<Uuid>>,
    pub return_reason: Option<Option<&'a str>>,
    pub submitted: bool,
    pub closed: bool,
    /// When the change happens (the service's clock); the database's clock otherwise.
    pub at: Option<DateTime<Utc>>,
}

pub async fn set_state(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    change: StateChange<'_>,
) -> Result<DossierRow, DbError> {
    let sql = format!(
        "update dossiers set status = $3, renewal_number = $4, stop_reason = $5, \
         agenda_session_id = case when $6 then $7 else agenda_session_id end, \
         return_reason = case when $8 then $9 else return_reason end, \
         submitted_at = case when $10 then coalesce($12, now()) else submitted_at end, \
         closed_at = case when $11 then coalesce($12, now()) else closed_at end, \
         version = version + 1, updated_at = now() \
         where department_code = $1 and id = $2 returning {COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(change.status)
        .bind(change.renewal_number)
        .bind(change.stop_reason)
        .bind(change.agenda_session_id.is_some())
        .bind(change.agenda_session_id.flatten())
        .bind(change.return_reason.is_some())
        .bind(change.return_reason.flatten())
        .bind(change.submitted)
        .bind(change.closed)
        .bind(change.at)
        .fetch_one(conn)
        .await?)
}

/// Filters of the work lists.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub association_id: Option<Uuid>,
    pub statuses: Vec<String>,
    /// In progress, with its last period ending between these two days (renewals due).
    pub period_ends_between: Option<(NaiveDate, NaiveDate)>,
    /// With their last period ended before this day.
    pub period_ended_before: Option<NaiveDate>,
    pub reference_prefix: Option<String>,
    /// Only dossiers on an open session's agenda (commission members).
    pub on_agenda: bool,
    /// Only dossiers whose association holds no agrément in force on that day.
    pub without_agrement_on: Option<NaiveDate>,
}

/// One page, newest change first, keyset on (updated_at, id).
pub async fn page(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    filter: &Filter,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<DossierRow>, DbError> {
    let mut q: QueryBuilder<Postgres> =
        QueryBuilder::new(format!("select {COLUMNS} from dossiers d"));
    push_filter(&mut q, code, filter);
    if let Some((at, id)) = after {
        q.push(" and (d.updated_at, d.id) < (")
            .push_bind(at)
            .push(", ")
            .push_bind(id)
            .push(")");
    }
    q.push(" order by d.updated_at desc, d.id desc limit ")
        .push_bind(limit);
    Ok(q.build_query_as().fetch_all(conn).await?)
}

/// How many dossiers the filter selects (the queues' counts).
pub async fn count(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    filter: &Filter,
) -> Result<i64, DbError> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new("select count(*) from dossiers d");
    push_filter(&mut q, code, filter);
    Ok(q.build_query_scalar().fetch_one(conn).await?)
}

fn push_filter(q: &mut QueryBuilder<Postgres>, code: &DepartmentCode, filter: &Filter) {
    q.push(" where d.department_code = ")
        .push_bind(code.as_str().to_owned());
    if let Some(a) = filter.association_id {
        q.push(" and d.association_id = ").push_bind(a);
    }
    if !filter.statuses.is_empty() {
        q.push(" and d.status = any(")
            .push_bind(filter.statuses.clone())
            .push(")");
    }
    if let Some((from, to)) = filter.period_ends_between {
        q.push(
            " and d.status = 'IN_PROGRESS' and exists (select 1 from periods p where p.department_code = d.department_code \
             and p.dossier_id = d.id and p.number = (select max(number) from periods p2 where p2.department_code = d.department_code \
             and p2.dossier_id = d.id) and p.end_date between ",
        )
        .push_bind(from)
        .push(" and ")
        .push_bind(to)
        .push(")");
    }
    if let Some(day) = filter.period_ended_before {
        q.push(
            " and exists (select 1 from periods p where p.department_code = d.department_code and p.dossier_id = d.id \
             and p.number = (select max(number) from periods p2 where p2.department_code = d.department_code \
             and p2.dossier_id = d.id) and p.end_date < ",
        )
        .push_bind(day)
        .push(")");
    }
    if let Some(prefix) = &filter.reference_prefix {
        let escaped = prefix
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        q.push(" and d.reference ilike ")
            .push_bind(format!("{escaped}%"));
    }
    if let Some(day) = filter.without_agrement_on {
        q.push(
            " and not exists (select 1 from agrements g where g.department_code = d.department_code \
             and g.association_id = d.association_id and g.status in ('GRANTED', 'TACIT') \
             and (g.valid_from is null or g.valid_from <= ",
        )
        .push_bind(day)
        .push(") and (g.valid_until is null or g.valid_until >= ")
        .push_bind(day)
        .push("))");
    }
    if filter.on_agenda {
        q.push(" and d.agenda_session_id is not null");
    }
}

// ---- identity (ciphertext only: the vault seals and opens) ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct IdentityRow {
    pub key_version: i16,
    pub first_name: Vec<u8>,
    pub last_name: Vec<u8>,
    pub birth_date: Option<Vec<u8>>,
    pub nationality: Option<Vec<u8>>,
    pub contact: Option<Vec<u8>>,
}

pub async fn upsert_identity(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
    association_id: Uuid,
    identity: &IdentityRow,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into dossier_identities (department_code, dossier_id, association_id, key_version, first_name, last_name, \
         birth_date, nationality, contact) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         on conflict (department_code, dossier_id) do update set key_version = excluded.key_version, \
         first_name = excluded.first_name, last_name = excluded.last_name, birth_date = excluded.birth_date, \
         nationality = excluded.nationality, contact = excluded.contact, updated_at = now()",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .bind(association_id)
    .bind(identity.key_version)
    .bind(&identity.first_name)
    .bind(&identity.last_name)
    .bind(&identity.birth_date)
    .bind(&identity.nationality)
    .bind(&identity.contact)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn identity(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<Option<IdentityRow>, DbError> {
    Ok(sqlx::query_as(
        "select key_version, first_name, last_name, birth_date, nationality, contact from dossier_identities \
         where department_code = $1 and dossier_id = $2",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .fetch_optional(conn)
    .await?)
}

/// The département's current wrapped data key.
pub async fn department_key(
    conn: &mut PgConnection,
    code: &DepartmentCode,
) -> Result<Option<(i16, Vec<u8>)>, DbError> {
    Ok(sqlx::query_as(
        "select key_version, wrapped_key from department_keys where department_code = $1 order by key_version desc limit 1",
    )
    .bind(code.as_str())
    .fetch_optional(conn)
    .await?)
}

/// Stores a first key; if another transaction stored one meanwhile, keeps that one.
pub async fn insert_department_key(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    wrapped: &[u8],
) -> Result<(), DbError> {
    sqlx::query("insert into department_keys (department_code, key_version, wrapped_key) values ($1, 1, $2) on conflict do nothing")
        .bind(code.as_str())
        .bind(wrapped)
        .execute(conn)
        .await?;
    Ok(())
}

// ---- document de suivi ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActionRow {
    pub id: Uuid,
    pub position: i16,
    pub domain: String,
    pub description: String,
    pub duration_months: Option<i16>,
    pub expected_result: Option<String>,
}

pub struct NewAction {
    pub domain: String,
    pub description: String,
    pub duration_months: Option<i16>,
    pub expected_result: Option<String>,
}

pub async fn replace_actions(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
    association_id: Uuid,
    actions: &[NewAction],
) -> Result<(), DbError> {
    sqlx::query("delete from dossier_actions where department_code = $1 and dossier_id = $2")
        .bind(code.as_str())
        .bind(dossier_id)
        .execute(&mut *conn)
        .await?;
    for (i, a) in actions.iter().enumerate() {
        sqlx::query(
            "insert into dossier_actions (department_code, dossier_id, association_id, position, domain, description, \
             duration_months, expected_result) values ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(code.as_str())
        .bind(dossier_id)
        .bind(association_id)
        .bind(i as i16)
        .bind(&a.domain)
        .bind(&a.description)
        .bind(a.duration_months)
        .bind(&a.expected_result)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn actions(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<Vec<ActionRow>, DbError> {
    Ok(sqlx::query_as(
        "select id, position, domain, description, duration_months, expected_result from dossier_actions \
         where department_code = $1 and dossier_id = $2 order by position",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .fetch_all(conn)
    .await?)
}

// ---- decisions and periods ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DecisionRow {
    pub id: Uuid,
    pub dossier_id: Uuid,
    pub renewal_number: i16,
    pub outcome: String,
    pub decided_on: NaiveDate,
    pub reference: String,
    pub reasons: String,
    pub stop_reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

pub struct NewDecision<'a> {
    pub dossier_id: Uuid,
    pub association_id: Uuid,
    pub renewal_number: i16,
    pub outcome: &'a str,
    pub decided_on: NaiveDate,
    pub reference: &'a str,
    pub reasons: &'a str,
    pub stop_reason: Option<&'a str>,
    pub created_by: Uuid,
}

pub async fn insert_decision(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    d: NewDecision<'_>,
) -> Result<DecisionRow, DbError> {
    Ok(sqlx::query_as(
        "insert into decisions (department_code, dossier_id, association_id, renewal_number, outcome, decided_on, reference, \
         reasons, stop_reason, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         returning id, dossier_id, renewal_number, outcome, decided_on, reference, reasons, stop_reason, created_at",
    )
    .bind(code.as_str())
    .bind(d.dossier_id)
    .bind(d.association_id)
    .bind(d.renewal_number)
    .bind(d.outcome)
    .bind(d.decided_on)
    .bind(d.reference)
    .bind(d.reasons)
    .bind(d.stop_reason)
    .bind(d.created_by)
    .fetch_one(conn)
    .await?)
}

pub async fn decisions(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<Vec<DecisionRow>, DbError> {
    Ok(sqlx::query_as(
        "select id, dossier_id, renewal_number, outcome, decided_on, reference, reasons, stop_reason, created_at \
         from decisions where department_code = $1 and dossier_id = $2 order by created_at, id",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .fetch_all(conn)
    .await?)
}

pub async fn decision(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<DecisionRow>, DbError> {
    Ok(sqlx::query_as(
        "select id, dossier_id, renewal_number, outcome, decided_on, reference, reasons, stop_reason, created_at \
         from decisions where department_code = $1 and id = $2",
    )
    .bind(code.as_str())
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PeriodRow {
    pub dossier_id: Uuid,
    pub number: i16,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub decision_id: Uuid,
    pub afis_requested_on: Option<NaiveDate>,
    pub afis_granted_on: Option<NaiveDate>,
    pub afis_monthly_cents: Option<i32>,
    pub afis_last_paid_month: Option<NaiveDate>,
    pub aps_requested_on: Option<NaiveDate>,
    pub aps_issued_on: Option<NaiveDate>,
    pub housing_support: Option<String>,
    /// The running period when the parcours was stopped: the stop's date.
    pub stopped_on: Option<NaiveDate>,
    /// A later period cancelled by a stop: the stop's date.
    pub cancelled_on: Option<NaiveDate>,
    /// The statistics events already counted for this period (each counted once).
    pub counted: Vec<String>,
}

const PERIOD_COLUMNS: &str = "dossier_id, number, start_date, end_date, decision_id, afis_requested_on, afis_granted_on, \
    afis_monthly_cents, afis_last_paid_month, aps_requested_on, aps_issued_on, housing_support, stopped_on, cancelled_on, \
    counted";

#[allow(clippy::too_many_arguments)]
pub async fn insert_period(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
    association_id: Uuid,
    number: i16,
    start: NaiveDate,
    end: NaiveDate,
    decision_id: Uuid,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into periods (department_code, dossier_id, association_id, number, start_date, end_date, decision_id) \
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .bind(association_id)
    .bind(number)
    .bind(start)
    .bind(end)
    .bind(decision_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn periods(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<Vec<PeriodRow>, DbError> {
    let sql = format!(
        "select {PERIOD_COLUMNS} from periods where department_code = $1 and dossier_id = $2 order by number"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(dossier_id)
        .fetch_all(conn)
        .await?)
}

/// The latest period of each of these dossiers (one query for a whole page).
pub async fn latest_periods(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_ids: &[Uuid],
) -> Result<Vec<PeriodRow>, DbError> {
    let sql = format!(
        "select distinct on (dossier_id) {PERIOD_COLUMNS} from periods where department_code = $1 and dossier_id = any($2) \
         order by dossier_id, number desc"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(dossier_ids)
        .fetch_all(conn)
        .await?)
}

pub struct Benefits {
    pub afis_requested_on: Option<NaiveDate>,
    pub afis_granted_on: Option<NaiveDate>,
    pub afis_monthly_cents: Option<i32>,
    pub aps_requested_on: Option<NaiveDate>,
    pub aps_issued_on: Option<NaiveDate>,
    pub housing_support: Option<String>,
    pub counted: Vec<String>,
}

pub async fn update_benefits(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
    number: i16,
    b: &Benefits,
) -> Result<PeriodRow, DbError> {
    let sql = format!(
        "update periods set afis_requested_on = $4, afis_granted_on = $5, afis_monthly_cents = $6, aps_requested_on = $7, \
         aps_issued_on = $8, housing_support = $9, counted = $10 where department_code = $1 and dossier_id = $2 and number = $3 \
         returning {PERIOD_COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(dossier_id)
        .bind(number)
        .bind(b.afis_requested_on)
        .bind(b.afis_granted_on)
        .bind(b.afis_monthly_cents)
        .bind(b.aps_requested_on)
        .bind(b.aps_issued_on)
        .bind(&b.housing_support)
        .bind(&b.counted)
        .fetch_one(conn)
        .await?)
}

/// A stop: the running period's AFIS ends after `last_paid_month` and the period is marked
/// stopped; the periods not started yet are cancelled.
pub async fn stop_periods(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
    running: Option<(i16, NaiveDate)>,
    cancelled: &[i16],
    decided_on: NaiveDate,
) -> Result<(), DbError> {
    if let Some((number, last_paid_month)) = running {
        sqlx::query(
            "update periods set afis_last_paid_month = $4, stopped_on = $5 \
             where department_code = $1 and dossier_id = $2 and number = $3",
        )
        .bind(code.as_str())
        .bind(dossier_id)
        .bind(number)
        .bind(last_paid_month)
        .bind(decided_on)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "update periods set cancelled_on = $4 where department_code = $1 and dossier_id = $2 and number = any($3)",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .bind(cancelled)
    .bind(decided_on)
    .execute(conn)
    .await?;
    Ok(())
}

// ---- avis (read side; written with the session) ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AvisRow {
    pub id: Uuid,
    pub dossier_id: Uuid,
    pub agenda_item_id: Uuid,
    pub session_id: Uuid,
    pub renewal_number: i16,
    pub kind: String,
    pub votes_for: i32,
    pub votes_against: i32,
    pub abstentions: i32,
    pub casting_vote_used: bool,
    pub remarks: Option<String>,
    pub recorded_at: DateTime<Utc>,
}

pub async fn avis_of(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<Vec<AvisRow>, DbError> {
    Ok(sqlx::query_as(
        "select a.id, a.dossier_id, a.agenda_item_id, i.session_id, a.renewal_number, a.kind, a.votes_for, a.votes_against, \
         a.abstentions, a.casting_vote_used, a.remarks, a.recorded_at \
         from avis a join agenda_items i on i.department_code = a.department_code and i.id = a.agenda_item_id \
         where a.department_code = $1 and a.dossier_id = $2 order by a.recorded_at, a.id",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .fetch_all(conn)
    .await?)
}

// ---- timeline ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub id: Uuid,
    pub occurred_at: DateTime<Utc>,
    pub actor_user_id: Option<Uuid>,
    pub actor_role: Option<String>,
    pub kind: String,
    pub details: serde_json::Value,
}

pub struct NewEvent<'a> {
    pub dossier_id: Uuid,
    pub association_id: Uuid,
    pub actor_user_id: Option<Uuid>,
    pub actor_role: &'a str,
    pub kind: &'a str,
    pub details: serde_json::Value,
}

pub async fn append_event(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    e: NewEvent<'_>,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into dossier_events (department_code, dossier_id, association_id, actor_user_id, actor_role, kind, details) \
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(code.as_str())
    .bind(e.dossier_id)
    .bind(e.association_id)
    .bind(e.actor_user_id)
    .bind(e.actor_role)
    .bind(e.kind)
    .bind(e.details)
    .execute(conn)
    .await?;
    Ok(())
}

/// The latest timeline event of a dossier: its kind, who and when.
pub async fn latest_event(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<Option<(String, Option<Uuid>, DateTime<Utc>)>, DbError> {
    Ok(sqlx::query_as(
        "select kind, actor_user_id, occurred_at from dossier_events \
         where department_code = $1 and dossier_id = $2 order by occurred_at desc limit 1",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .fetch_optional(conn)
    .await?)
}

pub async fn events(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<Vec<EventRow>, DbError> {
    Ok(sqlx::query_as(
        "select id, occurred_at, actor_user_id, actor_role, kind, details from dossier_events \
         where department_code = $1 and dossier_id = $2 order by occurred_at, id",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .fetch_all(conn)
    .await?)
}

// ---- documents ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DocumentRow {
    pub id: Uuid,
    pub dossier_id: Uuid,
    pub kind: String,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i32,
    pub sha256: String,
    pub storage_key: String,
    pub uploaded_at: DateTime<Utc>,
}

pub struct NewDocument<'a> {
    pub id: Uuid,
    pub dossier_id: Uuid,
    pub association_id: Uuid,
    pub kind: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i32,
    pub sha256: &'a str,
    pub storage_key: &'a str,
    pub uploaded_by: Uuid,
}

pub async fn insert_document(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    d: NewDocument<'_>,
) -> Result<DocumentRow, DbError> {
    Ok(sqlx::query_as(
        "insert into dossier_documents (department_code, id, dossier_id, association_id, kind, filename, content_type, \
         size_bytes, sha256, storage_key, uploaded_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         returning id, dossier_id, kind, filename, content_type, size_bytes, sha256, storage_key, uploaded_at",
    )
    .bind(code.as_str())
    .bind(d.id)
    .bind(d.dossier_id)
    .bind(d.association_id)
    .bind(d.kind)
    .bind(d.filename)
    .bind(d.content_type)
    .bind(d.size_bytes)
    .bind(d.sha256)
    .bind(d.storage_key)
    .bind(d.uploaded_by)
    .fetch_one(conn)
    .await?)
}

pub async fn documents(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<Vec<DocumentRow>, DbError> {
    Ok(sqlx::query_as(
        "select id, dossier_id, kind, filename, content_type, size_bytes, sha256, storage_key, uploaded_at \
         from dossier_documents where department_code = $1 and dossier_id = $2 order by uploaded_at, id",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .fetch_all(conn)
    .await?)
}

pub async fn document(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<DocumentRow>, DbError> {
    Ok(sqlx::query_as(
        "select id, dossier_id, kind, filename, content_type, size_bytes, sha256, storage_key, uploaded_at \
         from dossier_documents where department_code = $1 and id = $2",
    )
    .bind(code.as_str())
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

// ---- agréments (what dossiers need of them) ----

/// Whether the association holds an agrément in force in the département on that day.
pub async fn agrement_in_force(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    association_id: Uuid,
    on: NaiveDate,
) -> Result<bool, DbError> {
    Ok(sqlx::query_scalar(
        "select exists (select 1 from agrements where department_code = $1 and association_id = $2 \
         and status in ('GRANTED', 'TACIT') and (valid_from is null or valid_from <= $3) \
         and (valid_until is null or valid_until >= $3))",
    )
    .bind(code.as_str())
    .bind(association_id)
    .bind(on)
    .fetch_one(conn)
    .await?)
}
