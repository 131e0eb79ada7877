//! The delivery loop each instance runs, and the demo's mailbox page.

use std::path::PathBuf;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::response::Html;
use axum::routing::get;
use cdlp_api::Services;
use cdlp_api::services::DeliveryLimits;
use cdlp_mail::Mailer;

/// Sends what the outbox holds, every `poll`, for as long as the service runs. A failure of
/// the database is logged and tried again at the next tick: nothing is lost, the messages
/// wait in the outbox.
pub async fn run_mail_forever(
    services: Services,
    mailer: Mailer,
    limits: DeliveryLimits,
    poll: Duration,
) {
    let mut tick = tokio::time::interval(poll.max(Duration::from_secs(1)));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match services.deliver_due(&mailer, limits).await {
            Ok(report) if report.attempts() > 0 => tracing::info!(
                sent = report.sent,
                retried = report.retried,
                failed = report.failed,
                "outbox"
            ),
            Ok(_) => {}
            Err(e) => tracing::error!(code = e.code(), "outbox delivery failed"),
        }
    }
}

/// `/demo/boite-mail`: what the demo "sent", newest first, links clickable. Mounted by
/// `serve --demo` only.
pub fn demo_mailbox_router(dir: PathBuf) -> Router {
    Router::new()
        .route("/demo/boite-mail", get(mailbox_page))
        .with_state(dir)
}

async fn mailbox_page(State(dir): State<PathBuf>) -> Html<String> {
    let entries = cdlp_mail::read_mailbox(&dir).await.unwrap_or_default();
    let mut list = String::new();
    for e in &entries {
        let when = cdlp_domain::french_datetime(e.date, None);
        let body = cdlp_mail::text_to_html_fragment(&e.text);
        list.push_str(&format!(
            "<article class=\"message\"><h2>{}</h2><p class=\"meta\">À : {} — {when}</p>{body}</article>\n",
            escape(&e.subject),
            escape(&e.to),
        ));
    }
    if entries.is_empty() {
        list.push_str("<p>Aucun message pour l'instant. Invitez quelqu'un depuis l'application : le message apparaîtra ici.</p>");
    }
    Html(format!(
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Boîte de réception de la démonstration — CDLP</title>\
         <style>body{{font-family:Marianne,Arial,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#161616;line-height:1.5}}\
         .message{{border:1px solid #ddd;padding:1rem;margin:1rem 0}}.meta{{color:#555}}h2{{font-size:1.2rem;margin:0}}a{{color:#000091;word-break:break-all}}</style>\
         </head><body><h1>Boîte de réception de la démonstration</h1>\
         <p>En démonstration, CDLP n'envoie aucun courriel : chaque message qu'il enverrait est déposé ici \
         ({} message(s), les plus récents d'abord). Rechargez la page pour voir les nouveaux.</p>{list}</body></html>",
        entries.len()
    ))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
