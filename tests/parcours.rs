//! The parcours de sortie through the GraphQL API, end to end, and the rules around it.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_tests::{TestApp, error_code};
use chrono::{Days, NaiveDate, Utc};
use serde_json::{Value, json};

const CODE: &str = "75";

const CREATE: &str = "mutation($i: CreateDossierInput!) { createDossier(input: $i) { id version status reference } }";
const SUBMIT: &str =
    "mutation($i: DossierVersionInput!) { submitDossier(input: $i) { id version status } }";
const RENEW: &str = "mutation($i: DossierVersionInput!) { requestRenewal(input: $i) { id version status renewalNumber } }";
const SCHEDULE: &str = "mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }";
const ATTEND: &str = "mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }";
const AGENDA: &str =
    "mutation($i: AddToAgendaInput!) { addToAgenda(input: $i) { id version status } }";
const AVIS: &str = "mutation($i: RecordAvisInput!) { recordAvis(input: $i) { id version status avis { kind votesFor votesAgainst castingVoteUsed } } }";
const DECIDE: &str = "mutation($i: DecideDossierInput!) { decideDossier(input: $i) { id version status periods { number startDate endDate } } }";
const CLOSE: &str =
    "mutation($i: CloseSessionInput!) { closeSession(input: $i) { id status minutesPdf } }";
const ADJOURN: &str =
    "mutation($i: SessionRefInput!) { adjournSession(input: $i) { id status quorumCounted } }";
const SECOND: &str = "mutation($i: ScheduleSecondConvocationInput!) { scheduleSecondConvocation(input: $i) { id secondConvocation followsSessionId } }";
const DOSSIER: &str = "query($c: String!, $id: UUID!) { dossier(departmentCode: $c, id: $id) { id version status renewalNumber \
    periods { number startDate endDate } decisions { outcome } avis { kind } timeline { kind actorRole } } }";

fn content() -> Value {
    json!({
        "sex": "F", "nationalityGroup": "NON_EU", "statisticsConsent": true, "children": 2,
        "commitments": "Cesser l'activité ; suivre le projet d'insertion.",
        "associationAvis": "Favorable.",
    })
}

fn new_dossier() -> Value {
    json!({ "i": {
        "departmentCode": CODE,
        "content": content(),
        "identity": { "firstName": "Amina", "lastName": "Zerbib-Testname", "birthDate": "1994-05-02", "nationality": "Nigériane" },
        "actions": [{ "domain": "HOUSING", "description": "Résidence sociale", "durationMonths": 6, "expectedResult": "Logement" }],
    }})
}

