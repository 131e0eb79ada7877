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
    /// On a second convocation: the adjourned session it follows.
    pub follows_session_id: Option<Uuid>,
    /// The second convocation scheduled after this one was adjourned, if any.
    pub followed_by_session_id: Option<Uuid>,
    pub opened_at: Option<DateTime<Utc>>,
    pub quorum_members: Option<i32>,
    pub quorum_counted: Option<i32>,
    pub ended_at: Option<DateTime<Utc>>,
    pub end_reason: Option<String>,
}

const COLUMNS: &str = "department_code, id, commission_id, scheduled_at, place, visio, second_convocation, status, \
    convened_at, closed_at, minutes_pdf is not null as has_minutes, version, follows_session_id, \
    (select f.id from commission_sessions f where f.department_code = commission_sessions.department_code \
      and f.follows_session_id = commission_sessions.id) as followed_by_session_id, \
    opened_at, quorum_members, quorum_counted, ended_at, end_reason";

pub struct NewSession<'a> {
    pub commission_id: Uuid,
    pub scheduled_at: DateTime<Utc>,
    pub place: &'a str,
    pub visio: bool,
    /// A second convocation follows this adjourned session (and needs no quorum).
    pub follows_session_id: Option<Uuid>,
    pub created_by: Uuid,
}

pub async fn insert(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    s: NewSession<'_>,
) -> Result<SessionRow, DbError> {
    let sql = format!(
        "insert into commission_sessions (department_code, commission_id, scheduled_at, place, visio, second_convocation, \
         convened_at, created_by, follows_session_id) values ($1, $2, $3, $4, $5, $6, now(), $7, $8) returning {COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(s.commission_id)
        .bind(s.scheduled_at)
        .bind(s.place)
        .bind(s.visio)
        .bind(s.follows_session_id.is_some())
        .bind(s.created_by)
        .bind(s.follows_session_id)
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

/// The opening: quorum counted once, on the members composing the commission that day.
pub async fn open(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    members: i32,
    counted: i32,
) -> Result<(), DbError> {
    sqlx::query(
        "update commission_sessions set opened_at = now(), quorum_members = $3, quorum_counted = $4, \
         version = version + 1 where department_code = $1 and id = $2 and opened_at is null",
    )
    .bind(code.as_str())
    .bind(id)
    .bind(members)
    .bind(counted)
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends a session without deliberation: ADJOURNED (with the quorum counted) or CANCELLED.
pub async fn end(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    id: Uuid,
    status: &str,
    reason: Option<&str>,
    quorum: Option<(i32, i32)>,
) -> Result<SessionRow, DbError> {
    let sql = format!(
        "update commission_sessions set status = $3, ended_at = now(), end_reason = $4, \
         quorum_members = coalesce($5, quorum_members), quorum_counted = coalesce($6, quorum_counted), \
         version = version + 1 where department_code = $1 and id = $2 returning {COLUMNS}"
    );
    Ok(sqlx::query_as(AssertSqlSafe(sql))
        .bind(code.as_str())
        .bind(id)
        .bind(status)
        .bind(reason)
        .bind(quorum.map(|q| q.0))
        .bind(quorum.map(|q| q.1))
        .fetch_one(conn)
        .await?)
}

/// Takes one dossier's item (with no avis) off a session's agenda.
pub async fn delete_item(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
    dossier_id: Uuid,
) -> Result<u64, DbError> {
    Ok(sqlx::query(
        "delete from agenda_items i where i.department_code = $1 and i.session_id = $2 and i.dossier_id = $3 \
         and not exists (select 1 from avis v where v.department_code = i.department_code and v.agenda_item_id = i.id)",
    )
    .bind(code.as_str())
    .bind(session_id)
    .bind(dossier_id)
    .execute(conn)
    .await?
    .rows_affected())
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

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttendanceRow {
    pub member_id: Uuid,
    /// Takes part in person or remotely.
    pub present: bool,
    /// PRESENT, REMOTE, MANDATE or ABSENT.
    pub mode: String,
    pub mandate_to: Option<Uuid>,
}

/// Clears the attendance sheet before it is written again whole.
pub async fn clear_attendance(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<(), DbError> {
    sqlx::query("delete from session_attendance where department_code = $1 and session_id = $2")
        .bind(code.as_str())
        .bind(session_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_attendance(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
    member_id: Uuid,
    mode: &str,
    mandate_to: Option<Uuid>,
) -> Result<(), DbError> {
    sqlx::query(
        "insert into session_attendance (department_code, session_id, member_id, present, mode, mandate_to) \
         values ($1, $2, $3, $4 in ('PRESENT', 'REMOTE'), $4, $5) \
         on conflict (department_code, session_id, member_id) do update set present = excluded.present, \
         mode = excluded.mode, mandate_to = excluded.mandate_to",
    )
    .bind(code.as_str())
    .bind(session_id)
    .bind(member_id)
    .bind(mode)
    .bind(mandate_to)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn attendance(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<Vec<AttendanceRow>, DbError> {
    Ok(sqlx::query_as(
        "select member_id, present, mode, mandate_to from session_attendance \
         where department_code = $1 and session_id = $2 order by member_id",
    )
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
