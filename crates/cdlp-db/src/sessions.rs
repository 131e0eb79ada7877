//! Commission sessions: agenda, attendance, votes and avis.

use cdlp_domain::DepartmentCode;
use chrono::{DateTime, Utc};
use sqlx::{AssertSqlSafe, PgConnection};
use uuid::Uuid;

use crate::DbError;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub department_code: String,
    pub id: Uuid,
    pub commission_id: Uuid,
    pub scheduled_at: DateTime<Utc>,
    pub place: String,
    pub visio: bool,
    pub second_convocation: bool,
    pub status: String,
    pub convened_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub has_minutes: bool,
    pub version: i32,
}

const COLUMNS: &str = "department_code, id, commission_id, scheduled_at, place, visio, second_convocation, status, \
    convened_at, closed_at, minutes_pdf is not null as has_minutes, version";

pub struct NewSession<'a> {
    pub commission_id: Uuid,
    pub scheduled_at: DateTime<Utc>,
    pub place: &'a str,
    pub visio: bool,
    pub second_convocation: bool,
    pub created_by: Uuid,
}

pub async fn insert(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    s: NewSession<'_>,
) -> Result<SessionRow, DbError> {
    let sql = format!(
        "insert into commission_sessions (department_code, commission_id, scheduled_at, place, visio, second_convocation, \
         convened_at, created_by) values ($1, $2, $3, $4, $5, $6, now(), $7) returning {COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(s.commission_id)
        .bind(s.scheduled_at)
        .bind(s.place)
        .bind(s.visio)
        .bind(s.second_convocation)
        .bind(s.created_by)
        .fetch_one(conn)
        .await?)
}

