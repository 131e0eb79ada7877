//! The e-mails of the procedure: one place for their French wording, the links into the web
//! application, and who receives them. A notice names dossiers by their pseudonymous
//! reference only, never a person.

use cdlp_db::dossiers::DossierRow;
use cdlp_db::{PgConnection, accounts, outbox};
use cdlp_domain::{DepartmentCode, Email};
use uuid::Uuid;

use super::Services;
use crate::ApiError;

/// One message, before it is addressed.
pub(crate) struct Notice {
    /// For the outbox and the logs (`invitation`, `convocation`, `dossier`, `agrement`, …).
    pub kind: &'static str,
    pub subject: String,
    /// Plain text; the HTML part is derived from it at sending time.
    pub body: String,
}

const SIGNATURE: &str = "\n-- \nCDLP, la plateforme des commissions départementales de lutte contre la prostitution, \
le proxénétisme et la traite des êtres humains aux fins d'exploitation sexuelle.\n\
Ce message est envoyé automatiquement : merci de ne pas y répondre.\n";

impl Notice {
    pub fn new(kind: &'static str, subject: impl Into<String>, body: impl Into<String>) -> Self {
        let mut body = body.into();
        if !body.ends_with('\n') {
            body.push('\n');
        }
        body.push_str(SIGNATURE);
        Self {
            kind,
            subject: subject.into(),
            body,
        }
    }
}

/// « en tant qu'administrateur », « en tant que membre »: French elides before a vowel.
pub(crate) fn en_tant_que(label: &str) -> String {
    let elides = label
        .chars()
        .next()
        .is_some_and(|c| "aeiouyàâéèêëîïôûùhAEIOUYÉÈÊH".contains(c));
    if elides {
        format!("en tant qu'{label}")
    } else {
        format!("en tant que {label}")
    }
}

impl Services {
    /// An absolute link into the web application.
    pub(crate) fn link(&self, path: &str) -> String {
        format!(
            "{}/{}",
            self.settings.public_url.trim_end_matches('/'),
            path.trim_start_matches('/')
        )
    }

    /// Queues the notice to each address (malformed stored addresses are skipped); returns how
    /// many were queued.
    pub(crate) async fn send_notice(
        &self,
        tx: &mut PgConnection,
        department: Option<&DepartmentCode>,
        recipients: impl IntoIterator<Item = String>,
        notice: &Notice,
        ref_id: Option<Uuid>,
    ) -> Result<u32, ApiError> {
        let mut sent = 0;
        for address in recipients {
            let Ok(recipient) = Email::parse(&address) else {
                continue;
            };
            outbox::enqueue_about(
                tx,
                outbox::OutgoingEmail {
                    department,
                    kind: notice.kind,
                    recipient: &recipient,
                    subject: &notice.subject,
                    body: &notice.body,
                },
                ref_id,
            )
            .await?;
            sent += 1;
        }
        Ok(sent)
    }

    /// To the prefecture's staff (admins and agents) of a département.
    pub(crate) async fn notify_prefecture_staff(
        &self,
        tx: &mut PgConnection,
        code: &DepartmentCode,
        notice: &Notice,
    ) -> Result<u32, ApiError> {
        let addresses = accounts::department_staff_addresses(tx, code).await?;
        self.send_notice(tx, Some(code), addresses, notice, None)
            .await
    }
}

impl Services {
    /// To an association's staff: the context is switched to that association to read its
    /// members' addresses, then restored.
    pub(crate) async fn notify_association_staff(
        &self,
        tx: &mut cdlp_db::Tx,
        code: &DepartmentCode,
        association_id: Uuid,
        notice: &Notice,
    ) -> Result<u32, ApiError> {
        let previous: String = cdlp_db::jobs::current_association(tx).await?;
        cdlp_db::jobs::enter(tx, code, Some(association_id)).await?;
        let addresses = accounts::association_staff_addresses(tx, association_id).await?;
        cdlp_db::jobs::enter(tx, code, previous.parse::<Uuid>().ok()).await?;
        self.send_notice(tx, Some(code), addresses, notice, None)
            .await
    }

    /// The notice a dossier's step calls for, if any: the prefecture learns of what it must
    /// examine, the association of what the prefecture decided.
    pub(crate) async fn notify_step(
        &self,
        tx: &mut cdlp_db::Tx,
        code: &DepartmentCode,
        dossier: &DossierRow,
        kind: &str,
    ) -> Result<(), ApiError> {
        let reference = &dossier.reference;
        let for_prefecture = self.link(&format!("/prefecture/{code}/dossiers/{}", dossier.id));
        let for_association = self.link(&format!(
            "/association/{}/dossiers/{}",
            dossier.association_id, dossier.id
        ));
        match kind {
            "SUBMITTED" | "RENEWAL_REQUESTED" => {
                let what = if kind == "SUBMITTED" {
                    "Une demande d'engagement dans un parcours de sortie de la prostitution"
                } else {
                    "Une demande de renouvellement d'un parcours de sortie"
                };
                let notice = Notice::new(
                    "dossier",
                    format!("Nouvelle demande à instruire : dossier {reference}"),
                    format!(
                        "Bonjour,\n\n{what} a été déposée (dossier {reference}, département {code}). \
                         Elle est à instruire puis à inscrire à l'ordre du jour d'une séance de la commission.\n\n\
                         Ouvrir le dossier : {for_prefecture}\n"
                    ),
                );
                self.notify_prefecture_staff(tx, code, &notice).await?;
            }
            "RETURNED" => {
                let notice = Notice::new(
                    "dossier",
                    format!("Dossier {reference} à compléter"),
                    format!(
                        "Bonjour,\n\nLa préfecture vous renvoie le dossier {reference} pour qu'il soit complété. \
                         Ses remarques figurent dans l'historique du dossier.\n\nOuvrir le dossier : {for_association}\n"
                    ),
                );
                self.notify_association_staff(tx, code, dossier.association_id, &notice)
                    .await?;
            }
            "DECIDED" | "STOPPED" => {
                let (subject, what) = if kind == "DECIDED" {
                    (
                        format!("Décision du préfet sur le dossier {reference}"),
                        "Le préfet a pris sa décision sur la demande",
                    )
                } else {
                    (
                        format!("Fin du parcours de sortie {reference}"),
                        "Le préfet a mis fin au parcours de sortie",
                    )
                };
                let notice = Notice::new(
                    "dossier",
                    subject,
                    format!(
                        "Bonjour,\n\n{what} du dossier {reference}. La décision et la lettre de notification \
                         à remettre à la personne sont disponibles sur CDLP.\n\nOuvrir le dossier : {for_association}\n"
                    ),
                );
                self.notify_association_staff(tx, code, dossier.association_id, &notice)
                    .await?;
            }
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_elides_before_a_vowel_or_a_mute_h() {
        assert_eq!(
            en_tant_que("administrateur de préfecture"),
            "en tant qu'administrateur de préfecture"
        );
        assert_eq!(
            en_tant_que("intervenant d'association"),
            "en tant qu'intervenant d'association"
        );
        assert_eq!(
            en_tant_que("membre de la commission"),
            "en tant que membre de la commission"
        );
        assert_eq!(
            en_tant_que("opérateur de la plateforme"),
            "en tant qu'opérateur de la plateforme"
        );
    }

    #[test]
    fn every_notice_ends_with_the_signature() {
        let n = Notice::new("test", "Objet", "Bonjour,");
        assert!(n.body.starts_with("Bonjour,\n\n-- \nCDLP"));
    }
}