/// Runs a mutation that must succeed; returns its payload.
async fn ok(app: &TestApp, token: &str, query: &str, vars: Value) -> Value {
    let body = app.gql(Some(token), query, vars).await;
    assert!(body["errors"].is_null(), "{query}\n{body}");
    body["data"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .clone()
}

fn v(d: &Value) -> (String, i64) {
    (
        d["id"].as_str().unwrap().to_owned(),
        d["version"].as_i64().unwrap(),
    )
}

struct Members {
    presidents: Vec<String>,
    others: Vec<String>,
    association_member: String,
}

async fn members(app: &TestApp, token: &str) -> Members {
    let body = ok(
        app,
        token,
        "{ commission(departmentCode: \"75\") { members { id seat associationId voting } } }",
        json!({}),
    )
    .await;
    let mut m = Members {
        presidents: vec![],
        others: vec![],
        association_member: String::new(),
    };
    for member in body["members"].as_array().unwrap() {
        let id = member["id"].as_str().unwrap().to_owned();
        if member["associationId"].is_string() {
            m.association_member = id;
        } else if member["seat"] == "PRESIDENT" {
            m.presidents.push(id);
        } else {
            m.others.push(id);
        }
    }
    m
}

fn ballots(ids: &[&String], vote: &str) -> Vec<Value> {
    ids.iter()
        .map(|id| json!({ "memberId": id, "vote": vote }))
        .collect()
}

#[tokio::test]
async fn a_parcours_runs_from_draft_through_three_renewals_to_completion() {
    let today = Utc::now();
    let app = TestApp::with_demo_at(today).await;
    let mut asso = app.demo("asso.travailleur").await;
    let mut agent = app.demo("agent.75").await;
    // Two years of parcours: the association's agrément (and the members' terms) must last.
    let mut db = app.admin().await;
    sqlx::query("update agrements set valid_until = '2040-12-31' where department_code = '75'")
        .execute(&mut db)
        .await
        .unwrap();
    sqlx::query("update commission_members set term_end = term_start + interval '3 years' - interval '1 day' where department_code = '75'")
        .execute(&mut db)
        .await
        .unwrap();
    let m = members(&app, &agent).await;

    let created = ok(&app, &asso, CREATE, new_dossier()).await;
    assert_eq!(created["status"], "DRAFT");
    assert!(created["reference"].as_str().unwrap().starts_with("75-"));
    let (id, version) = v(&created);
    let d = ok(
        &app,
        &asso,
        SUBMIT,
        json!({ "i": { "departmentCode": CODE, "id": id, "version": version } }),
    )
    .await;
    let (_, mut version) = v(&d);

    let session = ok(&app, &agent, SCHEDULE, json!({ "i": { "departmentCode": CODE, "scheduledAt": today.to_rfc3339(), "place": "Salle 1", "urgency": "Séance d'urgence" } })).await;
    let session_id = session["id"].as_str().unwrap().to_owned();
    let everyone: Vec<Value> = m
        .presidents
        .iter()
        .chain(&m.others)
        .chain([&m.association_member])
        .map(|id| json!({ "memberId": id, "present": true }))
        .collect();
    ok(
        &app,
        &agent,
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "attendance": everyone } }),
    )
    .await;
    // Convocations went to the members with an account.
    assert!(app.count("select count(*) from outbox_emails where kind = 'convocation' and department_code = '75'").await >= 1);

    for renewal in 0..4 {
        if renewal > 0 {
            // A renewal is requested in the last two months of the running period only.
            let early = app
                .gql(
                    Some(&asso),
                    RENEW,
                    json!({ "i": { "departmentCode": CODE, "id": id, "version": version } }),
                )
                .await;
            assert_eq!(error_code(&early), Some("BAD_USER_INPUT"), "{early}");
            let dossier = ok(&app, &agent, DOSSIER, json!({ "c": CODE, "id": id })).await;
            let end: NaiveDate = dossier["periods"].as_array().unwrap().last().unwrap()["endDate"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            app.clock.set(
                (end - Days::new(20))
                    .and_hms_opt(12, 0, 0)
                    .unwrap()
                    .and_utc(),
            );
            asso = app.demo("asso.travailleur").await;
            agent = app.demo("agent.75").await;
            let d = ok(
                &app,
                &asso,
                RENEW,
                json!({ "i": { "departmentCode": CODE, "id": id, "version": version } }),
            )
            .await;
            assert_eq!(
                (d["status"].as_str(), d["renewalNumber"].as_i64()),
                (Some("DRAFT"), Some(renewal))
            );
            // Not without its evaluation (R.121-12-9 §2), named in French.
            let body = app
                .gql(
                    Some(&asso),
                    SUBMIT,
                    json!({ "i": { "departmentCode": CODE, "id": id, "version": d["version"] } }),
                )
                .await;
            assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
            assert!(
                body["errors"][0]["message"]
                    .as_str()
                    .unwrap()
                    .contains("difficultés rencontrées"),
                "{body}"
            );
            let d = ok(&app, &asso, "mutation($i: RenewalEvaluationInput!) { recordRenewalEvaluation(input: $i) { version renewalDifficulties } }",
                json!({ "i": { "departmentCode": CODE, "id": id, "version": d["version"], "actionsResults": "Logement obtenu.",
                "commitmentsKept": "Oui.", "difficulties": "Démarches administratives longues." } })).await;
            assert_eq!(
                d["renewalDifficulties"],
                "Démarches administratives longues."
            );
            let d = ok(
                &app,
                &asso,
                SUBMIT,
                json!({ "i": { "departmentCode": CODE, "id": id, "version": d["version"] } }),
            )
            .await;
            version = d["version"].as_i64().unwrap();
        }
        let d = ok(&app, &agent, AGENDA, json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "dossierId": id, "version": version } })).await;
        assert_eq!(d["status"], "ON_AGENDA");
        version = d["version"].as_i64().unwrap();

        // Recusal: the association presenting the dossier does not vote on it.
        let recused = app
            .gql(
                Some(&agent),
                AVIS,
                json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "dossierId": id,
            "version": version, "ballots": ballots(&[&m.association_member], "FOR") } }),
            )
            .await;
        assert_eq!(error_code(&recused), Some("BAD_USER_INPUT"), "{recused}");

        // First request: a 1–1 tie, broken by the president's vote; renewals: unanimous.
        let votes = if renewal == 0 {
            let mut v = ballots(&[&m.presidents[0]], "FOR");
            v.extend(ballots(&[&m.others[0]], "AGAINST"));
            v
        } else {
            ballots(
                &[
                    &m.presidents[0],
                    &m.presidents[1],
                    &m.others[0],
                    &m.others[1],
                ],
                "FOR",
            )
        };
        let d = ok(
            &app,
            &agent,
            AVIS,
            json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "dossierId": id,
            "version": version, "ballots": votes } }),
        )
        .await;
        assert_eq!(d["status"], "AWAITING_DECISION");
        let avis = d["avis"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(avis["kind"], "FAVOURABLE");
        assert_eq!(avis["castingVoteUsed"], renewal == 0, "{avis}");
        version = d["version"].as_i64().unwrap();

        let d = ok(&app, &agent, DECIDE, json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "outcome": "AUTHORISED",
            "decidedOn": app.clock.now().date_naive(), "reference": format!("PSP-75-T-{renewal}"), "reasons": "Projet cohérent." } })).await;
        assert_eq!(d["status"], "IN_PROGRESS");
        assert_eq!(d["periods"].as_array().unwrap().len(), renewal as usize + 1);
        version = d["version"].as_i64().unwrap();
    }

    // The fourth renewal is refused by the rules: 4 × 6 months = 24 months, the maximum.
    let fourth = app
        .gql(
            Some(&asso),
            RENEW,
            json!({ "i": { "departmentCode": CODE, "id": id, "version": version } }),
        )
        .await;
    assert_eq!(error_code(&fourth), Some("BAD_USER_INPUT"), "{fourth}");

    let dossier = ok(&app, &asso, DOSSIER, json!({ "c": CODE, "id": id })).await;
    let periods = dossier["periods"].as_array().unwrap();
    let day = |p: &Value, k: &str| p[k].as_str().unwrap().parse::<NaiveDate>().unwrap();
    for pair in periods.windows(2) {
        assert_eq!(
            day(&pair[1], "startDate"),
            day(&pair[0], "endDate") + Days::new(1),
            "contiguous periods"
        );
    }
    let first_start = day(&periods[0], "startDate");
    let last_end = day(&periods[3], "endDate");
    assert!(
        last_end
            < first_start
                .checked_add_months(chrono::Months::new(24))
                .unwrap()
    );

    // Minutes once every item has its avis.
    let closed = ok(
        &app,
        &agent,
        CLOSE,
        json!({ "i": { "departmentCode": CODE, "sessionId": session_id } }),
    )
    .await;
    let pdf = STANDARD
        .decode(closed["minutesPdf"].as_str().unwrap())
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-1.7"));

    // Nothing happens before the last period ends; the day after, the job completes the parcours.
    let report = app.services.run_jobs(last_end).await.unwrap();
    assert_eq!(report.completed, 0);
    app.clock.set(Utc::now() + chrono::Duration::days(800));
    let report = app
        .services
        .run_jobs(last_end + Days::new(1))
        .await
        .unwrap();
    assert!(report.ran);
    assert_eq!(report.completed, 1);
    let dossier = ok(&app, &asso, DOSSIER, json!({ "c": CODE, "id": id })).await;
    assert_eq!(dossier["status"], "COMPLETED");
    let kinds: Vec<&str> = dossier["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    let count = |k: &str| kinds.iter().filter(|x| **x == k).count();
    assert_eq!(
        (
            count("CREATED"),
            count("SUBMITTED"),
            count("ADDED_TO_AGENDA"),
            count("AVIS_RECORDED")
        ),
        (1, 4, 4, 4)
    );
    assert_eq!(
        (
            count("DECIDED"),
            count("RENEWAL_REQUESTED"),
            count("COMPLETED")
        ),
        (4, 3, 1)
    );
    assert_eq!(kinds.last(), Some(&"COMPLETED"));
}

