//! E-mail that leaves: the outbox delivered to a real SMTP server on loopback (aiosmtpd), with
//! STARTTLS, temporary and permanent refusals, a server that is down for a while, and two
//! service instances sharing one database.

use cdlp_api::services::{DeliveryLimits, UPDATE_SETTLE_MINUTES};
use cdlp_tests::smtp::{SmtpSink, link_with};
use cdlp_tests::{TestApp, error_code};
use chrono::{Duration, Utc};
use serde_json::{Value, json};

const INVITE: &str = "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email } }";
const INVITATIONS: &str = "query($d: String!) { invitations(departmentCode: $d) { id email status delivery { status attempts lastError sentAt } } }";
const ACCEPT: &str = "mutation($t: String!, $p: String!, $n: String!) { acceptInvitation(token: $t, password: $p, name: $n) { token } }";
const RESEND: &str =
    "mutation($i: ResendInvitationInput!) { resendInvitation(input: $i) { id email status } }";
const ADD_MEMBER: &str =
    "mutation($i: AddCommissionMemberInput!) { addCommissionMember(input: $i) { id } }";
const SCHEDULE: &str = "mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }";
const AGENDA: &str = "mutation($i: AddToAgendaInput!) { addToAgenda(input: $i) { id status } }";
const CONVOCATIONS: &str = "query($d: String!, $s: UUID!) { sessionConvocations(departmentCode: $d, sessionId: $s) { updateDueAt urgency messages { memberName kind recipient delivery { status } } } }";

fn limits() -> DeliveryLimits {
    DeliveryLimits {
        deadline: std::time::Duration::from_secs(5),
        ..DeliveryLimits::default()
    }
}

/// Sends what is due now to the sink, as one instance's loop would.
async fn deliver(app: &TestApp, sink: &SmtpSink) -> cdlp_api::services::DeliveryReport {
    app.services
        .deliver_due(&sink.mailer(), limits())
        .await
        .expect("delivery runs")
}

