//! E-mail for CDLP, without a database: the MIME message of one outbox row and the transport
//! that hands it over.
//!
//! - [`Mailer::send`] builds a `multipart/alternative` message (the plain text written by the
//!   service, and an HTML part derived from it), with a `Message-ID` derived from the outbox id
//!   so that a message sent twice after a crash is recognisable as the same one.
//! - SMTP goes through `lettre` (tokio, rustls): `smtp://` requires STARTTLS unless the URL says
//!   `?tls=opportunistic` or `?tls=none`, `smtps://` is TLS from the first byte.
//! - The demo's [`Transport::Mailbox`] writes each message to a folder instead (`.eml` and a JSON
//!   summary), which the demo's mailbox page reads back with [`read_mailbox`].
//!
//! Failures are sorted for the outbox: [`Failure::permanent`] (a 5xx reply about the recipient or
//! the message) ends the message; anything else (4xx, refused connection, timeout, TLS, a
//! rejected login) is retried later.

mod html;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use html::{text_to_html, text_to_html_fragment};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("CDLP_SMTP_URL: {0}")]
    Url(String),
    #[error("CDLP_MAIL_FROM: {0}")]
    From(String),
    #[error("{0}")]
    Tls(String),
}

/// How to reach the SMTP relay, from `CDLP_SMTP_URL` and its companions.
#[derive(Clone, Debug)]
pub struct SmtpSettings {
    pub url: String,
    /// Overrides the URL's password (`CDLP_SMTP_PASSWORD_FILE`'s content).
    pub password: Option<String>,
    /// An extra root certificate (PEM) to trust, for a relay with a private CA.
    pub extra_root_pem: Option<Vec<u8>>,
    /// Per SMTP command: a slow server never holds a message longer than this.
    pub timeout: Duration,
}

/// Where messages go.
pub enum Transport {
    Smtp(Box<AsyncSmtpTransport<Tokio1Executor>>),
    /// The demo's own mailbox: one `.eml` and one `.json` per message in this folder.
    Mailbox(PathBuf),
}

impl Transport {
    /// Parses the URL and prepares the SMTP transport (no connection is made yet).
    pub fn smtp(settings: &SmtpSettings) -> Result<Self, ConfigError> {
        let url = url::Url::parse(&settings.url).map_err(|e| ConfigError::Url(e.to_string()))?;
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| ConfigError::Url("no host".into()))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let mode = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let tls_parameters = || -> Result<TlsParameters, ConfigError> {
            let mut builder = TlsParameters::builder(host.clone());
            if let Some(pem) = &settings.extra_root_pem {
                let cert =
                    Certificate::from_pem(pem).map_err(|e| ConfigError::Tls(e.to_string()))?;
                builder = builder.add_root_certificate(cert);
            }
            builder
                .build_rustls()
                .map_err(|e| ConfigError::Tls(e.to_string()))
        };
        let (tls, default_port) = match (url.scheme(), mode.as_deref()) {
            ("smtps", None) => (Tls::Wrapper(tls_parameters()?), 465),
            ("smtp", None | Some("required")) => (Tls::Required(tls_parameters()?), 587),
            ("smtp", Some("opportunistic")) => (Tls::Opportunistic(tls_parameters()?), 587),
            ("smtp", Some("none")) => (Tls::None, 25),
            ("smtps", Some(_)) => {
                return Err(ConfigError::Url(
                    "smtps:// is TLS from the start: no tls= parameter".into(),
                ));
            }
            ("smtp", Some(other)) => {
                return Err(ConfigError::Url(format!(
                    "tls={other}: expected required, opportunistic or none"
                )));
            }
            (other, _) => {
                return Err(ConfigError::Url(format!(
                    "scheme {other}: expected smtp or smtps"
                )));
            }
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(url.port().unwrap_or(default_port))
            .tls(tls)
            .timeout(Some(settings.timeout));
        let user = percent_decode(url.username());
        let password = settings
            .password
            .clone()
            .or_else(|| url.password().map(percent_decode));
        if !user.is_empty() {
            builder = builder.credentials(Credentials::new(user, password.unwrap_or_default()));
        }
        Ok(Self::Smtp(Box::new(builder.build())))
    }
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// One message as the outbox holds it.
#[derive(Clone, Debug)]
pub struct Outgoing<'a> {
    /// The outbox row's id: the `Message-ID` is derived from it.
    pub id: Uuid,
    pub to: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub date: DateTime<Utc>,
}