/// A dossier of the demo association in 75, taken as far as `until` (SUBMITTED, ON_AGENDA,
/// AWAITING_DECISION or IN_PROGRESS); returns (id, version, session id).
async fn dossier_until(app: &TestApp, until: &str) -> (String, i64, String) {
    dossier_of(app, until, new_dossier()).await
}

/// Like [`dossier_until`], for the dossier `create` describes.
async fn dossier_of(app: &TestApp, until: &str, create: Value) -> (String, i64, String) {
    let asso = app.demo("asso.travailleur").await;
    let agent = app.demo("agent.75").await;
    let (id, version) = v(&ok(app, &asso, CREATE, create).await);
    let (_, mut version) = v(&ok(
        app,
        &asso,
        SUBMIT,
        json!({ "i": { "departmentCode": CODE, "id": id, "version": version } }),
    )
    .await);
    let session = ok(app, &agent, SCHEDULE, json!({ "i": { "departmentCode": CODE, "scheduledAt": Utc::now().to_rfc3339(), "place": "Salle 2", "urgency": "Séance d'urgence" } })).await;
    let session_id = session["id"].as_str().unwrap().to_owned();
    if until == "SUBMITTED" {
        return (id, version, session_id);
    }
    let m = members(app, &agent).await;
    let present: Vec<Value> = m
        .presidents
        .iter()
        .chain(&m.others)
        .map(|id| json!({ "memberId": id, "present": true }))
        .collect();
    ok(
        app,
        &agent,
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "attendance": present } }),
    )
    .await;
    version = ok(app, &agent, AGENDA, json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "dossierId": id, "version": version } })).await["version"]
        .as_i64()
        .unwrap();
    // The agenda gives the version recordAvis needs.
    let session = ok(
        app,
        &agent,
        "query($c: String!, $s: UUID!) { session(departmentCode: $c, id: $s) { agenda { dossierId dossierVersion } } }",
        json!({ "c": CODE, "s": session_id }),
    )
    .await;
    let item = session["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["dossierId"] == id)
        .unwrap();
    assert_eq!(item["dossierVersion"].as_i64(), Some(version));
    if until == "ON_AGENDA" {
        return (id, version, session_id);
    }
    let votes = ballots(&[&m.presidents[0], &m.others[0]], "FOR");
    version = ok(app, &agent, AVIS, json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "dossierId": id, "version": version, "ballots": votes } })).await["version"]
        .as_i64()
        .unwrap();
    if until == "AWAITING_DECISION" {
        return (id, version, session_id);
    }
    let d = ok(app, &agent, DECIDE, json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "outcome": "AUTHORISED",
        "decidedOn": Utc::now().date_naive(), "reference": format!("PSP-{}", uuid::Uuid::new_v4()), "reasons": "Oui." } })).await;
    (id, d["version"].as_i64().unwrap(), session_id)
}

async fn snapshot(app: &TestApp, id: &str) -> (String, i64, i64, i64) {
    let mut db = app.admin().await;
    sqlx::query_as(
        "select status, version::bigint, (select count(*) from dossier_events e where e.dossier_id = d.id), \
         (select count(*) from decisions x where x.dossier_id = d.id) from dossiers d where id = $1::uuid",
    )
    .bind(id)
    .fetch_one(&mut db)
    .await
    .unwrap()
}

#[tokio::test]
async fn transitions_by_the_wrong_role_are_forbidden_and_from_the_wrong_state_are_bad_input() {
    let app = TestApp::with_demo().await;
    let asso = app.demo("asso.travailleur").await;
    let agent = app.demo("agent.75").await;
    let member = app.demo("membre.75").await;
    let agent13 = app.demo("agent.13").await;
    let analyst = app.demo("analyste").await;
    let (id, version, session_id) = dossier_until(&app, "AWAITING_DECISION").await;
    let before = snapshot(&app, &id).await;

    let decide = json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "outcome": "AUTHORISED",
        "decidedOn": Utc::now().date_naive(), "reference": "PSP-X", "reasons": "x" } });
    for token in [&asso, &member, &agent13, &analyst] {
        let body = app.gql(Some(token), DECIDE, decide.clone()).await;
        assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    }
    let by_ref = json!({ "i": { "departmentCode": CODE, "id": id, "version": version } });
    // The prefecture does not submit or renew; the association does not schedule.
    for (token, query) in [(&agent, SUBMIT), (&agent, RENEW)] {
        assert_eq!(
            error_code(&app.gql(Some(token), query, by_ref.clone()).await),
            Some("FORBIDDEN")
        );
    }
    let agenda = json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "dossierId": id, "version": version } });
    assert_eq!(
        error_code(&app.gql(Some(&asso), AGENDA, agenda.clone()).await),
        Some("FORBIDDEN")
    );
    // Right role, wrong state.
    assert_eq!(
        error_code(&app.gql(Some(&asso), SUBMIT, by_ref.clone()).await),
        Some("BAD_USER_INPUT")
    );
    assert_eq!(
        error_code(&app.gql(Some(&asso), RENEW, by_ref.clone()).await),
        Some("BAD_USER_INPUT")
    );
    assert_eq!(
        error_code(&app.gql(Some(&agent), AGENDA, agenda).await),
        Some("BAD_USER_INPUT")
    );
    let stop = json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "reason": "PERSON_REQUEST",
        "decidedOn": Utc::now().date_naive(), "reference": "PSP-S", "reasons": "x" } });
    let body = app
        .gql(
            Some(&agent),
            "mutation($i: StopParcoursInput!) { stopParcours(input: $i) { id } }",
            stop,
        )
        .await;
    assert_eq!(
        error_code(&body),
        Some("BAD_USER_INPUT"),
        "a first request is not a parcours yet"
    );
    assert_eq!(snapshot(&app, &id).await, before, "nothing changed");
}

