//! The background job: closes parcours whose last period is over and writes renewal reminders.
//! Safe with several service instances: each run holds a PostgreSQL advisory lock for its
//! transaction, and a run that cannot take it does nothing.

use cdlp_db::{Context, agrements, departments, dossiers, jobs};
use cdlp_domain::DepartmentCode;
use cdlp_domain::agrement::{
    AgrementAction, AgrementStatus, complete_on, expiry_reminder_due, next_status, tacit_on,
    validity,
};
use cdlp_domain::parcours::{Actor, Transition};
use chrono::NaiveDate;
use serde_json::json;

use super::Services;
use super::notices::Notice;
use crate::ApiError;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobReport {
    /// False when another instance held the lock.
    pub ran: bool,
    pub completed: u32,
    pub reminders: u32,
    /// Agréments granted tacitly (four months of silence on a complete file).
    pub tacit: u32,
    pub expired: u32,
    pub expiry_reminders: u32,
    /// Prefectures warned that an agrément request is about to be granted by silence.
    pub tacit_warnings: u32,
    /// Updated convocations sent once a session's changes settled.
    pub convocations: u32,
}

const REMINDER_DAYS: u64 = 30;
/// The prefecture is warned this many days before a tacit agrément.
const TACIT_WARNING_DAYS: u64 = 15;

impl Services {
    pub async fn run_jobs(&self, today: NaiveDate) -> Result<JobReport, ApiError> {
        let ctx = Context {
            role: Some("SYSTEM"),
            ..Context::default()
        };
        let mut tx = self.db.begin(&ctx).await?;
        if !jobs::try_lock(&mut tx).await? {
            return Ok(JobReport::default());
        }
        let mut report = JobReport {
            ran: true,
            ..JobReport::default()
        };
        let onboarded: Vec<DepartmentCode> = departments::list(&mut tx)
            .await?
            .into_iter()
            .filter(|d| d.onboarded_at.is_some())
            .filter_map(|d| DepartmentCode::parse(&d.code).ok())
            .collect();
        for code in onboarded {
            jobs::enter(&mut tx, &code, None).await?;
            self.agrement_jobs(&mut tx, &code, today, &mut report)
                .await?;
            report.convocations += self.send_due_convocations(&mut tx, &code).await?;
            for dossier in jobs::ended_in_progress(&mut tx, &code, today).await? {
                let state = super::dossiers::state_of(&dossier)?;
                let Ok(next) = state.apply(Actor::System, Transition::EndPeriod, 0) else {
                    continue;
                };
                let row = self
                    .write_state(
                        &mut tx,
                        &code,
                        &dossier,
                        next,
                        dossiers::StateChange::default(),
                    )
                    .await?;
                let mut details = json!({ "on": today });
                super::dossiers::count(
                    &mut tx,
                    &code,
                    &row,
                    today,
                    &[("PARCOURS_COMPLETED", -1)],
                    &mut details,
                )
                .await?;
                system_event(&mut tx, &code, &row, "COMPLETED", details).await?;
                report.completed += 1;
            }
            let until = today + chrono::Days::new(REMINDER_DAYS);
            for (id, reference, association_id, number, end) in
                jobs::renewals_to_remind(&mut tx, &code, today, until).await?
            {
                jobs::enter(&mut tx, &code, Some(association_id)).await?;
                let body = format!(
                    "Bonjour,\n\nLa période n° {number} du parcours de sortie {reference} prend fin le {}. \
                     Si la personne souhaite poursuivre, déposez la demande de renouvellement sur CDLP : {}\n",
                    end.format("%d/%m/%Y"),
                    self.link(&format!("/association/{association_id}/dossiers/{id}")),
                );
                let notice = Notice::new(
                    "renewal_reminder",
                    "Renouvellement d'un parcours de sortie à prévoir",
                    body,
                );
                self.notify_association_staff(&mut tx, &code, association_id, &notice)
                    .await?;
                let dossier = dossiers::get(&mut tx, &code, id)
                    .await?
                    .ok_or_else(|| ApiError::not_found("dossier"))?;
                system_event(
                    &mut tx,
                    &code,
                    &dossier,
                    "RENEWAL_REMINDER",
                    json!({ "period": number, "endsOn": end }),
                )
                .await?;
                report.reminders += 1;
                jobs::enter(&mut tx, &code, None).await?;
            }
        }
        tx.commit().await?;
        Ok(report)
    }
}