async fn invite(app: &TestApp, token: &str, email: &str) -> Value {
    let body = app
        .gql(
            Some(token),
            INVITE,
            json!({ "i": { "email": email, "role": "PREFECTURE_AGENT", "departmentCode": "75" } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["inviteUser"].clone()
}

async fn invitations(app: &TestApp, token: &str) -> Vec<Value> {
    let body = app
        .gql(Some(token), INVITATIONS, json!({ "d": "75" }))
        .await;
    body["data"]["invitations"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[tokio::test]
async fn an_invitation_goes_out_over_starttls_and_its_link_signs_the_invitee_in() {
    let app = TestApp::with_demo().await;
    let sink = SmtpSink::start_tls().await;
    let admin = app.demo("admin.75").await;
    let invitation = invite(&app, &admin, "nouvel.agent@paris.gouv.test").await;

    let report = deliver(&app, &sink).await;
    assert_eq!(report.sent, 1, "{report:?}");
    let received = sink.to("nouvel.agent@paris.gouv.test");
    assert_eq!(received.len(), 1);
    let mail = &received[0];
    assert_eq!(mail["tls"], true, "STARTTLS was used");
    assert_eq!(mail["subject"], "Invitation à rejoindre CDLP");
    let outbox_id: String = {
        let mut admin_db = app.admin().await;
        sqlx::query_scalar("select id::text from outbox_emails where ref_id = $1::uuid")
            .bind(invitation["id"].as_str().unwrap())
            .fetch_one(&mut admin_db)
            .await
            .unwrap()
    };
    assert_eq!(mail["message_id"], format!("<{outbox_id}@cdlp.test>"));
    let text = mail["text"].as_str().unwrap();
    assert!(text.contains("en tant qu'agent de préfecture"), "{text}");
    assert!(text.contains("(heure de Paris)"), "{text}");
    assert!(
        mail["html"]
            .as_str()
            .unwrap()
            .contains("<a href=\"http://cdlp.test/invitation/")
    );

    // The inviter sees that it went out.
    let listed = invitations(&app, &admin).await;
    let row = listed.iter().find(|i| i["id"] == invitation["id"]).unwrap();
    assert_eq!(row["delivery"]["status"], "SENT", "{row}");
    assert_eq!(row["delivery"]["attempts"], 1);

    // The invitee follows the link from the e-mail.
    let link = link_with(text, "/invitation/").expect("a link in the e-mail");
    let token = link.rsplit('/').next().unwrap();
    let accepted = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": token, "p": "un mot de passe assez long", "n": "Nouvel Agent" }),
        )
        .await;
    let session = accepted["data"]["acceptInvitation"]["token"]
        .as_str()
        .expect("signed in");
    let me = app
        .gql(
            Some(session),
            "{ me { displayName memberships { role departmentCode } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        me["data"]["me"]["memberships"][0]["role"], "PREFECTURE_AGENT",
        "{me}"
    );

    // Nothing is sent twice.
    let again = deliver(&app, &sink).await;
    assert_eq!(again.attempts(), 0);
    assert_eq!(sink.to("nouvel.agent@paris.gouv.test").len(), 1);
}

#[tokio::test]
async fn a_relay_answering_451_then_250_delivers_after_one_retry_and_550_fails_at_once() {
    let start = Utc::now();
    let app = TestApp::with_demo_at(start).await;
    let sink = SmtpSink::start().await;
    let admin = app.demo("admin.75").await;
    invite(&app, &admin, "tempfail.agent@paris.gouv.test").await;
    invite(&app, &admin, "reject.agent@paris.gouv.test").await;
    // The business clock catches up with the database's (the messages are due now).
    let start = Utc::now();
    app.clock.set(start);
    let first = deliver(&app, &sink).await;
    assert_eq!(
        (first.sent, first.retried, first.failed),
        (0, 1, 1),
        "{first:?}"
    );
    let listed = invitations(&app, &admin).await;
    let by = |email: &str| listed.iter().find(|i| i["email"] == email).unwrap().clone();
    let rejected = by("reject.agent@paris.gouv.test");
    assert_eq!(rejected["delivery"]["status"], "FAILED", "{rejected}");
    assert!(
        rejected["delivery"]["lastError"]
            .as_str()
            .unwrap()
            .contains("550")
    );
    assert_eq!(
        by("tempfail.agent@paris.gouv.test")["delivery"]["status"],
        "PENDING"
    );

    // Not before its back-off…
    let early = deliver(&app, &sink).await;
    assert_eq!(early.attempts(), 0);
    // …then it goes.
    app.clock.set(start + Duration::minutes(2));
    let second = deliver(&app, &sink).await;
    assert_eq!(
        (second.sent, second.retried, second.failed),
        (1, 0, 0),
        "{second:?}"
    );
    assert_eq!(sink.to("tempfail.agent@paris.gouv.test").len(), 1);
    assert!(sink.to("reject.agent@paris.gouv.test").is_empty());
    let listed = invitations(&app, &admin).await;
    let delivered = listed
        .iter()
        .find(|i| i["email"] == "tempfail.agent@paris.gouv.test")
        .unwrap();
    assert_eq!(delivered["delivery"]["status"], "SENT");
    assert_eq!(delivered["delivery"]["attempts"], 2);

    // A failed invitation can be sent again: a new link, the old one revoked.
    let resent = app
        .gql(
            Some(&admin),
            RESEND,
            json!({ "i": { "invitationId": rejected["id"], "departmentCode": "75" } }),
        )
        .await;
    assert!(resent["errors"].is_null(), "{resent}");
    let listed = invitations(&app, &admin).await;
    assert_eq!(
        listed.iter().find(|i| i["id"] == rejected["id"]).unwrap()["status"],
        "REVOKED"
    );
    // Another département's admin cannot resend it.
    let other = app.demo("admin.13").await;
    let refused = app
        .gql(Some(&other), RESEND, json!({ "i": { "invitationId": resent["data"]["resendInvitation"]["id"], "departmentCode": "75" } }))
        .await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"), "{refused}");
}

#[tokio::test]
async fn a_relay_down_for_a_while_delivers_every_message_once_when_it_comes_back() {
    let start = Utc::now();
    let app = TestApp::with_demo_at(start).await;
    let mut sink = SmtpSink::start().await;
    let admin = app.demo("admin.75").await;
    sink.stop().await;
    for n in 0..3 {
        invite(&app, &admin, &format!("agent{n}@paris.gouv.test")).await;
    }
    let start = Utc::now();
    app.clock.set(start);
    let down = deliver(&app, &sink).await;
    assert_eq!((down.sent, down.retried), (0, 3), "{down:?}");
    app.clock.set(start + Duration::minutes(2));
    let still_down = deliver(&app, &sink).await;
    assert_eq!(still_down.retried, 3);

    sink.restart().await;
    app.clock.set(start + Duration::minutes(10));
    let back = deliver(&app, &sink).await;
    assert_eq!(back.sent, 3, "{back:?}");
    for n in 0..3 {
        assert_eq!(sink.to(&format!("agent{n}@paris.gouv.test")).len(), 1);
    }
    app.clock.set(start + Duration::days(2));
    assert_eq!(deliver(&app, &sink).await.attempts(), 0);
}

#[tokio::test]
async fn a_slow_relay_times_out_and_the_message_is_retried_not_lost() {
    let start = Utc::now();
    let app = TestApp::with_demo_at(start).await;
    let sink = SmtpSink::start().await;
    let admin = app.demo("admin.75").await;
    invite(&app, &admin, "slow.agent@paris.gouv.test").await;
    app.clock.set(Utc::now());
    let quick = DeliveryLimits {
        deadline: std::time::Duration::from_secs(2),
        ..DeliveryLimits::default()
    };
    let began = std::time::Instant::now();
    let report = app
        .services
        .deliver_due(&sink.mailer(), quick)
        .await
        .unwrap();
    assert!(
        began.elapsed() < std::time::Duration::from_secs(6),
        "a slow relay holds nothing for long"
    );
    assert_eq!(report.retried, 1, "{report:?}");
    assert_eq!(
        app.count("select count(*) from outbox_emails where status = 'PENDING' and attempts = 1")
            .await,
        1
    );
}

#[tokio::test]
async fn a_relay_that_drops_the_connection_mid_message_gets_it_again_later() {
    let app = TestApp::with_demo_at(Utc::now()).await;
    let sink = SmtpSink::start().await;
    let admin = app.demo("admin.75").await;
    invite(&app, &admin, "hangup.agent@paris.gouv.test").await;
    let start = Utc::now();
    app.clock.set(start);
    let first = deliver(&app, &sink).await;
    assert_eq!(
        (first.sent, first.retried, first.failed),
        (0, 1, 0),
        "{first:?}"
    );
    assert!(sink.to("hangup.agent@paris.gouv.test").is_empty());
    app.clock.set(start + Duration::minutes(2));
    let second = deliver(&app, &sink).await;
    assert_eq!(second.sent, 1, "{second:?}");
    assert_eq!(sink.to("hangup.agent@paris.gouv.test").len(), 1);
}

#[tokio::test]
async fn two_instances_on_one_database_never_send_a_message_twice() {
    let app = TestApp::with_demo().await;
    let sink = SmtpSink::start().await;
    let admin = app.demo("admin.75").await;
    for n in 0..24 {
        invite(&app, &admin, &format!("lot{n}@paris.gouv.test")).await;
    }
    // A second instance: its own pool on the same database, its own mailer.
    let second = cdlp_api::Services {
        db: cdlp_db::Db::connect(&cdlp_tests::url_for(&app.database, "cdlp_app"), 4)
            .await
            .unwrap(),
        ..app.services.clone()
    };
    let (m1, m2) = (sink.mailer(), sink.mailer());
    let (a, b) = tokio::join!(
        app.services.deliver_due(&m1, limits()),
        second.deliver_due(&m2, limits())
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sent + b.sent, 24, "{a:?} {b:?}");
    let mut ids: Vec<String> = sink
        .messages()
        .iter()
        .map(|m| m["message_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 24);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 24, "each Message-ID once");
}

#[tokio::test]
async fn a_malformed_address_is_refused_when_it_is_typed() {
    let app = TestApp::with_demo().await;
    let admin = app.demo("admin.75").await;
    for bad in [
        "a@b.fr\r\nBcc: x@y.fr",
        "\"quoted\"@b.fr",
        "a..b@c.fr",
        "nobody",
    ] {
        let body = app
            .gql(Some(&admin), INVITE, json!({ "i": { "email": bad, "role": "PREFECTURE_AGENT", "departmentCode": "75" } }))
            .await;
        assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{bad}: {body}");
        assert_eq!(body["errors"][0]["extensions"]["field"], "email");
    }
    let member = app
        .gql(Some(&admin), ADD_MEMBER, json!({ "i": { "departmentCode": "75", "fullName": "Dr Ana Lopes", "seat": "DOCTOR", "termStart": "2026-01-01", "email": "ana lopes@x.fr" } }))
        .await;
    assert_eq!(error_code(&member), Some("BAD_USER_INPUT"), "{member}");
    assert_eq!(app.count("select count(*) from outbox_emails").await, 0);
}

#[tokio::test]
async fn members_are_convened_once_with_references_only_then_updated_once_after_a_run_of_changes() {
    let start = Utc::now();
    let app = TestApp::with_demo_at(start).await;
    cdlp_server::demo::seed_dossiers(&app.services)
        .await
        .unwrap();
    let sink = SmtpSink::start().await;
    let agent = app.demo("agent.75").await;
    // Two members reached by the address on their record (no account needed).
    for (name, email) in [
        ("Ștefania Țurcanu", "s.turcanu@justice.test"),
        ("王芳", "wang.fang@ars.test"),
    ] {
        let body = app
            .gql(
                Some(&agent),
                ADD_MEMBER,
                json!({ "i": { "departmentCode": "75", "fullName": name, "seat": "DOCTOR",
                "termStart": start.date_naive().to_string(), "email": email } }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
    }
    // Flush what the demo wrote before.
    let start = Utc::now();
    app.clock.set(start);
    deliver(&app, &sink).await;
    let before = sink.messages().len();

    // Too soon without an urgency.
    let when = start + Duration::days(2);
    let refused = app
        .gql(Some(&agent), SCHEDULE, json!({ "i": { "departmentCode": "75", "scheduledAt": when.to_rfc3339(), "place": "Salle 2" } }))
        .await;
    assert_eq!(error_code(&refused), Some("BAD_USER_INPUT"), "{refused}");
    assert_eq!(refused["errors"][0]["extensions"]["field"], "urgency");

    let when = start + Duration::days(10);
    let session = app
        .gql(Some(&agent), SCHEDULE, json!({ "i": { "departmentCode": "75", "scheduledAt": when.to_rfc3339(), "place": "Salle des commissions" } }))
        .await;
    let session_id = session["data"]["scheduleSession"]["id"]
        .as_str()
        .expect("scheduled")
        .to_owned();
    app.clock.set(Utc::now());
    deliver(&app, &sink).await;
    let convocations: Vec<Value> = sink.messages()[before..].to_vec();
    for address in ["s.turcanu@justice.test", "wang.fang@ars.test"] {
        let mine: Vec<&Value> = convocations
            .iter()
            .filter(|m| m["rcpt_tos"][0] == address)
            .collect();
        assert_eq!(mine.len(), 1, "{address} convened once");
        let text = mine[0]["text"].as_str().unwrap();
        assert!(
            mine[0]["subject"]
                .as_str()
                .unwrap()
                .starts_with("Convocation : séance du")
        );
        assert!(text.contains("Salle des commissions"));
        assert!(text.contains("/commission/75/seances/"), "{text}");
    }

    // Two dossiers added to the agenda: one update, after the changes settle.
    let mut db = app.admin().await;
    let rows: Vec<(uuid::Uuid, i32, String)> = sqlx::query_as(
        "select id, version, reference from dossiers where department_code = '75' and status = 'SUBMITTED' order by reference limit 2",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    assert!(!rows.is_empty(), "the demo has submitted dossiers in 75");
    for (id, version, _) in &rows {
        let added = app
            .gql(Some(&agent), AGENDA, json!({ "i": { "departmentCode": "75", "sessionId": session_id, "dossierId": id, "version": version } }))
            .await;
        assert!(added["errors"].is_null(), "{added}");
    }
    let status = app
        .gql(
            Some(&agent),
            CONVOCATIONS,
            json!({ "d": "75", "s": session_id }),
        )
        .await;
    let status = &status["data"]["sessionConvocations"];
    assert!(status["updateDueAt"].is_string(), "{status}");
    assert!(
        status["messages"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["kind"] == "CONVOCATION" && m["delivery"]["status"] == "SENT"),
        "{status}"
    );

    app.services.run_jobs(start.date_naive()).await.unwrap();
    assert_eq!(
        deliver(&app, &sink).await.attempts(),
        0,
        "not before the changes settle"
    );
    app.clock
        .set(start + Duration::minutes(UPDATE_SETTLE_MINUTES + 1));
    let jobs = app.services.run_jobs(start.date_naive()).await.unwrap();
    assert!(jobs.convocations >= 2, "{jobs:?}");
    deliver(&app, &sink).await;
    // (The demo's own upcoming session, whose agenda the demo filled, is updated too.)
    let update: Vec<Value> = sink
        .to("wang.fang@ars.test")
        .into_iter()
        .filter(|m| {
            m["subject"]
                .as_str()
                .unwrap()
                .starts_with("Convocation modifiée")
                && m["text"].as_str().unwrap().contains(&session_id)
        })
        .collect();
    assert_eq!(update.len(), 1);
    let text = update[0]["text"].as_str().unwrap();
    for (_, _, reference) in &rows {
        assert!(
            text.contains(&format!("Dossier {reference} — Première demande")),
            "{text}"
        );
    }
    // References only: no member's or person's name in a convocation.
    assert!(!text.contains("Țurcanu") && !text.contains("王芳"));
    // Running the job again sends nothing more.
    app.services.run_jobs(start.date_naive()).await.unwrap();
    assert_eq!(deliver(&app, &sink).await.attempts(), 0);
}

#[tokio::test]
async fn a_dossier_returned_for_completion_tells_the_association_by_reference_with_a_link() {
    let app = TestApp::with_demo_dossiers().await;
    let sink = SmtpSink::start().await;
    // What the demo wrote goes first (in batches).
    while deliver(&app, &sink).await.attempts() > 0 {}
    let before = sink.messages().len();
    let agent = app.demo("agent.75").await;
    let mut db = app.admin().await;
    let (id, version, reference, association): (uuid::Uuid, i32, String, uuid::Uuid) = sqlx::query_as(
        "select id, version, reference, association_id from dossiers where department_code = '75' and status = 'SUBMITTED' order by reference limit 1",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    let body = app
        .gql(
            Some(&agent),
            "mutation($i: ReturnDossierInput!) { returnDossierForCompletion(input: $i) { status } }",
            json!({ "i": { "departmentCode": "75", "id": id, "version": version, "reason": "Pièce d'identité illisible" } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    deliver(&app, &sink).await;
    let received = sink.messages()[before..].to_vec();
    assert!(!received.is_empty());
    for mail in &received {
        assert_eq!(mail["subject"], format!("Dossier {reference} à compléter"));
        let text = mail["text"].as_str().unwrap();
        assert!(
            text.contains(&format!("/association/{association}/dossiers/{id}")),
            "{text}"
        );
        // The reason may name the person: it stays in CDLP, not in the e-mail.
        assert!(!text.contains("illisible"));
    }
    // Only the association's staff: no prefecture address.
    let to: Vec<&str> = received
        .iter()
        .map(|m| m["rcpt_tos"][0].as_str().unwrap())
        .collect();
    assert!(
        to.iter()
            .all(|a| !a.starts_with("admin.") && !a.starts_with("agent.")),
        "{to:?}"
    );
}

#[tokio::test]
async fn the_demo_mailbox_page_lists_what_the_demo_sent_with_working_links() {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    let app = TestApp::with_demo().await;
    let dir = std::env::temp_dir().join(format!("cdlp-demo-mailbox-{}", uuid::Uuid::new_v4()));
    let mailer = cdlp_mail::Mailer::new(
        cdlp_mail::Transport::Mailbox(dir.clone()),
        "CDLP <no-reply@cdlp.localhost>",
    )
    .unwrap();
    let admin = app.demo("admin.75").await;
    invite(&app, &admin, "demo.invitee@paris.gouv.test").await;
    app.services.deliver_due(&mailer, limits()).await.unwrap();

    let router = cdlp_server::mail::demo_mailbox_router(dir.clone());
    let response = router
        .oneshot(
            Request::get("/demo/boite-mail")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let page = String::from_utf8(
        axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap()
            .to_vec(),
    )
    .unwrap();
    assert!(page.contains("Invitation à rejoindre CDLP"), "{page}");
    assert!(page.contains("À : demo.invitee@paris.gouv.test"));
    assert!(
        page.contains("<a href=\"http://cdlp.test/invitation/"),
        "the link is clickable"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn a_cancelled_session_tells_each_convened_member_once() {
    let app = TestApp::with_demo_at(Utc::now()).await;
    let sink = SmtpSink::start().await;
    let agent = app.demo("agent.13").await;
    let body = app
        .gql(Some(&agent), ADD_MEMBER, json!({ "i": { "departmentCode": "13", "fullName": "Maître Diallo", "seat": "MAGISTRATE",
            "termStart": Utc::now().date_naive().to_string(), "email": "diallo@justice.test" } }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let when = Utc::now() + Duration::days(9);
    let session = app
        .gql(Some(&agent), SCHEDULE, json!({ "i": { "departmentCode": "13", "scheduledAt": when.to_rfc3339(), "place": "Salle 4" } }))
        .await;
    let session_id = session["data"]["scheduleSession"]["id"]
        .as_str()
        .expect("scheduled")
        .to_owned();
    let cancelled = app
        .gql(Some(&agent), "mutation($i: CancelSessionInput!) { cancelSession(input: $i) { id status } }",
            json!({ "i": { "departmentCode": "13", "sessionId": session_id, "reason": "Indisponibilité de la salle" } }))
        .await;
    assert_eq!(
        cancelled["data"]["cancelSession"]["status"], "CANCELLED",
        "{cancelled}"
    );
    app.clock.set(Utc::now());
    while deliver(&app, &sink).await.attempts() > 0 {}
    let mine = sink.to("diallo@justice.test");
    let subjects: Vec<&str> = mine
        .iter()
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(subjects[0].starts_with("Convocation : séance du"));
    assert!(subjects[1].starts_with("Séance annulée"));
    let status = app
        .gql(
            Some(&agent),
            CONVOCATIONS,
            json!({ "d": "13", "s": session_id }),
        )
        .await;
    let kinds: Vec<&str> = status["data"]["sessionConvocations"]["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["CONVOCATION", "CANCELLATION"], "{status}");
    // A cancelled session is convened no more.
    let again = app
        .gql(
            Some(&agent),
            "mutation($i: SendConvocationsInput!) { sendConvocations(input: $i) }",
            json!({ "i": { "departmentCode": "13", "sessionId": session_id } }),
        )
        .await;
    assert_eq!(error_code(&again), Some("BAD_USER_INPUT"), "{again}");
}

#[tokio::test]
async fn the_prefecture_is_warned_once_two_weeks_before_an_agrement_granted_by_silence() {
    use base64::Engine;
    let app = TestApp::with_demo().await;
    // Horizon asks for its agrément in the Rhône.
    let horizon = app.demo("horizon.admin").await;
    let pdf = base64::engine::general_purpose::STANDARD.encode(b"%PDF-1.4 piece");
    let pieces: Vec<Value> = ["GA_DELIBERATION", "MEANS_AND_PARTNERS", "STAFF_TRAINING", "ASSOCIATION_IDENTITY"]
        .iter()
        .map(|k| json!({ "kind": k, "filename": format!("{k}.pdf"), "contentType": "application/pdf", "contentBase64": pdf }))
        .collect();
    let requested = app
        .gql(
            Some(&horizon),
            "mutation($i: RequestAgrementInput!) { requestAgrement(input: $i) { id } }",
            json!({ "i": { "departmentCodes": ["69"], "pieces": pieces } }),
        )
        .await;
    assert!(requested["errors"].is_null(), "{requested}");
    // A complete file, received on a known day: the silence runs four months from then.
    let mut db = app.admin().await;
    let open: Vec<(uuid::Uuid, String, chrono::NaiveDate, bool, Option<chrono::NaiveDate>)> = sqlx::query_as(
        "select id, department_code, requested_on, missing_pieces_notified_on is not null, completed_on \
         from agrements where status in ('REQUESTED', 'COMPLETE') and requested_on is not null and department_code = '69'",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    let (id, code, requested, notified, completed) = open
        .into_iter()
        .next()
        .expect("an open agrément request in the demo");
    let complete =
        cdlp_domain::agrement::complete_on(requested, notified, completed).expect("complete");
    let tacit = cdlp_domain::agrement::tacit_on(complete);
    // Three weeks before: nothing yet.
    let early = app
        .services
        .run_jobs(tacit - Duration::days(21))
        .await
        .unwrap();
    assert_eq!(early.tacit_warnings, 0, "{early:?}");
    // Ten days before: the warning, once, to the prefecture's staff.
    let day = tacit - Duration::days(10);
    let warned = app.services.run_jobs(day).await.unwrap();
    assert!(warned.tacit_warnings >= 1, "{warned:?}");
    let again = app
        .services
        .run_jobs(day + Duration::days(1))
        .await
        .unwrap();
    assert_eq!(again.tacit_warnings, 0, "once only");
    let recipients: Vec<(String, String)> = sqlx::query_as(
        "select recipient, body from outbox_emails where kind = 'agrement' and subject like 'Agrément tacite le %' and department_code = $1",
    )
    .bind(&code)
    .fetch_all(&mut db)
    .await
    .unwrap();
    assert!(!recipients.is_empty());
    for (to, body) in &recipients {
        assert!(
            to.starts_with("admin.") || to.starts_with("agent.") || to.starts_with("renfort"),
            "{to}"
        );
        assert!(
            body.contains(&format!("/prefecture/{code}/agrements/{id}")),
            "{body}"
        );
    }
}

#[tokio::test]
async fn the_operator_sees_whether_a_first_admin_was_reached_and_can_send_again() {
    let app = TestApp::with_demo().await;
    let sink = SmtpSink::start().await;
    let operator = app.demo("operateur").await;
    let body = app
        .gql(Some(&operator), INVITE, json!({ "i": { "email": "reject.premier.admin@var.gouv.test", "role": "PREFECTURE_ADMIN", "departmentCode": "75" } }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let id = body["data"]["inviteUser"]["id"].clone();
    deliver(&app, &sink).await;
    let listed = invitations(&app, &operator).await;
    let row = listed
        .iter()
        .find(|i| i["id"] == id)
        .expect("the operator lists it");
    assert_eq!(row["delivery"]["status"], "FAILED", "{row}");
    // Corrected by the relay's side (here: sent again), with a new link.
    let again = app
        .gql(
            Some(&operator),
            RESEND,
            json!({ "i": { "invitationId": id, "departmentCode": "75" } }),
        )
        .await;
    assert!(again["errors"].is_null(), "{again}");
    // Another département's agent sees none of it.
    let agent13 = app.demo("agent.13").await;
    let body = app
        .gql(Some(&agent13), INVITATIONS, json!({ "d": "75" }))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
}

#[tokio::test]
async fn members_outside_the_parcours_seats_and_ended_terms_are_not_convened() {
    let app = TestApp::with_demo_at(Utc::now()).await;
    let sink = SmtpSink::start().await;
    let agent = app.demo("agent.69").await;
    let today = Utc::now().date_naive().to_string();
    for (name, seat, email) in [
        ("Mme Aide Sociale", "CHILD_PROTECTION", "ase@rhone.test"),
        ("Dr Sitting", "DOCTOR", "doctor@rhone.test"),
        ("M. Parti", "MAGISTRATE", "parti@rhone.test"),
    ] {
        let body = app
            .gql(Some(&agent), ADD_MEMBER, json!({ "i": { "departmentCode": "69", "fullName": name, "seat": seat, "termStart": today, "email": email } }))
            .await;
        assert!(body["errors"].is_null(), "{body}");
    }
    // M. Parti's term ends the day of the session: he no longer sits that day.
    let when = Utc::now() + Duration::days(8);
    let mut db = app.admin().await;
    sqlx::query("update commission_members set ended_on = $1 where email = 'parti@rhone.test'")
        .bind(when.date_naive())
        .execute(&mut db)
        .await
        .unwrap();
    let session = app
        .gql(Some(&agent), SCHEDULE, json!({ "i": { "departmentCode": "69", "scheduledAt": when.to_rfc3339(), "place": "Salle 5" } }))
        .await;
    assert!(session["errors"].is_null(), "{session}");
    app.clock.set(Utc::now());
    while deliver(&app, &sink).await.attempts() > 0 {}
    assert_eq!(sink.to("doctor@rhone.test").len(), 1);
    assert!(
        sink.to("ase@rhone.test").is_empty(),
        "child protection does not sit on individual dossiers"
    );
    assert!(
        sink.to("parti@rhone.test").is_empty(),
        "a term ended that day"
    );
}