#[tokio::test]
async fn two_concurrent_updates_with_the_same_version_one_wins_the_other_conflicts() {
    let app = TestApp::with_demo().await;
    let asso = app.demo("asso.travailleur").await;
    let (id, version) = v(&ok(&app, &asso, CREATE, new_dossier()).await);
    let update = |avis: &str| json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "content": { "associationAvis": avis } } });
    let query = "mutation($i: UpdateDossierInput!) { updateDossier(input: $i) { version associationAvis } }";
    let (a, b) = tokio::join!(
        app.gql(Some(&asso), query, update("A")),
        app.gql(Some(&asso), query, update("B"))
    );
    let codes = [error_code(&a), error_code(&b)];
    assert!(
        codes.contains(&None) && codes.contains(&Some("CONFLICT")),
        "{a}\n{b}"
    );
    let winner = if error_code(&a).is_none() { &a } else { &b };
    let dossier = ok(&app, &asso, DOSSIER, json!({ "c": CODE, "id": id })).await;
    assert_eq!(
        dossier["version"],
        winner["data"]["updateDossier"]["version"]
    );
    let kinds: Vec<&str> = dossier["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec!["CREATED", "UPDATED"],
        "one event per change that happened, none lost"
    );
    // And a stale version changes nothing.
    let stale = app.gql(Some(&asso), query, update("C")).await;
    assert_eq!(error_code(&stale), Some("CONFLICT"));
}

#[tokio::test]
async fn identities_are_ciphertext_at_rest_never_reach_commission_members_and_reads_are_audited() {
    let app = TestApp::with_demo().await;
    let (id, _, _) = dossier_until(&app, "ON_AGENDA").await;
    let mut db = app.admin().await;
    let (first, last): (Vec<u8>, Vec<u8>) = sqlx::query_as(
        "select first_name, last_name from dossier_identities where dossier_id = $1::uuid",
    )
    .bind(&id)
    .fetch_one(&mut db)
    .await
    .unwrap();
    let all = [first, last].concat();
    assert!(
        !all.windows(8).any(|w| w == b"Zerbib-T"),
        "plaintext in the table"
    );

    let member = app.demo("membre.75").await;
    let listed = app
        .gql(
            Some(&member),
            "{ dossiers(departmentCode: \"75\") { nodes { id reference } } }",
            json!({}),
        )
        .await;
    assert!(
        listed.to_string().contains(&id),
        "the member sees the agenda dossier: {listed}"
    );
    let body = app
        .gql(
            Some(&member),
            DOSSIER
                .replace("timeline { kind actorRole }", "identity { lastName }")
                .as_str(),
            json!({ "c": CODE, "id": id }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"));
    assert!(!body.to_string().contains("Zerbib"), "{body}");
    // Even straight in PostgreSQL, under a commission member's context, no identity row is visible.
    let mut conn = app.app_conn().await;
    sqlx::query("select set_config('cdlp.department', '75', false), set_config('cdlp.role', 'COMMISSION_MEMBER', false)")
        .execute(&mut conn)
        .await
        .unwrap();
    let seen: i64 = sqlx::query_scalar("select count(*) from dossier_identities")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(seen, 0);

    let agent = app.demo("agent.75").await;
    let before = app
        .count("select count(*) from audit_log where action = 'identity.read'")
        .await;
    let body = ok(&app, &agent, "query($c: String!, $id: UUID!) { dossier(departmentCode: $c, id: $id) { identity { firstName lastName birthDate } } }", json!({ "c": CODE, "id": id })).await;
    assert_eq!(
        body["identity"],
        json!({ "firstName": "Amina", "lastName": "Zerbib-Testname", "birthDate": "1994-05-02" })
    );
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'identity.read'")
            .await,
        before + 1
    );
}

#[tokio::test]
async fn an_association_never_sees_another_associations_dossiers() {
    let app = TestApp::with_demo().await;
    let (id, _, _) = dossier_until(&app, "SUBMITTED").await;
    // Association B, accredited in 75 too, with a worker.
    let mut db = app.admin().await;
    sqlx::raw_sql(
        "insert into associations (id, name) values ('00000000-0000-4000-a000-00000000000b', 'Association B'); \
         insert into agrements (department_code, association_id, status, valid_from, valid_until) \
           values ('75', '00000000-0000-4000-a000-00000000000b', 'GRANTED', '2024-01-01', '2027-12-31'); \
         insert into users (id, email, display_name, password_hash) select '00000000-0000-4000-b000-00000000000b', \
           'b@example.fr', 'B', password_hash from users where email = 'asso.admin@demo.cdlp.fr'; \
         insert into memberships (user_id, role, association_id) values \
           ('00000000-0000-4000-b000-00000000000b', 'ASSOCIATION_WORKER', '00000000-0000-4000-a000-00000000000b');",
    )
    .execute(&mut db)
    .await
    .unwrap();
    let b = app.login("b@example.fr", cdlp_tests::DEMO_PASSWORD).await;
    let listed = ok(
        &app,
        &b,
        "{ dossiers(departmentCode: \"75\") { nodes { id } } }",
        json!({}),
    )
    .await;
    assert_eq!(listed["nodes"], json!([]));
    let body = app
        .gql(Some(&b), DOSSIER, json!({ "c": CODE, "id": id }))
        .await;
    assert_eq!(body["data"]["dossier"], Value::Null, "{body}");
    let update = app
        .gql(
            Some(&b),
            "mutation($i: UpdateDossierInput!) { updateDossier(input: $i) { id } }",
            json!({ "i": { "departmentCode": CODE, "id": id, "version": 1, "content": {} } }),
        )
        .await;
    assert_eq!(error_code(&update), Some("NOT_FOUND"));
    // Its own dossier is its own.
    let mine = ok(&app, &b, CREATE, new_dossier()).await;
    let listed = ok(
        &app,
        &b,
        "{ dossiers(departmentCode: \"75\") { nodes { id } } }",
        json!({}),
    )
    .await;
    assert_eq!(listed["nodes"], json!([{ "id": mine["id"] }]));
}

#[tokio::test]
async fn the_quorum_is_checked_except_after_a_second_convocation_and_an_adjourned_dossier_goes_back()
 {
    let app = TestApp::with_demo().await;
    let agent = app.demo("agent.75").await;
    let (id, version, session_id) = dossier_until(&app, "SUBMITTED").await;
    let m = members(&app, &agent).await;
    // 2 of 5 voting members present: no quorum.
    let two: Vec<Value> = m
        .presidents
        .iter()
        .map(|id| json!({ "memberId": id, "present": true }))
        .collect();
    ok(
        &app,
        &agent,
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "attendance": two } }),
    )
    .await;
    let version = ok(&app, &agent, AGENDA, json!({ "i": { "departmentCode": CODE, "sessionId": session_id, "dossierId": id, "version": version } })).await["version"].clone();
    let avis = |s: &str, adjourned: bool| {
        json!({ "i": { "departmentCode": CODE, "sessionId": s, "dossierId": id, "version": version,
        "ballots": ballots(&[&m.presidents[0]], "FOR"), "adjourned": adjourned } })
    };
    let body = app.gql(Some(&agent), AVIS, avis(&session_id, false)).await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"));
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("quorum")
    );

    // Asking for an adjournment of the dossier does not get round the quorum either.
    let body = app.gql(Some(&agent), AVIS, avis(&session_id, true)).await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");

    // The session is adjourned as a whole; its second convocation, on the same agenda,
    // deliberates with one member present.
    let adjourned = ok(
        &app,
        &agent,
        ADJOURN,
        json!({ "i": { "departmentCode": CODE, "sessionId": session_id } }),
    )
    .await;
    assert_eq!(adjourned["status"], "ADJOURNED");
    let later = Utc::now() + chrono::Duration::seconds(1);
    let second = ok(
        &app,
        &agent,
        SECOND,
        json!({ "i": { "departmentCode": CODE, "adjournedSessionId": session_id,
        "scheduledAt": later.to_rfc3339(), "place": "Salle 3", "urgency": "Seconde convocation" } }),
    )
    .await;
    assert_eq!(second["secondConvocation"], true);
    let second = second["id"].as_str().unwrap().to_owned();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let one = vec![json!({ "memberId": m.presidents[0], "present": true })];
    ok(
        &app,
        &agent,
        ATTEND,
        json!({ "i": { "departmentCode": CODE, "sessionId": second, "attendance": one } }),
    )
    .await;
    let version =
        ok(&app, &agent, DOSSIER, json!({ "c": CODE, "id": id })).await["version"].clone();
    let body = ok(&app, &agent, AVIS, json!({ "i": { "departmentCode": CODE, "sessionId": second, "dossierId": id, "version": version,
        "ballots": [], "adjourned": true, "remarks": "Pièces à compléter." } })).await;
    assert_eq!(body["status"], "RETURNED");
    assert_eq!(body["avis"][0]["kind"], "ADJOURNED");
    ok(
        &app,
        &agent,
        CLOSE,
        json!({ "i": { "departmentCode": CODE, "sessionId": second } }),
    )
    .await;
}

