//! National indicators: figures checked against hand-computed values, statistical secrecy,
//! and the ministry's lack of any access to dossiers.

use cdlp_tests::{TestApp, error_code};
use chrono::{Datelike, Utc};
use serde_json::{Value, json};

const CREATE: &str =
    "mutation($i: CreateDossierInput!) { createDossier(input: $i) { id version } }";
const SUBMIT: &str = "mutation($i: DossierVersionInput!) { submitDossier(input: $i) { id } }";
const REPORT: &str = "query($y: Int!) { nationalReport(year: $y) { indicators { key national { value label hidden reason } \
    departments { departmentCode figure { value label reason } } regions { regionCode figure { value label reason } } \
    breakdowns { dimension categories national { value label } } } context { departmentCode sessionsHeld associationsInForce } } }";

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

/// Files and submits `n` complete first requests in a département (one person each).
async fn submit_requests(app: &TestApp, token: &str, code: &str, n: usize, consent: bool) {
    for i in 0..n {
        let input = json!({ "i": { "departmentCode": code,
            "content": { "sex": if i % 2 == 0 { "F" } else { "M" }, "ageBand": "25_34", "nationalityGroup": "NON_EU",
                "statisticsConsent": consent, "commitments": "c", "associationAvis": "a" },
            "identity": { "firstName": "P", "lastName": format!("N{i}") },
            "actions": [{ "domain": "SOCIAL", "description": "d" }] } });
        let d = ok(app, token, CREATE, input).await;
        ok(
            app,
            token,
            SUBMIT,
            json!({ "i": { "departmentCode": code, "id": d["id"], "version": d["version"] } }),
        )
        .await;
    }
}

fn indicator<'a>(report: &'a Value, key: &str) -> &'a Value {
    report["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == key)
        .unwrap()
}

fn department<'a>(ind: &'a Value, code: &str) -> &'a Value {
    &ind["departments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["departmentCode"] == code)
        .unwrap()["figure"]
}