pub async fn get(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<SessionRow>, DbError> {
    let sql =
        format!("select {COLUMNS} from commission_sessions where department_code = $1 and id = $2");
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

/// Locks the session for the rest of the transaction (agenda and votes change under it).
pub async fn lock(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<SessionRow>, DbError> {
    let sql = format!(
        "select {COLUMNS} from commission_sessions where department_code = $1 and id = $2 for update"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

pub async fn list(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    open_only: bool,
) -> Result<Vec<SessionRow>, DbError> {
    let sql = format!(
        "select {COLUMNS} from commission_sessions where department_code = $1 and (not $2 or status = 'SCHEDULED') \
         order by scheduled_at desc, id limit 200"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(open_only)
        .fetch_all(conn)
        .await?)
}

pub async fn close(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    minutes_pdf: &[u8],
) -> Result<SessionRow, DbError> {
    let sql = format!(
        "update commission_sessions set status = 'CLOSED', closed_at = now(), minutes_pdf = $3, version = version + 1 \
         where department_code = $1 and id = $2 returning {COLUMNS}"
    );
    let row = sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(minutes_pdf)
        .fetch_one(&mut *conn)
        .await?;
    // The minutes are closed: the agenda's dossiers leave the members' view.
    sqlx::query("update dossiers set agenda_session_id = null where department_code = $1 and agenda_session_id = $2")
        .bind(code.as_str())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(row)
}

pub async fn minutes_pdf(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<Option<Vec<u8>>, DbError> {
    Ok(sqlx::query_scalar(
        "select minutes_pdf from commission_sessions where department_code = $1 and id = $2",
    )
    .bind(code.as_str())
    .bind(id)
    .fetch_optional(conn)
    .await?
    .flatten())
}

pub async fn touch(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
) -> Result<(), DbError> {
    sqlx::query("update commission_sessions set version = version + 1 where department_code = $1 and id = $2")
        .bind(code.as_str())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

// ---- agenda ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AgendaItemRow {
    pub id: Uuid,
    pub session_id: Uuid,
    pub dossier_id: Uuid,
    pub dossier_reference: String,
    /// The dossier's current version (what `recordAvis` must send back).
    pub dossier_version: i32,
    pub association_id: Uuid,
    pub association_name: String,
    pub renewal_number: i16,
    pub position: i16,
    pub avis_kind: Option<String>,
    pub votes_for: Option<i32>,
    pub votes_against: Option<i32>,
    pub abstentions: Option<i32>,
    pub casting_vote_used: Option<bool>,
    pub remarks: Option<String>,
}

pub async fn add_item(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
    dossier_id: Uuid,
    renewal_number: i16,
) -> Result<Uuid, DbError> {
    Ok(sqlx::query_scalar(
        "insert into agenda_items (department_code, session_id, dossier_id, renewal_number, position) \
         values ($1, $2, $3, $4, (select coalesce(max(position), 0) + 1 from agenda_items \
           where department_code = $1 and session_id = $2)) returning id",
    )
    .bind(code.as_str())
    .bind(session_id)
    .bind(dossier_id)
    .bind(renewal_number)
    .fetch_one(conn)
    .await?)
}

pub async fn items(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<Vec<AgendaItemRow>, DbError> {
    Ok(sqlx::query_as(
        "select i.id, i.session_id, i.dossier_id, d.reference as dossier_reference, d.version as dossier_version, \
           d.association_id, \
           a.name as association_name, i.renewal_number, i.position, v.kind as avis_kind, v.votes_for, v.votes_against, \
           v.abstentions, v.casting_vote_used, v.remarks \
         from agenda_items i \
         join dossiers d on d.department_code = i.department_code and d.id = i.dossier_id \
         join associations a on a.id = d.association_id \
         left join avis v on v.department_code = i.department_code and v.agenda_item_id = i.id \
         where i.department_code = $1 and i.session_id = $2 order by i.position",
    )
    .bind(code.as_str())
    .bind(session_id)
    .fetch_all(conn)
    .await?)
}

// ---- attendance and votes ----

pub async fn set_attendance(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
    member_id: Uuid,
    present: bool,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into session_attendance (department_code, session_id, member_id, present) values ($1, $2, $3, $4) \
         on conflict (department_code, session_id, member_id) do update set present = excluded.present",
    )
    .bind(code.as_str())
    .bind(session_id)
    .bind(member_id)
    .bind(present)
    .execute(conn)
    .await?;
    Ok(())
}

/// Member ids recorded present at the session.
pub async fn present_members(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<Vec<Uuid>, DbError> {
    Ok(sqlx::query_scalar(
        "select member_id from session_attendance where department_code = $1 and session_id = $2 and present",
    )
    .bind(code.as_str())
    .bind(session_id)
    .fetch_all(conn)
    .await?)
}

pub async fn attendance(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<Vec<(Uuid, bool)>, DbError> {
    Ok(sqlx::query_as("select member_id, present from session_attendance where department_code = $1 and session_id = $2")
        .bind(code.as_str())
        .bind(session_id)
        .fetch_all(conn)
        .await?)
}

pub async fn insert_vote(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    item_id: Uuid,
    member_id: Uuid,
    vote: &str,
) -> Result<(), DbError> {
    sqlx::query("insert into votes (department_code, agenda_item_id, member_id, vote) values ($1, $2, $3, $4)")
        .bind(code.as_str())
        .bind(item_id)
        .bind(member_id)
        .bind(vote)
        .execute(conn)
        .await?;
    Ok(())
}

pub struct NewAvis<'a> {
    pub dossier_id: Uuid,
    pub association_id: Uuid,
    pub agenda_item_id: Uuid,
    pub renewal_number: i16,
    pub kind: &'a str,
    pub votes_for: i32,
    pub votes_against: i32,
    pub abstentions: i32,
    pub casting_vote_used: bool,
    pub remarks: Option<&'a str>,
    pub recorded_by: Uuid,
}

pub async fn insert_avis(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    a: NewAvis<'_>,
) -> Result<Uuid, DbError> {
    Ok(sqlx::query_scalar(
        "insert into avis (department_code, dossier_id, association_id, agenda_item_id, renewal_number, kind, votes_for, \
         votes_against, abstentions, casting_vote_used, remarks, recorded_by) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id",
    )
    .bind(code.as_str())
    .bind(a.dossier_id)
    .bind(a.association_id)
    .bind(a.agenda_item_id)
    .bind(a.renewal_number)
    .bind(a.kind)
    .bind(a.votes_for)
    .bind(a.votes_against)
    .bind(a.abstentions)
    .bind(a.casting_vote_used)
    .bind(a.remarks)
    .bind(a.recorded_by)
    .fetch_one(conn)
    .await?)
}

/// Names of members recorded present but who did not vote on an item (recusal and others).
pub async fn voters(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    item_id: Uuid,
) -> Result<Vec<(Uuid, String)>, DbError> {
    Ok(sqlx::query_as(
        "select member_id, vote from votes where department_code = $1 and agenda_item_id = $2",
    )
    .bind(code.as_str())
    .bind(item_id)
    .fetch_all(conn)
    .await?)
}

/// Takes a dossier off the agenda of any open session where it has no avis yet.
pub async fn remove_open_item(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    dossier_id: Uuid,
) -> Result<(), DbError> {
    sqlx::query(
        "delete from agenda_items i using commission_sessions s \
         where i.department_code = $1 and i.dossier_id = $2 and s.department_code = i.department_code \
         and s.id = i.session_id and s.status = 'SCHEDULED' \
         and not exists (select 1 from avis v where v.department_code = i.department_code and v.agenda_item_id = i.id)",
    )
    .bind(code.as_str())
    .bind(dossier_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// E-mail addresses of the members (with an account) sitting on a given day.
pub async fn member_addresses(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    on: chrono::NaiveDate,
) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "select u.email from commission_members m join users u on u.id = m.user_id \
         where m.department_code = $1 and $2 between m.term_start and m.term_end \
         and (m.ended_on is null or m.ended_on >= $2) and u.disabled_at is null order by u.email",
    )
    .bind(code.as_str())
    .bind(on)
    .fetch_all(conn)
    .await?)
}
