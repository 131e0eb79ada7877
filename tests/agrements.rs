//! Associations, their agrément in each département, and what it opens or closes.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_tests::{TestApp, error_code};
use chrono::{Days, Months, NaiveDate, Utc};
use serde_json::{Value, json};

const REGISTER: &str =
    "mutation($i: RegisterAssociationInput!) { registerAssociation(input: $i) { id name rna } }";
const ACCEPT: &str = "mutation($t: String!, $p: String!, $n: String!) { acceptInvitation(token: $t, password: $p, name: $n) { token } }";
const REQUEST: &str = "mutation($i: RequestAgrementInput!) { requestAgrement(input: $i) { id departmentCode status version } }";
const DECIDE: &str = "mutation($i: DecideAgrementInput!) { decideAgrement(input: $i) { id status validFrom validUntil version } }";
const AGREMENTS: &str = "query($c: String) { agrements(departmentCode: $c) { id departmentCode associationName status tacit validFrom validUntil version tacitOn } }";
const CREATE: &str =
    "mutation($i: CreateDossierInput!) { createDossier(input: $i) { id version reference } }";
const LIST: &str = "query($c: String!) { dossiers(departmentCode: $c) { nodes { id reference association { name } } } }";
const PASSWORD: &str = "une phrase de passe solide";

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

fn pieces() -> Value {
    let pdf = STANDARD.encode(b"%PDF-1.4 piece");
    json!(["GA_DELIBERATION", "MEANS_AND_PARTNERS", "STAFF_TRAINING", "ASSOCIATION_IDENTITY"]
        .iter()
        .map(|k| json!({ "kind": k, "filename": format!("{k}.pdf"), "contentType": "application/pdf", "contentBase64": pdf }))
        .collect::<Vec<_>>())
}

fn registration(name: &str, rna: &str, siret: &str, admin: &str, declared_on: &str) -> Value {
    json!({ "i": { "name": name, "rna": rna, "siret": siret, "seatAddress": "1 rue de la Paix, 75002 Paris",
        "seatDepartmentCode": "75", "declaredOn": declared_on, "contactEmail": "contact@example.fr", "adminEmail": admin } })
}

