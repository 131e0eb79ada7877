use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_db::sessions::{AgendaItemRow, AttendanceRow, SessionRow};
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

/// How a member takes part in a session (décret 2006-672 arts. 10-11).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum AttendanceMode {
    /// On site.
    Present,
    /// By telephone or audiovisual conference: counts as present.
    Remote,
    /// Absent, represented by the member holding their mandate (one mandate per member).
    Mandate,
    Absent,
}

impl AttendanceMode {
    fn parse(s: &str) -> Self {
        match s {
            "PRESENT" => Self::Present,
            "REMOTE" => Self::Remote,
            "MANDATE" => Self::Mandate,
            _ => Self::Absent,
        }
    }
}

/// Where a session stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(
    name = "SessionStatus",
    remote = "cdlp_domain::parcours::SessionStatus"
)]
pub enum SessionStatusName {
    Scheduled,
    /// Opened without quorum: nothing deliberated; a second convocation follows.
    Adjourned,
    Cancelled,
    Closed,
}

/// A meeting of the commission.
pub struct Session {
    row: SessionRow,
    items: Option<Vec<AgendaItemRow>>,
    attendance: Option<Vec<AttendanceRow>>,
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
    ) -> Result<(Vec<AgendaItemRow>, Vec<AttendanceRow>), ApiError> {
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
    /// A second convocation (it follows an adjourned session): the commission deliberates
    /// without quorum.
    async fn second_convocation(&self) -> bool {
        self.row.second_convocation
    }
    /// On a second convocation: the adjourned session it follows.
    async fn follows_session_id(&self) -> Option<Uuid> {
        self.row.follows_session_id
    }
    /// Once adjourned: its second convocation, if scheduled.
    async fn followed_by_session_id(&self) -> Option<Uuid> {
        self.row.followed_by_session_id
    }
    async fn status(&self) -> Result<SessionStatusName, ApiError> {
        cdlp_domain::parcours::SessionStatus::parse(&self.row.status)
            .map(Into::into)
            .ok_or_else(|| ApiError::Internal("unknown session status".into()))
    }
    /// When the session opened (the quorum is counted then).
    async fn opened_at(&self) -> Option<DateTime<Utc>> {
        self.row.opened_at
    }
    /// At the opening (or the adjournment): voting members composing the commission that day.
    async fn quorum_members(&self) -> Option<i32> {
        self.row.quorum_members
    }
    /// At the opening (or the adjournment): those present, remote or represented.
    async fn quorum_counted(&self) -> Option<i32> {
        self.row.quorum_counted
    }
    /// When it was adjourned or cancelled.
    async fn ended_at(&self) -> Option<DateTime<Utc>> {
        self.row.ended_at
    }
    /// Why it was cancelled (or "quorum non atteint").
    async fn end_reason(&self) -> Option<&str> {
        self.row.end_reason.as_deref()
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
            .map(|a| Attendance {
                member_id: a.member_id,
                present: a.present,
                mode: AttendanceMode::parse(&a.mode),
                mandate_to: a.mandate_to,
            })
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
    /// On site or remote.
    present: bool,
    mode: AttendanceMode,
    /// With mode MANDATE: the member holding the mandate.
    mandate_to: Option<Uuid>,
}

#[derive(InputObject)]
pub struct ScheduleSessionInput {
    department_code: String,
    scheduled_at: DateTime<Utc>,
    /// A room, or the visio link's label.
    place: String,
    #[graphql(default)]
    visio: bool,
    /// Required when the session is less than five days away: why it cannot wait.
    urgency: Option<String>,
}

#[derive(InputObject)]
pub struct ScheduleSecondConvocationInput {
    department_code: String,
    /// The session adjourned for want of quorum.
    adjourned_session_id: Uuid,
    scheduled_at: DateTime<Utc>,
    place: String,
    #[graphql(default)]
    visio: bool,
    /// Required when the session is less than five days away: why it cannot wait.
    urgency: Option<String>,
}

#[derive(InputObject)]
pub struct SessionRefInput {
    department_code: String,
    session_id: Uuid,
}

#[derive(InputObject)]
pub struct CancelSessionInput {
    department_code: String,
    session_id: Uuid,
    reason: String,
}

#[derive(InputObject)]
pub struct RemoveFromAgendaInput {
    department_code: String,
    dossier_id: Uuid,
    /// The dossier's version.
    version: i32,
}

#[derive(InputObject)]
pub struct MoveToSessionInput {
    department_code: String,
    dossier_id: Uuid,
    /// The dossier's version.
    version: i32,
    /// The scheduled session whose agenda receives the dossier.
    session_id: Uuid,
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
    /// Shorthand for mode PRESENT or ABSENT when `mode` is left out.
    #[graphql(default)]
    present: bool,
    mode: Option<AttendanceMode>,
    /// With mode MANDATE: the member (taking part) who holds the mandate.
    mandate_to: Option<Uuid>,
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
        use cdlp_domain::parcours::Attendance as A;
        let mut entries = Vec::new();
        for a in input.attendance {
            let mode = a.mode.unwrap_or(if a.present {
                AttendanceMode::Present
            } else {
                AttendanceMode::Absent
            });
            let attendance = match (mode, a.mandate_to) {
                (AttendanceMode::Mandate, Some(to)) => A::Mandate(to),
                (AttendanceMode::Mandate, None) => {
                    return Err(ApiError::bad_input(
                        "attendance",
                        "un mandat nomme le membre qui le détient",
                    ));
                }
                (_, Some(_)) => {
                    return Err(ApiError::bad_input(
                        "attendance",
                        "seul un membre absent ayant donné mandat nomme un mandataire",
                    ));
                }
                (AttendanceMode::Present, None) => A::Present,
                (AttendanceMode::Remote, None) => A::Remote,
                (AttendanceMode::Absent, None) => A::Absent,
            };
            entries.push(svc::AttendanceEntry {
                member_id: a.member_id,
                attendance,
            });
        }
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

    /// Adjourns a session whose quorum is not reached at the opening: nothing is deliberated,
    /// its dossiers wait for the second convocation.
    async fn adjourn_session(
        &self,
        ctx: &Context<'_>,
        input: SessionRefInput,
    ) -> Result<Session, ApiError> {
        Ok(services(ctx)
            .adjourn_session(principal(ctx)?, &input.department_code, input.session_id)
            .await?
            .into())
    }

    /// Schedules the second convocation of an adjourned session, on the same agenda: it
    /// deliberates without quorum.
    async fn schedule_second_convocation(
        &self,
        ctx: &Context<'_>,
        input: ScheduleSecondConvocationInput,
    ) -> Result<Session, ApiError> {
        let second = svc::SecondConvocationInput {
            adjourned_session_id: input.adjourned_session_id,
            scheduled_at: input.scheduled_at,
            place: input.place,
            visio: input.visio,
            urgency: input.urgency,
        };
        Ok(services(ctx)
            .schedule_second_convocation(principal(ctx)?, &input.department_code, second)
            .await?
            .into())
    }

    /// Cancels a session before it opens; its dossiers wait for another session.
    async fn cancel_session(
        &self,
        ctx: &Context<'_>,
        input: CancelSessionInput,
    ) -> Result<Session, ApiError> {
        Ok(services(ctx)
            .cancel_session(
                principal(ctx)?,
                &input.department_code,
                input.session_id,
                &input.reason,
            )
            .await?
            .into())
    }

    /// Takes a dossier off its session's agenda before the session deliberates on it.
    async fn remove_from_agenda(
        &self,
        ctx: &Context<'_>,
        input: RemoveFromAgendaInput,
    ) -> Result<Dossier, ApiError> {
        Ok(services(ctx)
            .remove_from_agenda(
                principal(ctx)?,
                &input.department_code,
                input.dossier_id,
                input.version,
            )
            .await?
            .into())
    }

    /// Moves a dossier from the agenda of an adjourned, cancelled or not yet opened session to
    /// another scheduled session's.
    async fn move_to_session(
        &self,
        ctx: &Context<'_>,
        input: MoveToSessionInput,
    ) -> Result<Dossier, ApiError> {
        Ok(services(ctx)
            .move_to_session(
                principal(ctx)?,
                &input.department_code,
                input.dossier_id,
                input.version,
                input.session_id,
            )
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
