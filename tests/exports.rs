//! The ministry's exports: prepared in the background, downloadable by their requester only,
//! every download audited; XLSX and ODS that LibreOffice reads back as the CSV's figures; and
//! the open-data CSV.

use axum::body::Body;
use axum::http::Request;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_tests::{TestApp, error_code};
use chrono::{Datelike, Utc};
use serde_json::{Value, json};
use tower::ServiceExt;

const REQUEST: &str = "mutation($f: ExportFormat!, $y: Int!) { requestExport(format: $f, year: $y) { id status periodStart periodEnd } }";
const FILE: &str =
    "query($id: UUID!) { exportFile(id: $id) { filename contentType contentBase64 } }";

async fn export(app: &TestApp, token: &str, format: &str) -> Vec<u8> {
    let body = app
        .gql(
            Some(token),
            REQUEST,
            json!({ "f": format, "y": Utc::now().year() }),
        )
        .await;
    let id = body["data"]["requestExport"]["id"].clone();
    assert_eq!(body["data"]["requestExport"]["status"], "PENDING", "{body}");
    let year = Utc::now().year();
    assert_eq!(
        body["data"]["requestExport"]["periodStart"],
        format!("{year}-01-01")
    );
    assert_eq!(
        body["data"]["requestExport"]["periodEnd"],
        format!("{year}-12-31")
    );
    // Prepared in the background: wait for it (bounded).
    for _ in 0..200 {
        let list = app
            .gql(Some(token), "{ exports { id status } }", json!({}))
            .await;
        let status = list["data"]["exports"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap()["status"]
            .clone();
        if status == "READY" {
            let file = app.gql(Some(token), FILE, json!({ "id": id })).await;
            return STANDARD
                .decode(
                    file["data"]["exportFile"]["contentBase64"]
                        .as_str()
                        .unwrap(),
                )
                .unwrap();
        }
        assert_ne!(status, "FAILED");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("export not ready in 10 s");
}

/// Rows of a CSV (`sep`-separated, RFC 4180 quotes), BOM stripped.
fn parse_csv(bytes: &[u8], sep: char) -> Vec<Vec<String>> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (c, false) if c == sep => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// LibreOffice's CSV of the first sheet of a spreadsheet file.
fn libreoffice_csv(bytes: &[u8], extension: &str) -> Vec<Vec<String>> {
    let dir = std::env::temp_dir().join(format!("cdlp-export-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join(format!("export.{extension}"));
    std::fs::write(&input, bytes).unwrap();
    let status = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        .args([
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,1",
        ])
        .arg("--outdir")
        .arg(&dir)
        .arg(&input)
        .output()
        .expect("soffice runs: apt-get install libreoffice-calc (tests/run does it)");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let csv = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "csv"))
        .unwrap();
    let rows = parse_csv(&std::fs::read(csv).unwrap(), ';');
    let _ = std::fs::remove_dir_all(&dir);
    rows
}

#[tokio::test]
async fn exports_are_ready_in_the_background_and_libreoffice_reads_the_same_figures() {
    let app = TestApp::with_demo_dossiers().await;
    let analyst = app.demo("analyste").await;
    let csv = parse_csv(&export(&app, &analyst, "CSV").await, ';');
    assert_eq!(csv.len(), 103, "header, France, 101 départements");
    assert_eq!(
        &csv[1][..3],
        &[
            "FR".to_owned(),
            "France entière".to_owned(),
            "33".to_owned()
        ]
    );
    let paris = csv.iter().find(|r| r[0] == "75").unwrap();
    assert_eq!(paris[2], "11");
    assert!(paris.contains(&"< 5".to_owned()), "{paris:?}");
    for (format, extension) in [("XLSX", "xlsx"), ("ODS", "ods")] {
        let bytes = export(&app, &analyst, format).await;
        assert_eq!(libreoffice_csv(&bytes, extension), csv, "{format}");
    }
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'export.downloaded'")
            .await,
        3
    );
}

#[tokio::test]
async fn exports_belong_to_the_ministry_and_to_their_requester() {
    let app = TestApp::with_demo().await;
    let admin = app.demo("admin.75").await;
    let body = app
        .gql(Some(&admin), REQUEST, json!({ "f": "CSV", "y": 2026 }))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"));
    let analyst = app.demo("analyste").await;
    export(&app, &analyst, "CSV").await;
    let id: String = {
        let mut db = app.admin().await;
        sqlx::query_scalar("select id::text from exports limit 1")
            .fetch_one(&mut db)
            .await
            .unwrap()
    };
    // Another analyst does not see it.
    let mut db = app.admin().await;
    sqlx::raw_sql(
        "insert into users (id, email, display_name, password_hash) select gen_random_uuid(), 'autre@social.gouv.fr', 'Autre', password_hash \
         from users where email = 'analyste@demo.cdlp.fr'; \
         insert into memberships (user_id, role) select id, 'MINISTRY_ANALYST' from users where email = 'autre@social.gouv.fr';",
    )
    .execute(&mut db)
    .await
    .unwrap();
    let other = app
        .login("autre@social.gouv.fr", cdlp_tests::DEMO_PASSWORD)
        .await;
    let body = app.gql(Some(&other), FILE, json!({ "id": id })).await;
    assert_eq!(error_code(&body), Some("NOT_FOUND"));
    assert_eq!(
        app.gql(Some(&other), "{ exports { id } }", json!({})).await["data"]["exports"],
        json!([])
    );
}

#[tokio::test]
async fn the_open_data_csv_lists_protected_national_figures_and_describes_its_columns() {
    let app = TestApp::with_demo_dossiers().await;
    let get = |path: &'static str| {
        let router = app.router.clone();
        async move {
            let response = router
                .oneshot(Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            axum::body::to_bytes(response.into_body(), 1 << 20)
                .await
                .unwrap()
                .to_vec()
        }
    };
    let rows = parse_csv(&get("/opendata/indicateurs-nationaux.csv").await, ';');
    assert_eq!(rows[0][0], "annee");
    assert_eq!(rows[0][1], "first_request");
    let this_year = rows
        .iter()
        .find(|r| r[0] == Utc::now().year().to_string())
        .unwrap();
    assert_eq!(this_year[1], "33");
    assert!(
        rows.iter().all(|r| r
            .iter()
            .all(|c| c.parse::<i64>().map_or(true, |n| n == 0 || n >= 5))),
        "no small figure"
    );
    let columns = parse_csv(
        &get("/opendata/indicateurs-nationaux-colonnes.csv").await,
        ';',
    );
    assert_eq!(
        columns.len(),
        rows[0].len() + 1,
        "one line per column, plus the header"
    );
    // Avis are events (a person may have several); parcours started are people.
    let described = |key: &str| {
        columns
            .iter()
            .find(|r| r[0] == key)
            .map(|r| r[1].clone())
            .unwrap()
    };
    assert!(!described("avis_favourable").contains("personnes"));
    assert!(described("avis_favourable").contains("événements"));
    assert!(described("parcours_started").contains("personnes"));
    let _ = Value::Null;
}
