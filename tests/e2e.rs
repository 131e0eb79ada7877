//! The end-to-end journey in headless Debian Chromium (playwright-core, frontend/e2e/): the
//! built web application served by the real router over a loopback port, on a database
//! holding the demo data and dossiers. The script checks axe-core and keyboard access on
//! every page it visits and saves screenshots under frontend/e2e/screenshots/.

use cdlp_tests::TestApp;
use std::path::Path;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_journey_from_onboarding_to_the_ministry_dashboard() {
    let frontend = Path::new(env!("CARGO_MANIFEST_DIR")).join("../frontend");
    let web = frontend.join("dist");
    assert!(
        web.join("index.html").is_file(),
        "build the web application first: `npm ci && npm run build` in frontend/ (tests/run does it)"
    );
    assert!(
        frontend.join("node_modules/playwright-core").is_dir(),
        "run `npm ci` in frontend/ first (tests/run does it)"
    );
    build_sizes(&web);
    let app = TestApp::with_demo_dossiers().await;
    let router = cdlp_server::router(app.services.clone(), Some(&web));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(axum::serve(listener, router).into_future());
    // E-mails go to a real SMTP server; the journey reads its invitations there.
    let sink = cdlp_tests::smtp::SmtpSink::start().await;
    let mailer = sink.mailer();
    let services = app.services.clone();
    let delivery = tokio::spawn(async move {
        loop {
            let _ = services
                .deliver_due(&mailer, cdlp_api::services::DeliveryLimits::default())
                .await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        }
    });
    // Optionally, another build of the application (CDLP_E2E_BASELINE_DIR, e.g. the build
    // before a change) on a second port, same API and data: the journey's speed step then
    // measures both in turns, so that a busy machine weighs on both alike.
    let baseline = match std::env::var("CDLP_E2E_BASELINE_DIR") {
        Ok(dir) => {
            let router = cdlp_server::router(app.services.clone(), Some(Path::new(&dir)));
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let address = listener.local_addr().unwrap();
            let server = tokio::spawn(axum::serve(listener, router).into_future());
            Some((format!("http://{address}"), server))
        }
        Err(_) => None,
    };

    let mut command = tokio::process::Command::new("node");
    command
        .arg("e2e/journey.mjs")
        .current_dir(&frontend)
        .env("CDLP_E2E_URL", format!("http://{address}"))
        .env("CDLP_E2E_DATABASE_URL", app.admin_url())
        .env("CDLP_E2E_MAILDIR", sink.dir.join("received"));
    if let Some((url, _)) = &baseline {
        command.env("CDLP_E2E_BASELINE_URL", url);
    }
    let output = command.output().await.expect("node runs");
    server.abort();
    delivery.abort();
    if let Some((_, server)) = baseline {
        server.abort();
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the journey failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    println!("{stdout}");
}

/// The build as it goes out: no source map, every script and stylesheet precompressed (brotli
/// and gzip), the entry script (what the sign-in page runs besides the shared libraries) under
/// 250 kB. Prints the sizes.
fn build_sizes(web: &Path) {
    let index = std::fs::read_to_string(web.join("index.html")).unwrap();
    let entry = index
        .split('"')
        .find(|s| s.starts_with("/assets/index-") && s.ends_with(".js"))
        .expect("index.html loads /assets/index-….js")
        .trim_start_matches('/')
        .to_owned();
    let mut rows = Vec::new();
    for e in std::fs::read_dir(web.join("assets")).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(!name.ends_with(".map"), "source map in the build: {name}");
        if !(name.ends_with(".js") || name.ends_with(".css")) {
            continue;
        }
        let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).ok();
        let raw = size(&path).unwrap();
        let br = size(&path.with_file_name(format!("{name}.br")));
        let gz = size(&path.with_file_name(format!("{name}.gz")));
        if raw >= 1024 {
            assert!(br.is_some() && gz.is_some(), "{name} is not precompressed");
        }
        rows.push((raw, name, gz, br));
    }
    rows.sort();
    rows.reverse();
    println!("Build (frontend/dist/assets): raw / gzip / brotli");
    let kb = |n: Option<u64>| n.map_or("-".into(), |n| format!("{:.1} kB", n as f64 / 1000.0));
    for (raw, name, gz, br) in &rows {
        println!(
            "  {name:<40} {:>10} {:>10} {:>10}",
            kb(Some(*raw)),
            kb(*gz),
            kb(*br)
        );
    }
    let entry_size = std::fs::metadata(web.join(&entry)).unwrap().len();
    println!(
        "Entry script {entry}: {:.1} kB raw",
        entry_size as f64 / 1000.0
    );
    assert!(
        entry_size < 250_000,
        "the entry script {entry} is {entry_size} bytes (limit 250 kB): split it"
    );
    // What the sign-in page loads before running: the entry and its modulepreloads (the
    // libraries' chunks); each space's chunk comes only when the space is opened.
    let mut initial: Vec<&str> = index
        .split('"')
        .filter(|s| s.starts_with("/assets/") && s.ends_with(".js"))
        .collect();
    initial.sort_unstable();
    initial.dedup();
    let total = |suffix: &str| -> f64 {
        let bytes: u64 = initial
            .iter()
            .map(|s| {
                let path = web.join(format!("{}{suffix}", s.trim_start_matches('/')));
                std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
            })
            .sum();
        bytes as f64 / 1000.0
    };
    println!(
        "Initial scripts of the sign-in page ({} files): {:.1} kB raw, {:.1} kB gzip, {:.1} kB brotli",
        initial.len(),
        total(""),
        total(".gz"),
        total(".br")
    );
}
