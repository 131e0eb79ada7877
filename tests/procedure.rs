//! The procedure off the happy path, on a département onboarded by the test (not the demo's):
//! quorum failures, adjournment and second convocation, cancelled sessions, dossiers taken off
//! or moved between agendas, avis without votes or before the session.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_tests::{TestApp, error_code};
use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

const CODE: &str = "93";
const PASSWORD: &str = "une phrase de passe solide";

const SCHEDULE: &str = "mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id status secondConvocation } }";
const SECOND: &str = "mutation($i: ScheduleSecondConvocationInput!) { scheduleSecondConvocation(input: $i) { id secondConvocation followsSessionId status } }";
const ATTEND: &str = "mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id attendance { memberId present mode mandateTo } } }";
const AGENDA: &str =
    "mutation($i: AddToAgendaInput!) { addToAgenda(input: $i) { id version status } }";
const AVIS: &str = "mutation($i: RecordAvisInput!) { recordAvis(input: $i) { id version status avis { kind votesFor votesAgainst } } }";
const ADJOURN: &str = "mutation($i: SessionRefInput!) { adjournSession(input: $i) { id status quorumMembers quorumCounted } }";
const CANCEL: &str =
    "mutation($i: CancelSessionInput!) { cancelSession(input: $i) { id status endReason } }";
const CLOSE: &str =
    "mutation($i: CloseSessionInput!) { closeSession(input: $i) { id status hasMinutes } }";
const REMOVE: &str =
    "mutation($i: RemoveFromAgendaInput!) { removeFromAgenda(input: $i) { id version status } }";
const MOVE: &str =
    "mutation($i: MoveToSessionInput!) { moveToSession(input: $i) { id version status } }";
const SESSION: &str = "query($c: String!, $s: UUID!) { session(departmentCode: $c, id: $s) { id status followedBySessionId \
    agenda { dossierId avisKind } } }";
const DOSSIER: &str = "query($c: String!, $id: UUID!) { dossier(departmentCode: $c, id: $id) { id version status timeline { kind } } }";

