//! The reference: the same figures from a plain GROUP BY over the raw tables (the timeline's
//! `statDate`, `stats` and `dims`, the commissions, sessions, agréments and declarations), as
//! the superuser, with no counter involved.

use cdlp_api::services::{NationalReport, RawFigures, ReportPeriod, build_report};
use cdlp_db::stats::{ContextRow, CounterRow};
use cdlp_domain::secrecy::Protected;
use sqlx::PgPool;

/// Every counted metric of the period, per département, attribute and bucket.
const COUNTS: &str = "select e.department_code, s.value ->> 'm' as metric, x.dim, (s.value ->> 'b')::integer as bucket, count(*)::bigint as value
from dossier_events e
cross join lateral jsonb_array_elements(e.details -> 'stats') s
cross join lateral (values (''), ('sex:' || (e.details -> 'dims' ->> 'sex')), ('age:' || (e.details -> 'dims' ->> 'age')),
                           ('nat:' || (e.details -> 'dims' ->> 'nat'))) x(dim)
where (e.details ->> 'statDate')::date between $1 and $2 and x.dim is not null
  and ($3::text is null or e.department_code = $3)
group by 1, 2, 3, 4";

/// Parcours in progress at the end of a day: started minus ended, since the beginning.
const IN_PROGRESS: &str = "select e.department_code, x.dim,
       sum(case when s.value ->> 'm' = 'PARCOURS_STARTED' then 1 else -1 end)::bigint as value
from dossier_events e
cross join lateral jsonb_array_elements(e.details -> 'stats') s
cross join lateral (values (''), ('sex:' || (e.details -> 'dims' ->> 'sex')), ('age:' || (e.details -> 'dims' ->> 'age')),
                           ('nat:' || (e.details -> 'dims' ->> 'nat'))) x(dim)
where (e.details ->> 'statDate')::date <= $1 and x.dim is not null
  and s.value ->> 'm' in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED')
  and ($2::text is null or e.department_code = $2)
group by 1, 2";

const CONTEXT: &str = "select d.code as department_code, c.installed_on, coalesce(s.n, 0)::bigint as sessions_held,
       coalesce(a.n, 0)::bigint as associations_in_force
from departments d
left join commissions c on c.department_code = d.code
left join (select department_code, count(*) as n from commission_sessions
           where status = 'CLOSED' and scheduled_at::date between $1 and $2 group by 1) s on s.department_code = d.code
left join (select department_code, count(distinct association_id) as n from agrements
           where status in ('GRANTED', 'TACIT') and (valid_from is null or valid_from <= $2)
             and (valid_until is null or valid_until >= $2) group by 1) a on a.department_code = d.code
order by d.sort_key";

const DECLARED: &str = "select department_code, indicator, sum(value)::bigint from (
  select distinct on (department_code, period_start, indicator) department_code, indicator, value
  from declared_indicators where period_kind = $1 and period_start between $2 and $3
  order by department_code, period_start, indicator, declared_at desc) x
group by 1, 2";

/// The raw figures of a period (one département, or all).
pub async fn figures(
    pool: &PgPool,
    period: &ReportPeriod,
    department: Option<&str>,
) -> anyhow::Result<RawFigures> {
    let counters: Vec<CounterRow> = sqlx::query_as(COUNTS)
        .bind(period.start)
        .bind(period.end)
        .bind(department)
        .fetch_all(pool)
        .await?;
    let in_progress: Vec<(String, String, i64)> = sqlx::query_as(IN_PROGRESS)
        .bind(period.end)
        .bind(department)
        .fetch_all(pool)
        .await?;
    Ok(RawFigures::from_rows(counters, in_progress))
}

/// The national report, entirely from the raw tables.
pub async fn national_report(
    pool: &PgPool,
    period: ReportPeriod,
    declared_kind: &str,
) -> anyhow::Result<(NationalReport, RawFigures)> {
    let raw = figures(pool, &period, None).await?;
    let context: Vec<ContextRow> = sqlx::query_as(CONTEXT)
        .bind(period.start)
        .bind(period.end)
        .fetch_all(pool)
        .await?;
    let declared: Vec<(String, String, i64)> = sqlx::query_as(DECLARED)
        .bind(declared_kind)
        .bind(period.start)
        .bind(period.end)
        .fetch_all(pool)
        .await?;
    let departments: Vec<(String, String)> =
        sqlx::query_as("select code, region_code from departments order by sort_key")
            .fetch_all(pool)
            .await?;
    let report = build_report(period, &raw, &departments, context, declared);
    Ok((report, raw))
}

/// One département's report as its prefecture sees it (exact figures), from the raw tables.
pub async fn department_report(
    pool: &PgPool,
    period: ReportPeriod,
    code: &str,
) -> anyhow::Result<(NationalReport, RawFigures)> {
    let raw = figures(pool, &period, Some(code)).await?;
    let region: String = sqlx::query_scalar("select region_code from departments where code = $1")
        .bind(code)
        .fetch_one(pool)
        .await?;
    let mut report = build_report(period, &raw, &[(code.to_owned(), region)], vec![], vec![]);
    for indicator in &mut report.indicators {
        let exact = exact(&raw, code, &indicator.key);
        indicator.national = Protected {
            value: Some(exact),
            hidden: None,
        };
        indicator.departments = vec![(
            code.to_owned(),
            Protected {
                value: Some(exact),
                hidden: None,
            },
        )];
    }
    Ok((report, raw))
}

fn exact(raw: &RawFigures, code: &str, metric: &str) -> u64 {
    raw.get(code, metric, "")
}
