//! The e-mail outbox: messages are written in the transaction that causes them.

use cdlp_domain::{DepartmentCode, Email};
use sqlx::PgConnection;

use crate::DbError;

pub struct OutgoingEmail<'a> {
    /// None for national messages.
    pub department: Option<&'a DepartmentCode>,
    pub kind: &'a str,
    pub recipient: &'a Email,
    pub subject: &'a str,
    pub body: &'a str,
}

pub async fn enqueue(conn: &mut PgConnection, mail: OutgoingEmail<'_>) -> Result<(), DbError> {
    sqlx::query("insert into outbox_emails (department_code, kind, recipient, subject, body) values ($1, $2, $3, $4, $5)")
        .bind(mail.department.map(|d| d.as_str()))
        .bind(mail.kind)
        .bind(mail.recipient.as_str())
        .bind(mail.subject)
        .bind(mail.body)
        .execute(conn)
        .await?;
    Ok(())
}