#[tokio::test]
async fn a_page_of_dossiers_with_association_and_period_costs_a_constant_number_of_transactions() {
    let app = TestApp::with_demo_dossiers().await;
    let admin = app.demo("admin.75").await;
    let query = "query($n: Int!) { dossiers(departmentCode: \"75\", first: $n) { nodes { reference association { name } currentPeriod { number } } } }";
    let mut costs = Vec::new();
    for n in [2, 12] {
        let before = app.services.db.transactions_begun();
        let body = ok(&app, &admin, query, json!({ "n": n })).await;
        costs.push(app.services.db.transactions_begun() - before);
        assert_eq!(body["nodes"].as_array().unwrap().len(), n as usize);
    }
    // Sign-in check, the page, one batch of associations, one batch of periods.
    assert_eq!(costs, vec![4, 4]);
}

#[tokio::test]
async fn pages_follow_the_keyset_cursor_and_queues_filter() {
    let app = TestApp::with_demo_dossiers().await;
    let admin = app.demo("admin.75").await;
    let query = "query($after: String) { dossiers(departmentCode: \"75\", first: 5, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } }";
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = ok(&app, &admin, query, json!({ "after": after })).await;
        for n in page["nodes"].as_array().unwrap() {
            seen.push(n["reference"].as_str().unwrap().to_owned());
        }
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!((seen.len(), unique.len()), (12, 12));
    for (queue, expected) in [
        ("TO_SCHEDULE", 1),
        ("AWAITING_DECISION", 1),
        ("ON_AGENDA", 1),
        ("CLOSED", 5),
        ("RENEWALS_DUE", 1),
    ] {
        let body = ok(
            &app,
            &admin,
            &format!(
                "{{ dossiers(departmentCode: \"75\", queue: {queue}) {{ nodes {{ status }} }} }}"
            ),
            json!({}),
        )
        .await;
        assert_eq!(
            body["nodes"].as_array().unwrap().len(),
            expected,
            "{queue}: {body}"
        );
    }
    let bad = app
        .gql(
            Some(&admin),
            "{ dossiers(departmentCode: \"75\", after: \"nope\") { nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&bad), Some("BAD_USER_INPUT"));
}

#[tokio::test]
async fn benefits_follow_the_legal_scale_and_a_stop_ends_the_afis_the_month_after() {
    let app = TestApp::with_demo().await;
    let agent = app.demo("agent.75").await;
    let (id, version, _) = dossier_until(&app, "IN_PROGRESS").await;
    let asso = app.demo("asso.travailleur").await;
    ok(&app, &asso, "mutation($i: RecordPeriodBenefitsInput!) { recordPeriodBenefits(input: $i) { afisMonthlyCents } }",
        json!({ "i": { "departmentCode": CODE, "dossierId": id, "version": version, "periodNumber": 1, "afisRequestedOn": "2026-07-01",
            "apsRequestedOn": "2026-07-01", "housingSupport": "CHRS" } })).await;
    let period = ok(&app, &agent, "mutation($i: RecordPeriodBenefitsInput!) { recordPeriodBenefits(input: $i) { afisMonthlyCents apsIssuedOn } }",
        json!({ "i": { "departmentCode": CODE, "dossierId": id, "version": version + 1, "periodNumber": 1,
            "afisGrantedOn": "2026-07-15", "apsIssuedOn": "2026-07-20" } })).await;
    // 343.20 € + 2 children × 106.08 € (scale of 1 July 2022).
    assert_eq!(period["afisMonthlyCents"], 55536);
    let version = version + 2;
    let decided = Utc::now().date_naive();
    let body = ok(&app, &agent, "mutation($i: StopParcoursInput!) { stopParcours(input: $i) { status stopReason periods { afisLastPaidMonth } } }",
        json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "reason": "COMMITMENTS_NOT_KEPT",
            "decidedOn": decided, "reference": "PSP-STOP-1", "reasons": "Engagements non tenus." } })).await;
    assert_eq!(
        (body["status"].as_str(), body["stopReason"].as_str()),
        (Some("STOPPED"), Some("COMMITMENTS_NOT_KEPT"))
    );
    let first_of_month = NaiveDate::from_ymd_opt(
        chrono::Datelike::year(&decided),
        chrono::Datelike::month(&decided),
        1,
    )
    .unwrap();
    assert_eq!(
        body["periods"][0]["afisLastPaidMonth"],
        json!(first_of_month)
    );
}

