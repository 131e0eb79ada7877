//! Commission sessions: scheduling and convocation, agenda, attendance and quorum, votes with
//! recusal, avis, and the minutes (procès-verbal) when the session is closed.

use std::collections::{HashMap, HashSet};

use cdlp_db::sessions::{self, AgendaItemRow, AttendanceRow, SessionRow};
use cdlp_db::{audit, commissions, convocations, dossiers};
use cdlp_domain::parcours::{
    Attendance, AvisKind, Ballot, SessionFacts, SessionStatus, Stage, Transition, Vote,
    avis_needs_ballots, check_mandates, may_vote, quorum_reached, tally,
};
use cdlp_domain::{CommissionSeat, Role};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

use super::convocations::{ConvocationKind, needs_urgency};
use super::dossiers::{DossierActor, DossierView, count, event, request_label};
use super::{Principal, Services, parse_department, required_text};
use crate::ApiError;

pub struct ScheduleInput {
    pub scheduled_at: DateTime<Utc>,
    pub place: String,
    pub visio: bool,
    /// Why the session cannot wait five days (required when it is sooner).
    pub urgency: Option<String>,
}

pub struct BallotInput {
    pub member_id: Uuid,
    pub vote: Vote,
}

pub struct AvisInput {
    pub session_id: Uuid,
    pub dossier_id: Uuid,
    pub version: i32,
    pub ballots: Vec<BallotInput>,
    /// The commission adjourns: the dossier goes back to the association for more information.
    pub adjourned: bool,
    pub remarks: Option<String>,
}

pub struct SessionView {
    pub row: SessionRow,
    pub items: Vec<AgendaItemRow>,
    pub attendance: Vec<AttendanceRow>,
}

const STAFF: [Role; 2] = [Role::PrefectureAdmin, Role::PrefectureAgent];
const READERS: [Role; 3] = [
    Role::PrefectureAdmin,
    Role::PrefectureAgent,
    Role::CommissionMember,
];

fn open_session(row: Option<SessionRow>) -> Result<SessionRow, ApiError> {
    let row = row.ok_or_else(|| ApiError::not_found("séance"))?;
    if row.status != "SCHEDULED" {
        return Err(ApiError::bad_input(
            "sessionId",
            format!("cette séance est {}", status_label(&row.status)),
        ));
    }
    Ok(row)
}

fn status_label(status: &str) -> &'static str {
    match status {
        "SCHEDULED" => "prévue",
        "ADJOURNED" => "ajournée faute de quorum",
        "CANCELLED" => "annulée",
        _ => "close",
    }
}

pub(crate) fn facts(row: &SessionRow) -> Result<SessionFacts, ApiError> {
    Ok(SessionFacts {
        status: SessionStatus::parse(&row.status)
            .ok_or_else(|| ApiError::Internal("unknown session status".into()))?,
        starts_at: row.scheduled_at,
        opened: row.opened_at.is_some(),
        second_convocation: row.second_convocation,
    })
}

fn session_error(e: cdlp_domain::parcours::SessionError) -> ApiError {
    ApiError::bad_input("sessionId", e)
}

fn attendance_of(row: &AttendanceRow) -> Attendance {
    Attendance::parse(&row.mode, row.mandate_to).unwrap_or(Attendance::Absent)
}

/// Whether a member sits for the individual dossiers (the 2025 child-protection members and the
/// président du conseil départemental do not).
fn reviews_files(m: &commissions::MemberRow) -> bool {
    CommissionSeat::parse(&m.seat).is_some_and(|s| s.reviews_individual_files())
}

/// The quorum at the opening: (voting members reviewing individual files, those present,
/// remote or represented).
fn quorum_count(members: &[commissions::MemberRow], sheet: &[AttendanceRow]) -> (u32, u32) {
    let sheet: HashMap<Uuid, Attendance> = sheet
        .iter()
        .map(|a| (a.member_id, attendance_of(a)))
        .collect();
    let voting: Vec<_> = members
        .iter()
        .filter(|m| m.voting && reviews_files(m))
        .collect();
    let counted = voting
        .iter()
        .filter(|m| sheet.get(&m.id).is_some_and(|a| a.counts_for_quorum()))
        .count();
    (voting.len() as u32, counted as u32)
}

pub struct AttendanceEntry {
    pub member_id: Uuid,
    pub attendance: Attendance,
}

