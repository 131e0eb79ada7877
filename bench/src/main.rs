//! `report-bench`: generates départements × dossiers with realistic workflows, then times the
//! national yearly report and one département's monthly report through the services (the
//! counters) against the same figures from a plain GROUP BY over the raw timeline, and checks
//! that every figure is identical.

mod compare;
mod generate;
mod raw;

use std::future::Future;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context as _, anyhow};
use cdlp_api::auth::JwtKeys;
use cdlp_api::ratelimit::RateLimiter;
use cdlp_api::services::{Clock, NationalReport, RawFigures, ReportPeriod, build_report};
use cdlp_api::storage::Storage;
use cdlp_api::{Principal, Services, Settings};
use cdlp_db::stats;
use cdlp_db::{Context, Db};
use cdlp_domain::{DepartmentCode, Membership, Role, Scope};
use clap::Parser;
use sqlx::postgres::PgPoolOptions;
use sqlx::{AssertSqlSafe, PgConnection, PgPool};
use uuid::Uuid;

/// National reporting benchmark: counters against a raw GROUP BY, on generated data.
#[derive(Debug, Parser)]
#[command(name = "report-bench")]
struct Args {
    /// Départements to generate (Paris first, then INSEE order).
    #[arg(long, default_value_t = 101, value_parser = clap::value_parser!(u32).range(1..=101))]
    departments: u32,
    /// Dossiers per département.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    dossiers_per_department: u32,
    /// The year reported on (data run from 2017 to its last day).
    #[arg(long, default_value_t = 2026, value_parser = clap::value_parser!(i32).range(2017..=2100))]
    year: i32,
    /// The month of the département's monthly report.
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u32).range(1..=12))]
    month: u32,
    /// The département of the monthly report (the first generated if it is not).
    #[arg(long, default_value = "75")]
    department: String,
    /// A superuser connection to the cluster (trust authentication).
    #[arg(
        long,
        env = "CDLP_BENCH_DATABASE_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    database_url: String,
    /// Reuse the database generated earlier with the same sizes and year (generate it if absent).
    #[arg(long)]
    keep: bool,
    /// Timed runs of each path, after one warm-up (the median is reported).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=100))]
    runs: u32,
    /// Also print EXPLAIN ANALYZE of the counter queries behind the national report.
    #[arg(long)]
    explain: bool,
}

/// `base` with another user and database (`scheme://[user[:password]@]host[:port]/db[?params]`).
fn url_for(base: &str, user: Option<&str>, database: &str) -> anyhow::Result<String> {
    let (scheme, rest) = base
        .split_once("://")
        .ok_or_else(|| anyhow!("database URL without a scheme: {base}"))?;
    let (rest, params) = match rest.split_once('?') {
        Some((r, p)) => (r, format!("?{p}")),
        None => (rest, String::new()),
    };
    let (userinfo, hostpart) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    let host = hostpart.split('/').next().unwrap_or(hostpart);
    let userinfo = match (user, userinfo) {
        (Some(u), _) => format!("{u}@"),
        (None, Some(u)) => format!("{u}@"),
        (None, None) => String::new(),
    };
    Ok(format!("{scheme}://{userinfo}{host}/{database}{params}"))
}

async fn exec(conn: &mut PgConnection, sql: String) -> anyhow::Result<()> {
    sqlx::raw_sql(AssertSqlSafe(sql.clone()))
        .execute(conn)
        .await
        .with_context(|| sql)?;
    Ok(())
}