#[tokio::test]
async fn documents_are_checked_stored_and_read_back_and_letters_are_pdf() {
    let app = TestApp::with_demo().await;
    let asso = app.demo("asso.travailleur").await;
    let (id, version, _) = dossier_until(&app, "IN_PROGRESS").await;
    let attach =
        "mutation($i: AttachDocumentInput!) { attachDocument(input: $i) { id sizeBytes sha256 } }";
    let input = |ty: &str, content: &[u8]| {
        json!({ "i": { "departmentCode": CODE, "dossierId": id, "version": version, "kind": "Pièce d'identité",
        "filename": "passeport.pdf", "contentType": ty, "contentBase64": STANDARD.encode(content) } })
    };
    let bad_type = app
        .gql(
            Some(&asso),
            attach,
            input("application/x-msdownload", b"MZ"),
        )
        .await;
    assert_eq!(error_code(&bad_type), Some("BAD_USER_INPUT"));
    let too_big = app
        .gql(
            Some(&asso),
            attach,
            input("application/pdf", &vec![0u8; 10 * 1024 * 1024 + 1]),
        )
        .await;
    assert_eq!(error_code(&too_big), Some("BAD_USER_INPUT"));
    let doc = ok(
        &app,
        &asso,
        attach,
        input("application/pdf", b"%PDF-1.4 test"),
    )
    .await;
    assert_eq!(doc["sizeBytes"], 13);
    let content = ok(
        &app,
        &asso,
        "query($id: UUID!) { documentContent(departmentCode: \"75\", id: $id) { contentBase64 } }",
        json!({ "id": doc["id"] }),
    )
    .await;
    assert_eq!(
        STANDARD
            .decode(content["contentBase64"].as_str().unwrap())
            .unwrap(),
        b"%PDF-1.4 test"
    );
    // The commission's members never get documents.
    let member = app.demo("membre.75").await;
    let body = app
        .gql(
            Some(&member),
            "query($id: UUID!) { documentContent(departmentCode: \"75\", id: $id) { filename } }",
            json!({ "id": doc["id"] }),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"));

    let agent = app.demo("agent.75").await;
    set_signatory(&app).await;
    let dossier = ok(
        &app,
        &agent,
        "query($id: UUID!) { dossier(departmentCode: \"75\", id: $id) { decisions { id } } }",
        json!({ "id": id }),
    )
    .await;
    let letter = ok(
        &app,
        &agent,
        "query($d: UUID!) { decisionLetterPdf(departmentCode: \"75\", decisionId: $d) }",
        json!({ "d": dossier["decisions"][0]["id"] }),
    )
    .await;
    assert!(
        STANDARD
            .decode(letter.as_str().unwrap())
            .unwrap()
            .starts_with(b"%PDF-1.7")
    );
}

const SET_SIGNATORY: &str = "mutation($i: SetDecisionSignatoryInput!) { setDecisionSignatory(input: $i) { firstName lastName quality delegation tribunal version } }";
const LETTER: &str =
    "query($d: UUID!) { decisionLetterPdf(departmentCode: \"75\", decisionId: $d) }";

async fn set_signatory(app: &TestApp) -> Value {
    let admin = app.demo("admin.75").await;
    ok(app, &admin, SET_SIGNATORY, json!({ "i": { "departmentCode": CODE, "firstName": "Hélène",
        "lastName": "Marchand", "quality": "Directrice départementale de l’emploi, du travail et des solidarités",
        "delegation": "Pour le préfet et par délégation", "tribunal": "tribunal administratif de Paris" } })).await
}

/// The text poppler's pdftotext reads from a PDF (Debian poppler-utils; tests/run installs it),
/// in its physical layout, every run of white space made one space.
fn pdf_text(pdf: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("cdlp-letter-{}.pdf", uuid::Uuid::new_v4()));
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success());
    // Page footers ("… Page 1 / 2") left out: a sentence across pages reads whole.
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|line| {
            let w: Vec<&str> = line.split_whitespace().collect();
            !(w.len() >= 4 && w[w.len() - 4] == "Page" && w[w.len() - 2] == "/")
        })
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

async fn letter_text(app: &TestApp, token: &str, decision: &Value) -> String {
    let letter = ok(app, token, LETTER, json!({ "d": decision })).await;
    pdf_text(&STANDARD.decode(letter.as_str().unwrap()).unwrap())
}

#[tokio::test]
async fn the_prefecture_admin_records_who_signs_and_only_then_letters_are_issued() {
    let app = TestApp::with_demo().await;
    let agent = app.demo("agent.75").await;
    let admin = app.demo("admin.75").await;
    let asso = app.demo("asso.travailleur").await;
    let (id, _, _) = dossier_until(&app, "IN_PROGRESS").await;
    let dossier = ok(
        &app,
        &agent,
        "query($id: UUID!) { dossier(departmentCode: \"75\", id: $id) { decisions { id } } }",
        json!({ "id": id }),
    )
    .await;
    let decision = dossier["decisions"][0]["id"].clone();
    // CRPA L.212-1: no signatory, no letter.
    let body = app
        .gql(Some(&agent), LETTER, json!({ "d": decision }))
        .await;
    assert_eq!(error_code(&body), Some("CONFLICT"), "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("signataire")
    );

    let input = |first: &str, version: Option<i64>| {
        json!({ "i": { "departmentCode": CODE, "firstName": first,
        "lastName": "Marchand", "quality": "Secrétaire générale", "expectedVersion": version } })
    };
    for token in [&agent, &asso, &app.demo("admin.13").await] {
        let body = app
            .gql(Some(token), SET_SIGNATORY, input("Hélène", None))
            .await;
        assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    }
    let body = app
        .gql(Some(&admin), SET_SIGNATORY, input("Hél𓀀ne", None))
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"));
    assert_eq!(body["errors"][0]["extensions"]["field"], "firstName");
    let body = app
        .gql(Some(&admin), SET_SIGNATORY, input("  ", None))
        .await;
    assert_eq!(body["errors"][0]["extensions"]["field"], "firstName");
    let read = "query { decisionSignatory(departmentCode: \"75\") { firstName version } }";
    assert_eq!(ok(&app, &agent, read, json!({})).await, Value::Null);

    // Decomposed input is stored composed.
    let first = ok(
        &app,
        &admin,
        SET_SIGNATORY,
        input("He\u{301}le\u{300}ne", None),
    )
    .await;
    assert_eq!(
        (first["firstName"].as_str(), first["version"].as_i64()),
        (Some("Hélène"), Some(1))
    );
    assert_eq!(first["delegation"], "");
    // Two admins at once: the second, who saw no signatory (or version 1 too late), is told.
    let body = app
        .gql(Some(&admin), SET_SIGNATORY, input("Inès", None))
        .await;
    assert_eq!(error_code(&body), Some("CONFLICT"), "{body}");
    let second = ok(&app, &admin, SET_SIGNATORY, input("Inès", Some(1))).await;
    assert_eq!(second["version"], 2);
    let body = app
        .gql(Some(&admin), SET_SIGNATORY, input("Zoé", Some(1)))
        .await;
    assert_eq!(error_code(&body), Some("CONFLICT"), "{body}");
    let now = ok(&app, &agent, read, json!({})).await;
    assert_eq!(
        (now["firstName"].as_str(), now["version"].as_i64()),
        (Some("Inès"), Some(2))
    );

    let text = letter_text(&app, &agent, &decision).await;
    assert!(text.contains("Secrétaire générale Inès Marchand"), "{text}");
    assert!(
        text.contains("le tribunal administratif territorialement compétent"),
        "{text}"
    );
}

