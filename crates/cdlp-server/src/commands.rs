use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use cdlp_api::Settings;
use cdlp_api::auth::{JwtKeys, hash_password, hash_token, new_token};
use cdlp_api::ratelimit::RateLimiter;
use cdlp_api::services::Clock;
use cdlp_db::Db;
use cdlp_db::admin::{self, BootstrapOutcome};
use cdlp_domain::{Email, check_password_policy};

use crate::app::{build_services, init_metrics, router};
use crate::config::{Cli, Command, Config};
use crate::embedded::EmbeddedPg;
use crate::telemetry::Telemetry;

/// Password of every demo account (demo data only).
pub const DEMO_PASSWORD: &str = "demo-cdlp-2026";

pub async fn run(cli: Cli) -> ExitCode {
    let telemetry = Telemetry::init(&cli.config.log);
    let result = match cli.command {
        Command::Serve { demo } => serve(cli.config, demo).await,
        Command::Migrate => migrate(&cli.config).await,
        Command::BootstrapOperator {
            email,
            name,
            invite,
        } => bootstrap(&cli.config, &email, &name, invite).await,
        Command::SeedDemo => seed_demo(&cli.config).await.map(|_| ()),
        Command::PrintSchema => {
            print!("{}", cdlp_api::graphql::sdl());
            Ok(())
        }
        Command::VerifyAudit => verify_audit(&cli.config).await,
    };
    telemetry.shutdown();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cdlp: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn admin_url(config: &Config) -> anyhow::Result<&str> {
    config
        .admin_url()
        .context("set CDLP_ADMIN_DATABASE_URL (or DATABASE_URL) to the database to administer")
}

async fn migrate(config: &Config) -> anyhow::Result<()> {
    admin::migrate(admin_url(config)?)
        .await
        .context("applying migrations")?;
    eprintln!("cdlp: migrations applied");
    Ok(())
}

/// Loads the demo accounts, commissions and agréments (SQL, admin connection), then, when the
/// master key is known, the demo dossiers through the services.
async fn seed_demo(config: &Config) -> anyhow::Result<bool> {
    let hash = hash_password(DEMO_PASSWORD.to_owned())
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
    let loaded = admin::seed_demo(admin_url(config)?, &hash)
        .await
        .context("loading demo data")?;
    eprintln!(
        "cdlp: {}",
        if loaded {
            "demo data loaded"
        } else {
            "demo data already present"
        }
    );
    if loaded {
        match master_key(config, false) {
            Ok(key) => {
                // Seeding writes across départements: it runs on the admin connection.
                let db = Db::connect(admin_url(config)?, 2).await?;
                let services = services_for(config, db, key, jwt_secret(config, true)?)?;
                let n = crate::demo::seed_dossiers(&services)
                    .await
                    .context("loading demo dossiers")?;
                eprintln!("cdlp: {n} demo dossiers loaded");
            }
            Err(_) => eprintln!("cdlp: CDLP_MASTER_KEY is not set: demo dossiers skipped"),
        }
    }
    Ok(loaded)
}

fn master_key(config: &Config, demo: bool) -> anyhow::Result<cdlp_vault::MasterKey> {
    if let Some(key) = &config.master_key {
        return cdlp_vault::MasterKey::from_base64(key)
            .map_err(|_| anyhow::anyhow!("CDLP_MASTER_KEY must be 32 bytes in base64"));
    }
    if demo {
        // The demo keeps its own key next to its cluster.
        let path = config.demo_dir.join("master.key");
        if let Ok(text) = std::fs::read_to_string(&path) {
            return cdlp_vault::MasterKey::from_base64(text.trim())
                .map_err(|_| anyhow::anyhow!("{} is not a key", path.display()));
        }
        std::fs::create_dir_all(&config.demo_dir)?;
        let key = cdlp_vault::MasterKey::generate();
        std::fs::write(&path, key.to_base64())?;
        return Ok(key);
    }
    bail!("set CDLP_MASTER_KEY (32 bytes, base64): it encrypts identities")
}

fn services_for(
    config: &Config,
    db: Db,
    key: cdlp_vault::MasterKey,
    secret: Vec<u8>,
) -> anyhow::Result<cdlp_api::Services> {
    let jwt = JwtKeys::from_secret(&secret, chrono::Duration::minutes(config.token_ttl_minutes))?;
    let settings = Settings {
        public_url: config.public_url(),
        invitation_ttl: chrono::Duration::hours(config.invitation_ttl_hours),
        graphiql: config.graphiql,
        trusted_proxies: config.trusted_proxies.clone(),
    };
    Ok(build_services(
        db,
        jwt,
        RateLimiter::memory(),
        settings,
        key,
        config.storage()?,
        Clock::System,
    ))
}

async fn verify_audit(config: &Config) -> anyhow::Result<()> {
    let mut conn = sqlx_connect(admin_url(config)?).await?;
    let breaks = cdlp_db::audit::verify_chains(&mut conn).await?;
    if breaks.is_empty() {
        println!("audit log: every chain holds");
        Ok(())
    } else {
        for b in &breaks {
            println!("broken link: chain {} at entry {}", b.chain, b.seq);
        }
        bail!("{} broken link(s) in the audit log", breaks.len())
    }
}

async fn sqlx_connect(url: &str) -> anyhow::Result<cdlp_db::PgConnection> {
    use sqlx::Connection;
    Ok(cdlp_db::PgConnection::connect(url).await?)
}

async fn bootstrap(config: &Config, email: &str, name: &str, invite: bool) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("{e}"))?;
    let url = admin_url(config)?;
    if invite {
        let token = new_token();
        let expires = chrono::Utc::now() + chrono::Duration::hours(config.invitation_ttl_hours);
        admin::bootstrap_operator_invitation(url, &email, &hash_token(&token), expires).await?;
        println!(
            "{}/invitation/{token}",
            config.public_url().trim_end_matches('/')
        );
        return Ok(());
    }
    let mut password = String::new();
    std::io::stdin().read_to_string(&mut password)?;
    let password = password.trim_end_matches(['\n', '\r']).to_owned();
    check_password_policy(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let hash = hash_password(password)
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
    match admin::bootstrap_operator(url, &email, name, &hash).await? {
        BootstrapOutcome::Created(id) => eprintln!("cdlp: platform operator created ({id})"),
        BootstrapOutcome::AlreadyExists => bail!("an account with this address already exists"),
    }
    Ok(())
}