pub struct SecondConvocationInput {
    pub adjourned_session_id: Uuid,
    pub scheduled_at: DateTime<Utc>,
    pub place: String,
    pub visio: bool,
    pub urgency: Option<String>,
}

impl Services {
    pub async fn schedule_session(
        &self,
        principal: &Principal,
        code: &str,
        input: ScheduleInput,
    ) -> Result<SessionRow, ApiError> {
        self.schedule(principal, code, input, None).await
    }

    /// The second convocation of a session adjourned for want of quorum: on the same agenda,
    /// it alone deliberates without quorum (décret 2006-672 art. 11).
    pub async fn schedule_second_convocation(
        &self,
        principal: &Principal,
        code: &str,
        input: SecondConvocationInput,
    ) -> Result<SessionRow, ApiError> {
        self.schedule(
            principal,
            code,
            ScheduleInput {
                scheduled_at: input.scheduled_at,
                place: input.place,
                visio: input.visio,
                urgency: input.urgency,
            },
            Some(input.adjourned_session_id),
        )
        .await
    }

    async fn schedule(
        &self,
        principal: &Principal,
        code: &str,
        input: ScheduleInput,
        follows: Option<Uuid>,
    ) -> Result<SessionRow, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let place = required_text("place", &input.place, 300)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let adjourned = match follows {
            None => None,
            Some(id) => {
                let first = sessions::lock(&mut tx, &code, id)
                    .await?
                    .ok_or_else(|| ApiError::not_found("séance"))?;
                facts(&first)?
                    .may_be_followed_by(input.scheduled_at)
                    .map_err(|e| match e {
                        cdlp_domain::parcours::SessionError::SecondBeforeFirst => {
                            ApiError::bad_input("scheduledAt", e)
                        }
                        other => session_error(other),
                    })?;
                if first.followed_by_session_id.is_some() {
                    return Err(ApiError::Conflict(
                        "une seconde convocation a déjà été fixée pour cette séance".into(),
                    ));
                }
                Some(first)
            }
        };
        let commission = commissions::commission_of(&mut tx, &code)
            .await?
            .ok_or_else(|| ApiError::not_found("commission"))?;
        let session = sessions::insert(
            &mut tx,
            &code,
            sessions::NewSession {
                commission_id: commission.id,
                scheduled_at: input.scheduled_at,
                place: &place,
                visio: input.visio,
                follows_session_id: follows,
                created_by: principal.user_id,
            },
        )
        .await
        .map_err(|e| match e {
            cdlp_db::DbError::Unique(_) => ApiError::Conflict(
                "une seconde convocation a déjà été fixée pour cette séance".into(),
            ),
            other => other.into(),
        })?;
        if let Some(first) = &adjourned {
            self.carry_agenda(&mut tx, principal, &code, first, session.id)
                .await?;
        }
        let urgency = match input.urgency.as_deref().map(str::trim) {
            Some(u) if !u.is_empty() => Some(required_text("urgency", u, 500)?),
            _ => None,
        };
        if urgency.is_none() && needs_urgency(input.scheduled_at, self.now()) {
            return Err(ApiError::bad_input(
                "urgency",
                "la convocation doit parvenir aux membres cinq jours au moins avant la séance : \
                 indiquez le motif de l'urgence ou choisissez une date plus lointaine",
            ));
        }
        convocations::set_urgency(&mut tx, &code, session.id, urgency.as_deref()).await?;
        let sent = self
            .convene(&mut tx, &code, &session, ConvocationKind::Convocation)
            .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "session.scheduled",
                target_type: Some("session"),
                target_id: Some(session.id.to_string()),
                details: json!({ "convocations": sent, "follows": follows }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(session)
    }

    pub async fn add_to_agenda(
        &self,
        principal: &Principal,
        code: &str,
        session_id: Uuid,
        dossier_id: Uuid,
        version: i32,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let mut step = self
            .begin_step(
                principal,
                &code,
                dossier_id,
                version,
                Transition::AddToAgenda,
            )
            .await?;
        open_session(sessions::lock(&mut step.tx, &code, session_id).await?)?;
        sessions::add_item(
            &mut step.tx,
            &code,
            session_id,
            dossier_id,
            step.dossier.renewal_number,
        )
        .await?;
        sessions::touch(&mut step.tx, &code, session_id).await?;
        self.convocation_outdated(&mut step.tx, &code, session_id)
            .await?;
        let change = dossiers::StateChange {
            agenda_session_id: Some(Some(session_id)),
            ..Default::default()
        };
        self.finish_step(
            step,
            principal,
            &code,
            "ADDED_TO_AGENDA",
            json!({ "sessionId": session_id }),
            change,
        )
        .await
    }