#[tokio::test]
async fn every_decision_gets_its_own_letter_naming_the_person_as_written() {
    let app = TestApp::with_demo().await;
    let agent = app.demo("agent.75").await;
    set_signatory(&app).await;
    // Typed with combining marks (as some keyboards send them); printed composed.
    let mut create = new_dossier();
    create["i"]["identity"]["firstName"] = json!("S\u{326}tefania");
    create["i"]["identity"]["lastName"] =
        json!("T\u{326}urcanu-王-Ade\u{301}ba\u{301}yo\u{323}\u{300}");
    let (id, version, _) = dossier_of(&app, "IN_PROGRESS", create).await;
    ok(&app, &agent, "mutation($i: StopParcoursInput!) { stopParcours(input: $i) { id } }",
        json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "reason": "PERSON_REQUEST",
            "decidedOn": Utc::now().date_naive(), "reference": "PSP-STOP-ȘȚ", "reasons": "Demande écrite de la personne." } })).await;
    let dossier = ok(&app, &agent, "query($id: UUID!) { dossier(departmentCode: \"75\", id: $id) { decisions { id outcome } } }", json!({ "id": id })).await;
    let decisions = dossier["decisions"].as_array().unwrap();
    let of =
        |outcome: &str| decisions.iter().find(|d| d["outcome"] == outcome).unwrap()["id"].clone();

    let authorisation = letter_text(&app, &agent, &of("AUTHORISED")).await;
    assert_eq!(
        authorisation
            .matches("Ștefania Țurcanu-王-Adébáy\u{1ECD}\u{300}")
            .count(),
        1,
        "{authorisation}"
    );
    assert!(authorisation.contains("j’autorise votre engagement"));
    // The avis the commission gave at the session, with its date.
    assert!(
        authorisation.contains("Vu l’avis favorable rendu le"),
        "{authorisation}"
    );
    assert!(authorisation.contains("Hélène Marchand"));
    assert!(authorisation.contains("devant le tribunal administratif de Paris"));

    let stop = letter_text(&app, &agent, &of("STOPPED")).await;
    assert!(
        stop.contains("Ștefania Țurcanu-王-Adébáy\u{1ECD}\u{300}"),
        "{stop}"
    );
    assert!(stop.contains("je mets fin, à votre demande,"), "{stop}");
    assert!(stop.contains("Demande écrite de la personne."));
    assert!(stop.contains("Décision mettant fin au parcours"));
    assert!(!stop.contains("Vu l’avis"), "{stop}");
    // Not the refusal letter any more.
    assert!(!stop.contains("je ne peux pas autoriser"), "{stop}");
}

#[tokio::test]
async fn a_name_no_letter_could_print_is_refused_when_saved() {
    let app = TestApp::with_demo().await;
    let asso = app.demo("asso.travailleur").await;
    let count = async || -> i64 {
        let mut db = app.admin().await;
        sqlx::query_scalar("select count(*) from dossiers")
            .fetch_one(&mut db)
            .await
            .unwrap()
    };
    let before = count().await;
    for (field, value) in [("firstName", "Ahmose 𓀀"), ("lastName", "Nefer\u{13000}")] {
        let mut create = new_dossier();
        create["i"]["identity"][field] = json!(value);
        let body = app.gql(Some(&asso), CREATE, create).await;
        assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
        assert_eq!(
            body["errors"][0]["extensions"]["field"],
            format!("identity.{field}")
        );
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(
            message.contains("𓀀") && message.contains("U+13000"),
            "{message}"
        );
    }
    assert_eq!(count().await, before, "nothing written");
}

#[tokio::test]
async fn the_job_runs_once_at_a_time_and_reminds_renewals_once() {
    let app = TestApp::with_demo().await;
    let (id, _, _) = dossier_until(&app, "IN_PROGRESS").await;
    let end: NaiveDate = {
        let mut db = app.admin().await;
        sqlx::query_scalar("select end_date from periods where dossier_id = $1::uuid")
            .bind(&id)
            .fetch_one(&mut db)
            .await
            .unwrap()
    };
    // Another instance holds the lock: this run does nothing.
    let mut other = app.admin().await;
    let mut tx = sqlx::Connection::begin(&mut other).await.unwrap();
    sqlx::query("select pg_advisory_xact_lock(hashtext('cdlp.jobs'))")
        .execute(&mut *tx)
        .await
        .unwrap();
    let report = app.services.run_jobs(end - Days::new(10)).await.unwrap();
    assert!(!report.ran);
    tx.rollback().await.unwrap();
    let report = app.services.run_jobs(end - Days::new(10)).await.unwrap();
    assert_eq!((report.ran, report.reminders), (true, 1));
    let again = app.services.run_jobs(end - Days::new(9)).await.unwrap();
    assert_eq!(again.reminders, 0, "one reminder per period");
    assert_eq!(
        app.count("select count(*) from outbox_emails where kind = 'renewal_reminder'")
            .await,
        2,
        "both association staff"
    );
}