/// Creates (or, with --keep, reuses) the generated database; returns how long generating took.
async fn prepare(args: &Args, name: &str) -> anyhow::Result<(f64, bool)> {
    let mut admin = generate::connect(&args.database_url).await?;
    let marker = format!("cdlp-bench complete year={}", args.year);
    let comment: Option<Option<String>> = sqlx::query_scalar(
        "select shobj_description(oid, 'pg_database') from pg_database where datname = $1",
    )
    .bind(name)
    .fetch_optional(&mut admin)
    .await?;
    if args.keep
        && let Some(Some(comment)) = &comment
        && let Some(rest) = comment.strip_prefix(&marker)
    {
        let seconds = rest
            .trim()
            .strip_prefix("generated_in=")
            .and_then(|s| s.parse().ok())
            .unwrap_or(f64::NAN);
        // A kept database follows the code: pending migrations (which keep the counters'
        // meaning in step with the generator's) are applied.
        eprintln!("reusing database {name}");
        cdlp_db::admin::migrate(&url_for(&args.database_url, None, name)?)
            .await
            .context("migrations")?;
        return Ok((seconds, true));
    }
    eprintln!("creating database {name}");
    exec(
        &mut admin,
        format!("drop database if exists {name} with (force)"),
    )
    .await?;
    exec(&mut admin, format!("create database {name}")).await?;
    let url = url_for(&args.database_url, None, name)?;
    cdlp_db::admin::migrate(&url).await.context("migrations")?;
    eprintln!(
        "generating {} départements × {} dossiers up to {}-12-31",
        args.departments, args.dossiers_per_department, args.year
    );
    let elapsed = generate::generate(
        &url,
        generate::Params {
            departments: args.departments,
            dossiers_per_department: args.dossiers_per_department,
            year: args.year,
        },
    )
    .await?;
    let seconds = elapsed.as_secs_f64();
    exec(
        &mut admin,
        format!("comment on database {name} is '{marker} generated_in={seconds:.1}'"),
    )
    .await?;
    Ok((seconds, false))
}