async fn ok(app: &TestApp, token: Option<&str>, query: &str, vars: Value) -> Value {
    let body = app.gql(token, query, vars).await;
    assert!(body["errors"].is_null(), "{query}\n{body}");
    body["data"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .clone()
}

async fn join(app: &TestApp, email: &str) -> String {
    let token = app.invitation_token(email).await;
    ok(
        app,
        None,
        "mutation($t: String!, $p: String!, $n: String!) { acceptInvitation(token: $t, password: $p, name: $n) { token } }",
        json!({ "t": token, "p": PASSWORD, "n": email }),
    )
    .await["token"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A département onboarded by the test: its prefecture admin, an approved association and its
/// admin, and a commission of `voting` voting members (a president first).
struct Fresh {
    app: TestApp,
    now: DateTime<Utc>,
    prefecture: String,
    association: String,
    association_id: String,
    /// The association's agrément here: (id, version).
    agrement: (String, i64),
    members: Vec<String>,
}

impl Fresh {
    async fn new(voting: usize) -> Self {
        let now = Utc::now();
        let app = TestApp::with_demo_at(now).await;
        let operator = app.demo("operateur").await;
        ok(&app, Some(&operator), "mutation($i: OnboardDepartmentInput!) { onboardDepartment(input: $i) { department { code } } }",
            json!({ "i": { "departmentCode": CODE, "installedOn": "2018-01-10", "arreteReference": "Arrêté 93",
            "adminEmail": "admin@seine-saint-denis.example.fr" } })).await;
        let prefecture = join(&app, "admin@seine-saint-denis.example.fr").await;
        let association = ok(&app, None,
            "mutation($i: RegisterAssociationInput!) { registerAssociation(input: $i) { id } }",
            json!({ "i": { "name": "Association Nouvelle", "rna": "W931234567", "siret": "73282932000074",
            "seatAddress": "1 rue de Paris, 93200 Saint-Denis", "seatDepartmentCode": CODE, "declaredOn": "2015-06-01",
            "contactEmail": "contact@nouvelle.example.fr", "adminEmail": "admin@nouvelle.example.fr" } })).await;
        let association_id = association["id"].as_str().unwrap().to_owned();
        // An association registered without an agrément here.
        ok(&app, None, "mutation($i: RegisterAssociationInput!) { registerAssociation(input: $i) { id } }",
            json!({ "i": { "name": "Association Sans Agrément", "rna": "W931234568", "siret": "40483304800022",
            "seatAddress": "2 rue de Paris, 93200 Saint-Denis", "seatDepartmentCode": CODE, "declaredOn": "2015-06-01",
            "contactEmail": "contact@sans.example.fr", "adminEmail": "admin@sans.example.fr" } })).await;
        let admin = join(&app, "admin@nouvelle.example.fr").await;
        let pdf = STANDARD.encode(b"%PDF-1.4 piece");
        let pieces: Vec<Value> = ["GA_DELIBERATION", "MEANS_AND_PARTNERS", "STAFF_TRAINING", "ASSOCIATION_IDENTITY"]
            .iter()
            .map(|k| json!({ "kind": k, "filename": format!("{k}.pdf"), "contentType": "application/pdf", "contentBase64": pdf }))
            .collect();
        let requests = ok(&app, Some(&admin),
            "mutation($i: RequestAgrementInput!) { requestAgrement(input: $i) { id departmentCode version } }",
            json!({ "i": { "departmentCodes": [CODE], "pieces": pieces } })).await;
        let request = &requests[0];
        let agrement = ok(&app, Some(&prefecture),
            "mutation($i: DecideAgrementInput!) { decideAgrement(input: $i) { id status version } }",
            json!({ "i": { "departmentCode": CODE, "id": request["id"], "version": request["version"], "granted": true,
            "arreteReference": "Arrêté agrément 93" } })).await;
        let agrement = (
            agrement["id"].as_str().unwrap().to_owned(),
            agrement["version"].as_i64().unwrap(),
        );
        let mut members = Vec::new();
        for i in 0..voting {
            let seat = if i == 0 {
                "PRESIDENT"
            } else {
                [
                    "MAGISTRATE",
                    "DOCTOR",
                    "GENDARMERIE",
                    "LABOUR",
                    "EDUCATION",
                    "PUBLIC_SECURITY",
                ][(i - 1) % 6]
            };
            let m = ok(&app, Some(&prefecture),
                "mutation($i: AddCommissionMemberInput!) { addCommissionMember(input: $i) { id } }",
                json!({ "i": { "departmentCode": CODE, "fullName": format!("Membre {i}"), "seat": seat,
                    "termStart": (now.date_naive() - chrono::Days::new(30)).to_string() } })).await;
            members.push(m["id"].as_str().unwrap().to_owned());
        }
        Fresh {
            app,
            now,
            prefecture,
            association: admin,
            association_id,
            agrement,
            members,
        }
    }

    /// A submitted first request; returns (id, version).
    async fn submitted(&self) -> (String, i64) {
        let created = ok(&self.app, Some(&self.association),
            "mutation($i: CreateDossierInput!) { createDossier(input: $i) { id version } }",
            json!({ "i": { "departmentCode": CODE,
                "content": { "sex": "F", "ageBand": "25_34", "nationalityGroup": "NON_EU", "statisticsConsent": true, "children": 0,
                    "commitments": "Cesser l'activité.", "associationAvis": "Favorable." },
                "identity": { "firstName": "Awa", "lastName": "Testperson", "birthDate": "1995-03-02" },
                "actions": [{ "domain": "HOUSING", "description": "Résidence sociale", "durationMonths": 6 }] } })).await;
        let d = ok(&self.app, Some(&self.association),
            "mutation($i: DossierVersionInput!) { submitDossier(input: $i) { id version } }",
            json!({ "i": { "departmentCode": CODE, "id": created["id"], "version": created["version"] } })).await;
        (
            d["id"].as_str().unwrap().to_owned(),
            d["version"].as_i64().unwrap(),
        )
    }

    async fn schedule(&self, at: DateTime<Utc>) -> String {
        ok(&self.app, Some(&self.prefecture), SCHEDULE,
            json!({ "i": { "departmentCode": CODE, "scheduledAt": at.to_rfc3339(), "place": "Salle A", "urgency": "Séance d'urgence" } }))
            .await["id"].as_str().unwrap().to_owned()
    }

    async fn agenda(&self, session: &str, dossier: &str, version: i64) -> i64 {
        ok(&self.app, Some(&self.prefecture), AGENDA,
            json!({ "i": { "departmentCode": CODE, "sessionId": session, "dossierId": dossier, "version": version } }))
            .await["version"].as_i64().unwrap()
    }

    async fn gql(&self, query: &str, vars: Value) -> Value {
        self.app.gql(Some(&self.prefecture), query, vars).await
    }

    async fn version(&self, id: &str) -> i64 {
        ok(
            &self.app,
            Some(&self.prefecture),
            DOSSIER,
            json!({ "c": CODE, "id": id }),
        )
        .await["version"]
            .as_i64()
            .unwrap()
    }

    /// A dossier whose first period was authorised today; returns (id, version).
    async fn in_progress(&self) -> (String, i64) {
        let (id, version) = self.submitted().await;
        let session = self.schedule(self.now).await;
        let version = self.agenda(&session, &id, version).await;
        let m = &self.members;
        ok(
            &self.app,
            Some(&self.prefecture),
            ATTEND,
            json!({ "i": { "departmentCode": CODE, "sessionId": session,
            "attendance": present(&m.iter().collect::<Vec<_>>()) } }),
        )
        .await;
        let d = ok(&self.app, Some(&self.prefecture), AVIS, json!({ "i": { "departmentCode": CODE, "sessionId": session,
            "dossierId": id, "version": version, "ballots": [{ "memberId": m[0], "vote": "FOR" }] } })).await;
        let d = ok(&self.app, Some(&self.prefecture),
            "mutation($i: DecideDossierInput!) { decideDossier(input: $i) { id version status } }",
            json!({ "i": { "departmentCode": CODE, "id": id, "version": d["version"], "outcome": "AUTHORISED",
            "decidedOn": self.now.date_naive(), "reference": format!("PSP-93-{id}"), "reasons": "Avis favorable." } })).await;
        assert_eq!(d["status"], "IN_PROGRESS");
        (id, d["version"].as_i64().unwrap())
    }

    /// The members sitting on `on`, as JSON text.
    async fn sitting(&self, on: &str) -> String {
        ok(
            &self.app,
            Some(&self.prefecture),
            SITTING,
            json!({ "c": CODE, "on": on }),
        )
        .await["members"]
            .to_string()
    }

    fn at(&self, minutes: i64) -> DateTime<Utc> {
        self.now + Duration::minutes(minutes)
    }
}

fn present(ids: &[&String]) -> Vec<Value> {
    ids.iter()
        .map(|id| json!({ "memberId": id, "mode": "PRESENT" }))
        .collect()
}

#[tokio::test]
async fn without_quorum_the_session_is_adjourned_and_only_its_second_convocation_deliberates_without_quorum()
 {
    let f = Fresh::new(6).await;
    let m = &f.members;
    let (id, version) = f.submitted().await;
    let first = f.schedule(f.at(10)).await;
    let version = f.agenda(&first, &id, version).await;

    // 2 of 6 present: no quorum. Neither an avis, nor an adjourned avis, nor closing goes through.
    ok(
        &f.app,
        Some(&f.prefecture),
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": first,
        "attendance": present(&[&m[0], &m[1]]) } }),
    )
    .await;
    f.app.clock.set(f.at(11));
    let avis = |s: &str, version: i64, adjourned: bool, ballots: Value| {
        json!({ "i": { "departmentCode": CODE, "sessionId": s, "dossierId": id, "version": version,
        "ballots": ballots, "adjourned": adjourned } })
    };
    let for_all = json!([{ "memberId": m[0], "vote": "FOR" }, { "memberId": m[1], "vote": "FOR" }]);
    let body = f
        .gql(AVIS, avis(&first, version, false, for_all.clone()))
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("quorum"),
        "{body}"
    );
    let body = f.gql(AVIS, avis(&first, version, true, json!([]))).await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    let body = f
        .gql(
            CLOSE,
            json!({ "i": { "departmentCode": CODE, "sessionId": first } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");

    // A free second convocation does not exist any more: a session scheduled as such is
    // refused at the API's door.
    let body = f
        .gql(
            SCHEDULE,
            json!({ "i": { "departmentCode": CODE, "scheduledAt": f.at(12).to_rfc3339(),
        "place": "Salle B", "secondConvocation": true } }),
        )
        .await;
    assert!(body["errors"].is_array(), "{body}");
    // No second convocation for a session that was not adjourned.
    let body = f
        .gql(
            SECOND,
            json!({ "i": { "departmentCode": CODE, "adjournedSessionId": first,
        "scheduledAt": f.at(20).to_rfc3339(), "place": "Salle B", "urgency": "Séance d'urgence" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");

    // Adjourned as a whole, with the quorum counted.
    let adjourned = ok(
        &f.app,
        Some(&f.prefecture),
        ADJOURN,
        json!({ "i": { "departmentCode": CODE, "sessionId": first } }),
    )
    .await;
    assert_eq!(
        adjourned,
        json!({ "id": first, "status": "ADJOURNED", "quorumMembers": 6, "quorumCounted": 2 })
    );
    let body = f
        .gql(AVIS, avis(&first, version, false, for_all.clone()))
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    // The second convocation comes after the first, once.
    let body = f
        .gql(
            SECOND,
            json!({ "i": { "departmentCode": CODE, "adjournedSessionId": first,
        "scheduledAt": f.at(5).to_rfc3339(), "place": "Salle B", "urgency": "Séance d'urgence" } }),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["field"], "scheduledAt",
        "{body}"
    );
    let second = ok(
        &f.app,
        Some(&f.prefecture),
        SECOND,
        json!({ "i": { "departmentCode": CODE, "adjournedSessionId": first,
        "scheduledAt": f.at(20).to_rfc3339(), "place": "Salle B", "urgency": "Séance d'urgence" } }),
    )
    .await;
    assert_eq!(second["secondConvocation"], true);
    assert_eq!(second["followsSessionId"], first.as_str());
    let second = second["id"].as_str().unwrap().to_owned();
    let again = f
        .gql(
            SECOND,
            json!({ "i": { "departmentCode": CODE, "adjournedSessionId": first,
        "scheduledAt": f.at(30).to_rfc3339(), "place": "Salle C", "urgency": "Séance d'urgence" } }),
        )
        .await;
    assert_eq!(error_code(&again), Some("CONFLICT"), "{again}");
    // The same agenda: the dossier moved with it.
    let s = ok(
        &f.app,
        Some(&f.prefecture),
        SESSION,
        json!({ "c": CODE, "s": second }),
    )
    .await;
    assert_eq!(s["agenda"], json!([{ "dossierId": id, "avisKind": null }]));
    let s = ok(
        &f.app,
        Some(&f.prefecture),
        SESSION,
        json!({ "c": CODE, "s": first }),
    )
    .await;
    assert_eq!(s["followedBySessionId"], second.as_str());
    let d = ok(
        &f.app,
        Some(&f.prefecture),
        DOSSIER,
        json!({ "c": CODE, "id": id }),
    )
    .await;
    assert_eq!(d["status"], "ON_AGENDA");
    assert!(d["timeline"].to_string().contains("MOVED_TO_SESSION"));

    // Nothing deliberates before the start time, not even on second convocation.
    ok(
        &f.app,
        Some(&f.prefecture),
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": second,
        "attendance": present(&[&m[0]]) } }),
    )
    .await;
    let version = f.version(&id).await;
    let one = json!([{ "memberId": m[0], "vote": "FOR" }]);
    let early = f
        .gql(AVIS, avis(&second, version, false, one.clone()))
        .await;
    assert_eq!(error_code(&early), Some("BAD_USER_INPUT"), "{early}");
    assert!(
        early["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("pas encore commencé")
    );
    let early = f
        .gql(
            CLOSE,
            json!({ "i": { "departmentCode": CODE, "sessionId": second } }),
        )
        .await;
    assert_eq!(error_code(&early), Some("BAD_USER_INPUT"), "{early}");
    f.app.clock.set(f.at(21));
    // An avis with no votes is refused.
    let empty = f.gql(AVIS, avis(&second, version, false, json!([]))).await;
    assert_eq!(error_code(&empty), Some("BAD_USER_INPUT"), "{empty}");
    assert_eq!(empty["errors"][0]["extensions"]["field"], "ballots");
    // One member present: the second convocation deliberates.
    let done = ok(
        &f.app,
        Some(&f.prefecture),
        AVIS,
        avis(&second, version, false, one),
    )
    .await;
    assert_eq!(done["status"], "AWAITING_DECISION");
    assert_eq!(done["avis"][0]["kind"], "FAVOURABLE");
    let closed = ok(
        &f.app,
        Some(&f.prefecture),
        CLOSE,
        json!({ "i": { "departmentCode": CODE, "sessionId": second } }),
    )
    .await;
    assert_eq!(closed["status"], "CLOSED");
    // The adjourned session is neither closed nor deliberating.
    let body = f
        .gql(
            CLOSE,
            json!({ "i": { "departmentCode": CODE, "sessionId": first } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
}

#[tokio::test]
async fn mandates_and_remote_members_count_for_the_quorum_one_mandate_each() {
    let f = Fresh::new(6).await;
    let m = &f.members;
    let (id, version) = f.submitted().await;
    let session = f.schedule(f.at(10)).await;
    let version = f.agenda(&session, &id, version).await;
    let sheet = |entries: Value| json!({ "i": { "departmentCode": CODE, "sessionId": session, "attendance": entries } });
    // Two mandates to the same member: refused, nothing written.
    let body = f
        .gql(
            ATTEND,
            sheet(json!([
                { "memberId": m[0], "mode": "PRESENT" },
                { "memberId": m[1], "mode": "MANDATE", "mandateTo": m[0] },
                { "memberId": m[2], "mode": "MANDATE", "mandateTo": m[0] },
            ])),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("un seul mandat")
    );
    assert_eq!(
        f.app
            .count("select count(*) from session_attendance where department_code = '93'")
            .await,
        0
    );
    // A mandate to an absent member, or without a holder: refused.
    let body = f
        .gql(
            ATTEND,
            sheet(json!([{ "memberId": m[1], "mode": "MANDATE", "mandateTo": m[3] }])),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    let body = f
        .gql(
            ATTEND,
            sheet(json!([{ "memberId": m[1], "mode": "MANDATE" }])),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    // 1 present, 1 remote, 1 represented: 3 of 6, the quorum.
    let written = ok(
        &f.app,
        Some(&f.prefecture),
        ATTEND,
        sheet(json!([
            { "memberId": m[0], "mode": "PRESENT" },
            { "memberId": m[1], "mode": "REMOTE" },
            { "memberId": m[2], "mode": "MANDATE", "mandateTo": m[0] },
            { "memberId": m[3], "mode": "ABSENT" },
        ])),
    )
    .await;
    assert_eq!(written["attendance"].as_array().unwrap().len(), 4);
    f.app.clock.set(f.at(10));
    // Adjourning a session with quorum is refused.
    let body = f
        .gql(
            ADJOURN,
            json!({ "i": { "departmentCode": CODE, "sessionId": session } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    // The represented member's vote is cast by the holder; an absent one cannot vote.
    let body = f.gql(AVIS, json!({ "i": { "departmentCode": CODE, "sessionId": session, "dossierId": id, "version": version,
        "ballots": [{ "memberId": m[3], "vote": "FOR" }] } })).await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    let done = ok(&f.app, Some(&f.prefecture), AVIS, json!({ "i": { "departmentCode": CODE, "sessionId": session, "dossierId": id,
        "version": version, "ballots": [{ "memberId": m[0], "vote": "FOR" }, { "memberId": m[1], "vote": "AGAINST" },
        { "memberId": m[2], "vote": "FOR" }] } })).await;
    assert_eq!(
        done["avis"][0],
        json!({ "kind": "FAVOURABLE", "votesFor": 2, "votesAgainst": 1 })
    );
    // Opened: it can no longer be cancelled.
    let body = f
        .gql(
            CANCEL,
            json!({ "i": { "departmentCode": CODE, "sessionId": session, "reason": "Erreur" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    // The minutes name the member who was represented, and by whom.
    ok(
        &f.app,
        Some(&f.prefecture),
        CLOSE,
        json!({ "i": { "departmentCode": CODE, "sessionId": session } }),
    )
    .await;
    let pdf = f
        .gql(
            "query($c: String!, $s: UUID!) { session(departmentCode: $c, id: $s) { minutesPdf } }",
            json!({ "c": CODE, "s": session }),
        )
        .await;
    let pdf = base64::Engine::decode(
        &base64::engine::general_purpose::STANDARD,
        pdf["data"]["session"]["minutesPdf"]
            .as_str()
            .unwrap_or_else(|| panic!("{pdf}")),
    )
    .unwrap();
    let path = std::env::temp_dir().join(format!("cdlp-minutes-{}.pdf", uuid::Uuid::new_v4()));
    std::fs::write(&path, &pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let _ = std::fs::remove_file(&path);
    let text = String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("1 membre représenté"), "{text}");
    assert!(text.contains("est représenté(e) par"), "{text}");
}

#[tokio::test]
async fn a_cancelled_session_releases_its_dossiers_and_a_dossier_is_taken_off_or_moved_before_the_session()
 {
    let f = Fresh::new(4).await;
    let (a, va) = f.submitted().await;
    let (b, vb) = f.submitted().await;
    let (c, vc) = f.submitted().await;
    let first = f.schedule(f.at(10)).await;
    let other = f.schedule(f.at(60)).await;
    let va = f.agenda(&first, &a, va).await;
    let vb = f.agenda(&first, &b, vb).await;
    let vc = f.agenda(&first, &c, vc).await;

    // Taken off the agenda: back among those to schedule, and off the session's agenda.
    let off = ok(
        &f.app,
        Some(&f.prefecture),
        REMOVE,
        json!({ "i": { "departmentCode": CODE, "dossierId": a, "version": va } }),
    )
    .await;
    assert_eq!(off["status"], "SUBMITTED");
    // Twice: nothing to take off.
    let body = f
        .gql(
            REMOVE,
            json!({ "i": { "departmentCode": CODE, "dossierId": a, "version": off["version"] } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    // An association cannot.
    let body = f
        .app
        .gql(
            Some(&f.association),
            REMOVE,
            json!({ "i": { "departmentCode": CODE, "dossierId": b, "version": vb } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    // Moved to another session.
    let moved = ok(&f.app, Some(&f.prefecture), MOVE, json!({ "i": { "departmentCode": CODE, "dossierId": b, "version": vb, "sessionId": other } })).await;
    assert_eq!(moved["status"], "ON_AGENDA");
    let s = ok(
        &f.app,
        Some(&f.prefecture),
        SESSION,
        json!({ "c": CODE, "s": first }),
    )
    .await;
    assert_eq!(s["agenda"], json!([{ "dossierId": c, "avisKind": null }]));
    let s = ok(
        &f.app,
        Some(&f.prefecture),
        SESSION,
        json!({ "c": CODE, "s": other }),
    )
    .await;
    assert_eq!(s["agenda"], json!([{ "dossierId": b, "avisKind": null }]));

    // Cancelling needs a reason; the remaining dossier goes back to those to schedule.
    let body = f
        .gql(
            CANCEL,
            json!({ "i": { "departmentCode": CODE, "sessionId": first, "reason": "  " } }),
        )
        .await;
    assert_eq!(body["errors"][0]["extensions"]["field"], "reason", "{body}");
    let cancelled = ok(
        &f.app,
        Some(&f.prefecture),
        CANCEL,
        json!({ "i": { "departmentCode": CODE, "sessionId": first,
        "reason": "Préfet indisponible" } }),
    )
    .await;
    assert_eq!(cancelled["status"], "CANCELLED");
    let d = ok(
        &f.app,
        Some(&f.prefecture),
        DOSSIER,
        json!({ "c": CODE, "id": c }),
    )
    .await;
    assert_eq!(d["status"], "SUBMITTED");
    assert!(d["version"].as_i64().unwrap() > vc);
    // It goes on another agenda; nothing more is added to the cancelled one.
    f.agenda(&other, &c, d["version"].as_i64().unwrap()).await;
    let body = f
        .gql(
            AGENDA,
            json!({ "i": { "departmentCode": CODE, "sessionId": first, "dossierId": a,
        "version": f.version(&a).await } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    let body = f
        .gql(
            CANCEL,
            json!({ "i": { "departmentCode": CODE, "sessionId": first, "reason": "encore" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");

    // Once the session deliberated, its dossiers stay.
    let m = &f.members;
    ok(
        &f.app,
        Some(&f.prefecture),
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": other,
        "attendance": present(&[&m[0], &m[1], &m[2]]) } }),
    )
    .await;
    f.app.clock.set(f.at(60));
    ok(
        &f.app,
        Some(&f.prefecture),
        AVIS,
        json!({ "i": { "departmentCode": CODE, "sessionId": other, "dossierId": b,
        "version": f.version(&b).await, "ballots": [{ "memberId": m[0], "vote": "FOR" }] } }),
    )
    .await;
    let body = f.gql(REMOVE, json!({ "i": { "departmentCode": CODE, "dossierId": c, "version": f.version(&c).await } })).await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    // Another département's prefecture sees none of it.
    let other_prefecture = f.app.demo("admin.75").await;
    let body = f
        .app
        .gql(
            Some(&other_prefecture),
            CANCEL,
            json!({ "i": { "departmentCode": CODE, "sessionId": other, "reason": "x" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    let _ = &f.association_id;
}

const BENEFITS: &str = "mutation($i: RecordPeriodBenefitsInput!) { recordPeriodBenefits(input: $i) { number afisRequestedOn \
    afisGrantedOn afisMonthlyCents apsRequestedOn apsIssuedOn housingSupport } }";

#[tokio::test]
async fn benefits_are_patches_recorded_by_whoever_acts_and_counted_once() {
    let f = Fresh::new(3).await;
    let (id, mut version) = f.in_progress().await;
    let today = f.now.date_naive();
    let day = |n: u64| (today - chrono::Days::new(n)).to_string();
    let patch = |version: i64, fields: Value| {
        let mut i = json!({ "departmentCode": CODE, "dossierId": id, "version": version, "periodNumber": 1 });
        i.as_object_mut()
            .unwrap()
            .extend(fields.as_object().unwrap().clone());
        json!({ "i": i })
    };
    let afis_sql = format!(
        "select count(*) from dossier_events where dossier_id = '{id}' and details::text like '%AFIS_GRANTED%'"
    );
    let afis_counted = || f.app.count(&afis_sql);

    // The prefecture cannot grant what was not requested, nor record the association's fields.
    let body = f
        .gql(BENEFITS, patch(version, json!({ "afisGrantedOn": day(3) })))
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["field"], "afisGrantedOn",
        "{body}"
    );
    let body = f
        .gql(
            BENEFITS,
            patch(version, json!({ "housingSupport": "CHRS" })),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    // The association records the requests; it cannot grant.
    let asso = |vars| f.app.gql(Some(&f.association), BENEFITS, vars);
    let body = asso(patch(version, json!({ "afisGrantedOn": day(3) }))).await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    let body = asso(patch(
        version,
        json!({ "afisRequestedOn": day(5), "apsRequestedOn": day(5) }),
    ))
    .await;
    assert!(body["errors"].is_null(), "{body}");
    version += 1;
    // Not in the future, not granted before the request.
    let tomorrow = (today + chrono::Days::new(1)).to_string();
    let body = f
        .gql(
            BENEFITS,
            patch(version, json!({ "afisGrantedOn": tomorrow })),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["field"], "afisGrantedOn",
        "{body}"
    );
    let body = f
        .gql(BENEFITS, patch(version, json!({ "afisGrantedOn": day(6) })))
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["field"], "afisGrantedOn",
        "{body}"
    );
    let granted = ok(
        &f.app,
        Some(&f.prefecture),
        BENEFITS,
        patch(
            version,
            json!({ "afisGrantedOn": day(3), "apsIssuedOn": day(2) }),
        ),
    )
    .await;
    version += 1;
    assert_eq!(granted["afisRequestedOn"], day(5));
    assert!(granted["afisMonthlyCents"].as_i64().unwrap() > 0);
    assert_eq!(afis_counted().await, 1);

    // The association records the housing alone: the prefecture's dates stay.
    let housing = ok(
        &f.app,
        Some(&f.association),
        BENEFITS,
        patch(version, json!({ "housingSupport": " Résidence sociale " })),
    )
    .await;
    version += 1;
    assert_eq!(housing["afisGrantedOn"], day(3));
    assert_eq!(housing["apsIssuedOn"], day(2));
    assert_eq!(housing["housingSupport"], "Résidence sociale");
    assert_eq!(housing["afisMonthlyCents"], granted["afisMonthlyCents"]);
    // The prefecture corrects the grant date, clears and sets it again: counted once.
    ok(
        &f.app,
        Some(&f.prefecture),
        BENEFITS,
        patch(version, json!({ "afisGrantedOn": day(4) })),
    )
    .await;
    version += 1;
    let cleared = ok(
        &f.app,
        Some(&f.prefecture),
        BENEFITS,
        patch(version, json!({ "afisGrantedOn": null })),
    )
    .await;
    version += 1;
    assert_eq!(cleared["afisGrantedOn"], Value::Null);
    assert_eq!(cleared["afisMonthlyCents"], Value::Null);
    ok(
        &f.app,
        Some(&f.prefecture),
        BENEFITS,
        patch(version, json!({ "afisGrantedOn": day(3) })),
    )
    .await;
    assert_eq!(afis_counted().await, 1);
    // The ministry's counter says one, too.
    let total: i64 = {
        let mut db = f.app.admin().await;
        sqlx::query_scalar("select coalesce(sum(value), 0)::bigint from stats_counters where department_code = '93' and metric = 'AFIS_GRANTED' and dim = '' and period_kind = 'Y'")
            .fetch_one(&mut db).await.unwrap()
    };
    assert_eq!(total, 1);
}

#[tokio::test]
async fn a_stop_ends_the_afis_after_the_running_periods_month_and_cancels_the_later_periods() {
    let f = Fresh::new(3).await;
    let (id, version) = f.in_progress().await;
    // A renewal decided ahead: period 2 exists, not started.
    let mut db = f.app.admin().await;
    sqlx::query("insert into periods (department_code, dossier_id, association_id, number, start_date, end_date, decision_id) \
        select department_code, dossier_id, association_id, 2, end_date + 1, end_date + 180, decision_id from periods \
        where department_code = '93' and dossier_id = $1::uuid and number = 1")
        .bind(&id).execute(&mut db).await.unwrap();
    let today = f.now.date_naive();
    let body = ok(&f.app, Some(&f.prefecture),
        "mutation($i: StopParcoursInput!) { stopParcours(input: $i) { status periods { number afisLastPaidMonth stoppedOn cancelledOn } } }",
        json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "reason": "PERSON_REQUEST",
            "decidedOn": today, "reference": "PSP-93-STOP", "reasons": "À la demande de la personne." } })).await;
    assert_eq!(body["status"], "STOPPED");
    let first_of_month = chrono::Datelike::with_day(&today, 1).unwrap();
    assert_eq!(
        body["periods"],
        json!([
            { "number": 1, "afisLastPaidMonth": first_of_month, "stoppedOn": today, "cancelledOn": null },
            { "number": 2, "afisLastPaidMonth": null, "stoppedOn": null, "cancelledOn": today },
        ])
    );
    assert_eq!(f.app.count(&format!(
        "select count(*) from dossier_events where dossier_id = '{id}' and details::text like '%PARCOURS_STOPPED%'")).await, 1);
    // A cancelled period takes no benefits.
    let body = f
        .app
        .gql(
            Some(&f.association),
            BENEFITS,
            json!({ "i": { "departmentCode": CODE, "dossierId": id,
        "version": version + 1, "periodNumber": 2, "housingSupport": "CHRS" } }),
        )
        .await;
    assert!(body["errors"].is_array(), "{body}");
}

const ADD_MEMBER: &str = "mutation($i: AddCommissionMemberInput!) { addCommissionMember(input: $i) { id seat email active } }";
const UPDATE_MEMBER: &str = "mutation($i: UpdateCommissionMemberInput!) { updateCommissionMember(input: $i) { id fullName organisation email voting termEnd } }";
const END_MEMBER: &str = "mutation($i: EndCommissionMemberTermInput!) { endCommissionMemberTerm(input: $i) { id endedOn active } }";
const SITTING: &str = "query($c: String!, $on: NaiveDate) { commission(departmentCode: $c) { members(activeOn: $on) { id linked } } }";

#[tokio::test]
async fn seats_need_an_approved_association_one_president_and_members_are_corrected_ended_and_linked()
 {
    let f = Fresh::new(3).await;
    let today = f.now.date_naive().to_string();
    let add = |fields: Value| {
        let mut i = json!({ "departmentCode": CODE, "fullName": "Représentante", "termStart": "2024-01-01" });
        i.as_object_mut()
            .unwrap()
            .extend(fields.as_object().unwrap().clone());
        json!({ "i": i })
    };
    // An association seat without an association, or for one with no agrément here.
    let body = f
        .gql(ADD_MEMBER, add(json!({ "seat": "APPROVED_ASSOCIATION" })))
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["field"], "associationId",
        "{body}"
    );
    let other: String = {
        let mut db = f.app.admin().await;
        sqlx::query_scalar(
            "select id::text from associations where name = 'Association Sans Agrément'",
        )
        .fetch_one(&mut db)
        .await
        .unwrap()
    };
    let body = f
        .gql(
            ADD_MEMBER,
            add(json!({ "seat": "APPROVED_ASSOCIATION", "associationId": other })),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["field"], "associationId",
        "{body}"
    );
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("agrément")
    );
    // The approved one sits, with its e-mail checked.
    let body = f
        .gql(
            ADD_MEMBER,
            add(
                json!({ "seat": "APPROVED_ASSOCIATION", "associationId": f.association_id,
        "email": "pas une adresse" }),
            ),
        )
        .await;
    assert_eq!(body["errors"][0]["extensions"]["field"], "email", "{body}");
    let seat = ok(
        &f.app,
        Some(&f.prefecture),
        ADD_MEMBER,
        add(json!({ "seat": "APPROVED_ASSOCIATION",
        "associationId": f.association_id, "email": " Rep@Nouvelle.Example.fr " })),
    )
    .await;
    assert_eq!(seat["email"], "rep@nouvelle.example.fr");
    let seat_id = seat["id"].as_str().unwrap().to_owned();

    assert!(f.sitting(&today).await.contains(&seat_id));

    // A second president: refused here (not co-presided); accepted in Paris (co-presided).
    let body = f.gql(ADD_MEMBER, add(json!({ "seat": "PRESIDENT" }))).await;
    assert_eq!(body["errors"][0]["extensions"]["field"], "seat", "{body}");
    let paris = f.app.demo("admin.75").await;
    let body = f
        .app
        .gql(
            Some(&paris),
            ADD_MEMBER,
            json!({ "i": { "departmentCode": "75", "fullName": "Préfet délégué",
        "seat": "PRESIDENT", "termStart": "2024-01-01" } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");

    // Corrected: a field left out is unchanged, null clears.
    let m = &f.members[1];
    let fixed = ok(&f.app, Some(&f.prefecture), UPDATE_MEMBER, json!({ "i": { "departmentCode": CODE, "memberId": m,
        "fullName": "Membre Un Corrigé", "organisation": "Tribunal judiciaire", "email": "membre1@justice.example.fr" } })).await;
    assert_eq!(fixed["fullName"], "Membre Un Corrigé");
    let fixed = ok(
        &f.app,
        Some(&f.prefecture),
        UPDATE_MEMBER,
        json!({ "i": { "departmentCode": CODE, "memberId": m,
        "organisation": null, "voting": false } }),
    )
    .await;
    assert_eq!(
        (
            fixed["fullName"].as_str(),
            fixed["organisation"].as_str(),
            fixed["email"].as_str(),
            fixed["voting"].as_bool()
        ),
        (
            Some("Membre Un Corrigé"),
            None,
            Some("membre1@justice.example.fr"),
            Some(false)
        )
    );
    let body = f
        .gql(
            UPDATE_MEMBER,
            json!({ "i": { "departmentCode": CODE, "memberId": m, "email": "x@" } }),
        )
        .await;
    assert_eq!(body["errors"][0]["extensions"]["field"], "email", "{body}");
    let body = f
        .gql(
            UPDATE_MEMBER,
            json!({ "i": { "departmentCode": CODE, "memberId": m, "termEnd": "2030-01-01" } }),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["field"], "termEnd",
        "{body}"
    );

    // Ended from today: no longer sitting today, nor counted.
    let ended = ok(
        &f.app,
        Some(&f.prefecture),
        END_MEMBER,
        json!({ "i": { "departmentCode": CODE, "memberId": f.members[2],
        "endedOn": today, "reason": "Mutation" } }),
    )
    .await;
    assert_eq!(ended["active"], false);
    assert!(!f.sitting(&today).await.contains(f.members[2].as_str()));
    let yesterday = (f.now.date_naive() - chrono::Days::new(1)).to_string();
    assert!(f.sitting(&yesterday).await.contains(f.members[2].as_str()));

    // Linked to an account through an invitation.
    let invite = "mutation($i: InviteCommissionMemberInput!) { inviteCommissionMember(input: $i) { id linked invited } }";
    let body = f
        .gql(
            invite,
            json!({ "i": { "departmentCode": CODE, "memberId": f.members[0] } }),
        )
        .await;
    assert_eq!(body["errors"][0]["extensions"]["field"], "email", "{body}");
    let invited = ok(
        &f.app,
        Some(&f.prefecture),
        invite,
        json!({ "i": { "departmentCode": CODE, "memberId": m } }),
    )
    .await;
    assert_eq!(
        (invited["linked"].as_bool(), invited["invited"].as_bool()),
        (Some(false), Some(true))
    );
    join(&f.app, "membre1@justice.example.fr").await;
    let linked = ok(
        &f.app,
        Some(&f.prefecture),
        SITTING,
        json!({ "c": CODE, "on": null }),
    )
    .await;
    let me = linked["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == m.as_str())
        .unwrap()
        .clone();
    assert_eq!(me["linked"], true);
    assert_eq!(
        f.app
            .count("select count(*) from commission_members where department_code = '93'")
            .await,
        4
    );

    // The association's agrément withdrawn: its representative no longer sits.
    ok(&f.app, Some(&f.prefecture), "mutation($i: EndAgrementInput!) { withdrawAgrement(input: $i) { status } }",
        json!({ "i": { "departmentCode": CODE, "id": f.agrement.0, "version": f.agrement.1, "reasons": "Conditions plus remplies." } })).await;
    assert!(!f.sitting(&today).await.contains(&seat_id));
}

#[tokio::test]
async fn a_suspended_agrement_is_lifted_corsican_rna_numbers_are_accepted_and_tacit_dates_run_from_reception()
 {
    let f = Fresh::new(3).await;
    let end = "mutation($i: EndAgrementInput!) { suspendAgrement(input: $i) { status version } }";
    let lift = "mutation($i: EndAgrementInput!) { liftAgrementSuspension(input: $i) { status version validUntil } }";
    // Lifting what is not suspended: refused.
    let body = f
        .gql(
            lift,
            json!({ "i": { "departmentCode": CODE, "id": f.agrement.0, "version": f.agrement.1,
        "reasons": "Rien à lever" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    let suspended = ok(
        &f.app,
        Some(&f.prefecture),
        end,
        json!({ "i": { "departmentCode": CODE, "id": f.agrement.0,
        "version": f.agrement.1, "reasons": "Contrôle en cours." } }),
    )
    .await;
    assert_eq!(suspended["status"], "SUSPENDED");
    // Its dossiers are read-only to the association meanwhile.
    let body = f.app.gql(Some(&f.association), "mutation($i: CreateDossierInput!) { createDossier(input: $i) { id } }",
        json!({ "i": { "departmentCode": CODE, "content": { "sex": "F" }, "identity": { "firstName": "A", "lastName": "B" } } })).await;
    assert!(body["errors"].is_array(), "{body}");
    // The association cannot lift it.
    let body = f
        .app
        .gql(
            Some(&f.association),
            lift,
            json!({ "i": { "departmentCode": CODE, "id": f.agrement.0,
        "version": suspended["version"], "reasons": "x" } }),
        )
        .await;
    assert!(
        matches!(error_code(&body), Some("FORBIDDEN") | Some("NOT_FOUND")),
        "{body}"
    );
    let lifted = ok(
        &f.app,
        Some(&f.prefecture),
        lift,
        json!({ "i": { "departmentCode": CODE, "id": f.agrement.0,
        "version": suspended["version"], "reasons": "Contrôle satisfaisant." } }),
    )
    .await;
    assert_eq!(lifted["status"], "GRANTED");
    ok(&f.app, Some(&f.association), "mutation($i: CreateDossierInput!) { createDossier(input: $i) { id } }",
        json!({ "i": { "departmentCode": CODE, "content": { "sex": "F" }, "identity": { "firstName": "A", "lastName": "B" } } })).await;

    // Corsica: W2A… is an RNA number.
    let corse = ok(&f.app, None, "mutation($i: RegisterAssociationInput!) { registerAssociation(input: $i) { id rna } }",
        json!({ "i": { "name": "Association Corse", "rna": "w2a1234567", "siret": "41200000000015",
        "seatAddress": "1 cours Napoléon, 20000 Ajaccio", "seatDepartmentCode": "2A", "declaredOn": "2015-06-01",
        "contactEmail": "contact@corse.example.fr", "adminEmail": "admin@corse.example.fr" } })).await;
    assert_eq!(corse["rna"], "W2A1234567");
    let body = f.app.gql(None, "mutation($i: RegisterAssociationInput!) { registerAssociation(input: $i) { id } }",
        json!({ "i": { "name": "Association Corse 2", "rna": "W2C1234567", "siret": "41200000000015",
        "seatAddress": "1 cours Napoléon, 20000 Ajaccio", "seatDepartmentCode": "2A", "declaredOn": "2015-06-01",
        "contactEmail": "contact@corse2.example.fr", "adminEmail": "admin@corse2.example.fr" } })).await;
    assert_eq!(body["errors"][0]["extensions"]["field"], "rna", "{body}");

    // A request with no missing pieces asked: tacit four months after its reception.
    let admin = join(&f.app, "admin@corse.example.fr").await;
    let pdf = STANDARD.encode(b"%PDF-1.4 piece");
    let pieces: Vec<Value> = ["GA_DELIBERATION", "MEANS_AND_PARTNERS", "STAFF_TRAINING", "ASSOCIATION_IDENTITY"]
        .iter()
        .map(|k| json!({ "kind": k, "filename": format!("{k}.pdf"), "contentType": "application/pdf", "contentBase64": pdf }))
        .collect();
    let requests = ok(&f.app, Some(&admin),
        "mutation($i: RequestAgrementInput!) { requestAgrement(input: $i) { id requestedOn tacitOn } }",
        json!({ "i": { "departmentCodes": [CODE], "pieces": pieces } })).await;
    let requested: chrono::NaiveDate = requests[0]["requestedOn"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        requests[0]["tacitOn"].as_str().unwrap(),
        requested
            .checked_add_months(chrono::Months::new(4))
            .unwrap()
            .to_string()
    );
}

#[tokio::test]
async fn a_decision_is_dated_neither_before_the_request_or_the_avis_nor_in_the_future() {
    let f = Fresh::new(3).await;
    let (id, version) = f.submitted().await;
    let session = f.schedule(f.now).await;
    let version = f.agenda(&session, &id, version).await;
    let m = &f.members;
    ok(
        &f.app,
        Some(&f.prefecture),
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": session,
        "attendance": present(&m.iter().collect::<Vec<_>>()) } }),
    )
    .await;
    let d = ok(
        &f.app,
        Some(&f.prefecture),
        AVIS,
        json!({ "i": { "departmentCode": CODE, "sessionId": session,
        "dossierId": id, "version": version, "ballots": [{ "memberId": m[0], "vote": "FOR" }] } }),
    )
    .await;
    let decide = |on: chrono::NaiveDate| {
        json!({ "i": { "departmentCode": CODE, "id": id, "version": d["version"],
        "outcome": "AUTHORISED", "decidedOn": on, "reference": "PSP-93-D", "reasons": "Avis favorable." } })
    };
    let q = "mutation($i: DecideDossierInput!) { decideDossier(input: $i) { status } }";
    let today = f.now.date_naive();
    for on in [today - chrono::Days::new(1), today + chrono::Days::new(1)] {
        let body = f.gql(q, decide(on)).await;
        assert_eq!(
            body["errors"][0]["extensions"]["field"], "decidedOn",
            "{body}"
        );
    }
    assert_eq!(
        ok(&f.app, Some(&f.prefecture), q, decide(today)).await["status"],
        "IN_PROGRESS"
    );
}

#[tokio::test]
async fn a_renewal_is_requested_in_the_window_with_its_evaluation_and_runs_on_from_the_period() {
    let f = Fresh::new(3).await;
    let (id, version) = f.in_progress().await;
    let renew = "mutation($i: DossierVersionInput!) { requestRenewal(input: $i) { id version status renewalNumber } }";
    // The day of the first decision: too early (the window is the last two months).
    let body = f
        .app
        .gql(
            Some(&f.association),
            renew,
            json!({ "i": { "departmentCode": CODE, "id": id, "version": version } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("derniers mois")
    );
    let period = ok(&f.app, Some(&f.prefecture), "query($c: String!, $id: UUID!) { dossier(departmentCode: $c, id: $id) { periods { endDate } } }",
        json!({ "c": CODE, "id": id })).await;
    let end: chrono::NaiveDate = period["periods"][0]["endDate"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    f.app.clock.set(
        (end - chrono::Days::new(30))
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc(),
    );
    let asso = f.app.login("admin@nouvelle.example.fr", PASSWORD).await;
    let prefecture = f
        .app
        .login("admin@seine-saint-denis.example.fr", PASSWORD)
        .await;
    let d = ok(
        &f.app,
        Some(&asso),
        renew,
        json!({ "i": { "departmentCode": CODE, "id": id, "version": version } }),
    )
    .await;
    assert_eq!(
        (d["status"].as_str(), d["renewalNumber"].as_i64()),
        (Some("DRAFT"), Some(1))
    );
    // The prefecture does not write the association's evaluation.
    let eval =
        "mutation($i: RenewalEvaluationInput!) { recordRenewalEvaluation(input: $i) { version } }";
    let input = |version: &Value| {
        json!({ "i": { "departmentCode": CODE, "id": id, "version": version,
        "actionsResults": "Formation suivie, emploi trouvé.", "commitmentsKept": "Oui.", "difficulties": "Aucune." } })
    };
    let body = f
        .app
        .gql(Some(&prefecture), eval, input(&d["version"]))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    let d = ok(&f.app, Some(&asso), eval, input(&d["version"])).await;
    let d = ok(
        &f.app,
        Some(&asso),
        "mutation($i: DossierVersionInput!) { submitDossier(input: $i) { version status } }",
        json!({ "i": { "departmentCode": CODE, "id": id, "version": d["version"] } }),
    )
    .await;
    assert_eq!(d["status"], "SUBMITTED");
    // Examined at a session, decided after the avis: the next period starts the day after.
    let session = ok(
        &f.app,
        Some(&prefecture),
        SCHEDULE,
        json!({ "i": { "departmentCode": CODE,
        "scheduledAt": f.app.clock.now().to_rfc3339(), "place": "Salle R", "urgency": "Séance d'urgence" } }),
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let v = ok(
        &f.app,
        Some(&prefecture),
        AGENDA,
        json!({ "i": { "departmentCode": CODE, "sessionId": session, "dossierId": id,
        "version": d["version"] } }),
    )
    .await["version"]
        .clone();
    let m = &f.members;
    ok(
        &f.app,
        Some(&prefecture),
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": session,
        "attendance": present(&m.iter().collect::<Vec<_>>()) } }),
    )
    .await;
    let d = ok(
        &f.app,
        Some(&prefecture),
        AVIS,
        json!({ "i": { "departmentCode": CODE, "sessionId": session, "dossierId": id,
        "version": v, "ballots": [{ "memberId": m[0], "vote": "FOR" }] } }),
    )
    .await;
    // After the period ended: still contiguous.
    f.app.clock.set(
        (end + chrono::Days::new(3))
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc(),
    );
    let prefecture = f
        .app
        .login("admin@seine-saint-denis.example.fr", PASSWORD)
        .await;
    let d = ok(&f.app, Some(&prefecture),
        "mutation($i: DecideDossierInput!) { decideDossier(input: $i) { status periods { number startDate } } }",
        json!({ "i": { "departmentCode": CODE, "id": id, "version": d["version"], "outcome": "AUTHORISED",
        "decidedOn": end + chrono::Days::new(3), "reference": "PSP-93-R1", "reasons": "Engagements tenus." } })).await;
    assert_eq!(
        d["periods"][1],
        json!({ "number": 2, "startDate": end + chrono::Days::new(1) })
    );
}

#[tokio::test]
async fn members_outside_the_parcours_seats_neither_sit_nor_count_for_individual_dossiers() {
    let f = Fresh::new(3).await;
    let child = ok(
        &f.app,
        Some(&f.prefecture),
        ADD_MEMBER,
        json!({ "i": { "departmentCode": CODE,
        "fullName": "Protection de l'enfance", "seat": "CHILD_PROTECTION",
        "termStart": (f.now.date_naive() - chrono::Days::new(30)).to_string() } }),
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (id, version) = f.submitted().await;
    let session = f.schedule(f.now).await;
    f.agenda(&session, &id, version).await;
    let body = f
        .gql(
            ATTEND,
            json!({ "i": { "departmentCode": CODE, "sessionId": session,
        "attendance": [{ "memberId": child, "mode": "PRESENT" }] } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    // Absent is fine; the quorum counts the three voting members only (2 of 3 present).
    let m = &f.members;
    ok(&f.app, Some(&f.prefecture), ATTEND, json!({ "i": { "departmentCode": CODE, "sessionId": session,
        "attendance": [{ "memberId": child, "mode": "ABSENT" }, { "memberId": m[0], "mode": "PRESENT" },
        { "memberId": m[1], "mode": "PRESENT" }] } })).await;
    let d = ok(&f.app, Some(&f.prefecture), AVIS, json!({ "i": { "departmentCode": CODE, "sessionId": session,
        "dossierId": id, "version": f.version(&id).await, "ballots": [{ "memberId": m[0], "vote": "FOR" }] } })).await;
    assert_eq!(d["status"], "AWAITING_DECISION");
    let s = ok(&f.app, Some(&f.prefecture), "query($c: String!, $s: UUID!) { session(departmentCode: $c, id: $s) { quorumMembers quorumCounted } }",
        json!({ "c": CODE, "s": session })).await;
    assert_eq!(s, json!({ "quorumMembers": 3, "quorumCounted": 2 }));
}
