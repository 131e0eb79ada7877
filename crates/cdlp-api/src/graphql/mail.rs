//! What the senders of e-mails may know of them: delivery statuses of invitations and
//! convocations, and the actions that send again.

use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::accounts::Invitation;
use super::{principal, services};
use crate::ApiError;
use crate::services::ConvocationView;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum MailStatus {
    /// Waiting to be sent, or to be tried again after a temporary failure.
    Pending,
    /// Accepted by the mail relay.
    Sent,
    /// Refused for good (unknown address, …) or still failing after the last try.
    Failed,
}

/// What became of one e-mail.
pub struct MailDelivery(pub cdlp_db::outbox::DeliveryRow);

#[Object]
impl MailDelivery {
    async fn status(&self) -> MailStatus {
        match self.0.status.as_str() {
            "SENT" => MailStatus::Sent,
            "FAILED" => MailStatus::Failed,
            _ => MailStatus::Pending,
        }
    }
    /// Attempts made so far.
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }
    async fn queued_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn sent_at(&self) -> Option<DateTime<Utc>> {
        self.0.sent_at
    }
    /// While PENDING after a failure: when it is tried again.
    async fn next_attempt_at(&self) -> Option<DateTime<Utc>> {
        (self.0.status == "PENDING" && self.0.attempts > 0).then_some(self.0.next_attempt_at)
    }
    /// The relay's answer to the last failed attempt.
    async fn last_error(&self) -> Option<&str> {
        self.0.last_error.as_deref()
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ConvocationKind {
    /// The convocation with the agenda.
    Convocation,
    /// An updated convocation (date, place or agenda changed).
    Update,
    /// The session is cancelled.
    Cancellation,
    /// The session was adjourned for want of quorum.
    Adjournment,
    /// The minutes are available.
    Minutes,
}

/// One message sent to one member about a session.
pub struct Convocation(ConvocationView);

#[Object]
impl Convocation {
    async fn id(&self) -> Uuid {
        self.0.row.id
    }
    async fn member_id(&self) -> Uuid {
        self.0.row.member_id
    }
    async fn member_name(&self) -> &str {
        &self.0.row.member_name
    }
    async fn kind(&self) -> ConvocationKind {
        match self.0.row.kind.as_str() {
            "UPDATE" => ConvocationKind::Update,
            "CANCELLATION" => ConvocationKind::Cancellation,
            "ADJOURNMENT" => ConvocationKind::Adjournment,
            "MINUTES" => ConvocationKind::Minutes,
            _ => ConvocationKind::Convocation,
        }
    }
    /// The address it was sent to.
    async fn recipient(&self) -> &str {
        &self.0.row.recipient
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
    async fn delivery(&self) -> Option<MailDelivery> {
        self.0.delivery.clone().map(MailDelivery)
    }
}

/// The convocations of a session (prefecture staff).
#[derive(SimpleObject)]
pub struct SessionConvocations {
    /// Every message sent to members about the session, oldest first.
    messages: Vec<Convocation>,
    /// Set when the agenda or time changed after the convocation: the updated one leaves then.
    update_due_at: Option<DateTime<Utc>>,
    /// The urgency stated when the session was convened less than five days ahead.
    urgency: Option<String>,
}

#[derive(Default)]
pub struct MailQuery;

#[Object]
impl MailQuery {
    /// Who was convened to a session and whether each message went out (prefecture staff).
    async fn session_convocations(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        session_id: Uuid,
    ) -> Result<SessionConvocations, ApiError> {
        let (views, state) = services(ctx)
            .session_convocations(principal(ctx)?, &department_code, session_id)
            .await?;
        Ok(SessionConvocations {
            messages: views.into_iter().map(Convocation).collect(),
            update_due_at: state.convocation_due_at,
            urgency: state.urgency,
        })
    }
}

#[derive(InputObject)]
pub struct ResendInvitationInput {
    invitation_id: Uuid,
    /// The invitation's département (prefecture invitations)…
    department_code: Option<String>,
    /// … or its association (association invitations); neither for national roles.
    association_id: Option<Uuid>,
}

#[derive(InputObject)]
pub struct SendConvocationsInput {
    department_code: String,
    session_id: Uuid,
}

#[derive(Default)]
pub struct MailMutation;

#[Object]
impl MailMutation {
    /// Sends an invitation again with a new link; the old link stops working.
    async fn resend_invitation(
        &self,
        ctx: &Context<'_>,
        input: ResendInvitationInput,
    ) -> Result<Invitation, ApiError> {
        let view = services(ctx)
            .resend_invitation(
                principal(ctx)?,
                input.invitation_id,
                input.department_code,
                input.association_id,
            )
            .await?;
        Ok(Invitation(view.row, view.delivery))
    }

    /// Sends the convocation (or its update) to the members now, instead of waiting for the
    /// changes to settle. Returns how many messages were written.
    async fn send_convocations(
        &self,
        ctx: &Context<'_>,
        input: SendConvocationsInput,
    ) -> Result<i32, ApiError> {
        let n = services(ctx)
            .send_convocations(principal(ctx)?, &input.department_code, input.session_id)
            .await?;
        Ok(i32::try_from(n).unwrap_or(i32::MAX))
    }
}
