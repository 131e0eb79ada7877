//! Who is convened to a session, what was sent to each member, and when an updated
//! convocation is due.

use cdlp_domain::DepartmentCode;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::DbError;

/// A member sitting on the session's day (a term ended that day no longer sits), with the
/// address the convocation goes to: the one on their record, else their account's.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub member_id: Uuid,
    pub full_name: String,
    pub seat: String,
    pub address: String,
}

pub async fn recipients(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    on: NaiveDate,
) -> Result<Vec<Recipient>, DbError> {
    Ok(sqlx::query_as(
        "select m.id as member_id, m.full_name, m.seat, coalesce(m.email, u.email) as address \
         from commission_members m left join users u on u.id = m.user_id and u.disabled_at is null \
         where m.department_code = $1 and $2 between m.term_start and m.term_end \
         and (m.ended_on is null or m.ended_on > $2) and coalesce(m.email, u.email) is not null \
         order by m.full_name, m.id",
    )
    .bind(code.as_str())
    .bind(on)
    .fetch_all(conn)
    .await?)
}

/// Records one message to one member; its id is the outbox message's `ref_id`.
pub async fn insert(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
    member_id: Uuid,
    kind: &str,
    recipient: &str,
) -> Result<Uuid, DbError> {
    Ok(sqlx::query_scalar(
        "insert into session_convocations (department_code, session_id, member_id, kind, recipient) \
         values ($1, $2, $3, $4, $5) returning id",
    )
    .bind(code.as_str())
    .bind(session_id)
    .bind(member_id)
    .bind(kind)
    .bind(recipient)
    .fetch_one(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConvocationRow {
    pub id: Uuid,
    pub member_id: Uuid,
    pub member_name: String,
    pub kind: String,
    pub recipient: String,
    pub created_at: DateTime<Utc>,
}

pub async fn list(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<Vec<ConvocationRow>, DbError> {
    Ok(sqlx::query_as(
        "select c.id, c.member_id, m.full_name as member_name, c.kind, c.recipient, c.created_at \
         from session_convocations c join commission_members m \
           on m.department_code = c.department_code and m.id = c.member_id \
         where c.department_code = $1 and c.session_id = $2 order by c.created_at, m.full_name",
    )
    .bind(code.as_str())
    .bind(session_id)
    .fetch_all(conn)
    .await?)
}

/// Whether any convocation went out for this session (updates follow only then).
pub async fn any_sent(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<bool, DbError> {
    Ok(sqlx::query_scalar(
        "select exists (select 1 from session_convocations where department_code = $1 and session_id = $2 \
         and kind in ('CONVOCATION', 'UPDATE'))",
    )
    .bind(code.as_str())
    .bind(session_id)
    .fetch_one(conn)
    .await?)
}

/// The session's urgency statement and the time an updated convocation is due, if any.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct ConvocationState {
    pub urgency: Option<String>,
    pub convocation_due_at: Option<DateTime<Utc>>,
}

pub async fn state(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<ConvocationState, DbError> {
    Ok(sqlx::query_as(
        "select urgency, convocation_due_at from commission_sessions where department_code = $1 and id = $2",
    )
    .bind(code.as_str())
    .bind(session_id)
    .fetch_optional(conn)
    .await?
    .unwrap_or_default())
}

pub async fn set_urgency(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
    urgency: Option<&str>,
) -> Result<(), DbError> {
    sqlx::query(
        "update commission_sessions set urgency = $3 where department_code = $1 and id = $2",
    )
    .bind(code.as_str())
    .bind(session_id)
    .bind(urgency)
    .execute(conn)
    .await?;
    Ok(())
}

/// After a change of agenda or time: an updated convocation is due at `at`, if the members
/// were convened already (before that, the first convocation will carry the change).
pub async fn mark_update_due(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
    at: DateTime<Utc>,
) -> Result<(), DbError> {
    sqlx::query(
        "update commission_sessions s set convocation_due_at = $3 \
         where s.department_code = $1 and s.id = $2 and s.status = 'SCHEDULED' \
         and exists (select 1 from session_convocations c where c.department_code = s.department_code \
                     and c.session_id = s.id and c.kind in ('CONVOCATION', 'UPDATE'))",
    )
    .bind(code.as_str())
    .bind(session_id)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn clear_due(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    session_id: Uuid,
) -> Result<(), DbError> {
    sqlx::query(
        "update commission_sessions set convocation_due_at = null where department_code = $1 and id = $2",
    )
    .bind(code.as_str())
    .bind(session_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Scheduled sessions whose updated convocation is due at `now`, locked (another instance's
/// job skips them).
pub async fn due_sessions(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    now: DateTime<Utc>,
) -> Result<Vec<Uuid>, DbError> {
    Ok(sqlx::query_scalar(
        "select id from commission_sessions where department_code = $1 and status = 'SCHEDULED' \
         and convocation_due_at <= $2 order by convocation_due_at for update skip locked",
    )
    .bind(code.as_str())
    .bind(now)
    .fetch_all(conn)
    .await?)
}

/// The address convocations go to for a member (None: their account's, if any).
pub async fn set_member_email(
    conn: &mut PgConnection,
    code: &DepartmentCode,
    member_id: Uuid,
    email: Option<&str>,
) -> Result<(), DbError> {
    sqlx::query("update commission_members set email = $3 where department_code = $1 and id = $2")
        .bind(code.as_str())
        .bind(member_id)
        .bind(email)
        .execute(conn)
        .await?;
    Ok(())
}