/// A user with one membership, made as the superuser (idempotent).
async fn member(
    pool: &PgPool,
    email: &str,
    role: Role,
    department: Option<&str>,
) -> anyhow::Result<Uuid> {
    let id: Uuid = sqlx::query_scalar(
        "insert into users (email, display_name, password_hash) values ($1, $2, 'not-a-password-hash') \
         on conflict (email) do update set display_name = excluded.display_name returning id",
    )
    .bind(email)
    .bind(format!("Benchmark {}", role.as_str()))
    .fetch_one(pool)
    .await?;
    sqlx::query("insert into memberships (user_id, role, department_code) values ($1, $2, $3) on conflict do nothing")
        .bind(id)
        .bind(role.as_str())
        .bind(department)
        .execute(pool)
        .await?;
    Ok(id)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// One warm-up, then `runs` timed runs: the median, and the last run's result.
async fn timed<T, F, Fut>(runs: u32, mut f: F) -> anyhow::Result<(Duration, T)>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<T>>,
{
    let mut last = f().await?;
    let mut samples = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        last = f().await?;
        samples.push(t.elapsed());
    }
    Ok((median(samples), last))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn api(e: cdlp_api::ApiError) -> anyhow::Error {
    anyhow!("{e:?}")
}

/// Prints the first differences; true when there are none.
fn verdict(what: &str, outcomes: &[&compare::Outcome]) -> bool {
    let differences: Vec<&String> = outcomes.iter().flat_map(|o| &o.differences).collect();
    if differences.is_empty() {
        return true;
    }
    eprintln!("{what}: {} differences; the first ones:", differences.len());
    for d in differences.iter().take(20) {
        eprintln!("  {d}");
    }
    false
}

/// The fast path's raw figures for the national report: the ministry's functions.
async fn ministry_figures(
    services: &Services,
    ctx: &Context,
    period: &ReportPeriod,
) -> anyhow::Result<RawFigures> {
    let mut tx = services.db.begin(ctx).await?;
    let counters = stats::ministry_counters(&mut tx, true, period.start, period.start).await?;
    let in_progress = stats::ministry_in_progress(&mut tx, period.end).await?;
    tx.commit().await?;
    Ok(RawFigures::from_rows(counters, in_progress))
}

/// The fast path's raw figures for a département's monthly report: its own counters.
async fn department_figures(
    services: &Services,
    ctx: &Context,
    code: &DepartmentCode,
    period: &ReportPeriod,
) -> anyhow::Result<RawFigures> {
    let mut tx = services.db.begin(ctx).await?;
    let counters =
        stats::department_counters(&mut tx, code, false, period.start, period.end).await?;
    let in_progress = stats::department_in_progress(&mut tx, code, period.end).await?;
    tx.commit().await?;
    Ok(RawFigures::from_rows(counters, in_progress))
}

/// Where the national report's time goes, function by function (medians).
async fn breakdown(
    services: &Services,
    ctx: &Context,
    period: &ReportPeriod,
    runs: u32,
) -> anyhow::Result<String> {
    let names = [
        "ministry_counters",
        "ministry_in_progress",
        "ministry_context",
        "ministry_declared",
        "départements",
        "from_rows",
        "build_report",
    ];
    let mut samples: Vec<Vec<Duration>> = names.iter().map(|_| Vec::new()).collect();
    for run in 0..=runs {
        let mut times = Vec::new();
        let mut tx = services.db.begin(ctx).await?;
        let mut lap = Instant::now();
        let counters = stats::ministry_counters(&mut tx, true, period.start, period.start).await?;
        times.push(lap.elapsed());
        lap = Instant::now();
        let in_progress = stats::ministry_in_progress(&mut tx, period.end).await?;
        times.push(lap.elapsed());
        lap = Instant::now();
        let context = stats::ministry_context(&mut tx, period.start, period.end).await?;
        times.push(lap.elapsed());
        lap = Instant::now();
        let declared = stats::ministry_declared(&mut tx, "Y", period.start, period.end).await?;
        times.push(lap.elapsed());
        lap = Instant::now();
        let departments: Vec<(String, String)> = cdlp_db::departments::list(&mut tx)
            .await?
            .into_iter()
            .map(|d| (d.code, d.region_code))
            .collect();
        times.push(lap.elapsed());
        tx.commit().await?;
        lap = Instant::now();
        let raw = RawFigures::from_rows(counters, in_progress);
        times.push(lap.elapsed());
        lap = Instant::now();
        let report = build_report(*period, &raw, &departments, context, declared);
        times.push(lap.elapsed());
        drop(report);
        if run > 0 {
            for (s, t) in samples.iter_mut().zip(times) {
                s.push(t);
            }
        }
    }
    Ok(names
        .iter()
        .zip(samples)
        .map(|(n, s)| format!("{n} {:.1} ms", ms(median(s))))
        .collect::<Vec<_>>()
        .join(", "))
}

async fn explain(pool: &PgPool, period: &ReportPeriod) -> anyhow::Result<()> {
    let queries = [
        (
            "ministry_counters('Y', start, start)",
            format!(
                "explain (analyze, buffers) select c.department_code, c.metric, c.dim, c.bucket, sum(c.value)::bigint \
                 from stats_counters c where c.period_kind = 'Y' and c.period_start >= '{0}' and c.period_start <= '{0}' group by 1, 2, 3, 4",
                period.start
            ),
        ),
        (
            "ministry_in_progress(end)",
            format!(
                "explain (analyze, buffers) select c.department_code, c.dim, \
                 sum(case when c.metric = 'PARCOURS_STARTED' then c.value else -c.value end)::bigint \
                 from stats_counters c where c.period_kind = 'M' and c.period_start <= '{}' \
                 and c.metric in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED') group by 1, 2",
                period.end
            ),
        ),
    ];
    for (what, sql) in queries {
        let lines: Vec<String> = sqlx::query_scalar(AssertSqlSafe(sql))
            .fetch_all(pool)
            .await?;
        println!("\n{what} (as the superuser):");
        for l in lines {
            println!("  {l}");
        }
    }
    let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "select period_kind::text, metric, count(*), count(*) filter (where bucket >= 0) from stats_counters \
         where period_kind = 'M' or period_start = $1 group by 1, 2 order by 1, 3 desc",
    )
    .bind(period.start)
    .fetch_all(pool)
    .await?;
    println!("\nstats_counters rows (M: all months; Y: the year):");
    for (kind, metric, n, _) in rows {
        println!("  {kind} {metric:<22} {n}");
    }
    Ok(())
}

