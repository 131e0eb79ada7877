use anyhow::Context;
use cdlp_api::storage::{S3Settings, S3Store, Storage};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

/// CDLP — commissions départementales de lutte contre la prostitution.
#[derive(Debug, Parser)]
#[command(name = "cdlp", version)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the service (migrating first). With --demo and no DATABASE_URL, on a private
    /// PostgreSQL cluster under ./.cdlp/, loaded with demo data.
    Serve {
        #[arg(long)]
        demo: bool,
    },
    /// Applies pending migrations with CDLP_ADMIN_DATABASE_URL.
    Migrate,
    /// Creates the first platform operator (password on stdin, or --invite for a link).
    BootstrapOperator {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Opérateur de la plateforme")]
        name: String,
        /// Print an invitation link instead of reading a password.
        #[arg(long)]
        invite: bool,
    },
    /// Loads the demo data into the database CDLP_ADMIN_DATABASE_URL names.
    SeedDemo,
    /// Prints the GraphQL schema (SDL), as committed in schema.graphql.
    PrintSchema,
    /// Recomputes the audit log's hash chains and reports any broken link.
    VerifyAudit,
}

/// Every setting, from the environment (or the matching flag).
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// The service's own connection; must log in as cdlp_app.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,
    /// Connection used by migrations and administrative commands (defaults to DATABASE_URL).
    #[arg(
        long,
        env = "CDLP_ADMIN_DATABASE_URL",
        global = true,
        hide_env_values = true
    )]
    pub admin_database_url: Option<String>,
    #[arg(
        long,
        env = "CDLP_LISTEN",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub listen: SocketAddr,
    /// Base URL of the web application, for links in e-mails (defaults to http://LISTEN).
    #[arg(long, env = "CDLP_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// HS256 signing secret for session tokens (32 bytes at least).
    #[arg(long, env = "CDLP_JWT_SECRET", global = true, hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// File holding the signing secret, instead of CDLP_JWT_SECRET.
    #[arg(long, env = "CDLP_JWT_KEY_FILE", global = true)]
    pub jwt_key_file: Option<PathBuf>,
    #[arg(
        long,
        env = "CDLP_TOKEN_TTL_MINUTES",
        default_value_t = 30,
        global = true
    )]
    pub token_ttl_minutes: i64,
    #[arg(
        long,
        env = "CDLP_INVITATION_TTL_HOURS",
        default_value_t = 168,
        global = true
    )]
    pub invitation_ttl_hours: i64,
    /// Master key (32 bytes, base64) wrapping each département's identity key.
    #[arg(long, env = "CDLP_MASTER_KEY", global = true, hide_env_values = true)]
    pub master_key: Option<String>,
    /// Folder for attached documents (local storage).
    #[arg(
        long,
        env = "CDLP_STORAGE_DIR",
        default_value = "data/documents",
        global = true
    )]
    pub storage_dir: PathBuf,
    /// Where attached documents go: `local` (CDLP_STORAGE_DIR) or `s3` (the CDLP_S3_* bucket).
    #[arg(
        long,
        env = "CDLP_STORAGE",
        value_enum,
        ignore_case = true,
        default_value_t = StorageKind::Local,
        global = true
    )]
    pub storage: StorageKind,
    /// Base URL of the S3-compatible service (e.g. https://s3.fr-par.scw.cloud); path-style
    /// addressing, so MinIO and other clones work too.
    #[arg(long, env = "CDLP_S3_ENDPOINT", global = true)]
    pub s3_endpoint: Option<String>,
    /// Bucket for attached documents (it must exist).
    #[arg(long, env = "CDLP_S3_BUCKET", global = true)]
    pub s3_bucket: Option<String>,
    /// Region the requests are signed for.
    #[arg(
        long,
        env = "CDLP_S3_REGION",
        default_value = "us-east-1",
        global = true
    )]
    pub s3_region: String,
    /// Access key id for the bucket.
    #[arg(
        long,
        env = "CDLP_S3_ACCESS_KEY_ID",
        global = true,
        hide_env_values = true
    )]
    pub s3_access_key_id: Option<String>,
    /// Secret access key for the bucket.
    #[arg(
        long,
        env = "CDLP_S3_SECRET_ACCESS_KEY",
        global = true,
        hide_env_values = true
    )]
    pub s3_secret_access_key: Option<String>,
    /// How often the background job runs (closing ended parcours, renewal reminders).
    #[arg(
        long,
        env = "CDLP_JOB_INTERVAL_SECONDS",
        default_value_t = 300,
        global = true
    )]
    pub job_interval_seconds: u64,
    /// Redis for shared rate limits; without it they are kept in memory.
    #[arg(long, env = "REDIS_URL", global = true, hide_env_values = true)]
    pub redis_url: Option<String>,
    #[arg(
        long,
        env = "CDLP_DB_MAX_CONNECTIONS",
        default_value_t = 10,
        global = true
    )]
    pub db_max_connections: u32,
    /// The built web application (`npm run build` in frontend/), served at `/`.
    #[arg(
        long,
        env = "CDLP_WEB_DIR",
        default_value = "frontend/dist",
        global = true
    )]
    pub web_dir: PathBuf,
    /// Where the demo keeps its PostgreSQL cluster and secret.
    #[arg(long, env = "CDLP_DEMO_DIR", default_value = ".cdlp", global = true)]
    pub demo_dir: PathBuf,
    #[arg(
        long,
        env = "CDLP_DEMO_PG_PORT",
        default_value_t = 54329,
        global = true
    )]
    pub demo_pg_port: u16,
    /// Serve GraphiQL to browsers at GET /graphql (it loads its scripts from a CDN: keep it off
    /// in production). `serve --demo` turns it on.
    #[arg(long, env = "CDLP_GRAPHIQL", global = true)]
    pub graphiql: bool,
    /// Reverse proxies (IP addresses, comma-separated) whose X-Forwarded-For names the client;
    /// without them the client address is the connection's.
    #[arg(
        long,
        env = "CDLP_TRUSTED_PROXIES",
        value_delimiter = ',',
        global = true
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Where Prometheus metrics are served (`/metrics`), apart from the public listener.
    /// Unset: no metrics endpoint.
    #[arg(long, env = "CDLP_METRICS_LISTEN", global = true)]
    pub metrics_listen: Option<SocketAddr>,
    /// The SMTP relay: `smtp://[user[:password]@]host[:port]` (STARTTLS required; add
    /// `?tls=opportunistic` or `?tls=none` to relax it) or `smtps://…` (TLS from the start).
    /// Without it, e-mails stay queued (the demo delivers to its own mailbox).
    #[arg(long, env = "CDLP_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// File holding the SMTP password, instead of the URL's.
    #[arg(long, env = "CDLP_SMTP_PASSWORD_FILE", global = true)]
    pub smtp_password_file: Option<PathBuf>,
    /// An extra CA certificate (PEM) to trust for the relay (a private PKI).
    #[arg(long, env = "CDLP_SMTP_CA_FILE", global = true)]
    pub smtp_ca_file: Option<PathBuf>,
    /// The sender: an address, optionally with a name (`CDLP <no-reply@cdlp.gouv.fr>`).
    #[arg(
        long,
        env = "CDLP_MAIL_FROM",
        default_value = "CDLP <no-reply@cdlp.localhost>",
        global = true
    )]
    pub mail_from: String,
    /// Messages this instance sends per minute at most.
    #[arg(
        long,
        env = "CDLP_MAIL_RATE_PER_MINUTE",
        default_value_t = 120,
        global = true
    )]
    pub mail_rate_per_minute: u32,
    /// How often the outbox is looked at, in seconds.
    #[arg(
        long,
        env = "CDLP_MAIL_POLL_SECONDS",
        default_value_t = 5,
        global = true
    )]
    pub mail_poll_seconds: u64,
    /// Log filter (tracing's EnvFilter syntax).
    #[arg(long, env = "CDLP_LOG", default_value = "info", global = true)]
    pub log: String,
}