#[tokio::test]
async fn members_seated_by_the_2025_decret_do_not_see_individual_files() {
    let app = TestApp::with_demo().await;
    dossier_until(&app, "ON_AGENDA").await;
    let member = app.demo("membre.75").await;
    let query = "{ dossiers(departmentCode: \"75\") { nodes { reference } } }";
    assert!(app.gql(Some(&member), query, json!({})).await["errors"].is_null());
    let mut db = app.admin().await;
    sqlx::query("update commission_members set seat = 'CHILD_PROTECTION' where user_id = '00000000-0000-4000-b000-000000000753'")
        .execute(&mut db)
        .await
        .unwrap();
    assert_eq!(
        error_code(&app.gql(Some(&member), query, json!({})).await),
        Some("FORBIDDEN")
    );
}

#[tokio::test]
async fn queue_counts_are_what_the_caller_may_see_across_pages() {
    let app = TestApp::with_demo_dossiers().await;
    let query = "query($q: DossierQueue, $n: Int!) { dossiers(departmentCode: \"75\", queue: $q, first: $n) \
                 { totalCount nodes { id } pageInfo { hasNextPage } } }";
    let mut totals = Vec::new();
    for who in ["admin.75", "asso.travailleur", "membre.75"] {
        let token = app.demo(who).await;
        for queue in [
            Value::Null,
            json!("TO_COMPLETE"),
            json!("TO_SCHEDULE"),
            json!("ON_AGENDA"),
            json!("AWAITING_DECISION"),
            json!("IN_PROGRESS"),
            json!("CLOSED"),
        ] {
            let body = app
                .gql(Some(&token), query, json!({ "q": queue, "n": 100 }))
                .await;
            let page = &body["data"]["dossiers"];
            let total = page["totalCount"].as_i64().unwrap_or(-1);
            assert_eq!(
                total,
                page["nodes"].as_array().unwrap().len() as i64,
                "{who} {queue} {body}"
            );
            // A small page counts the same.
            let body = app
                .gql(Some(&token), query, json!({ "q": queue, "n": 1 }))
                .await;
            assert_eq!(
                body["data"]["dossiers"]["totalCount"], total,
                "{who} {queue}"
            );
            assert_eq!(
                body["data"]["dossiers"]["pageInfo"]["hasNextPage"],
                total > 1
            );
        }
        let body = app
            .gql(Some(&token), query, json!({ "q": null, "n": 100 }))
            .await;
        totals.push(body["data"]["dossiers"]["totalCount"].as_i64().unwrap());
    }
    // The prefecture sees the 12 dossiers of Paris; the member only those on an agenda.
    assert_eq!(totals[0], 12);
    assert!(
        totals[2] < totals[1] && totals[1] <= totals[0],
        "{totals:?}"
    );
}

#[tokio::test]
async fn a_run_of_draft_edits_is_one_timeline_entry_and_missing_fields_are_named_in_french() {
    let app = TestApp::with_demo().await;
    let worker = app.demo("asso.travailleur").await;
    let admin = app.demo("asso.admin").await;
    let empty = json!({ "i": { "departmentCode": CODE } });
    let (id, mut version) = v(&ok(&app, &worker, CREATE, empty).await);
    let update = "mutation($i: UpdateDossierInput!) { updateDossier(input: $i) { version } }";
    let kinds = |dossier: &Value| -> Vec<String> {
        dossier["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap().to_owned())
            .collect()
    };
    // Autosave: three edits by the worker, then one by a colleague.
    for (token, avis) in [
        (&worker, "a"),
        (&worker, "ab"),
        (&worker, "abc"),
        (&admin, "abcd"),
    ] {
        let input = json!({ "i": { "departmentCode": CODE, "id": id, "version": version, "content": { "associationAvis": avis } } });
        version = ok(&app, token, update, input).await["version"]
            .as_i64()
            .unwrap();
    }
    let dossier = ok(&app, &worker, DOSSIER, json!({ "c": CODE, "id": id })).await;
    assert_eq!(kinds(&dossier), vec!["CREATED", "UPDATED", "UPDATED"]);

    let body = app
        .gql(
            Some(&worker),
            SUBMIT,
            json!({ "i": { "departmentCode": CODE, "id": id, "version": version } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    let error = &body["errors"][0];
    assert_eq!(error["extensions"]["field"], "sex");
    assert_eq!(
        error["message"],
        "dossier incomplet : sexe, tranche d'âge, groupe de nationalité, engagements de la personne, \
         identité, actions du projet d'insertion"
    );
}

/// The age band comes from the birth date: filled in when absent, refused when it contradicts it.
#[tokio::test]
async fn the_age_band_follows_the_birth_date() {
    use chrono::Datelike;
    let app = TestApp::with_demo().await;
    let asso = app.demo("asso.travailleur").await;
    // 29 or 30 years old whatever today's date: 25_34.
    let birth = NaiveDate::from_ymd_opt(Utc::now().year() - 30, 1, 1).unwrap();
    let with = |band: Option<&str>| {
        let mut d = new_dossier();
        d["i"]["identity"]["birthDate"] = json!(birth.to_string());
        match band {
            Some(b) => d["i"]["content"]["ageBand"] = json!(b),
            None => {
                d["i"]["content"].as_object_mut().unwrap().remove("ageBand");
            }
        }
        d
    };
    let count = || async {
        ok(
            &app,
            &asso,
            "{ dossiers(departmentCode: \"75\") { totalCount } }",
            json!({}),
        )
        .await["totalCount"]
            .as_i64()
            .unwrap()
    };
    let before = count().await;
    let refused = app.gql(Some(&asso), CREATE, with(Some("45_54"))).await;
    assert_eq!(error_code(&refused), Some("BAD_USER_INPUT"), "{refused}");
    assert_eq!(
        refused["errors"][0]["extensions"]["field"], "ageBand",
        "{refused}"
    );
    assert_eq!(count().await, before, "nothing written");

    let read =
        "query($c: String!, $id: UUID!) { dossier(departmentCode: $c, id: $id) { ageBand } }";
    for band in [None, Some("25_34")] {
        let (id, _) = v(&ok(&app, &asso, CREATE, with(band)).await);
        let d = ok(&app, &asso, read, json!({ "c": CODE, "id": id })).await;
        assert_eq!(d["ageBand"], "25_34", "{band:?}");
    }
}