    /// Records the attendance sheet: present, remote, absent having given a mandate (to a member
    /// taking part, one mandate each), or absent. Members outside the parcours seats do not sit
    /// when individual dossiers are on the agenda.
    pub async fn record_attendance(
        &self,
        principal: &Principal,
        code: &str,
        session_id: Uuid,
        entries: Vec<AttendanceEntry>,
    ) -> Result<SessionView, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let session = open_session(sessions::lock(&mut tx, &code, session_id).await?)?;
        let members: HashMap<Uuid, commissions::MemberRow> =
            commissions::members(&mut tx, &code, Some(session.scheduled_at.date_naive()))
                .await?
                .into_iter()
                .map(|m| (m.id, m))
                .collect();
        let items = sessions::items(&mut tx, &code, session_id).await?;
        let mut sheet: Vec<(Uuid, Attendance)> = sessions::attendance(&mut tx, &code, session_id)
            .await?
            .iter()
            .map(|a| (a.member_id, attendance_of(a)))
            .collect();
        for entry in &entries {
            let Some(member) = members.get(&entry.member_id) else {
                return Err(ApiError::bad_input(
                    "attendance",
                    "ce membre ne siège pas à la date de la séance",
                ));
            };
            if !items.is_empty() && !reviews_files(member) && entry.attendance.counts_for_quorum() {
                return Err(ApiError::bad_input(
                    "attendance",
                    format!(
                        "{} ne siège pas aux séances qui examinent des dossiers individuels",
                        member.full_name
                    ),
                ));
            }
            match sheet.iter_mut().find(|(m, _)| *m == entry.member_id) {
                Some(line) => line.1 = entry.attendance,
                None => sheet.push((entry.member_id, entry.attendance)),
            }
        }
        check_mandates(&sheet).map_err(|e| ApiError::bad_input("attendance", e))?;
        // Rewritten whole, so that mandates moving between members never collide midway.
        sessions::clear_attendance(&mut tx, &code, session_id).await?;
        for (member_id, attendance) in &sheet {
            sessions::set_attendance(
                &mut tx,
                &code,
                session_id,
                *member_id,
                attendance.mode(),
                attendance.mandate_to(),
            )
            .await?;
        }
        sessions::touch(&mut tx, &code, session_id).await?;
        let row = sessions::get(&mut tx, &code, session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        let attendance = sessions::attendance(&mut tx, &code, session_id).await?;
        tx.commit().await?;
        Ok(SessionView {
            row,
            items,
            attendance,
        })
    }

