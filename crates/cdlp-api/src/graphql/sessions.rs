use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_db::sessions::{AgendaItemRow, SessionRow};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::dossiers::Dossier;
use super::{principal, services};
use crate::ApiError;
use crate::services::{self as svc, SessionView};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "Vote", remote = "cdlp_domain::parcours::Vote")]
pub enum VoteName {
    For,
    Against,
    Abstain,
}

/// A meeting of the commission.
pub struct Session {
    row: SessionRow,
    items: Option<Vec<AgendaItemRow>>,
    attendance: Option<Vec<(Uuid, bool)>>,
}

impl From<SessionRow> for Session {
    fn from(row: SessionRow) -> Self {
        Self {
            row,
            items: None,
            attendance: None,
        }
    }
}

impl From<SessionView> for Session {
    fn from(v: SessionView) -> Self {
        Self {
            row: v.row,
            items: Some(v.items),
            attendance: Some(v.attendance),
        }
    }
}

impl Session {
    async fn view(
        &self,
        ctx: &Context<'_>,
    ) -> Result<(Vec<AgendaItemRow>, Vec<(Uuid, bool)>), ApiError> {
        if let (Some(items), Some(attendance)) = (&self.items, &self.attendance) {
            return Ok((items.clone(), attendance.clone()));
        }
        let view = services(ctx)
            .session(principal(ctx)?, &self.row.department_code, self.row.id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        Ok((view.items, view.attendance))
    }
}

#[Object]
impl Session {
    async fn id(&self) -> Uuid {
        self.row.id
    }
    async fn department_code(&self) -> &str {
        &self.row.department_code
    }
    async fn scheduled_at(&self) -> DateTime<Utc> {
        self.row.scheduled_at
    }
    async fn place(&self) -> &str {
        &self.row.place
    }
    async fn visio(&self) -> bool {
        self.row.visio
    }
    /// After a second convocation the commission deliberates without quorum.
    async fn second_convocation(&self) -> bool {
        self.row.second_convocation
    }
    /// SCHEDULED or CLOSED.
    async fn status(&self) -> &str {
        &self.row.status
    }
    async fn convened_at(&self) -> Option<DateTime<Utc>> {
        self.row.convened_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.row.closed_at
    }
    async fn has_minutes(&self) -> bool {
        self.row.has_minutes
    }
    /// The agenda: pseudonymous references only.
    async fn agenda(&self, ctx: &Context<'_>) -> Result<Vec<AgendaItem>, ApiError> {
        Ok(self
            .view(ctx)
            .await?
            .0
            .into_iter()
            .map(AgendaItem)
            .collect())
    }
    async fn attendance(&self, ctx: &Context<'_>) -> Result<Vec<Attendance>, ApiError> {
        Ok(self
            .view(ctx)
            .await?
            .1
            .into_iter()
            .map(|(member_id, present)| Attendance { member_id, present })
            .collect())
    }
    /// The procès-verbal as a PDF (base64), once the session is closed; prefecture staff only.
    async fn minutes_pdf(&self, ctx: &Context<'_>) -> Result<Option<String>, ApiError> {
        let pdf = services(ctx)
            .minutes_pdf(principal(ctx)?, &self.row.department_code, self.row.id)
            .await?;
        Ok(pdf.map(|b| STANDARD.encode(b)))
    }
}

pub struct AgendaItem(AgendaItemRow);

#[Object]
impl AgendaItem {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn position(&self) -> i32 {
        self.0.position.into()
    }
    async fn dossier_id(&self) -> Uuid {
        self.0.dossier_id
    }
    async fn dossier_reference(&self) -> &str {
        &self.0.dossier_reference
    }
    /// The dossier's version, to send with `recordAvis`.
    async fn dossier_version(&self) -> i32 {
        self.0.dossier_version
    }
    async fn association_id(&self) -> Uuid {
        self.0.association_id
    }
    async fn association_name(&self) -> &str {
        &self.0.association_name
    }
    async fn renewal_number(&self) -> i32 {
        self.0.renewal_number.into()
    }
    /// FAVOURABLE, UNFAVOURABLE or ADJOURNED once recorded.
    async fn avis_kind(&self) -> Option<&str> {
        self.0.avis_kind.as_deref()
    }
    async fn votes_for(&self) -> Option<i32> {
        self.0.votes_for
    }
    async fn votes_against(&self) -> Option<i32> {
        self.0.votes_against
    }
    async fn abstentions(&self) -> Option<i32> {
        self.0.abstentions
    }
}

#[derive(SimpleObject)]
pub struct Attendance {
    member_id: Uuid,
    present: bool,
}

#[derive(InputObject)]
pub struct ScheduleSessionInput {
    department_code: String,
    scheduled_at: DateTime<Utc>,
    /// A room, or the visio link's label.
    place: String,
    #[graphql(default)]
    visio: bool,
    #[graphql(default)]
    second_convocation: bool,
    /// Required when the session is less than five days away: why it cannot wait.
    urgency: Option<String>,
}

#[derive(InputObject)]
pub struct AddToAgendaInput {
    department_code: String,
    session_id: Uuid,
    dossier_id: Uuid,
    /// The dossier's version.
    version: i32,
}

#[derive(InputObject)]
pub struct AttendanceInput {
    member_id: Uuid,
    present: bool,
}

#[derive(InputObject)]
pub struct RecordAttendanceInput {
    department_code: String,
    session_id: Uuid,
    attendance: Vec<AttendanceInput>,
}

#[derive(InputObject)]
pub struct BallotInput {
    member_id: Uuid,
    vote: VoteName,
}

#[derive(InputObject)]
pub struct RecordAvisInput {
    department_code: String,
    session_id: Uuid,
    dossier_id: Uuid,
    /// The dossier's version.
    version: i32,
    #[graphql(default)]
    ballots: Vec<BallotInput>,
    /// The commission adjourns: the dossier goes back to the association for more information.
    #[graphql(default)]
    adjourned: bool,
    remarks: Option<String>,
}

#[derive(InputObject)]
pub struct CloseSessionInput {
    department_code: String,
    session_id: Uuid,
}

#[derive(Default)]
pub struct SessionQuery;

#[Object]
impl SessionQuery {
    /// Sessions of a département's commission, latest first.
    async fn sessions(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        #[graphql(default)] open_only: bool,
    ) -> Result<Vec<Session>, ApiError> {
        let rows = services(ctx)
            .sessions(principal(ctx)?, &department_code, open_only)
            .await?;
        Ok(rows.into_iter().map(Session::from).collect())
    }