#[tokio::test]
async fn indicators_match_hand_computed_values_with_small_cells_and_secondary_suppression() {
    let app = TestApp::with_demo().await;
    let asso = app.demo("asso.travailleur").await;
    // 75: 6 requests, 13: 7, 69: 2; and 3 people in 75 who refused statistical use.
    submit_requests(&app, &asso, "75", 6, true).await;
    submit_requests(&app, &asso, "13", 7, true).await;
    submit_requests(&app, &asso, "69", 2, true).await;
    submit_requests(&app, &asso, "75", 3, false).await;

    let analyst = app.demo("analyste").await;
    let report = ok(&app, &analyst, REPORT, json!({ "y": Utc::now().year() })).await;
    let first = indicator(&report, "FIRST_REQUEST");
    assert_eq!(
        first["national"],
        json!({ "value": 15, "label": "15", "hidden": false, "reason": null })
    );
    assert_eq!(
        department(first, "13"),
        &json!({ "value": 7, "label": "7", "reason": null })
    );
    // 69 has 2: hidden as small. Then 75 (6) would be national − 13 − 69… so it is hidden too.
    assert_eq!(
        department(first, "69"),
        &json!({ "value": null, "label": "< 5", "reason": "SMALL" })
    );
    assert_eq!(department(first, "75")["reason"], "SECONDARY");
    assert_eq!(department(first, "75")["value"], Value::Null);
    assert_eq!(
        department(first, "01"),
        &json!({ "value": 0, "label": "0", "reason": null })
    );
    // Regions: Île-de-France holds a single hidden département: hidden too. PACA: 7 shown.
    let region = |code: &str| {
        first["regions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["regionCode"] == code)
            .unwrap()["figure"]
            .clone()
    };
    assert_eq!(region("11")["value"], Value::Null);
    assert_eq!(region("93")["value"], 7);
    assert_eq!(region("84")["label"], "< 5");
    // Breakdown by sex: F 3+4+1 = 8, M 3+3+1 = 7, nationally.
    let by_sex = first["breakdowns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["dimension"] == "sex")
        .unwrap();
    assert_eq!(by_sex["categories"], json!(["F", "M", "X", "UNKNOWN"]));
    assert_eq!(
        by_sex["national"],
        json!([{ "value": 8, "label": "8" }, { "value": 7, "label": "7" }, { "value": 0, "label": "0" }, { "value": 0, "label": "0" }])
    );
    // Nothing else happened: no decision, no parcours.
    assert_eq!(
        indicator(&report, "DECISION_AUTHORISED")["national"]["value"],
        0
    );
    assert_eq!(indicator(&report, "IN_PROGRESS")["national"]["value"], 0);
    // Context: the three demo commissions' association holds an agrément there.
    let ctx = report["context"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["departmentCode"] == "75")
        .unwrap();
    assert_eq!(ctx["associationsInForce"], 1);

    // The prefecture of 75 sees its own figures exactly.
    let admin75 = app.demo("admin.75").await;
    let own = ok(&app, &admin75, "query($y: Int!) { departmentReport(departmentCode: \"75\", year: $y) { indicators { key national { value } } } }",
        json!({ "y": Utc::now().year() })).await;
    assert_eq!(indicator(&own, "FIRST_REQUEST")["national"]["value"], 6);
}

#[tokio::test]
async fn the_demo_workflow_counts_as_computed_by_hand() {
    let app = TestApp::with_demo_dossiers().await;
    let analyst = app.demo("analyste").await;
    let report = ok(&app, &analyst, REPORT, json!({ "y": Utc::now().year() })).await;
    // Per demo département: 11 first requests, 1 renewal request, 6 favourable and 2
    // unfavourable avis, 5 authorisations, 2 refusals, 5 parcours started, 1 completed,
    // 1 not renewed, 1 stopped: 2 in progress.
    for (key, per_department, national) in [
        ("FIRST_REQUEST", json!(11), 33),
        ("AVIS_FAVOURABLE", json!(6), 18),
        ("DECISION_AUTHORISED", json!(5), 15),
        ("PARCOURS_STARTED", json!(5), 15),
        ("AVIS_UNFAVOURABLE", Value::Null, 6),
        ("DECISION_REFUSED", Value::Null, 6),
        ("IN_PROGRESS", Value::Null, 6),
    ] {
        let ind = indicator(&report, key);
        for code in ["75", "13", "69"] {
            assert_eq!(
                department(ind, code)["value"],
                per_department,
                "{key} {code}"
            );
        }
        assert_eq!(ind["national"]["value"], national, "{key}");
    }
    for key in [
        "RENEWAL_REQUEST",
        "PARCOURS_COMPLETED",
        "PARCOURS_NOT_RENEWED",
        "PARCOURS_STOPPED",
    ] {
        assert_eq!(
            indicator(&report, key)["national"]["label"],
            "< 5",
            "{key}: 3 nationally"
        );
    }
    let ctx = report["context"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["departmentCode"] == "13")
        .unwrap();
    assert_eq!(ctx["sessionsHeld"], 1);
}

#[tokio::test]
async fn the_ministry_reaches_no_dossier_by_any_query_nor_in_postgresql() {
    let app = TestApp::with_demo_dossiers().await;
    let analyst = app.demo("analyste").await;
    for query in [
        "{ dossiers(departmentCode: \"75\") { nodes { id } } }",
        "{ sessions(departmentCode: \"75\") { id } }",
        "{ commission(departmentCode: \"75\") { id } }",
        "{ departmentUsers(departmentCode: \"75\") { userId } }",
        "{ transfers(departmentCode: \"75\") { id } }",
        "{ agrements(departmentCode: \"75\") { id } }",
    ] {
        let body = app.gql(Some(&analyst), query, json!({})).await;
        assert_eq!(error_code(&body), Some("FORBIDDEN"), "{query}: {body}");
    }
    // Straight in PostgreSQL, in the ministry's context (with or without a département).
    let mut conn = app.app_conn().await;
    for department in ["", "75"] {
        sqlx::query("select set_config('cdlp.role', 'MINISTRY_ANALYST', false), set_config('cdlp.department', $1, false)")
            .bind(department)
            .execute(&mut conn)
            .await
            .unwrap();
        for table in [
            "dossiers",
            "dossier_identities",
            "dossier_events",
            "decisions",
            "periods",
            "avis",
            "dossier_actions",
            "stats_counters",
        ] {
            let n: i64 =
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!("select count(*) from {table}")))
                    .fetch_one(&mut conn)
                    .await
                    .unwrap();
            assert_eq!(n, 0, "{table} under the ministry's context");
        }
    }
    // The aggregate functions are refused to anyone else.
    sqlx::query("select set_config('cdlp.role', 'PREFECTURE_ADMIN', false), set_config('cdlp.department', '75', false)")
        .execute(&mut conn)
        .await
        .unwrap();
    let refused = sqlx::query("select * from ministry_counters('Y', '2026-01-01', '2026-01-01')")
        .fetch_all(&mut conn)
        .await;
    assert!(refused.is_err());
}

