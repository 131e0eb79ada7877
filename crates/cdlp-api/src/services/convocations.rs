//! Convocations: every member sitting on the session's day receives one when the session is
//! scheduled, an updated one when its agenda or time changes (sent by the background job a
//! few minutes after the last change, so a run of edits makes one message), a cancellation,
//! and the notice that the minutes are available. The prefecture sees who was sent what and
//! whether it went out.

use cdlp_db::sessions::SessionRow;
use cdlp_db::{PgConnection, convocations, departments, outbox, sessions};
use cdlp_domain::{CommissionSeat, DepartmentCode, Role, french_datetime};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::dossiers::request_label;
use super::notices::Notice;
use super::{Principal, Services, parse_department};
use crate::ApiError;

/// Quiet time after the last change of agenda or time before the updated convocation leaves.
pub const UPDATE_SETTLE_MINUTES: i64 = 10;
/// CRPA R.133-8: the convocation reaches members at least five days before the session, save
/// urgency.
pub const NOTICE_DAYS: i64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConvocationKind {
    Convocation,
    Update,
    Cancellation,
    /// Adjourned for want of quorum: a second convocation follows.
    Adjournment,
    Minutes,
}

impl ConvocationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Convocation => "CONVOCATION",
            Self::Update => "UPDATE",
            Self::Cancellation => "CANCELLATION",
            Self::Adjournment => "ADJOURNMENT",
            Self::Minutes => "MINUTES",
        }
    }
}

/// One message to one member, and what became of it.
pub struct ConvocationView {
    pub row: convocations::ConvocationRow,
    pub delivery: Option<outbox::DeliveryRow>,
}

const STAFF: [Role; 2] = [Role::PrefectureAdmin, Role::PrefectureAgent];

/// Whether a session at `at` may be convened at `now` without a stated urgency.
pub fn needs_urgency(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    at < now + chrono::Duration::days(NOTICE_DAYS)
}

impl Services {
    /// Writes `kind` to every member sitting on the session's day who has an address; returns
    /// how many were written.
    pub(crate) async fn convene(
        &self,
        tx: &mut PgConnection,
        code: &DepartmentCode,
        session: &SessionRow,
        kind: ConvocationKind,
    ) -> Result<u32, ApiError> {
        let notice = self.convocation_notice(tx, code, session, kind).await?;
        let mut written = 0;
        // Members outside the parcours seats never sit on individual dossiers (CASF R.121-12-7,
        // décret of 30 Dec 2025): they get no convocation naming them.
        let recipients = convocations::recipients(tx, code, session.scheduled_at.date_naive())
            .await?
            .into_iter()
            .filter(|r| {
                CommissionSeat::parse(&r.seat).is_none_or(|s| s.reviews_individual_files())
            });
        for r in recipients {
            let id =
                convocations::insert(tx, code, session.id, r.member_id, kind.as_str(), &r.address)
                    .await?;
            written += self
                .send_notice(tx, Some(code), [r.address], &notice, Some(id))
                .await?;
        }
        convocations::clear_due(tx, code, session.id).await?;
        Ok(written)
    }

    async fn convocation_notice(
        &self,
        tx: &mut PgConnection,
        code: &DepartmentCode,
        session: &SessionRow,
        kind: ConvocationKind,
    ) -> Result<Notice, ApiError> {
        let department = departments::get(tx, code)
            .await?
            .map(|d| format!("{} ({code})", d.name))
            .unwrap_or_else(|| code.to_string());
        let when = french_datetime(session.scheduled_at, Some(code));
        let place = if session.visio {
            format!("en visioconférence ({})", session.place)
        } else {
            session.place.clone()
        };
        let link = self.link(&format!("/commission/{code}/seances/{}", session.id));
        let commission = format!(
            "la commission départementale de lutte contre la prostitution, le proxénétisme et la traite \
             des êtres humains aux fins d'exploitation sexuelle — {department}"
        );
        let notice = match kind {
            ConvocationKind::Convocation | ConvocationKind::Update => {
                let state = convocations::state(tx, code, session.id).await?;
                let items = sessions::items(tx, code, session.id).await?;
                let mut agenda = String::new();
                for (n, item) in items.iter().enumerate() {
                    agenda.push_str(&format!(
                        "{}. Dossier {} — {}\n",
                        n + 1,
                        item.dossier_reference,
                        request_label(item.renewal_number)
                    ));
                }
                if agenda.is_empty() {
                    agenda.push_str("Aucun dossier n'est encore inscrit ; vous recevrez l'ordre du jour mis à jour.\n");
                }
                let mut body = String::from("Madame, Monsieur,\n\n");
                if kind == ConvocationKind::Update {
                    body.push_str("La convocation qui vous a été adressée est mise à jour (date, lieu ou ordre du jour). Elle remplace la précédente.\n\n");
                }
                body.push_str(&format!(
                    "Vous êtes convoqué(e) à la séance de {commission}.\n\nDate : {when}\nLieu : {place}\n"
                ));
                if let Some(urgency) = state.urgency.as_deref() {
                    body.push_str(&format!(
                        "\nCette séance est convoquée en urgence, moins de cinq jours à l'avance : {urgency}\n"
                    ));
                }
                if session.second_convocation {
                    body.push_str("\nSeconde convocation : faute de quorum à la séance précédente, la commission délibérera valablement quel que soit le nombre de membres présents.\n");
                }
                body.push_str(&format!(
                    "\nOrdre du jour (les dossiers sont désignés par leur seule référence) :\n{agenda}\n\
                     Les dossiers sont consultables sur CDLP : {link}\n\n\
                     Si vous ne pouvez pas être présent(e), prévenez le secrétariat de la commission à la préfecture.\n"
                ));
                let subject = if kind == ConvocationKind::Update {
                    format!("Convocation modifiée : séance du {when}")
                } else {
                    format!("Convocation : séance du {when}")
                };
                Notice::new("convocation", subject, body)
            }
            ConvocationKind::Cancellation => Notice::new(
                "convocation",
                format!("Séance annulée : {when}"),
                format!(
                    "Madame, Monsieur,\n\nLa séance de {commission} prévue le {when} est annulée. \
                     Les dossiers inscrits à son ordre du jour seront examinés lors d'une prochaine séance, \
                     pour laquelle vous recevrez une nouvelle convocation.\n"
                ),
            ),
            ConvocationKind::Adjournment => Notice::new(
                "convocation",
                format!("Séance ajournée faute de quorum : {when}"),
                format!(
                    "Madame, Monsieur,\n\nLe quorum n'étant pas atteint, la séance de {commission} du {when} est ajournée. \
                     Une seconde convocation vous parviendra : la commission pourra alors délibérer \
                     quel que soit le nombre de membres présents.\n"
                ),
            ),
            ConvocationKind::Minutes => Notice::new(
                "convocation",
                format!("Procès-verbal disponible : séance du {when}"),
                format!(
                    "Madame, Monsieur,\n\nLe procès-verbal de la séance de {commission} du {when} est établi. \
                     Il est consultable sur CDLP : {link}\n"
                ),
            ),
        };
        Ok(notice)
    }