fn jwt_secret(config: &Config, demo: bool) -> anyhow::Result<Vec<u8>> {
    if let Some(secret) = &config.jwt_secret {
        return Ok(secret.as_bytes().to_vec());
    }
    if let Some(path) = &config.jwt_key_file {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        return Ok(bytes.trim_ascii().to_vec());
    }
    if demo {
        // The demo keeps its own secret, so sessions survive a restart.
        let path = config.demo_dir.join("jwt.secret");
        if let Ok(bytes) = std::fs::read(&path) {
            return Ok(bytes.trim_ascii().to_vec());
        }
        std::fs::create_dir_all(&config.demo_dir)?;
        let secret = new_token();
        std::fs::write(&path, &secret)?;
        return Ok(secret.into_bytes());
    }
    bail!("set CDLP_JWT_SECRET (32 bytes at least) or CDLP_JWT_KEY_FILE")
}

async fn serve(mut config: Config, demo: bool) -> anyhow::Result<()> {
    // The letters and minutes need their fonts: say so now, not at the first decision.
    cdlp_docs::Fonts::global().context("loading the fonts of the letters and minutes")?;
    // Demo without a database: a private cluster, stopped again (data kept) when we stop.
    let embedded = if demo && config.database_url.is_none() {
        let pg = EmbeddedPg::start(&config.demo_dir, config.demo_pg_port)?;
        admin::create_database_if_missing(&pg.admin_url()).await?;
        config.admin_database_url = Some(pg.admin_url());
        config.database_url = Some(pg.app_url());
        Some(pg)
    } else {
        None
    };
    let database_url = config
        .database_url
        .clone()
        .context("set DATABASE_URL (or run `cdlp serve --demo`)")?;
    if demo {
        if config.master_key.is_none() {
            config.master_key = Some(master_key(&config, true)?.to_base64());
        }
        if config.storage_dir == std::path::Path::new("data/documents") {
            config.storage_dir = config.demo_dir.join("documents");
        }
        // The demo is for exploring: GraphiQL on.
        config.graphiql = true;
    }
    migrate(&config).await?;
    if demo {
        seed_demo(&config).await?;
    }
    let secret = jwt_secret(&config, demo)?;
    let db = Db::connect(&database_url, config.db_max_connections)
        .await
        .context("connecting to DATABASE_URL")?;
    match admin::check_service_role(db.pool()).await? {
        Ok(_) => {}
        Err(problem) => bail!("refusing to start: {problem}; DATABASE_URL must log in as cdlp_app"),
    }
    let mut services = services_for(&config, db, master_key(&config, false)?, secret)?;
    if let Some(url) = &config.redis_url {
        // Without Redis the limits are per instance, not absent: start anyway.
        match RateLimiter::redis(url).await {
            Ok(limiter) => services.limiter = limiter,
            Err(e) => tracing::warn!(
                error = %e,
                "REDIS_URL unreachable: rate limits are kept in this instance's memory"
            ),
        }
    }
    init_metrics();
    let jobs = tokio::spawn(run_jobs_forever(
        services.clone(),
        config.job_interval_seconds,
    ));
    let mail = match config.mailer(demo)? {
        Some(mailer) => {
            if demo && config.smtp_url.is_none() {
                tracing::info!(dir = %config.demo_mailbox().display(), "e-mails go to the demo mailbox");
            }
            let mut limits = config.delivery_limits();
            if demo && config.smtp_url.is_none() {
                // A folder, not a relay: no need to pace.
                limits.pace = std::time::Duration::ZERO;
                limits.batch = 1000;
            }
            Some(tokio::spawn(crate::mail::run_mail_forever(
                services.clone(),
                mailer,
                limits,
                std::time::Duration::from_secs(config.mail_poll_seconds),
            )))
        }
        None => {
            tracing::warn!(
                "CDLP_SMTP_URL is not set: e-mails (invitations, convocations, notices) stay queued in the outbox until it is"
            );
            None
        }
    };
    if demo {
        build_web_app_if_stale(&config.web_dir);
    }
    let web_app = config
        .web_dir
        .join("index.html")
        .is_file()
        .then_some(&config.web_dir);
    if web_app.is_none() {
        tracing::warn!(dir = %config.web_dir.display(), "no web application built: API only");
    }
    if let Some(address) = config.metrics_listen {
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .with_context(|| format!("listening on CDLP_METRICS_LISTEN {address}"))?;
        tracing::info!(%address, "metrics listening");
        tokio::spawn(axum::serve(listener, crate::app::metrics_router()).into_future());
    }
    let mut app = router(services, web_app.map(|d| d.as_path()));
    if demo && config.smtp_url.is_none() {
        app = crate::mail::demo_mailbox_router(config.demo_mailbox()).merge(app);
    }
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("listening on {}", config.listen))?;
    let address = listener.local_addr()?;
    tracing::info!(%address, "cdlp listening");
    if demo {
        print_demo_banner(&format!("http://{address}"));
    }
    // The peer's address feeds the per-address limits (CDLP_TRUSTED_PROXIES for a proxy).
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    jobs.abort();
    if let Some(mail) = mail {
        mail.abort();
    }
    tracing::info!("cdlp stopped");
    drop(embedded);
    Ok(())
}

