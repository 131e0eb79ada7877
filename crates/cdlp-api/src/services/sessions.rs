//! Commission sessions: scheduling and convocation, agenda, attendance and quorum, votes with
//! recusal, avis, and the minutes (procès-verbal) when the session is closed.

use std::collections::{HashMap, HashSet};

use cdlp_db::sessions::{self, AgendaItemRow, SessionRow};
use cdlp_db::{audit, commissions, dossiers, outbox};
use cdlp_domain::parcours::{AvisKind, Ballot, Transition, Vote, may_vote, quorum_reached, tally};
use cdlp_domain::{CommissionSeat, Email, Role};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

use super::dossiers::{DossierActor, DossierView, count, event, request_label};
use super::{Principal, Services, parse_department, required_text};
use crate::ApiError;

pub struct ScheduleInput {
    pub scheduled_at: DateTime<Utc>,
    pub place: String,
    pub visio: bool,
    pub second_convocation: bool,
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
    pub attendance: Vec<(Uuid, bool)>,
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
        return Err(ApiError::bad_input("sessionId", "cette séance est close"));
    }
    Ok(row)
}

impl Services {
    pub async fn schedule_session(
        &self,
        principal: &Principal,
        code: &str,
        input: ScheduleInput,
    ) -> Result<SessionRow, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let place = required_text("place", &input.place, 300)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
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
                second_convocation: input.second_convocation,
                created_by: principal.user_id,
            },
        )
        .await?;
        // The convocation goes to every sitting member with an account.
        let day = input.scheduled_at.date_naive();
        let when = input.scheduled_at.format("%d/%m/%Y à %H:%M (UTC)");
        let mode = if input.visio {
            "en visioconférence"
        } else {
            "en présentiel"
        };
        let second = if input.second_convocation {
            "\nIl s'agit d'une seconde convocation : la commission délibérera sans condition de quorum.\n"
        } else {
            ""
        };
        let body = format!(
            "Madame, Monsieur,\n\nVous êtes convoqué(e) à la séance de la commission départementale de lutte contre la \
             prostitution du {when}, {mode} : {place}.\n{second}\nL'ordre du jour est consultable sur CDLP : {}/seances/{}\n",
            self.settings.public_url.trim_end_matches('/'),
            session.id
        );
        let mut sent = 0;
        for address in sessions::member_addresses(&mut tx, &code, day).await? {
            let Ok(recipient) = Email::parse(&address) else {
                continue;
            };
            outbox::enqueue(
                &mut tx,
                outbox::OutgoingEmail {
                    department: Some(&code),
                    kind: "convocation",
                    recipient: &recipient,
                    subject: "Convocation à la commission départementale",
                    body: &body,
                },
            )
            .await?;
            sent += 1;
        }
        audit::append(
            &mut tx,
            audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "session.scheduled",
                target_type: Some("session"),
                target_id: Some(session.id.to_string()),
                details: json!({ "convocations": sent }),
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

    pub async fn record_attendance(
        &self,
        principal: &Principal,
        code: &str,
        session_id: Uuid,
        entries: Vec<(Uuid, bool)>,
    ) -> Result<SessionView, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let session = open_session(sessions::lock(&mut tx, &code, session_id).await?)?;
        let members: HashSet<Uuid> =
            commissions::members(&mut tx, &code, Some(session.scheduled_at.date_naive()))
                .await?
                .into_iter()
                .map(|m| m.id)
                .collect();
        for (member_id, present) in &entries {
            if !members.contains(member_id) {
                return Err(ApiError::bad_input(
                    "attendance",
                    "ce membre ne siège pas à la date de la séance",
                ));
            }
            sessions::set_attendance(&mut tx, &code, session_id, *member_id, *present).await?;
        }
        sessions::touch(&mut tx, &code, session_id).await?;
        let row = sessions::get(&mut tx, &code, session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        let items = sessions::items(&mut tx, &code, session_id).await?;
        let attendance = sessions::attendance(&mut tx, &code, session_id).await?;
        tx.commit().await?;
        Ok(SessionView {
            row,
            items,
            attendance,
        })
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

        // Members who review individual files and may vote, and who is here.
        let members: HashMap<Uuid, commissions::MemberRow> =
            commissions::members(&mut tx, &code, Some(session.scheduled_at.date_naive()))
                .await?
                .into_iter()
                .filter(|m| {
                    m.voting
                        && CommissionSeat::parse(&m.seat)
                            .is_some_and(|s| s.reviews_individual_files())
                })
                .map(|m| (m.id, m))
                .collect();
        let present: HashSet<Uuid> = sessions::present_members(&mut tx, &code, session.id)
            .await?
            .into_iter()
            .filter(|id| members.contains_key(id))
            .collect();
        if !quorum_reached(
            members.len() as u32,
            present.len() as u32,
            session.second_convocation,
        ) {
            return Err(ApiError::bad_input(
                "attendance",
                format!(
                    "quorum non atteint : {} membres votants présents sur {}",
                    present.len(),
                    members.len()
                ),
            ));
        }
        let mut seen = HashSet::new();
        let mut ballots = Vec::new();
        for b in &input.ballots {
            let member = members
                .get(&b.member_id)
                .filter(|_| present.contains(&b.member_id))
                .ok_or_else(|| {
                    ApiError::bad_input("ballots", "seul un membre votant présent peut voter")
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
        let session = open_session(sessions::lock(&mut tx, &code, session_id).await?)?;
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
        let attendance: HashMap<Uuid, bool> = sessions::attendance(&mut tx, &code, session_id)
            .await?
            .into_iter()
            .collect();
        let department = cdlp_db::departments::get(&mut tx, &code)
            .await?
            .ok_or_else(|| ApiError::not_found("département"))?;
        let reviewers: Vec<&commissions::MemberRow> = members
            .iter()
            .filter(|m| {
                m.voting
                    && CommissionSeat::parse(&m.seat).is_some_and(|s| s.reviews_individual_files())
            })
            .collect();
        let present_voting = reviewers
            .iter()
            .filter(|m| attendance.get(&m.id).copied().unwrap_or(false))
            .count() as u32;
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
            quorum_reached: quorum_reached(
                reviewers.len() as u32,
                present_voting,
                session.second_convocation,
            ),
            voting_members: reviewers.len() as u32,
            present_voting_members: present_voting,
            attendees: members
                .iter()
                .map(|m| cdlp_docs::Attendee {
                    name: m.full_name.clone(),
                    seat_label: seat_label(&m.seat).into(),
                    present: attendance.get(&m.id).copied().unwrap_or(false),
                    // Attendance records no proxy yet.
                    represented_by: None,
                    voting: m.voting,
                })
                .collect(),
            items: minutes_items,
            closed_on: self.today(),
        };
        let pdf =
            cdlp_docs::minutes_pdf(&minutes).map_err(|e| ApiError::Internal(e.to_string()))?;
        let row = sessions::close(&mut tx, &code, session_id, &pdf).await?;
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