    async fn session(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        id: Uuid,
    ) -> Result<Option<Session>, ApiError> {
        Ok(services(ctx)
            .session(principal(ctx)?, &department_code, id)
            .await?
            .map(Session::from))
    }
}

#[derive(Default)]
pub struct SessionMutation;

#[Object]
impl SessionMutation {
    /// Schedules a session and convenes the members (five days ahead at least, or with an
    /// urgency stated).
    async fn schedule_session(
        &self,
        ctx: &Context<'_>,
        input: ScheduleSessionInput,
    ) -> Result<Session, ApiError> {
        let schedule = svc::ScheduleInput {
            scheduled_at: input.scheduled_at,
            place: input.place,
            visio: input.visio,
            second_convocation: input.second_convocation,
            urgency: input.urgency,
        };
        Ok(services(ctx)
            .schedule_session(principal(ctx)?, &input.department_code, schedule)
            .await?
            .into())
    }

    async fn add_to_agenda(
        &self,
        ctx: &Context<'_>,
        input: AddToAgendaInput,
    ) -> Result<Dossier, ApiError> {
        let view = services(ctx)
            .add_to_agenda(
                principal(ctx)?,
                &input.department_code,
                input.session_id,
                input.dossier_id,
                input.version,
            )
            .await?;
        Ok(view.into())
    }

    async fn record_attendance(
        &self,
        ctx: &Context<'_>,
        input: RecordAttendanceInput,
    ) -> Result<Session, ApiError> {
        let entries = input
            .attendance
            .into_iter()
            .map(|a| (a.member_id, a.present))
            .collect();
        Ok(services(ctx)
            .record_attendance(
                principal(ctx)?,
                &input.department_code,
                input.session_id,
                entries,
            )
            .await?
            .into())
    }

    /// Records the commission's avis on one agenda dossier (quorum, recusal, casting vote).
    async fn record_avis(
        &self,
        ctx: &Context<'_>,
        input: RecordAvisInput,
    ) -> Result<Dossier, ApiError> {
        let avis = svc::AvisInput {
            session_id: input.session_id,
            dossier_id: input.dossier_id,
            version: input.version,
            ballots: input
                .ballots
                .into_iter()
                .map(|b| svc::BallotInput {
                    member_id: b.member_id,
                    vote: b.vote.into(),
                })
                .collect(),
            adjourned: input.adjourned,
            remarks: input.remarks,
        };
        Ok(services(ctx)
            .record_avis(principal(ctx)?, &input.department_code, avis)
            .await?
            .into())
    }

    /// Closes the session and produces its minutes (procès-verbal).
    async fn close_session(
        &self,
        ctx: &Context<'_>,
        input: CloseSessionInput,
    ) -> Result<Session, ApiError> {
        Ok(services(ctx)
            .close_session(principal(ctx)?, &input.department_code, input.session_id)
            .await?
            .into())
    }
}
