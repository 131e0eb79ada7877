//! The background job: closes parcours whose last period is over and writes renewal reminders.
//! Safe with several service instances: each run holds a PostgreSQL advisory lock for its
//! transaction, and a run that cannot take it does nothing.

use cdlp_db::{Context, accounts, departments, dossiers, jobs, outbox};
use cdlp_domain::parcours::{Actor, Transition};
use cdlp_domain::{DepartmentCode, Email};
use chrono::NaiveDate;
use serde_json::json;

use super::Services;
use crate::ApiError;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobReport {
    /// False when another instance held the lock.
    pub ran: bool,
    pub completed: u32,
    pub reminders: u32,
}

const REMINDER_DAYS: u64 = 30;

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
                system_event(&mut tx, &code, &row, "COMPLETED", json!({ "on": today })).await?;
                report.completed += 1;
            }
            let until = today + chrono::Days::new(REMINDER_DAYS);
            for (id, reference, association_id, number, end) in
                jobs::renewals_to_remind(&mut tx, &code, today, until).await?
            {
                jobs::enter(&mut tx, &code, Some(association_id)).await?;
                let body = format!(
                    "Bonjour,\n\nLa période n° {number} du parcours de sortie {reference} prend fin le {}. \
                     Si la personne souhaite poursuivre, déposez la demande de renouvellement sur CDLP : {}/dossiers/{code}/{id}\n",
                    end.format("%d/%m/%Y"),
                    self.settings.public_url.trim_end_matches('/'),
                );
                for address in
                    accounts::association_staff_addresses(&mut tx, association_id).await?
                {
                    let Ok(recipient) = Email::parse(&address) else {
                        continue;
                    };
                    outbox::enqueue(
                        &mut tx,
                        outbox::OutgoingEmail {
                            department: Some(&code),
                            kind: "renewal_reminder",
                            recipient: &recipient,
                            subject: "Renouvellement d'un parcours de sortie à prévoir",
                            body: &body,
                        },
                    )
                    .await?;
                }
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