#[tokio::test]
async fn declared_indicators_keep_their_history_and_reach_the_national_report() {
    let app = TestApp::with_demo().await;
    let admin = app.demo("admin.75").await;
    let year = Utc::now().year();
    let declare = "mutation($i: DeclareIndicatorsInput!) { declareIndicators(input: $i) { indicator value declaredBy } }";
    ok(&app, &admin, declare, json!({ "i": { "departmentCode": "75", "year": year, "values": [{ "indicator": "CLIENTS_FINED", "value": 600 }] } })).await;
    let history = ok(&app, &admin, declare, json!({ "i": { "departmentCode": "75", "year": year, "values": [{ "indicator": "CLIENTS_FINED", "value": 640 }], "note": "Correction" } })).await;
    assert_eq!(history.as_array().unwrap().len(), 2, "both entries kept");
    let bad = app.gql(Some(&admin), declare, json!({ "i": { "departmentCode": "75", "year": year, "values": [{ "indicator": "X", "value": 1 }] } })).await;
    assert_eq!(error_code(&bad), Some("BAD_USER_INPUT"));
    let analyst = app.demo("analyste").await;
    let report = ok(&app, &analyst, "query($y: Int!) { nationalReport(year: $y) { declared { departmentCode indicator value } } }", json!({ "y": year })).await;
    assert_eq!(
        report["declared"],
        json!([{ "departmentCode": "75", "indicator": "CLIENTS_FINED", "value": 640 }])
    );
    let agent13 = app.demo("agent.13").await;
    let forbidden = app.gql(Some(&agent13), declare, json!({ "i": { "departmentCode": "75", "year": year, "values": [{ "indicator": "CLIENTS_FINED", "value": 1 }] } })).await;
    assert_eq!(error_code(&forbidden), Some("FORBIDDEN"));
}