/// The relay took the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    /// The server's reply, e.g. "250 2.0.0 Ok: queued as 4XyZ".
    pub reply: String,
}

/// The message did not go.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct Failure {
    /// True when retrying cannot help (a 5xx about the recipient or the message, a malformed
    /// address): the outbox marks the message FAILED at once.
    pub permanent: bool,
    /// What happened, for the outbox row (never logged: it may hold an address).
    pub reason: String,
    /// The SMTP reply code, when the server answered.
    pub code: Option<u16>,
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// The right-hand side of every Message-ID (the sender's domain).
    domain: String,
}

impl Mailer {
    /// `from` is `CDLP_MAIL_FROM`: an address, optionally with a display name
    /// (`CDLP <no-reply@cdlp.gouv.fr>`).
    pub fn new(transport: Transport, from: &str) -> Result<Self, ConfigError> {
        let from: Mailbox = from
            .parse()
            .map_err(|e: lettre::address::AddressError| ConfigError::From(e.to_string()))?;
        let domain = from.email.domain().to_owned();
        Ok(Self {
            transport,
            from,
            domain,
        })
    }

    /// The stable Message-ID of an outbox row.
    pub fn message_id(&self, id: Uuid) -> String {
        format!("<{id}@{}>", self.domain)
    }

    /// Builds the MIME message: no value reaches a header unchecked (the recipient is parsed
    /// as an address, the subject loses any control character), so no header can be injected.
    pub fn build(&self, mail: &Outgoing<'_>) -> Result<Message, Failure> {
        let to: Mailbox = mail.to.parse().map_err(|e| Failure {
            permanent: true,
            reason: format!("adresse invalide : {e}"),
            code: None,
        })?;
        let subject: String = mail
            .subject
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        Message::builder()
            .message_id(Some(self.message_id(mail.id)))
            .from(self.from.clone())
            .to(to)
            .subject(subject.trim())
            .date(mail.date.into())
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .body(mail.text.to_owned()),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .body(text_to_html(subject.trim(), mail.text)),
                    ),
            )
            .map_err(|e| Failure {
                permanent: true,
                reason: e.to_string(),
                code: None,
            })
    }

    pub async fn send(&self, mail: &Outgoing<'_>) -> Result<Accepted, Failure> {
        let message = self.build(mail)?;
        match &self.transport {
            Transport::Smtp(smtp) => match smtp.send(message).await {
                Ok(response) => Ok(Accepted {
                    reply: format!(
                        "{} {}",
                        response.code(),
                        response.message().collect::<Vec<_>>().join(" ")
                    ),
                }),
                Err(e) => Err(classify(&e)),
            },
            Transport::Mailbox(dir) => write_to_mailbox(dir, mail, &message.formatted())
                .await
                .map(|()| Accepted {
                    reply: "250 déposé dans la boîte de démonstration".into(),
                })
                .map_err(|e| Failure {
                    permanent: false,
                    reason: format!("boîte de démonstration : {e}"),
                    code: None,
                }),
        }
    }
}

/// 5xx is permanent, except the replies that say the relay refused *us* (authentication
/// required or failed): those are a configuration fault that retrying after a fix cures.
fn classify(e: &lettre::transport::smtp::Error) -> Failure {
    let code = e.status().map(u16::from);
    let auth = matches!(code, Some(530 | 534 | 535 | 538));
    Failure {
        permanent: e.is_permanent() && !auth,
        reason: e.to_string(),
        code,
    }
}

/// What the demo's mailbox page shows of one message.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct MailboxEntry {
    pub id: Uuid,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub date: DateTime<Utc>,
}

async fn write_to_mailbox(dir: &Path, mail: &Outgoing<'_>, raw: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let stem = format!("{}-{}", mail.date.format("%Y%m%dT%H%M%S%.6f"), mail.id);
    let entry = MailboxEntry {
        id: mail.id,
        to: mail.to.to_owned(),
        subject: mail.subject.to_owned(),
        text: mail.text.to_owned(),
        date: mail.date,
    };
    tokio::fs::write(dir.join(format!("{stem}.eml")), raw).await?;
    let json = serde_json::to_vec_pretty(&entry).map_err(std::io::Error::other)?;
    // Written last and renamed into place: the page never reads half a message.
    let tmp = dir.join(format!(".{stem}.json.tmp"));
    tokio::fs::write(&tmp, json).await?;
    tokio::fs::rename(tmp, dir.join(format!("{stem}.json"))).await
}

