//! The e-mail outbox: messages are written in the transaction that causes them, and the
//! delivery worker claims them one at a time (`FOR UPDATE SKIP LOCKED`, so two instances
//! never hold the same one) under the `OUTBOX_WORKER` context of their département.

use cdlp_domain::{DepartmentCode, Email};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::DbError;

pub struct OutgoingEmail<'a> {
    /// None for national messages.
    pub department: Option<&'a DepartmentCode>,
    pub kind: &'a str,
    pub recipient: &'a Email,
    pub subject: &'a str,
    pub body: &'a str,
}

/// Queues a message; returns its id. With `ref_id`, the message is about an object (an
/// invitation, a convocation) whose sender is shown the delivery status through [`deliveries`].
pub async fn enqueue_about(
    conn: &mut PgConnection,
    mail: OutgoingEmail<'_>,
    ref_id: Option<Uuid>,
) -> Result<Uuid, DbError> {
    // No RETURNING: the row is not readable by the writer (it may hold a sign-in link), so the
    // id is chosen here.
    let id = Uuid::new_v4();
    sqlx::query(
        "insert into outbox_emails (id, department_code, kind, recipient, subject, body, ref_id) \
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(mail.department.map(|d| d.as_str()))
    .bind(mail.kind)
    .bind(mail.recipient.as_str())
    .bind(mail.subject)
    .bind(mail.body)
    .bind(ref_id)
    .execute(conn)
    .await?;
    Ok(id)
}

/// The départements (None: national) holding a message due at `now`. Worker context only.
pub async fn due_departments(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
) -> Result<Vec<Option<String>>, DbError> {
    Ok(
        sqlx::query_scalar("select department_code from outbox_due_departments($1)")
            .bind(now)
            .fetch_all(conn)
            .await?,
    )
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueEmail {
    pub id: Uuid,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i32,
    pub created_at: DateTime<Utc>,
}

/// Locks the oldest message due in the context's département, skipping any another worker
/// holds. The lock lasts until the transaction ends: send, record, commit.
pub async fn claim_next(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
) -> Result<Option<DueEmail>, DbError> {
    Ok(sqlx::query_as(
        "select id, kind, recipient, subject, body, attempts, created_at from outbox_emails \
         where status = 'PENDING' and next_attempt_at <= $1 \
         order by next_attempt_at, created_at limit 1 for update skip locked",
    )
    .bind(now)
    .fetch_optional(conn)
    .await?)
}

/// The outcome of one attempt.
pub enum Outcome<'a> {
    Sent { reply: &'a str },
    Retry { error: &'a str, at: DateTime<Utc> },
    Failed { error: &'a str },
}

pub async fn record(
    conn: &mut PgConnection,
    id: Uuid,
    now: DateTime<Utc>,
    outcome: Outcome<'_>,
) -> Result<(), DbError> {
    let query = match outcome {
        Outcome::Sent { reply } => sqlx::query(
            "update outbox_emails set status = 'SENT', sent_at = $2, attempts = attempts + 1, \
             smtp_reply = $3 where id = $1",
        )
        .bind(id)
        .bind(now)
        .bind(reply),
        Outcome::Retry { error, at } => sqlx::query(
            "update outbox_emails set attempts = attempts + 1, last_error = $2, next_attempt_at = $3 \
             where id = $1",
        )
        .bind(id)
        .bind(error)
        .bind(at),
        Outcome::Failed { error } => sqlx::query(
            "update outbox_emails set status = 'FAILED', attempts = attempts + 1, last_error = $2 \
             where id = $1",
        )
        .bind(id)
        .bind(error),
    };
    let done = query.execute(conn).await?;
    if done.rows_affected() != 1 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// What a sender may know of a message about one of their objects.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeliveryRow {
    pub ref_id: Uuid,
    pub id: Uuid,
    pub status: String,
    pub attempts: i32,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
}

/// The messages about these objects, oldest first, within the caller's scope.
pub async fn deliveries(
    conn: &mut PgConnection,
    refs: &[Uuid],
) -> Result<Vec<DeliveryRow>, DbError> {
    Ok(sqlx::query_as(
        "select ref_id, id, status, attempts, created_at, sent_at, next_attempt_at, last_error \
         from outbox_deliveries($1)",
    )
    .bind(refs)
    .fetch_all(conn)
    .await?)
}