async fn run(args: Args) -> anyhow::Result<bool> {
    let name = format!(
        "cdlp_bench_{}_{}",
        args.departments, args.dossiers_per_department
    );
    let (seconds, reused) = prepare(&args, &name).await?;
    let admin_url = url_for(&args.database_url, None, &name)?;
    let mut conn = generate::connect(&admin_url).await?;
    let counts = generate::counts(&mut conn).await?;
    generate::print_distribution(&mut conn).await?;
    drop(conn);
    // The raw path's connections: the superuser's, in the same database.
    let pool = PgPoolOptions::new()
        .max_connections(2)
        .connect(&admin_url)
        .await?;

    // The principals, as the services see them once signed in.
    let analyst_id = member(
        &pool,
        "bench-analyst@cdlp.test",
        Role::MinistryAnalyst,
        None,
    )
    .await?;
    let generated: Vec<String> =
        sqlx::query_scalar("select distinct department_code from dossiers order by 1")
            .fetch_all(&pool)
            .await?;
    let code = if generated.contains(&args.department) {
        args.department.clone()
    } else {
        generated
            .first()
            .cloned()
            .ok_or_else(|| anyhow!("no dossier generated"))?
    };
    let department =
        DepartmentCode::parse(&code).map_err(|e| anyhow!("département {code}: {e}"))?;
    let prefect_id = member(
        &pool,
        &format!("bench-prefecture-{}@cdlp.test", code.to_lowercase()),
        Role::PrefectureAdmin,
        Some(&code),
    )
    .await?;
    let analyst = Principal {
        user_id: analyst_id,
        memberships: vec![Membership {
            role: Role::MinistryAnalyst,
            scope: Scope::National,
        }],
        association_limits: vec![],
        signed_in_at: chrono::Utc::now(),
    };
    let prefect = Principal {
        user_id: prefect_id,
        memberships: vec![Membership {
            role: Role::PrefectureAdmin,
            scope: Scope::Department(department.clone()),
        }],
        association_limits: vec![],
        signed_in_at: chrono::Utc::now(),
    };

    let db = Db::connect(&url_for(&args.database_url, Some("cdlp_app"), &name)?, 4)
        .await
        .context("cdlp_app connects")?;
    let storage_dir = std::env::temp_dir().join("cdlp-bench").join(&name);
    let services = cdlp_server::build_services(
        db,
        JwtKeys::from_secret(
            b"cdlp-bench-secret-not-used-0123456789abcdef",
            chrono::Duration::minutes(30),
        )
        .map_err(|e| anyhow!("{e:?}"))?,
        RateLimiter::memory(),
        Settings {
            public_url: "http://cdlp.bench".into(),
            invitation_ttl: chrono::Duration::days(7),
            graphiql: false,
            trusted_proxies: Vec::new(),
        },
        cdlp_vault::MasterKey::generate(),
        Storage::Local(storage_dir),
        Clock::System,
    );

    let generated_in = if reused {
        format!("generated earlier in {seconds:.0} s")
    } else {
        format!("generated in {seconds:.0} s")
    };
    println!(
        "data: {} départements × {} dossiers = {} dossiers, {:.1}M events ({:.1}M counting), {:.2}M counter rows, {} sessions, {generated_in}",
        args.departments,
        args.dossiers_per_department,
        counts.dossiers,
        counts.events as f64 / 1e6,
        counts.counting_events as f64 / 1e6,
        counts.counters as f64 / 1e6,
        counts.sessions,
    );

    // National yearly report.
    let year = ReportPeriod::new(args.year, None, None).map_err(api)?;
    let (fast_t, fast_report) = timed(args.runs, || async {
        services
            .national_report(Some(&analyst), year)
            .await
            .map_err(api)
    })
    .await?;
    let (raw_t, (raw_report, raw_figures)) =
        timed(args.runs, || raw::national_report(&pool, year, "Y")).await?;
    let ministry_ctx = Context {
        user_id: Some(analyst_id),
        role: Some(Role::MinistryAnalyst.as_str()),
        ..Context::default()
    };
    let fast_figures = ministry_figures(&services, &ministry_ctx, &year).await?;
    let national_reports = compare::reports(&fast_report, &raw_report);
    let national_figures = compare::raw_figures(&fast_figures, &raw_figures);
    let national_ok = verdict("national report", &[&national_figures, &national_reports]);
    let national_ratio = ms(raw_t) / ms(fast_t);
    let label = format!("national yearly report {}:", args.year);
    println!(
        "{label:<32} counters {:>7.1} ms | raw GROUP BY {:>8.1} ms | ratio {:>6.1}× | {}",
        ms(fast_t),
        ms(raw_t),
        national_ratio,
        if national_ok {
            format!(
                "figures identical ({} raw figures, {} report figures)",
                national_figures.compared, national_reports.compared
            )
        } else {
            "FIGURES DIFFER".into()
        }
    );
    println!(
        "  counters path, by part (medians): {}",
        breakdown(&services, &ministry_ctx, &year, args.runs).await?
    );

    // One département's monthly report, as its prefecture reads it.
    let month = ReportPeriod::new(args.year, None, Some(args.month)).map_err(api)?;
    let (fast_dt, fast_dept) = timed(args.runs, || async {
        services
            .department_report(&prefect, &code, month)
            .await
            .map_err(api)
    })
    .await?;
    let (raw_dt, (raw_dept, raw_dept_figures)) =
        timed(args.runs, || raw::department_report(&pool, month, &code)).await?;
    let prefect_ctx = Context {
        user_id: Some(prefect_id),
        role: Some(Role::PrefectureAdmin.as_str()),
        department: Some(department.clone()),
        ..Context::default()
    };
    let fast_dept_figures =
        department_figures(&services, &prefect_ctx, &department, &month).await?;
    let dept_reports = compare::reports(&fast_dept, &raw_dept);
    let dept_figures = compare::raw_figures(&fast_dept_figures, &raw_dept_figures);
    let dept_ok = verdict("département report", &[&dept_figures, &dept_reports]);
    let label = format!(
        "département {code}, {}-{:02} report:",
        args.year, args.month
    );
    println!(
        "{label:<32} counters {:>7.1} ms | raw GROUP BY {:>8.1} ms | ratio {:>6.1}× | {}",
        ms(fast_dt),
        ms(raw_dt),
        ms(raw_dt) / ms(fast_dt),
        if dept_ok {
            format!(
                "figures identical ({} raw figures, {} report figures)",
                dept_figures.compared, dept_reports.compared
            )
        } else {
            "FIGURES DIFFER".into()
        }
    );

    let yes = |b: bool| if b { "yes" } else { "no" };
    println!(
        "goal: national < 100 ms: {}; ratio ≥ 20×: {}",
        yes(ms(fast_t) < 100.0),
        yes(national_ratio >= 20.0)
    );
    if args.explain {
        explain(&pool, &year).await?;
    }
    Ok(national_ok && dept_ok && non_trivial(&fast_report))
}

/// Refuses to call an empty report identical: the data must have counted something.
fn non_trivial(report: &NationalReport) -> bool {
    let counted = report
        .indicators
        .iter()
        .any(|i| i.national.value.is_some_and(|v| v > 0));
    if !counted {
        eprintln!(
            "the national report counts nothing: the generated data are not what they should be"
        );
    }
    counted
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Args::parse()).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("report-bench: {e:#}");
            ExitCode::FAILURE
        }
    }
}