    /// After a change of agenda or time: the updated convocation leaves once the changes
    /// have settled (only if the members were convened already).
    pub(crate) async fn convocation_outdated(
        &self,
        tx: &mut PgConnection,
        code: &DepartmentCode,
        session_id: Uuid,
    ) -> Result<(), ApiError> {
        let at = self.now() + chrono::Duration::minutes(UPDATE_SETTLE_MINUTES);
        convocations::mark_update_due(tx, code, session_id, at).await?;
        Ok(())
    }

    /// The prefecture sends the (updated) convocation now instead of waiting.
    pub async fn send_convocations(
        &self,
        principal: &Principal,
        code: &str,
        session_id: Uuid,
    ) -> Result<u32, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let session = sessions::lock(&mut tx, &code, session_id)
            .await?
            .ok_or_else(|| ApiError::not_found("séance"))?;
        if session.status != "SCHEDULED" {
            return Err(ApiError::bad_input(
                "sessionId",
                "cette séance n'est plus à venir : aucune convocation à envoyer",
            ));
        }
        let kind = if convocations::any_sent(&mut tx, &code, session_id).await? {
            ConvocationKind::Update
        } else {
            ConvocationKind::Convocation
        };
        let written = self.convene(&mut tx, &code, &session, kind).await?;
        cdlp_db::audit::append(
            &mut tx,
            cdlp_db::audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "session.convened",
                target_type: Some("session"),
                target_id: Some(session_id.to_string()),
                details: serde_json::json!({ "kind": kind.as_str(), "convocations": written }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(written)
    }

    /// Who was sent what for a session, with each message's delivery status (prefecture).
    pub async fn session_convocations(
        &self,
        principal: &Principal,
        code: &str,
        session_id: Uuid,
    ) -> Result<(Vec<ConvocationView>, convocations::ConvocationState), ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &STAFF)?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let rows = convocations::list(&mut tx, &code, session_id).await?;
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let mut deliveries = outbox::deliveries(&mut tx, &ids).await?;
        let state = convocations::state(&mut tx, &code, session_id).await?;
        tx.commit().await?;
        let views = rows
            .into_iter()
            .map(|row| {
                // The latest message about this row (there is one per row today).
                let delivery = deliveries
                    .iter()
                    .rposition(|d| d.ref_id == row.id)
                    .map(|i| deliveries.swap_remove(i));
                ConvocationView { row, delivery }
            })
            .collect();
        Ok((views, state))
    }

    /// The background job's part: updated convocations whose changes have settled.
    pub(crate) async fn send_due_convocations(
        &self,
        tx: &mut PgConnection,
        code: &DepartmentCode,
    ) -> Result<u32, ApiError> {
        let mut written = 0;
        for id in convocations::due_sessions(tx, code, self.now()).await? {
            let Some(session) = sessions::get(tx, code, id).await? else {
                continue;
            };
            written += self
                .convene(tx, code, &session, ConvocationKind::Update)
                .await?;
        }
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_clear_days_or_an_urgency() {
        let now = DateTime::parse_from_rfc3339("2026-12-05T10:00:00Z")
            .unwrap()
            .to_utc();
        assert!(needs_urgency(now + chrono::Duration::days(4), now));
        assert!(needs_urgency(now - chrono::Duration::days(1), now));
        assert!(!needs_urgency(now + chrono::Duration::days(5), now));
    }
}
