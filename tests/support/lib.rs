//! Test support: every test gets its own database, cloned from a template that the current
//! migrations were applied to once, and talks to the real PostgreSQL (and Redis, where a test
//! needs it). Requests go through the whole HTTP router in-process.

pub mod smtp;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use cdlp_api::auth::JwtKeys;
use cdlp_api::ratelimit::RateLimiter;
use cdlp_api::services::Clock;
use cdlp_api::storage::Storage;
use cdlp_api::{Services, Settings};
use cdlp_db::Db;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sqlx::{Connection, PgConnection};
use tokio::sync::OnceCell;
use tower::ServiceExt;

pub const JWT_SECRET: &[u8] = b"integration-tests-secret-0123456789abcdef";
pub const DEMO_PASSWORD: &str = "demo-cdlp-2026";

/// The cluster the tests use (trust authentication, superuser).
pub fn server_url() -> String {
    std::env::var("CDLP_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub fn redis_url() -> String {
    std::env::var("CDLP_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

/// The URL of database `name` on the test cluster, as `user`.
pub fn url_for(name: &str, user: &str) -> String {
    let base = server_url();
    let (scheme, rest) = base.split_once("://").expect("URL with a scheme");
    let hostpart = rest.rsplit_once('@').map(|(_, h)| h).unwrap_or(rest);
    let host = hostpart.split('/').next().unwrap_or(hostpart);
    format!("{scheme}://{user}@{host}/{name}")
}

static TEMPLATE: OnceCell<String> = OnceCell::const_new();

/// A database with every migration applied, made once per migration set and reused.
async fn template() -> String {
    TEMPLATE
        .get_or_init(|| async {
            let mut hasher = Sha256::new();
            for m in cdlp_db::MIGRATOR.iter() {
                hasher.update(m.version.to_le_bytes());
                hasher.update(&*m.checksum);
            }
            let name = format!("cdlp_tpl_{}", &hex::encode(hasher.finalize())[..16]);
            let mut conn = PgConnection::connect(&server_url())
                .await
                .expect("test PostgreSQL reachable");
            // Advisory locks are per database: everyone takes this one in `postgres`.
            sqlx::query("select pg_advisory_lock(724201)")
                .execute(&mut conn)
                .await
                .unwrap();
            let ready: bool = sqlx::query_scalar(
                "select exists (select 1 from pg_database where datname = $1 and datistemplate)",
            )
            .bind(&name)
            .fetch_one(&mut conn)
            .await
            .unwrap();
            if !ready {
                exec(
                    &mut conn,
                    &format!("drop database if exists {name} with (force)"),
                )
                .await;
                exec(&mut conn, &format!("create database {name}")).await;
                cdlp_db::admin::migrate(&url_for(&name, "postgres"))
                    .await
                    .expect("migrations apply");
                exec(
                    &mut conn,
                    &format!("alter database {name} is_template true"),
                )
                .await;
            }
            drop_stale_databases(&mut conn).await;
            sqlx::query("select pg_advisory_unlock(724201)")
                .execute(&mut conn)
                .await
                .unwrap();
            conn.close().await.ok();
            name
        })
        .await
        .clone()
}

/// Test databases are named cdlp_test_<unix seconds>_<n>; those over two hours old are gone.
async fn drop_stale_databases(conn: &mut PgConnection) {
    let names: Vec<String> = sqlx::query_scalar(
        "select datname::text from pg_database where datname like 'cdlp\\_test\\_%'",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap_or_default();
    let now = unix_now();
    for name in names {
        let born: u64 = name
            .split('_')
            .nth(2)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        if now.saturating_sub(born) > 7200 {
            let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                "drop database if exists {name} with (force)"
            )))
            .execute(&mut *conn)
            .await;
        }
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

pub async fn exec(conn: &mut PgConnection, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(conn)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// A fresh, migrated, empty database of its own.
pub async fn fresh_database() -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    let template = template().await;
    let name = format!(
        "cdlp_test_{}_{}_{}",
        unix_now(),
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    let mut conn = PgConnection::connect(&server_url()).await.unwrap();
    exec(
        &mut conn,
        &format!("create database {name} template {template}"),
    )
    .await;
    conn.close().await.ok();
    name
}

pub struct TestApp {
    pub database: String,
    pub router: Router,
    pub services: Services,
    /// The services' clock: fixed at a chosen instant when the test moves time itself.
    pub clock: Clock,
}

pub fn settings() -> Settings {
    Settings {
        public_url: "http://cdlp.test".into(),
        invitation_ttl: chrono::Duration::days(7),
        graphiql: false,
        trusted_proxies: Vec::new(),
    }
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(RateLimiter::memory()).await
    }

    pub async fn spawn_with(limiter: RateLimiter) -> Self {
        Self::spawn_full(limiter, Clock::System).await
    }

    /// With a clock the test moves (`app.clock.set(...)`).
    pub async fn spawn_at(now: chrono::DateTime<chrono::Utc>) -> Self {
        Self::spawn_full(RateLimiter::memory(), Clock::fixed(now)).await
    }

    async fn spawn_full(limiter: RateLimiter, clock: Clock) -> Self {
        let database = fresh_database().await;
        let db = Db::connect(&url_for(&database, "cdlp_app"), 4)
            .await
            .expect("cdlp_app connects");
        let jwt = JwtKeys::from_secret(JWT_SECRET, chrono::Duration::minutes(30)).unwrap();
        let storage = Storage::Local(std::env::temp_dir().join("cdlp-tests").join(&database));
        let services = cdlp_server::build_services(
            db,
            jwt,
            limiter,
            settings(),
            cdlp_vault::MasterKey::generate(),
            storage,
            clock.clone(),
        );
        let router = cdlp_server::router(services.clone(), None);
        Self {
            database,
            router,
            services,
            clock,
        }
    }

    /// Same, with the demo data: départements 75, 13 and 69 onboarded, their staff, an
    /// operator, an analyst and an association (every password: DEMO_PASSWORD).
    pub async fn with_demo() -> Self {
        let app = Self::spawn().await;
        let hash = cdlp_api::auth::hash_password(DEMO_PASSWORD.into())
            .await
            .unwrap();
        cdlp_db::admin::seed_demo(&app.admin_url(), &hash)
            .await
            .unwrap();
        app
    }

    /// The demo data, with a clock the test moves.
    pub async fn with_demo_at(now: chrono::DateTime<chrono::Utc>) -> Self {
        let app = Self::spawn_at(now).await;
        let hash = cdlp_api::auth::hash_password(DEMO_PASSWORD.into())
            .await
            .unwrap();
        cdlp_db::admin::seed_demo(&app.admin_url(), &hash)
            .await
            .unwrap();
        app
    }

    /// The demo data and the demo dossiers (every state, a session and its minutes, in 75, 13
    /// and 69), made through the services.
    pub async fn with_demo_dossiers() -> Self {
        let app = Self::with_demo().await;
        cdlp_server::demo::seed_dossiers(&app.services)
            .await
            .expect("demo dossiers load");
        app
    }

    pub fn admin_url(&self) -> String {
        url_for(&self.database, "postgres")
    }

    /// A superuser connection to this test's database (bypasses row-level security).
    pub async fn admin(&self) -> PgConnection {
        PgConnection::connect(&self.admin_url()).await.unwrap()
    }

    /// A connection as the service's role.
    pub async fn app_conn(&self) -> PgConnection {
        PgConnection::connect(&url_for(&self.database, "cdlp_app"))
            .await
            .unwrap()
    }

    /// POSTs a GraphQL request; returns the HTTP status and the JSON body.
    pub async fn post(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> (StatusCode, Value) {
        let mut req = Request::post("/graphql")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT, "application/graphql-response+json");
        if let Some(token) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let body = json!({ "query": query, "variables": variables }).to_string();
        let response = self
            .router
            .clone()
            .oneshot(req.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 22)
            .await
            .unwrap();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    /// A GraphQL request's JSON body.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        self.post(token, query, variables).await.1
    }

    pub async fn login(&self, email: &str, password: &str) -> String {
        let body = self
            .gql(
                None,
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
                json!({ "e": email, "p": password }),
            )
            .await;
        body["data"]["login"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("login of {email} failed: {body}"))
            .to_owned()
    }

    /// Signs a demo account in.
    pub async fn demo(&self, who: &str) -> String {
        self.login(&format!("{who}@demo.cdlp.fr"), DEMO_PASSWORD)
            .await
    }

    /// The token of the last invitation e-mailed to `email`, read from the outbox.
    pub async fn invitation_token(&self, email: &str) -> String {
        let mut admin = self.admin().await;
        let body: String = sqlx::query_scalar(
            "select body from outbox_emails where recipient = $1 and kind = 'invitation' order by created_at desc limit 1",
        )
        .bind(email)
        .fetch_one(&mut admin)
        .await
        .expect("an invitation e-mail in the outbox");
        let start = body.find("/invitation/").expect("a link") + "/invitation/".len();
        body[start..].split_whitespace().next().unwrap().to_owned()
    }

    pub async fn count(&self, sql: &str) -> i64 {
        let mut admin = self.admin().await;
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
            .fetch_one(&mut admin)
            .await
            .unwrap()
    }
}

/// The `extensions.code` of the first error, if any.
pub fn error_code(body: &Value) -> Option<&str> {
    body["errors"][0]["extensions"]["code"].as_str()
}