#[tokio::test]
async fn parcours_in_progress_carry_over_from_one_year_to_the_next() {
    let app = TestApp::with_demo().await;
    let mut admin = app.admin().await;
    // Six parcours start in Paris in May 2024; two complete in February 2025, one is
    // stopped in November 2025. Delays are counted overall only.
    let bumps = [
        ("2024-05-10", "PARCOURS_STARTED", 6, -1),
        ("2025-02-03", "PARCOURS_COMPLETED", 2, -1),
        ("2025-11-20", "PARCOURS_STOPPED", 1, -1),
        ("2024-05-10", "DECISION_DELAY", 3, 42),
    ];
    for (day, metric, times, bucket) in bumps {
        for _ in 0..times {
            sqlx::query("select stats_bump('75', $1::date, $2, 'F', '25_34', 'NON_EU', $3)")
                .bind(day)
                .bind(metric)
                .bind(bucket)
                .execute(&mut admin)
                .await
                .unwrap();
        }
    }
    let per_dim: Vec<(String,)> =
        sqlx::query_as("select distinct dim from stats_counters where metric = 'DECISION_DELAY'")
            .fetch_all(&mut admin)
            .await
            .unwrap();
    assert_eq!(per_dim, vec![(String::new(),)]);

    let prefecture = app.demo("admin.75").await;
    let own = "query($y: Int!, $m: Int) { departmentReport(departmentCode: \"75\", year: $y, month: $m) { \
               indicators { key national { value } } } }";
    for (year, month, expected) in [
        (2024, None, 6),
        (2025, Some(1), 6),
        (2025, Some(2), 4),
        (2025, Some(12), 3),
        (2025, None, 3),
        (2026, Some(3), 3),
    ] {
        let report = ok(&app, &prefecture, own, json!({ "y": year, "m": month })).await;
        assert_eq!(
            indicator(&report, "IN_PROGRESS")["national"]["value"],
            expected,
            "{year}-{month:?}"
        );
    }
    // The ministry's path gives the same stock (protected: 4 is a small cell).
    let analyst = app.demo("analyste").await;
    let national = "query($y: Int!, $m: Int) { nationalReport(year: $y, month: $m) { \
                    indicators { key national { value label } } } }";
    for (year, month, value, label) in [
        (2024, None, json!(6), "6"),
        (2025, Some(2), Value::Null, "< 5"),
        (2026, None, Value::Null, "< 5"),
    ] {
        let report = ok(&app, &analyst, national, json!({ "y": year, "m": month })).await;
        let figure = &indicator(&report, "IN_PROGRESS")["national"];
        assert_eq!(figure["value"], value, "{year}-{month:?}");
        assert_eq!(figure["label"], label, "{year}-{month:?}");
    }

    // A series gives, month by month, exactly the monthly report's figure.
    let series = "query($k: String!, $d: String) { indicatorSeries(indicator: $k, from: \"2024-03-15\", \
                  to: \"2025-12-01\", departmentCode: $d) { month figure { value label } } }";
    let cases: Vec<(&str, Option<&str>)> =
        ["IN_PROGRESS", "PARCOURS_STARTED", "PARCOURS_COMPLETED"]
            .into_iter()
            .flat_map(|k| [(k, None), (k, Some("75")), (k, Some("13"))])
            .collect();
    let mut all_series = Vec::new();
    for (key, department) in &cases {
        let points = ok(&app, &analyst, series, json!({ "k": key, "d": department })).await;
        assert_eq!(
            points.as_array().unwrap().len(),
            22,
            "March 2024 to December 2025"
        );
        all_series.push(points);
    }
    for i in 0..22 {
        let (year, month) = (2024 + (i + 2) / 12, (i + 2) % 12 + 1);
        let report = ok(
            &app,
            &analyst,
            REPORT_MONTH,
            json!({ "y": year, "m": month }),
        )
        .await;
        for ((key, department), points) in cases.iter().zip(&all_series) {
            let point = &points[i as usize];
            assert_eq!(point["month"], format!("{year}-{month:02}-01"));
            let expected = match department {
                None => indicator(&report, key)["national"].clone(),
                Some(code) => department_figure(indicator(&report, key), code),
            };
            assert_eq!(
                point["figure"], expected,
                "{key} {department:?} {year}-{month}"
            );
        }
    }
    let in_progress = ok(
        &app,
        &analyst,
        series,
        json!({ "k": "IN_PROGRESS", "d": null }),
    )
    .await;
    assert_eq!(in_progress[1]["figure"]["label"], "0", "April 2024");
    assert_eq!(in_progress[2]["figure"]["label"], "6", "May 2024");
    assert_eq!(in_progress[11]["figure"]["label"], "< 5", "February 2025");
}