/// The blob store for attached documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StorageKind {
    Local,
    S3,
}

impl Config {
    /// The mailer CDLP_SMTP_URL describes; with `--demo` and no relay, the demo's own mailbox
    /// folder; None when there is nowhere to send.
    pub fn mailer(&self, demo: bool) -> anyhow::Result<Option<cdlp_mail::Mailer>> {
        let transport = match (&self.smtp_url, demo) {
            (Some(url), _) => {
                let password = self
                    .smtp_password_file
                    .as_ref()
                    .map(|p| {
                        std::fs::read_to_string(p)
                            .with_context(|| {
                                format!("reading CDLP_SMTP_PASSWORD_FILE {}", p.display())
                            })
                            .map(|s| s.trim_end_matches(['\r', '\n']).to_owned())
                    })
                    .transpose()?;
                let extra_root_pem = self
                    .smtp_ca_file
                    .as_ref()
                    .map(|p| {
                        std::fs::read(p)
                            .with_context(|| format!("reading CDLP_SMTP_CA_FILE {}", p.display()))
                    })
                    .transpose()?;
                cdlp_mail::Transport::smtp(&cdlp_mail::SmtpSettings {
                    url: url.clone(),
                    password,
                    extra_root_pem,
                    timeout: std::time::Duration::from_secs(20),
                })?
            }
            (None, true) => cdlp_mail::Transport::Mailbox(self.demo_mailbox()),
            (None, false) => return Ok(None),
        };
        Ok(Some(cdlp_mail::Mailer::new(transport, &self.mail_from)?))
    }

    /// The demo's mailbox folder.
    pub fn demo_mailbox(&self) -> PathBuf {
        self.demo_dir.join("mailbox")
    }

    pub fn delivery_limits(&self) -> cdlp_api::services::DeliveryLimits {
        let rate = u64::from(self.mail_rate_per_minute.max(1));
        cdlp_api::services::DeliveryLimits {
            batch: self.mail_rate_per_minute.max(1),
            pace: std::time::Duration::from_millis(60_000 / rate),
            ..Default::default()
        }
    }

    pub fn admin_url(&self) -> Option<&str> {
        self.admin_database_url
            .as_deref()
            .or(self.database_url.as_deref())
    }

    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen))
    }

    /// The document store CDLP_STORAGE names; with `s3`, each CDLP_S3_* setting it needs.
    pub fn storage(&self) -> anyhow::Result<Storage> {
        match self.storage {
            StorageKind::Local => Ok(Storage::Local(self.storage_dir.clone())),
            StorageKind::S3 => {
                let required = |value: &Option<String>, name: &str| {
                    value
                        .clone()
                        .filter(|v| !v.is_empty())
                        .with_context(|| format!("CDLP_STORAGE=s3 needs {name}"))
                };
                let settings = S3Settings {
                    endpoint: required(&self.s3_endpoint, "CDLP_S3_ENDPOINT")?,
                    bucket: required(&self.s3_bucket, "CDLP_S3_BUCKET")?,
                    region: self.s3_region.clone(),
                    access_key_id: required(&self.s3_access_key_id, "CDLP_S3_ACCESS_KEY_ID")?,
                    secret_access_key: required(
                        &self.s3_secret_access_key,
                        "CDLP_S3_SECRET_ACCESS_KEY",
                    )?,
                };
                Ok(Storage::S3(
                    S3Store::new(settings).context("setting up S3 storage")?,
                ))
            }
        }
    }
}