    /// Adjourns the whole session when the quorum is not reached at its opening (décret
    /// 2006-672 art. 11): nothing is deliberated; its dossiers wait for the second convocation
    /// (or are moved to another session).
    pub async fn adjourn_session(
        &self,
        principal: &Principal,
        code: &str,
        session_id: Uuid,
    ) -> Result<SessionView, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let session = sessions::lock(&mut tx, &code, session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        let members =
            commissions::members(&mut tx, &code, Some(session.scheduled_at.date_naive())).await?;
        let sheet = sessions::attendance(&mut tx, &code, session_id).await?;
        let (voting, counted) = quorum_count(&members, &sheet);
        let quorum = quorum_reached(voting, counted, false);
        facts(&session)?
            .may_adjourn(self.now(), quorum)
            .map_err(session_error)?;
        let row = sessions::end(
            &mut tx,
            &code,
            session_id,
            SessionStatus::Adjourned.as_str(),
            Some("quorum non atteint"),
            Some((voting as i32, counted as i32)),
        )
        .await?;
        self.convene(&mut tx, &code, &row, ConvocationKind::Adjournment)
            .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "session.adjourned",
                target_type: Some("session"),
                target_id: Some(session_id.to_string()),
                details: json!({ "votingMembers": voting, "counted": counted }),
            },
        )
        .await?;
        let items = sessions::items(&mut tx, &code, session_id).await?;
        tx.commit().await?;
        Ok(SessionView {
            row,
            items,
            attendance: sheet,
        })
    }

    /// Cancels a session before it opens: its dossiers go back to those waiting for a session.
    pub async fn cancel_session(
        &self,
        principal: &Principal,
        code: &str,
        session_id: Uuid,
        reason: &str,
    ) -> Result<SessionView, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let reason = required_text("reason", reason, 2_000)?;
        let actor = principal.dossier_actor(&code, None)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let session = sessions::lock(&mut tx, &code, session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        facts(&session)?.may_cancel().map_err(session_error)?;
        let items = sessions::items(&mut tx, &code, session_id).await?;
        for item in items.iter().filter(|i| i.avis_kind.is_none()) {
            let Some(dossier) = dossiers::lock(&mut tx, &code, item.dossier_id).await? else {
                continue;
            };
            if dossier.agenda_session_id != Some(session_id) {
                continue;
            }
            let next = super::dossiers::apply(&dossier, actor, Transition::RemoveFromAgenda, 0)?;
            let row = self
                .write_state(
                    &mut tx,
                    &code,
                    &dossier,
                    next,
                    dossiers::StateChange {
                        agenda_session_id: Some(None),
                        ..Default::default()
                    },
                )
                .await?;
            event(
                &mut tx,
                &code,
                &row,
                (principal, actor),
                "REMOVED_FROM_AGENDA",
                json!({ "sessionId": session_id, "sessionCancelled": true }),
            )
            .await?;
        }
        let row = sessions::end(
            &mut tx,
            &code,
            session_id,
            SessionStatus::Cancelled.as_str(),
            Some(&reason),
            None,
        )
        .await?;
        self.convene(&mut tx, &code, &row, ConvocationKind::Cancellation)
            .await?;
        let mut told = HashSet::new();
        for item in items.iter().filter(|i| i.avis_kind.is_none()) {
            if told.insert(item.association_id) {
                let notice = super::notices::Notice::new(
                    "session",
                    "Séance de la commission annulée",
                    format!(
                        "Bonjour,\n\nLa séance de la commission du {} est annulée. Les dossiers de votre association \
                         inscrits à son ordre du jour seront examinés lors d'une prochaine séance.\n",
                        cdlp_domain::french_datetime(row.scheduled_at, Some(&code)),
                    ),
                );
                self.notify_association_staff(&mut tx, &code, item.association_id, &notice)
                    .await?;
            }
        }
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "session.cancelled",
                target_type: Some("session"),
                target_id: Some(session_id.to_string()),
                details: json!({ "items": items.len() }),
            },
        )
        .await?;
        let attendance = sessions::attendance(&mut tx, &code, session_id).await?;
        tx.commit().await?;
        Ok(SessionView {
            row,
            items,
            attendance,
        })
    }

    /// Puts the dossiers still waiting on an adjourned session's agenda on its second
    /// convocation, in the same order.
    async fn carry_agenda(
        &self,
        tx: &mut cdlp_db::Tx,
        principal: &Principal,
        code: &cdlp_domain::DepartmentCode,
        first: &SessionRow,
        second: Uuid,
    ) -> Result<(), ApiError> {
        let actor = principal.dossier_actor(code, None)?;
        for item in sessions::items(tx, code, first.id).await? {
            if item.avis_kind.is_some() {
                continue;
            }
            let Some(dossier) = dossiers::lock(tx, code, item.dossier_id).await? else {
                continue;
            };
            if dossier.agenda_session_id != Some(first.id) {
                continue;
            }
            let state = super::dossiers::state_of(&dossier)?;
            sessions::add_item(tx, code, second, dossier.id, dossier.renewal_number).await?;
            let row = self
                .write_state(
                    tx,
                    code,
                    &dossier,
                    state,
                    dossiers::StateChange {
                        agenda_session_id: Some(Some(second)),
                        ..Default::default()
                    },
                )
                .await?;
            event(
                tx,
                code,
                &row,
                (principal, actor),
                "MOVED_TO_SESSION",
                json!({ "from": first.id, "sessionId": second, "secondConvocation": true }),
            )
            .await?;
        }
        Ok(())
    }

    /// Takes a dossier off its session's agenda before the session deliberates on it (or once
    /// the session was adjourned or cancelled): it waits for another session.
    pub async fn remove_from_agenda(
        &self,
        principal: &Principal,
        code: &str,
        dossier_id: Uuid,
        version: i32,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let mut step = self
            .begin_step(
                principal,
                &code,
                dossier_id,
                version,
                Transition::RemoveFromAgenda,
            )
            .await?;
        let session_id = step.dossier.agenda_session_id.ok_or_else(|| {
            ApiError::bad_input(
                "dossierId",
                "ce dossier n'est à l'ordre du jour d'aucune séance",
            )
        })?;
        let session = sessions::lock(&mut step.tx, &code, session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        if !facts(&session)?.may_release_items() {
            return Err(ApiError::bad_input(
                "dossierId",
                "la séance a commencé à délibérer : le dossier ne peut plus être retiré de son ordre du jour",
            ));
        }
        if session.status == SessionStatus::Scheduled.as_str() {
            sessions::delete_item(&mut step.tx, &code, session_id, dossier_id).await?;
            sessions::touch(&mut step.tx, &code, session_id).await?;
        }
        let change = dossiers::StateChange {
            agenda_session_id: Some(None),
            ..Default::default()
        };
        self.convocation_outdated(&mut step.tx, &code, session_id)
            .await?;
        self.finish_step(
            step,
            principal,
            &code,
            "REMOVED_FROM_AGENDA",
            json!({ "sessionId": session_id }),
            change,
        )
        .await
    }

    /// Moves a dossier from the agenda of a session not yet deliberating, adjourned or cancelled,
    /// to another scheduled session's.
    pub async fn move_to_session(
        &self,
        principal: &Principal,
        code: &str,
        dossier_id: Uuid,
        version: i32,
        to: Uuid,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let (mut tx, actor, dossier) = self
            .lock_dossier(principal, &code, dossier_id, version)
            .await?;
        if !matches!(actor, DossierActor::Prefecture(_)) {
            return Err(ApiError::forbidden());
        }
        let state = super::dossiers::state_of(&dossier)?;
        let on_agenda = matches!(
            state,
            cdlp_domain::parcours::DossierState::Request {
                stage: Stage::OnAgenda,
                ..
            }
        );
        let Some(from) = dossier.agenda_session_id.filter(|_| on_agenda) else {
            return Err(ApiError::bad_input(
                "dossierId",
                "ce dossier n'est à l'ordre du jour d'aucune séance",
            ));
        };
        if from == to {
            return Err(ApiError::bad_input(
                "sessionId",
                "le dossier est déjà à l'ordre du jour de cette séance",
            ));
        }
        let first = sessions::lock(&mut tx, &code, from)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        if !facts(&first)?.may_release_items() {
            return Err(ApiError::bad_input(
                "dossierId",
                "la séance a commencé à délibérer : le dossier ne peut plus changer de séance",
            ));
        }
        let target = open_session(sessions::lock(&mut tx, &code, to).await?)?;
        if target.opened_at.is_some() {
            return Err(ApiError::bad_input(
                "sessionId",
                "cette séance délibère déjà : son ordre du jour est arrêté",
            ));
        }
        if first.status == SessionStatus::Scheduled.as_str() {
            sessions::delete_item(&mut tx, &code, from, dossier_id).await?;
        }
        sessions::touch(&mut tx, &code, from).await?;
        sessions::add_item(&mut tx, &code, to, dossier_id, dossier.renewal_number)
            .await
            .map_err(|e| match e {
                cdlp_db::DbError::Unique(_) => ApiError::Conflict(
                    "ce dossier a déjà figuré à l'ordre du jour de cette séance".into(),
                ),
                other => other.into(),
            })?;
        sessions::touch(&mut tx, &code, to).await?;
        let row = self
            .write_state(
                &mut tx,
                &code,
                &dossier,
                state,
                dossiers::StateChange {
                    agenda_session_id: Some(Some(to)),
                    ..Default::default()
                },
            )
            .await?;
        self.convocation_outdated(&mut tx, &code, from).await?;
        self.convocation_outdated(&mut tx, &code, to).await?;
        event(
            &mut tx,
            &code,
            &row,
            (principal, actor),
            "MOVED_TO_SESSION",
            json!({ "from": from, "sessionId": to }),
        )
        .await?;
        tx.commit().await?;
        Ok(DossierView { row, state })
    }

    /// Records the commission's avis on one agenda dossier: quorum checked, recused members
    /// kept out of the vote, the president's vote breaking a tie.
    pub async fn record_avis(
        &self,
        principal: &Principal,
        code: &str,
        input: AvisInput,
    ) -> Result<DossierView, ApiError> {
        let code = parse_department(code)?;
        let remarks = match input.remarks.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(r) => Some(required_text("remarks", r, 5_000)?),
        };
        let (mut tx, actor, dossier) = self
            .lock_dossier(principal, &code, input.dossier_id, input.version)
            .await?;
        if !matches!(actor, DossierActor::Prefecture(_)) {
            return Err(ApiError::Forbidden(
                "l'avis est consigné par le secrétariat de la commission".into(),
            ));
        }
        let session = open_session(sessions::lock(&mut tx, &code, input.session_id).await?)?;
        if dossier.agenda_session_id != Some(session.id) {
            return Err(ApiError::bad_input(
                "dossierId",
                "ce dossier n'est pas à l'ordre du jour de cette séance",
            ));
        }
        let item = sessions::items(&mut tx, &code, session.id)
            .await?
            .into_iter()
            .find(|i| {
                i.dossier_id == dossier.id
                    && i.renewal_number == dossier.renewal_number
                    && i.avis_kind.is_none()
            })
            .ok_or_else(|| {
                ApiError::bad_input(
                    "dossierId",
                    "ce dossier n'attend pas d'avis dans cette séance",
                )
            })?;

        if avis_needs_ballots(input.adjourned, input.ballots.len()) {
            return Err(ApiError::bad_input(
                "ballots",
                "un avis se vote : saisissez les votes des membres, ou ajournez l'examen du dossier",
            ));
        }
        facts(&session)?
            .may_deliberate(self.now())
            .map_err(session_error)?;

        // Members who review individual files and may vote, and how each takes part.
        let sitting =
            commissions::members(&mut tx, &code, Some(session.scheduled_at.date_naive())).await?;
        let sheet = sessions::attendance(&mut tx, &code, session.id).await?;
        // The quorum is counted once, at the opening (the first deliberation).
        if session.opened_at.is_none() {
            let (voting, counted) = quorum_count(&sitting, &sheet);
            if !quorum_reached(voting, counted, session.second_convocation) {
                return Err(ApiError::bad_input(
                    "attendance",
                    format!(
                        "quorum non atteint : {} sur {} ; ajournez la séance et fixez une seconde convocation",
                        plural(
                            counted,
                            "membre votant présent ou représenté",
                            "membres votants présents ou représentés"
                        ),
                        voting
                    ),
                ));
            }
            sessions::open(&mut tx, &code, session.id, voting as i32, counted as i32).await?;
        }
        let members: HashMap<Uuid, commissions::MemberRow> = sitting
            .into_iter()
            .filter(|m| m.voting && reviews_files(m))
            .map(|m| (m.id, m))
            .collect();
        // Present, remote, or represented by the member holding their mandate.
        let present: HashSet<Uuid> = sheet
            .iter()
            .filter(|a| attendance_of(a).counts_for_quorum() && members.contains_key(&a.member_id))
            .map(|a| a.member_id)
            .collect();
        let mut seen = HashSet::new();
        let mut ballots = Vec::new();
        for b in &input.ballots {
            let member = members
                .get(&b.member_id)
                .filter(|_| present.contains(&b.member_id))
                .ok_or_else(|| {
                    ApiError::bad_input(
                        "ballots",
                        "seul un membre votant présent ou représenté peut voter",
                    )
                })?;
            if !may_vote(member.association_id, dossier.association_id) {
                return Err(ApiError::bad_input(
                    "ballots",
                    format!(
                        "{} représente l'association qui présente ce dossier : elle ne prend pas part au vote",
                        member.full_name
                    ),
                ));
            }
            if !seen.insert(b.member_id) {
                return Err(ApiError::bad_input(
                    "ballots",
                    "un membre ne vote qu'une fois",
                ));
            }
            ballots.push(Ballot {
                vote: b.vote,
                is_president: member.seat == CommissionSeat::President.as_str(),
            });
        }
        let result = tally(&ballots);
        let kind = if input.adjourned {
            AvisKind::Adjourned
        } else {
            result.outcome
        };
        let next = super::dossiers::apply(&dossier, actor, Transition::RecordAvis(kind), 0)?;
        let avis_id = sessions::insert_avis(
            &mut tx,
            &code,
            sessions::NewAvis {
                dossier_id: dossier.id,
                association_id: dossier.association_id,
                agenda_item_id: item.id,
                renewal_number: dossier.renewal_number,
                kind: kind.as_str(),
                votes_for: result.for_votes as i32,
                votes_against: result.against as i32,
                abstentions: result.abstentions as i32,
                casting_vote_used: result.casting_vote_used,
                remarks: remarks.as_deref(),
                recorded_by: principal.user_id,
            },
        )
        .await?;
        for b in &input.ballots {
            sessions::insert_vote(&mut tx, &code, item.id, b.member_id, b.vote.as_str()).await?;
        }
        let row = self
            .write_state(
                &mut tx,
                &code,
                &dossier,
                next,
                dossiers::StateChange::default(),
            )
            .await?;
        let mut details = json!({
            "avisId": avis_id, "kind": kind.as_str(), "for": result.for_votes, "against": result.against,
            "abstentions": result.abstentions, "castingVote": result.casting_vote_used,
        });
        let metric = format!("AVIS_{}", kind.as_str());
        count(
            &mut tx,
            &code,
            &dossier,
            self.today(),
            &[(metric.as_str(), -1)],
            &mut details,
        )
        .await?;
        event(
            &mut tx,
            &code,
            &row,
            (principal, actor),
            "AVIS_RECORDED",
            details,
        )
        .await?;
        sessions::touch(&mut tx, &code, session.id).await?;
        tx.commit().await?;
        Ok(DossierView { row, state: next })
    }

    /// Closes the session: every agenda item must have its avis; the minutes are produced and
    /// the dossiers leave the members' view.
    pub async fn close_session(
        &self,
        principal: &Principal,
        code: &str,
        session_id: Uuid,
    ) -> Result<SessionView, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let session = sessions::lock(&mut tx, &code, session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        facts(&session)?
            .may_deliberate(self.now())
            .map_err(session_error)?;
        let items = sessions::items(&mut tx, &code, session_id).await?;
        if let Some(pending) = items.iter().find(|i| i.avis_kind.is_none()) {
            return Err(ApiError::bad_input(
                "sessionId",
                format!(
                    "le dossier {} attend encore son avis",
                    pending.dossier_reference
                ),
            ));
        }
        let day = session.scheduled_at.date_naive();
        let members = commissions::members(&mut tx, &code, Some(day)).await?;
        let sheet = sessions::attendance(&mut tx, &code, session_id).await?;
        // Present on site or remotely; represented members are counted in the quorum only.
        let attendance: HashMap<Uuid, bool> = sheet
            .iter()
            .map(|a| (a.member_id, attendance_of(a).takes_part()))
            .collect();
        let (voting, counted) = match (session.quorum_members, session.quorum_counted) {
            (Some(v), Some(c)) => (v as u32, c as u32),
            _ => quorum_count(&members, &sheet),
        };
        // Members outside the parcours seats do not appear in the minutes of a session that
        // examined individual dossiers.
        let members: Vec<commissions::MemberRow> = members
            .into_iter()
            .filter(|m| items.is_empty() || reviews_files(m))
            .collect();
        let names: HashMap<Uuid, String> = members
            .iter()
            .map(|m| (m.id, m.full_name.clone()))
            .collect();
        let department = cdlp_db::departments::get(&mut tx, &code)
            .await?
            .ok_or_else(|| ApiError::not_found("département"))?;
        let mut minutes_items = Vec::new();
        for item in &items {
            let voted: HashSet<Uuid> = sessions::voters(&mut tx, &code, item.id)
                .await?
                .into_iter()
                .map(|(m, _)| m)
                .collect();
            let recused = members
                .iter()
                .filter(|m| {
                    attendance.get(&m.id).copied().unwrap_or(false) && !voted.contains(&m.id)
                })
                .filter(|m| !may_vote(m.association_id, item.association_id))
                .map(|m| m.full_name.clone())
                .collect();
            minutes_items.push(cdlp_docs::MinutesItem {
                reference: item.dossier_reference.clone(),
                request_label: request_label(item.renewal_number),
                association: item.association_name.clone(),
                avis_label: avis_label(item.avis_kind.as_deref()).into(),
                votes_for: item.votes_for.unwrap_or(0) as u32,
                votes_against: item.votes_against.unwrap_or(0) as u32,
                abstentions: item.abstentions.unwrap_or(0) as u32,
                casting_vote_used: item.casting_vote_used.unwrap_or(false),
                recused,
                remarks: item.remarks.clone(),
            });
        }
        let minutes = cdlp_docs::Minutes {
            department_code: code.to_string(),
            department_name: department.name.clone(),
            session_date: day,
            place: if session.visio {
                format!("Visioconférence — {}", session.place)
            } else {
                session.place.clone()
            },
            second_convocation: session.second_convocation,
            quorum_reached: quorum_reached(voting, counted, session.second_convocation),
            voting_members: voting,
            present_voting_members: counted,
            attendees: members
                .iter()
                .map(|m| cdlp_docs::Attendee {
                    name: m.full_name.clone(),
                    seat_label: seat_label(&m.seat).into(),
                    present: attendance.get(&m.id).copied().unwrap_or(false),
                    // A mandate given to another member (one at most, décret 2006-672 art. 12).
                    represented_by: sheet
                        .iter()
                        .find(|a| a.member_id == m.id && a.mode == "MANDATE")
                        .and_then(|a| a.mandate_to)
                        .and_then(|holder| names.get(&holder).cloned()),
                    voting: m.voting,
                })
                .collect(),
            items: minutes_items,
            closed_on: self.today(),
        };
        let pdf =
            cdlp_docs::minutes_pdf(&minutes).map_err(|e| ApiError::Internal(e.to_string()))?;
        let row = sessions::close(&mut tx, &code, session_id, &pdf).await?;
        self.convene(&mut tx, &code, &row, ConvocationKind::Minutes)
            .await?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "session.closed",
                target_type: Some("session"),
                target_id: Some(session_id.to_string()),
                details: json!({ "items": items.len() }),
            },
        )
        .await?;
        let attendance = sessions::attendance(&mut tx, &code, session_id).await?;
        tx.commit().await?;
        Ok(SessionView {
            row,
            items,
            attendance,
        })
    }

    pub async fn sessions(
        &self,
        principal: &Principal,
        code: &str,
        open_only: bool,
    ) -> Result<Vec<SessionRow>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &READERS)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let rows = sessions::list(&mut tx, &code, open_only).await?;
        tx.commit().await?;
        Ok(rows)
    }

    pub async fn session(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
    ) -> Result<Option<SessionView>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &READERS)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let Some(row) = sessions::get(&mut tx, &code, id).await? else {
            return Ok(None);
        };
        let items = sessions::items(&mut tx, &code, id).await?;
        let attendance = sessions::attendance(&mut tx, &code, id).await?;
        tx.commit().await?;
        Ok(Some(SessionView {
            row,
            items,
            attendance,
        }))
    }

    pub async fn minutes_pdf(
        &self,
        principal: &Principal,
        code: &str,
        id: Uuid,
    ) -> Result<Option<Vec<u8>>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let pdf = sessions::minutes_pdf(&mut tx, &code, id).await?;
        tx.commit().await?;
        Ok(pdf)
    }
}