/// The demo mailbox's messages, newest first.
pub async fn read_mailbox(dir: &Path) -> std::io::Result<Vec<MailboxEntry>> {
    let mut entries = Vec::new();
    let mut read = match tokio::fs::read_dir(dir).await {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(entries),
        Err(e) => return Err(e),
    };
    while let Some(file) = read.next_entry().await? {
        let name = file.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || !name.ends_with(".json") {
            continue;
        }
        let bytes = tokio::fs::read(file.path()).await?;
        if let Ok(entry) = serde_json::from_slice::<MailboxEntry>(&bytes) {
            entries.push(entry);
        }
    }
    entries.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mailer() -> Mailer {
        Mailer::new(
            Transport::Mailbox(std::env::temp_dir()),
            "CDLP <no-reply@cdlp.example.fr>",
        )
        .unwrap()
    }

    fn outgoing<'a>(to: &'a str, subject: &'a str) -> Outgoing<'a> {
        Outgoing {
            id: Uuid::nil(),
            to,
            subject,
            text: "Bonjour,\n\nOuvrez https://cdlp.example.fr/invitation/abc pour continuer.\n",
            date: DateTime::parse_from_rfc3339("2026-12-05T10:00:00Z")
                .unwrap()
                .to_utc(),
        }
    }

    #[test]
    fn the_message_id_is_derived_from_the_outbox_id() {
        let m = mailer();
        let id = Uuid::parse_str("0191c0de-0000-7000-8000-000000000001").unwrap();
        assert_eq!(
            m.message_id(id),
            "<0191c0de-0000-7000-8000-000000000001@cdlp.example.fr>"
        );
        let raw = m
            .build(&Outgoing {
                id,
                ..outgoing("agent@prefecture.example.fr", "Invitation")
            })
            .unwrap()
            .formatted();
        let raw = String::from_utf8(raw).unwrap();
        assert!(raw.contains("Message-ID: <0191c0de-0000-7000-8000-000000000001@cdlp.example.fr>"));
        assert!(raw.contains("multipart/alternative"));
        assert!(raw.contains("text/html"));
    }

    #[test]
    fn a_line_break_in_the_subject_cannot_add_a_header() {
        let raw = mailer()
            .build(&outgoing(
                "agent@prefecture.example.fr",
                "Invitation\r\nBcc: victim@example.org",
            ))
            .unwrap()
            .formatted();
        let raw = String::from_utf8(raw).unwrap();
        assert!(
            !raw.lines().any(|l| l.starts_with("Bcc:")),
            "no injected header in:\n{raw}"
        );
    }

    #[test]
    fn a_recipient_with_a_line_break_is_refused_for_good() {
        let failure = mailer()
            .build(&outgoing("a@b.fr\r\nBcc: c@d.fr", "Invitation"))
            .unwrap_err();
        assert!(failure.permanent);
    }

    #[test]
    fn smtp_urls_require_starttls_unless_they_say_otherwise() {
        let settings = |url: &str| SmtpSettings {
            url: url.into(),
            password: None,
            extra_root_pem: None,
            timeout: Duration::from_secs(5),
        };
        assert!(Transport::smtp(&settings("smtp://relay.example.fr")).is_ok());
        assert!(Transport::smtp(&settings("smtps://u:p%40ss@relay.example.fr:465")).is_ok());
        assert!(Transport::smtp(&settings("smtp://127.0.0.1:2525?tls=none")).is_ok());
        assert!(Transport::smtp(&settings("smtp://relay.example.fr?tls=maybe")).is_err());
        assert!(Transport::smtp(&settings("http://relay.example.fr")).is_err());
        assert!(Transport::smtp(&settings("smtp://")).is_err());
        assert_eq!(percent_decode("p%40ss"), "p@ss");
    }

    #[tokio::test]
    async fn the_demo_mailbox_gives_back_what_it_received() {
        let dir = std::env::temp_dir().join(format!("cdlp-mailbox-{}", Uuid::new_v4()));
        let m = Mailer::new(Transport::Mailbox(dir.clone()), "no-reply@cdlp.example.fr").unwrap();
        let first = outgoing("a@example.fr", "Premier");
        let second = Outgoing {
            id: Uuid::new_v4(),
            date: first.date + chrono::Duration::seconds(1),
            ..outgoing("b@example.fr", "Ștefania — 王芳")
        };
        m.send(&first).await.unwrap();
        m.send(&second).await.unwrap();
        let read = read_mailbox(&dir).await.unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].subject, "Ștefania — 王芳");
        assert_eq!(read[1].to, "a@example.fr");
        std::fs::remove_dir_all(dir).ok();
    }
}