impl Services {
    /// Tacit agrément, expiry and the reminder 90 days before it, for one département.
    async fn agrement_jobs(
        &self,
        tx: &mut cdlp_db::Tx,
        code: &DepartmentCode,
        today: NaiveDate,
        report: &mut JobReport,
    ) -> Result<(), ApiError> {
        for mut row in agrements::open_requests(tx, code).await? {
            let Some(requested_on) = row.requested_on else {
                continue;
            };
            let Some(complete) = complete_on(
                requested_on,
                row.missing_pieces_notified_on.is_some(),
                row.completed_on,
            ) else {
                continue;
            };
            let tacit_day = tacit_on(complete);
            if today < tacit_day {
                if today + chrono::Days::new(TACIT_WARNING_DAYS) >= tacit_day
                    && agrements::mark_tacit_warned(tx, code, row.id, today).await?
                {
                    let notice = Notice::new(
                        "agrement",
                        format!(
                            "Agrément tacite le {} sans décision",
                            tacit_day.format("%d/%m/%Y")
                        ),
                        format!(
                            "Bonjour,\n\nLa demande d'agrément de l'association {} dans le département {code} \
                             sera réputée acceptée le {} si aucune décision n'est prise d'ici là \
                             (article R.121-12-3 du CASF : quatre mois de silence après le dépôt d'un dossier complet).\n\n\
                             Instruire la demande : {}\n",
                            row.association_name,
                            tacit_day.format("%d/%m/%Y"),
                            self.link(&format!("/prefecture/{code}/agrements/{}", row.id)),
                        ),
                    );
                    self.notify_prefecture_staff(tx, code, &notice).await?;
                    report.tacit_warnings += 1;
                }
                continue;
            }
            let status = AgrementStatus::parse(&row.status)
                .ok_or_else(|| ApiError::Internal("status".into()))?;
            let Ok(next) = next_status(status, AgrementAction::ApplyTacit, requested_on, today)
            else {
                continue;
            };
            let (from, until) = validity(tacit_day);
            row.status = next.as_str().into();
            row.tacit = true;
            row.valid_from = Some(from);
            row.valid_until = Some(until);
            row.decided_on = Some(tacit_day);
            self.agrement_step_log(
                tx,
                code,
                &row,
                None,
                "SYSTEM",
                "TACIT",
                json!({ "on": tacit_day }),
            )
            .await?;
            self.notify_association(tx, code, row.association_id, "Agrément tacite", &format!(
                "Bonjour,\n\nFaute de décision dans les quatre mois suivant le dépôt d'un dossier complet, votre association est \
                 agréée tacitement dans le département {code} à compter du {} (R.121-12-3 du CASF).\n",
                tacit_day.format("%d/%m/%Y")
            ))
            .await?;
            agrements::save(tx, &row).await?;
            report.tacit += 1;
        }
        for mut row in agrements::granted(tx, code).await? {
            let Some(until) = row.valid_until else {
                continue;
            };
            if until < today {
                row.status = AgrementStatus::Expired.as_str().into();
                self.agrement_step_log(
                    tx,
                    code,
                    &row,
                    None,
                    "SYSTEM",
                    "EXPIRED",
                    json!({ "validUntil": until }),
                )
                .await?;
                self.notify_association(
                    tx,
                    code,
                    row.association_id,
                    "Agrément expiré",
                    &format!(
                        "Bonjour,\n\nVotre agrément dans le département {code} a expiré le {}.\n",
                        until.format("%d/%m/%Y")
                    ),
                )
                .await?;
                agrements::save(tx, &row).await?;
                report.expired += 1;
            } else if row.expiry_reminded_on.is_none() && expiry_reminder_due(until, today) {
                row.expiry_reminded_on = Some(today);
                self.agrement_step_log(
                    tx,
                    code,
                    &row,
                    None,
                    "SYSTEM",
                    "EXPIRY_REMINDER",
                    json!({ "validUntil": until }),
                )
                .await?;
                self.notify_association(tx, code, row.association_id, "Votre agrément arrive à échéance", &format!(
                    "Bonjour,\n\nVotre agrément dans le département {code} prend fin le {}. Pensez à en demander le renouvellement.\n",
                    until.format("%d/%m/%Y")
                ))
                .await?;
                agrements::save(tx, &row).await?;
                report.expiry_reminders += 1;
            }
        }
        Ok(())
    }
}

async fn system_event(
    tx: &mut cdlp_db::Tx,
    code: &DepartmentCode,
    dossier: &dossiers::DossierRow,
    kind: &str,
    details: serde_json::Value,
) -> Result<(), ApiError> {
    dossiers::append_event(
        tx,
        code,
        dossiers::NewEvent {
            dossier_id: dossier.id,
            association_id: dossier.association_id,
            actor_user_id: None,
            actor_role: "SYSTEM",
            kind,
            details,
        },
    )
    .await?;
    Ok(())
}