fn avis_label(kind: Option<&str>) -> &'static str {
    match kind {
        Some("FAVOURABLE") => "Favorable",
        Some("UNFAVOURABLE") => "Défavorable",
        Some("ADJOURNED") => "Ajourné",
        _ => "—",
    }
}

fn seat_label(seat: &str) -> &'static str {
    match CommissionSeat::parse(seat) {
        Some(CommissionSeat::President) => "Présidence",
        Some(CommissionSeat::Magistrate) => "Magistrat",
        Some(CommissionSeat::SocialCohesion) => "Cohésion sociale (DDETS)",
        Some(CommissionSeat::PublicSecurity) => "Sécurité publique",
        Some(CommissionSeat::JudicialPolice) => "Police judiciaire",
        Some(CommissionSeat::Gendarmerie) => "Gendarmerie",
        Some(CommissionSeat::ForeignersDepartment) => "Service des étrangers",
        Some(CommissionSeat::Labour) => "Travail",
        Some(CommissionSeat::Education) => "Éducation nationale",
        Some(CommissionSeat::Doctor) => "Médecin",
        Some(CommissionSeat::LocalAuthority) => "Collectivité territoriale",
        Some(CommissionSeat::ApprovedAssociation) => "Association agréée",
        Some(CommissionSeat::ChildProtection) => "Protection de l'enfance",
        Some(CommissionSeat::DepartmentalCouncil) => "Conseil départemental",
        None => "—",
    }
}

/// "1 membre", "0 membre", "2 membres": French puts the singular on 0 and 1.
fn plural(n: u32, one: &str, many: &str) -> String {
    if n < 2 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}
