//! Delivery of the outbox: each `cdlp serve` instance runs [`Services::deliver_due`] in a loop.
//!
//! A message is claimed with `FOR UPDATE SKIP LOCKED` in its own transaction, handed to the
//! relay, and its outcome written in that same transaction before commit: two instances
//! never send the same message, and a message is never lost. The one duplicate possible is a
//! crash (or a lost database connection) after the relay accepted the message and before the
//! commit: the row is still PENDING and goes again, with the same Message-ID.

use std::time::Duration;

use cdlp_db::{Context, outbox};
use cdlp_mail::{Mailer, Outgoing};
use chrono::{DateTime, Utc};

use super::Services;
use crate::ApiError;

/// Waits after the 1st, 2nd, … failed attempt; a message still failing after the last one
/// (six attempts over about 15 hours) is FAILED.
const BACKOFF: [Duration; 5] = [
    Duration::from_secs(60),
    Duration::from_secs(5 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(2 * 3600),
    Duration::from_secs(12 * 3600),
];

/// When a message that has now failed `attempts` times goes again, or None when it is over.
pub fn next_attempt(attempts: i32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let wait = BACKOFF.get(usize::try_from(attempts).ok()?.checked_sub(1)?)?;
    Some(now + chrono::Duration::from_std(*wait).ok()?)
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: u32,
    pub retried: u32,
    pub failed: u32,
}

impl DeliveryReport {
    pub fn attempts(&self) -> u32 {
        self.sent + self.retried + self.failed
    }
}

/// Paces one instance's sending (`CDLP_MAIL_RATE_PER_MINUTE`) and bounds each message's time
/// with the relay.
#[derive(Debug, Clone, Copy)]
pub struct DeliveryLimits {
    /// At most this many attempts per call (the loop calls again on its next tick).
    pub batch: u32,
    /// Pause between two attempts.
    pub pace: Duration,
    /// The whole SMTP conversation of one message.
    pub deadline: Duration,
}

impl Default for DeliveryLimits {
    fn default() -> Self {
        Self {
            batch: 100,
            pace: Duration::ZERO,
            deadline: Duration::from_secs(60),
        }
    }
}

fn worker_context(department: Option<&str>) -> Result<Context, ApiError> {
    Ok(Context {
        role: Some("OUTBOX_WORKER"),
        department: department
            .map(cdlp_domain::DepartmentCode::parse)
            .transpose()
            .map_err(|e| ApiError::Internal(format!("outbox department: {e}")))?,
        ..Context::default()
    })
}

impl Services {
    /// Sends what is due now, one message per transaction; returns what happened.
    pub async fn deliver_due(
        &self,
        mailer: &Mailer,
        limits: DeliveryLimits,
    ) -> Result<DeliveryReport, ApiError> {
        let mut report = DeliveryReport::default();
        let mut tx = self.db.begin(&worker_context(None)?).await?;
        let departments = outbox::due_departments(&mut tx, self.now()).await?;
        tx.commit().await?;
        for department in departments {
            let ctx = worker_context(department.as_deref())?;
            while report.attempts() < limits.batch {
                if report.attempts() > 0 && !limits.pace.is_zero() {
                    tokio::time::sleep(limits.pace).await;
                }
                let mut tx = self.db.begin(&ctx).await?;
                let Some(mail) = outbox::claim_next(&mut tx, self.now()).await? else {
                    tx.commit().await?;
                    break;
                };
                let sent = tokio::time::timeout(
                    limits.deadline,
                    mailer.send(&Outgoing {
                        id: mail.id,
                        to: &mail.recipient,
                        subject: &mail.subject,
                        text: &mail.body,
                        date: mail.created_at,
                    }),
                )
                .await
                .unwrap_or_else(|_| {
                    Err(cdlp_mail::Failure {
                        permanent: false,
                        reason: "délai dépassé pendant l'envoi".into(),
                        code: None,
                    })
                });
                let now = self.now();
                let (outcome, label) = match &sent {
                    Ok(accepted) => (
                        outbox::Outcome::Sent {
                            reply: &accepted.reply,
                        },
                        "sent",
                    ),
                    Err(failure) => match next_attempt(mail.attempts + 1, now) {
                        Some(at) if !failure.permanent => (
                            outbox::Outcome::Retry {
                                error: &failure.reason,
                                at,
                            },
                            "retry",
                        ),
                        _ => (
                            outbox::Outcome::Failed {
                                error: &failure.reason,
                            },
                            "failed",
                        ),
                    },
                };
                outbox::record(&mut tx, mail.id, now, outcome).await?;
                tx.commit().await?;
                // The id and kind only: the address and the text are personal data.
                tracing::info!(
                    outbox_id = %mail.id,
                    kind = %mail.kind,
                    attempt = mail.attempts + 1,
                    smtp_code = sent.as_ref().err().and_then(|f| f.code),
                    outcome = label,
                    "mail delivery"
                );
                metrics::counter!("cdlp_mail_deliveries_total", "outcome" => label).increment(1);
                match label {
                    "sent" => report.sent += 1,
                    "retry" => report.retried += 1,
                    _ => report.failed += 1,
                }
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_grows_then_gives_up_after_the_sixth_attempt() {
        let now = Utc::now();
        let waits: Vec<i64> = (1..=5)
            .map(|n| (next_attempt(n, now).unwrap() - now).num_minutes())
            .collect();
        assert_eq!(waits, [1, 5, 30, 120, 720]);
        assert_eq!(next_attempt(6, now), None);
        assert_eq!(next_attempt(0, now), None);
    }
}