/// Accepts the last invitation sent to `email` and returns a session.
async fn join(app: &TestApp, email: &str) -> String {
    let token = app.invitation_token(email).await;
    ok(
        app,
        None,
        ACCEPT,
        json!({ "t": token, "p": PASSWORD, "n": email }),
    )
    .await["token"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Registers an association (signing up, no account needed), its admin joins and files
/// requests in `codes`. Returns (admin session, association id, requests).
async fn file_requests(
    app: &TestApp,
    name: &str,
    rna: &str,
    siret: &str,
    codes: &[&str],
) -> (String, String, Vec<Value>) {
    let admin_email = format!("admin@{}.example.fr", rna.to_lowercase());
    let association = ok(
        app,
        None,
        REGISTER,
        registration(name, rna, siret, &admin_email, "2015-06-01"),
    )
    .await;
    let admin = join(app, &admin_email).await;
    let requests = ok(
        app,
        Some(&admin),
        REQUEST,
        json!({ "i": { "departmentCodes": codes, "pieces": pieces() } }),
    )
    .await;
    (
        admin,
        association["id"].as_str().unwrap().to_owned(),
        requests.as_array().unwrap().clone(),
    )
}

async fn grant(app: &TestApp, prefecture: &str, request: &Value) -> Value {
    ok(
        app,
        Some(prefecture),
        DECIDE,
        json!({ "i": { "departmentCode": request["departmentCode"], "id": request["id"],
        "version": request["version"], "granted": true, "arreteReference": "Arrêté n° test" } }),
    )
    .await
}

fn new_dossier(code: &str) -> Value {
    json!({ "i": { "departmentCode": code, "content": { "sex": "F" },
        "identity": { "firstName": "Test", "lastName": "Personne" } } })
}

/// Onboards 93 and returns its prefecture admin's session.
async fn onboard_93(app: &TestApp) -> String {
    let operator = app.demo("operateur").await;
    ok(app, Some(&operator), "mutation($i: OnboardDepartmentInput!) { onboardDepartment(input: $i) { department { code } } }",
        json!({ "i": { "departmentCode": "93", "installedOn": "2018-01-10", "arreteReference": "Arrêté 93", "adminEmail": "admin@seine-saint-denis.example.fr" } }))
        .await;
    join(app, "admin@seine-saint-denis.example.fr").await
}

#[tokio::test]
async fn workers_see_their_associations_dossiers_in_their_departements_and_nobody_else_does() {
    let app = TestApp::with_demo().await;
    let admin93 = onboard_93(&app).await;
    let admin75 = app.demo("admin.75").await;
    let (a_admin, a_id, requests) = file_requests(
        &app,
        "Association A",
        "W751111111",
        "73282932000074",
        &["75", "93"],
    )
    .await;
    assert_eq!(requests.len(), 2);
    for r in &requests {
        let prefecture = if r["departmentCode"] == "75" {
            &admin75
        } else {
            &admin93
        };
        assert_eq!(grant(&app, prefecture, r).await["status"], "GRANTED");
    }
    // Workers: one for both départements, one for 93 only.
    let invite =
        "mutation($i: InviteAssociationMemberInput!) { inviteAssociationMember(input: $i) { id } }";
    for (email, codes) in [
        ("w.both@a.example.fr", vec!["75", "93"]),
        ("w.93@a.example.fr", vec!["93"]),
    ] {
        ok(&app, Some(&a_admin), invite, json!({ "i": { "associationId": a_id, "email": email, "role": "ASSOCIATION_WORKER", "departmentCodes": codes } })).await;
    }
    let both = join(&app, "w.both@a.example.fr").await;
    let only93 = join(&app, "w.93@a.example.fr").await;
    let d75 = ok(&app, Some(&both), CREATE, new_dossier("75")).await;
    let d93 = ok(&app, Some(&both), CREATE, new_dossier("93")).await;
    let refs = |body: &Value| -> Vec<String> {
        body["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["reference"].as_str().unwrap().to_owned())
            .collect()
    };

    assert_eq!(
        refs(&ok(&app, Some(&both), LIST, json!({ "c": "75" })).await),
        vec![d75["reference"].as_str().unwrap()]
    );
    assert_eq!(
        refs(&ok(&app, Some(&both), LIST, json!({ "c": "93" })).await),
        vec![d93["reference"].as_str().unwrap()]
    );
    assert_eq!(
        refs(&ok(&app, Some(&only93), LIST, json!({ "c": "93" })).await),
        vec![d93["reference"].as_str().unwrap()]
    );
    assert_eq!(
        error_code(&app.gql(Some(&only93), LIST, json!({ "c": "75" })).await),
        Some("FORBIDDEN")
    );
    let one =
        "query($c: String!, $id: UUID!) { dossier(departmentCode: $c, id: $id) { reference } }";
    assert_eq!(
        error_code(
            &app.gql(Some(&only93), one, json!({ "c": "75", "id": d75["id"] }))
                .await
        ),
        Some("FORBIDDEN")
    );

    // Association B (the demo's) sees none of A's, in 75 or anywhere.
    let b = app.demo("asso.travailleur").await;
    let b75 = ok(&app, Some(&b), LIST, json!({ "c": "75" })).await;
    assert!(!b75.to_string().contains("Association A"), "{b75}");
    assert_eq!(
        ok(&app, Some(&b), one, json!({ "c": "75", "id": d75["id"] })).await,
        Value::Null
    );
    // Nobody from 13 sees any.
    for who in ["admin.13", "agent.13"] {
        let t = app.demo(who).await;
        assert_eq!(
            error_code(&app.gql(Some(&t), LIST, json!({ "c": "75" })).await),
            Some("FORBIDDEN")
        );
        assert_eq!(
            error_code(&app.gql(Some(&t), LIST, json!({ "c": "93" })).await),
            Some("FORBIDDEN")
        );
        assert_eq!(
            ok(&app, Some(&t), LIST, json!({ "c": "13" })).await["nodes"]
                .as_array()
                .unwrap()
                .len(),
            0
        );
    }
    // Prefecture staff see their département's only.
    let p93 = refs(&ok(&app, Some(&admin93), LIST, json!({ "c": "93" })).await);
    assert_eq!(p93, vec![d93["reference"].as_str().unwrap()]);
}

#[tokio::test]
async fn a_withdrawn_agrement_leaves_dossiers_read_only_until_a_transfer_moves_them() {
    let app = TestApp::with_demo().await;
    let admin75 = app.demo("admin.75").await;
    let passerelle = app.demo("asso.admin").await;
    let dossier = ok(&app, Some(&passerelle), CREATE, new_dossier("75")).await;
    let (a_admin, a_id, requests) = file_requests(
        &app,
        "Association A",
        "W752222222",
        "73282932000074",
        &["75"],
    )
    .await;
    grant(&app, &admin75, &requests[0]).await;

    // The directory lists both before the withdrawal.
    let directory = "query { accreditedAssociations(departmentCode: \"75\") { name } }";
    let names = ok(&app, None, directory, json!({})).await;
    assert!(
        names.to_string().contains("Passerelle") && names.to_string().contains("Association A"),
        "{names}"
    );

    let agrement = ok(&app, Some(&admin75), AGREMENTS, json!({ "c": "75" })).await;
    let passerelle_agrement = agrement
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["associationName"]
                .as_str()
                .unwrap()
                .contains("Passerelle")
        })
        .unwrap()
        .clone();
    ok(&app, Some(&admin75), "mutation($i: EndAgrementInput!) { withdrawAgrement(input: $i) { status } }",
        json!({ "i": { "departmentCode": "75", "id": passerelle_agrement["id"], "version": passerelle_agrement["version"], "reasons": "Conditions plus remplies." } }))
        .await;
    assert!(
        !ok(&app, None, directory, json!({}))
            .await
            .to_string()
            .contains("Passerelle")
    );

    // New dossiers refused, with a clear error; existing ones readable, not writable.
    let refused = app.gql(Some(&passerelle), CREATE, new_dossier("75")).await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"));
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("agrément")
    );
    let one =
        "query($id: UUID!) { dossier(departmentCode: \"75\", id: $id) { reference version } }";
    let read = ok(&app, Some(&passerelle), one, json!({ "id": dossier["id"] })).await;
    assert_eq!(read["reference"], dossier["reference"]);
    let update = "mutation($i: UpdateDossierInput!) { updateDossier(input: $i) { version } }";
    let edit = |v: &Value| json!({ "i": { "departmentCode": "75", "id": dossier["id"], "version": v, "content": { "sex": "X" } } });
    let denied = app
        .gql(Some(&passerelle), update, edit(&read["version"]))
        .await;
    assert_eq!(error_code(&denied), Some("FORBIDDEN"));
    assert!(
        denied["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("lecture seule")
    );

    // The prefecture sees it in the transfer queue, proposes it to A, which accepts.
    let queue = ok(
        &app,
        Some(&admin75),
        "{ dossiers(departmentCode: \"75\", queue: TO_TRANSFER) { nodes { id } } }",
        json!({}),
    )
    .await;
    assert!(
        queue.to_string().contains(dossier["id"].as_str().unwrap()),
        "{queue}"
    );
    let transfer = ok(&app, Some(&admin75), "mutation($i: ProposeTransferInput!) { proposeTransfer(input: $i) { id status fromAssociationName toAssociationName } }",
        json!({ "i": { "departmentCode": "75", "dossierId": dossier["id"], "toAssociationId": a_id } })).await;
    assert_eq!(
        transfer["fromAssociationName"],
        "Association Passerelle (démo)"
    );
    assert!(
        transfer["toAssociationName"]
            .as_str()
            .is_some_and(|n| !n.is_empty()),
        "{transfer}"
    );
    // Only the receiving association answers.
    let wrong = app.gql(Some(&passerelle), "mutation($i: AnswerTransferInput!) { answerTransfer(input: $i) { status } }",
        json!({ "i": { "departmentCode": "75", "transferId": transfer["id"], "accept": true } })).await;
    assert!(
        matches!(error_code(&wrong), Some("FORBIDDEN" | "NOT_FOUND")),
        "{wrong}"
    );
    let answered = ok(
        &app,
        Some(&a_admin),
        "mutation($i: AnswerTransferInput!) { answerTransfer(input: $i) { status } }",
        json!({ "i": { "departmentCode": "75", "transferId": transfer["id"], "accept": true } }),
    )
    .await;
    assert_eq!(answered["status"], "ACCEPTED");

    // Write access moved: A edits it (and reads its identity), Passerelle no longer sees it.
    let now_a = ok(&app, Some(&a_admin), one, json!({ "id": dossier["id"] })).await;
    ok(&app, Some(&a_admin), update, edit(&now_a["version"])).await;
    let identity = ok(&app, Some(&a_admin), "query($id: UUID!) { dossier(departmentCode: \"75\", id: $id) { identity { lastName } timeline { kind } } }", json!({ "id": dossier["id"] })).await;
    assert_eq!(identity["identity"]["lastName"], "Personne");
    assert!(identity["timeline"].to_string().contains("TRANSFERRED"));
    assert_eq!(
        ok(&app, Some(&passerelle), one, json!({ "id": dossier["id"] })).await,
        Value::Null
    );
}

#[tokio::test]
async fn an_expired_agrement_refuses_new_dossiers_and_the_job_marks_it_expired() {
    let now = Utc::now();
    let app = TestApp::with_demo_at(now).await;
    let passerelle = app.demo("asso.admin").await;
    ok(&app, Some(&passerelle), CREATE, new_dossier("13")).await;
    // The demo agrément ends on 2027-05-31.
    let after = NaiveDate::from_ymd_opt(2027, 6, 1).unwrap();
    app.clock.set(after.and_hms_opt(9, 0, 0).unwrap().and_utc());
    let refused = app.gql(Some(&passerelle), CREATE, new_dossier("13")).await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"));
    let report = app.services.run_jobs(after).await.unwrap();
    assert_eq!(report.expired, 3, "75, 13 and 69");
    let mine = ok(&app, Some(&passerelle), AGREMENTS, json!({ "c": null })).await;
    assert!(
        mine.as_array()
            .unwrap()
            .iter()
            .all(|a| a["status"] == "EXPIRED"),
        "{mine}"
    );
}

#[tokio::test]
async fn silence_on_a_complete_file_becomes_a_tacit_agrement_after_four_months() {
    let start = Utc::now();
    let app = TestApp::with_demo_at(start).await;
    let admin75 = app.demo("admin.75").await;
    let today = start.date_naive();
    let (_, _, requests) = file_requests(
        &app,
        "Association T",
        "W753333333",
        "73282932000074",
        &["75", "13"],
    )
    .await;
    let r75 = requests
        .iter()
        .find(|r| r["departmentCode"] == "75")
        .unwrap()
        .clone();
    let r13 = requests
        .iter()
        .find(|r| r["departmentCode"] == "13")
        .unwrap()
        .clone();
    // 75 marks the file complete today; 13 asks for missing pieces (the clock stops there).
    let complete = ok(
        &app,
        Some(&admin75),
        "mutation($i: AgrementStepInput!) { markAgrementComplete(input: $i) { status tacitOn } }",
        json!({ "i": { "departmentCode": "75", "id": r75["id"], "version": r75["version"] } }),
    )
    .await;
    let tacit_day = today.checked_add_months(Months::new(4)).unwrap();
    assert_eq!(complete["tacitOn"], json!(tacit_day));
    let admin13 = app.demo("admin.13").await;
    ok(&app, Some(&admin13), "mutation($i: RequestMissingPiecesInput!) { requestMissingPieces(input: $i) { status } }",
        json!({ "i": { "departmentCode": "13", "id": r13["id"], "version": r13["version"], "missing": "Rapport d'activité." } })).await;

    let before = app
        .services
        .run_jobs(tacit_day - Days::new(1))
        .await
        .unwrap();
    assert_eq!(before.tacit, 0);
    app.clock
        .set(tacit_day.and_hms_opt(8, 0, 0).unwrap().and_utc());
    let report = app.services.run_jobs(tacit_day).await.unwrap();
    assert_eq!(report.tacit, 1, "only the complete file");
    let rows = ok(&app, Some(&admin75), AGREMENTS, json!({ "c": "75" })).await;
    let t = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == r75["id"])
        .unwrap();
    assert_eq!(
        (t["status"].as_str(), t["tacit"].as_bool()),
        (Some("TACIT"), Some(true))
    );
    assert_eq!(t["validFrom"], json!(tacit_day));
    // A tacit agrément is in force: the association appears in the public directory.
    let directory = ok(
        &app,
        None,
        "query { accreditedAssociations(departmentCode: \"75\") { name } }",
        json!({}),
    )
    .await;
    assert!(directory.to_string().contains("Association T"));
    let later = app
        .services
        .run_jobs(tacit_day + Days::new(200))
        .await
        .unwrap();
    assert_eq!(later.tacit, 0, "pieces still missing in 13");
}