#[tokio::test]
async fn breakdowns_and_regions_never_give_back_a_hidden_departement() {
    let app = TestApp::with_demo().await;
    let mut admin = app.admin().await;
    // Paris 6, Bouches-du-Rhône 9, Rhône 2, Nord 8: everyone a woman of 25–34 from outside
    // the EU. Rhône is small; Paris, the smallest shown, is then hidden as secondary.
    for (code, times) in [("75", 6), ("13", 9), ("69", 2), ("59", 8)] {
        for _ in 0..times {
            sqlx::query(
                "select stats_bump($1, '2025-05-10', 'FIRST_REQUEST', 'F', '25_34', 'NON_EU', -1)",
            )
            .bind(code)
            .execute(&mut admin)
            .await
            .unwrap();
        }
    }
    let analyst = app.demo("analyste").await;
    let query = "{ nationalReport(year: 2025) { indicators { key national { value } \
        departments { departmentCode figure { value reason } } regions { regionCode figure { value reason } } \
        breakdowns { dimension categories departments { departmentCode figures { value label } } } } } }";
    let report = ok(&app, &analyst, query, json!({})).await;
    let first = indicator(&report, "FIRST_REQUEST");
    assert_eq!(first["national"]["value"], 25);
    assert_eq!(department(first, "69")["reason"], "SMALL");
    assert_eq!(department(first, "75")["reason"], "SECONDARY");
    // Alone, the sex breakdown would show Paris: F = 6. It must not.
    for breakdown in first["breakdowns"].as_array().unwrap() {
        let paris = breakdown["departments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["departmentCode"] == "75")
            .unwrap();
        let shown: u64 = paris["figures"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| f["value"].as_u64())
            .sum();
        let hidden = paris["figures"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["value"].is_null())
            .count();
        assert!(
            hidden >= 1 && shown < 6,
            "{}: {paris}",
            breakdown["dimension"]
        );
    }
    // Regions: Île-de-France and Auvergne-Rhône-Alpes each hold one hidden département:
    // both hidden; Hauts-de-France (8) and PACA (9) shown.
    let region = |code: &str| {
        first["regions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["regionCode"] == code)
            .unwrap()["figure"]
            .clone()
    };
    assert_eq!(region("11")["value"], Value::Null);
    assert_eq!(region("84")["value"], Value::Null);
    assert_eq!(region("32")["value"], 8);
    assert_eq!(region("93")["value"], 9);
}

#[tokio::test]
async fn a_quarter_sums_its_three_months() {
    let app = TestApp::with_demo().await;
    let mut admin = app.admin().await;
    for (day, metric, times) in [
        ("2025-01-10", "FIRST_REQUEST", 3),
        ("2025-03-31", "FIRST_REQUEST", 4),
        ("2025-04-01", "FIRST_REQUEST", 5),
    ] {
        for _ in 0..times {
            sqlx::query("select stats_bump('75', $1::date, $2, 'F', '25_34', 'NON_EU', -1)")
                .bind(day)
                .bind(metric)
                .execute(&mut admin)
                .await
                .unwrap();
        }
    }
    let analyst = app.demo("analyste").await;
    let prefecture = app.demo("admin.75").await;
    let national = "query($q: Int) { nationalReport(year: 2025, quarter: $q) { indicators { key national { value } } } }";
    let own = "query($q: Int) { departmentReport(departmentCode: \"75\", year: 2025, quarter: $q) { indicators { key national { value } } } }";
    for (quarter, expected) in [(1, 7), (2, 5)] {
        for (token, query) in [(&analyst, national), (&prefecture, own)] {
            let report = ok(&app, token, query, json!({ "q": quarter })).await;
            assert_eq!(
                indicator(&report, "FIRST_REQUEST")["national"]["value"],
                expected,
                "Q{quarter}"
            );
        }
    }
}

const REPORT_MONTH: &str = "query($y: Int!, $m: Int) { nationalReport(year: $y, month: $m) { indicators { key \
    national { value label } departments { departmentCode figure { value label } } } } }";

/// A département's figure in an indicator, as the series gives it.
fn department_figure(indicator: &Value, code: &str) -> Value {
    indicator["departments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["departmentCode"] == code)
        .map(|d| d["figure"].clone())
        .unwrap()
}