/// The demo builds the web application (npm) when its sources are newer than the build, so
/// that the quick start needs no separate front-end step. Failing that, it serves the API.
fn build_web_app_if_stale(web_dir: &Path) {
    let Some(project) = web_dir
        .parent()
        .filter(|p| p.join("package.json").is_file())
    else {
        return;
    };
    let built = modified(&web_dir.join("index.html"));
    let sources = [
        "src",
        "public",
        "index.html",
        "package.json",
        "package-lock.json",
        "vite.config.ts",
    ]
    .iter()
    .filter_map(|name| newest(&project.join(name)))
    .max();
    if built.is_some() && built >= sources {
        return;
    }
    println!("Construction de l'application web (npm, une à deux minutes la première fois)…");
    let npm = |args: &[&str]| {
        std::process::Command::new("npm")
            .args(args)
            .current_dir(project)
            .status()
            .is_ok_and(|s| s.success())
    };
    let installed = project.join("node_modules").is_dir()
        || npm(&["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
    if !(installed && npm(&["run", "build"])) {
        tracing::warn!("building the web application failed (is Node.js installed?)");
    }
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The latest modification time of a file or of any file under a folder.
fn newest(path: &Path) -> Option<std::time::SystemTime> {
    if !path.is_dir() {
        return modified(path);
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| newest(&entry.path()))
        .max()
}

fn print_demo_banner(url: &str) {
    println!(
        "\nCDLP (démo) est prêt : {url} (application web)\n\
         GraphQL : {url}/graphql (GraphiQL dans un navigateur)\n\
         Courriels envoyés par la démo : {url}/demo/boite-mail\n\n\
         Comptes de démonstration (mot de passe : {DEMO_PASSWORD}) :\n\
         \x20 operateur@demo.cdlp.fr          opérateur de la plateforme\n\
         \x20 analyste@demo.cdlp.fr           analyste du ministère\n\
         \x20 admin.75@demo.cdlp.fr           administratrice, préfecture de Paris (aussi 13 et 69 : admin.13, admin.69)\n\
         \x20 agent.75@demo.cdlp.fr           agent, préfecture de Paris (aussi agent.13, agent.69)\n\
         \x20 membre.75@demo.cdlp.fr          membre de la commission de Paris\n\
         \x20 renfort@demo.cdlp.fr            agent des préfectures des Bouches-du-Rhône et du Rhône\n\
         \x20 asso.admin@demo.cdlp.fr         administratrice de l'Association Passerelle (démo)\n\
         \x20 asso.travailleur@demo.cdlp.fr   intervenant de l'Association Passerelle (démo)\n\
         \x20 horizon.admin@demo.cdlp.fr      administratrice de l'Association Horizon (démo), agréée dans le 75 et le 13\n\n\
         Ctrl-C arrête le service ; les données restent dans .cdlp/.\n"
    );
}

/// The background job, every `interval` seconds; the advisory lock keeps it to one runner
/// when several instances are up.
async fn run_jobs_forever(services: cdlp_api::Services, interval: u64) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(interval.max(10)));
    loop {
        tick.tick().await;
        match services.run_jobs(chrono::Utc::now().date_naive()).await {
            Ok(report) => tracing::info!(
                ran = report.ran,
                completed = report.completed,
                reminders = report.reminders,
                "jobs"
            ),
            Err(e) => tracing::error!(code = e.code(), "jobs failed"),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