#[tokio::test]
async fn missing_pieces_are_claimed_within_two_months_and_young_associations_are_not_eligible() {
    let start = Utc::now();
    let app = TestApp::with_demo_at(start).await;
    let (_, _, requests) = file_requests(
        &app,
        "Association M",
        "W754444444",
        "73282932000074",
        &["75"],
    )
    .await;
    let admin75 = app.demo("admin.75").await;
    app.clock
        .set(start.checked_add_months(Months::new(2)).unwrap() + chrono::Duration::days(1));
    let late = app.gql(Some(&admin75), "mutation($i: RequestMissingPiecesInput!) { requestMissingPieces(input: $i) { status } }",
        json!({ "i": { "departmentCode": "75", "id": requests[0]["id"], "version": requests[0]["version"], "missing": "x" } })).await;
    assert_eq!(error_code(&late), Some("BAD_USER_INPUT"));
    assert!(
        late["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("deux mois")
    );

    let young = (start - chrono::Duration::days(365))
        .date_naive()
        .to_string();
    ok(
        &app,
        None,
        REGISTER,
        registration(
            "Jeune association",
            "W755555555",
            "13002526500013",
            "jeune@example.fr",
            &young,
        ),
    )
    .await;
    let admin = join(&app, "jeune@example.fr").await;
    let body = app
        .gql(
            Some(&admin),
            REQUEST,
            json!({ "i": { "departmentCodes": ["75"], "pieces": pieces() } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"));
    let no_pieces = app
        .gql(
            Some(&admin),
            REQUEST,
            json!({ "i": { "departmentCodes": ["75"], "pieces": [] } }),
        )
        .await;
    assert_eq!(error_code(&no_pieces), Some("BAD_USER_INPUT"));
}

#[tokio::test]
async fn rna_and_siret_are_validated_and_duplicates_conflict_without_saying_where() {
    let app = TestApp::with_demo().await;
    let cases = [
        (
            registration("X", "W75", "73282932000074", "x@example.fr", "2015-01-01"),
            "rna",
        ),
        (
            registration(
                "X",
                "751234567W",
                "73282932000074",
                "x@example.fr",
                "2015-01-01",
            ),
            "rna",
        ),
        (
            registration(
                "X",
                "W751234567",
                "73282932000075",
                "x@example.fr",
                "2015-01-01",
            ),
            "siret",
        ),
        (
            registration(
                "X",
                "W751234567",
                "7328293200007",
                "x@example.fr",
                "2015-01-01",
            ),
            "siret",
        ),
    ];
    for (input, field) in cases {
        let body = app.gql(None, REGISTER, input).await;
        assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
        assert_eq!(body["errors"][0]["extensions"]["field"], field);
    }
    // The demo association holds W751000001 / 88888888800011.
    for (rna, siret) in [
        ("W751000001", "73282932000074"),
        ("W759999999", "88888888800011"),
    ] {
        let body = app
            .gql(
                None,
                REGISTER,
                registration("Doublon", rna, siret, "d@example.fr", "2015-01-01"),
            )
            .await;
        assert_eq!(error_code(&body), Some("CONFLICT"), "{body}");
        let message = body["errors"][0]["message"].as_str().unwrap();
        for code in ["75", "13", "69"] {
            assert!(!message.contains(code), "{message}");
        }
    }
    assert_eq!(
        app.count("select count(*) from associations").await,
        2,
        "nothing written"
    );
}

#[tokio::test]
async fn renewal_continues_the_agrement_and_expiry_is_reminded_ninety_days_ahead() {
    let now = Utc::now();
    let app = TestApp::with_demo_at(now).await;
    let passerelle = app.demo("asso.admin").await;
    let admin75 = app.demo("admin.75").await;
    let rows = ok(&app, Some(&passerelle), AGREMENTS, json!({ "c": "75" })).await;
    let current = rows[0].clone();
    let until: NaiveDate = current["validUntil"].as_str().unwrap().parse().unwrap();
    let report = app.services.run_jobs(until - Days::new(91)).await.unwrap();
    assert_eq!(report.expiry_reminders, 0);
    let report = app.services.run_jobs(until - Days::new(90)).await.unwrap();
    assert_eq!(
        report.expiry_reminders, 3,
        "the three demo agréments end the same day"
    );
    let again = app.services.run_jobs(until - Days::new(80)).await.unwrap();
    assert_eq!(again.expiry_reminders, 0, "once");
    let renewal = ok(&app, Some(&passerelle), "mutation($c: String!, $id: UUID!) { renewAgrement(departmentCode: $c, id: $id) { id status version departmentCode } }",
        json!({ "c": "75", "id": current["id"] })).await;
    assert_eq!(renewal["status"], "REQUESTED");
    let granted = grant(&app, &admin75, &renewal).await;
    assert_eq!(granted["validFrom"], json!(until + Days::new(1)));
}

#[tokio::test]
async fn the_prefecture_reads_a_requests_pieces_and_nobody_else_does() {
    let app = TestApp::with_demo().await;
    let (admin, _, requests) =
        file_requests(&app, "Les Pièces", "W751000123", "73282932000074", &["75"]).await;
    let id = requests[0]["id"].clone();
    let admin75 = app.demo("admin.75").await;
    let one = "query($id: UUID!) { agrement(departmentCode: \"75\", id: $id) { id status pieces { id kind filename } } }";
    let agrement = ok(&app, Some(&admin75), one, json!({ "id": id })).await;
    assert_eq!(agrement["id"], id);
    let piece = agrement["pieces"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == "GA_DELIBERATION")
        .unwrap()
        .clone();

    let read = "query($a: UUID!, $p: UUID!) { agrementPieceContent(departmentCode: \"75\", agrementId: $a, pieceId: $p) \
                { filename contentType contentBase64 } }";
    let vars = json!({ "a": id, "p": piece["id"] });
    let content = ok(&app, Some(&admin75), read, vars.clone()).await;
    assert_eq!(content["filename"], "GA_DELIBERATION.pdf");
    assert_eq!(
        STANDARD
            .decode(content["contentBase64"].as_str().unwrap())
            .unwrap(),
        b"%PDF-1.4 piece"
    );
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'agrement_piece.read'")
            .await,
        1
    );
    // Another prefecture, the association itself, a ministry analyst: refused.
    for token in [
        app.demo("admin.13").await,
        admin,
        app.demo("analyste").await,
    ] {
        let body = app.gql(Some(&token), read, vars.clone()).await;
        assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    }
    // Another département's prefecture does not find it as a single agrément either.
    let body = app
        .gql(
            Some(&app.demo("admin.13").await),
            one.replace("\"75\"", "\"13\"").as_str(),
            json!({ "id": id }),
        )
        .await;
    assert_eq!(body["data"]["agrement"], Value::Null, "{body}");
}

#[tokio::test]
async fn an_association_admin_changes_a_workers_departements_afterwards() {
    let app = TestApp::with_demo().await;
    let admin = app.demo("asso.admin").await;
    let worker = app.demo("asso.travailleur").await;
    let team = "{ me { memberships { associationId } } }";
    let association =
        ok(&app, Some(&admin), team, json!({})).await["memberships"][0]["associationId"].clone();
    let members = ok(
        &app,
        Some(&admin),
        "query($a: UUID!) { associationMembers(associationId: $a) { userId email } }",
        json!({ "a": association }),
    )
    .await;
    let id_of = |email: &str| {
        members
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["email"] == email)
            .unwrap()["userId"]
            .clone()
    };
    let set = "mutation($a: UUID!, $u: UUID!, $c: [String!]) { setWorkerDepartments(associationId: $a, userId: $u, departmentCodes: $c) }";
    let list = |code: &str| format!("{{ dossiers(departmentCode: \"{code}\") {{ totalCount }} }}");
    let worker_id = id_of("asso.travailleur@demo.cdlp.fr");

    let limited = ok(
        &app,
        Some(&admin),
        set,
        json!({ "a": association, "u": worker_id, "c": ["13", "13"] }),
    )
    .await;
    assert_eq!(limited, true);
    let body = app.gql(Some(&worker), &list("75"), json!({})).await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    assert!(app.gql(Some(&worker), &list("13"), json!({})).await["errors"].is_null());
    ok(
        &app,
        Some(&admin),
        set,
        json!({ "a": association, "u": worker_id, "c": null }),
    )
    .await;
    assert!(app.gql(Some(&worker), &list("75"), json!({})).await["errors"].is_null());

    // Not a worker, no département at all, a worker of someone else's association.
    let admin_id = id_of("asso.admin@demo.cdlp.fr");
    let body = app
        .gql(
            Some(&admin),
            set,
            json!({ "a": association, "u": admin_id, "c": ["13"] }),
        )
        .await;
    assert_eq!(error_code(&body), Some("NOT_FOUND"), "{body}");
    let body = app
        .gql(
            Some(&admin),
            set,
            json!({ "a": association, "u": worker_id, "c": [] }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    for who in [&worker, &app.demo("horizon.admin").await] {
        let body = app
            .gql(
                Some(who),
                set,
                json!({ "a": association, "u": worker_id, "c": ["69"] }),
            )
            .await;
        assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    }
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'membership.departments_set'")
            .await,
        2
    );
}
