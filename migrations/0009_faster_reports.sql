-- Faster national reports (the benchmark's goal: under 100 ms for a year of 101 départements).
-- 1. Decision delays are only read overall (the median), so they are no longer counted per
--    attribute: a quarter of the rows of that metric, and the per-attribute ones go.
-- 2. The national queries select by period, which the primary key (département first) does
--    not serve: an index by period.
-- 3. Parcours in progress sum the yearly rows of past years and the monthly rows of the
--    current year, instead of every monthly row since the law.
-- 4. The ministry's functions run without JIT: compiling costs more than these small
--    aggregates take.
set local role cdlp_owner;

create or replace function stats_bump(p_department text, p_day date, p_metric text, p_sex text, p_age text,
  p_nat text, p_bucket integer) returns void
language sql
as $$
  insert into stats_counters (department_code, period_kind, period_start, metric, dim, bucket, value)
  select p_department, k.kind, case k.kind when 'M' then date_trunc('month', p_day)::date
                                           else date_trunc('year', p_day)::date end,
         p_metric, d.dim, p_bucket, 1
  from (values ('M'), ('Y')) as k(kind),
       (select '' as dim
        union all select 'sex:' || p_sex where p_sex is not null and p_metric <> 'DECISION_DELAY'
        union all select 'age:' || p_age where p_age is not null and p_metric <> 'DECISION_DELAY'
        union all select 'nat:' || p_nat where p_nat is not null and p_metric <> 'DECISION_DELAY') as d
  on conflict (department_code, period_kind, period_start, metric, dim, bucket)
  do update set value = stats_counters.value + 1
$$;

-- Counters are never deleted by the service; this one-off cleanup gets a policy of its own
-- for the length of the migration.
create policy stats_counters_cleanup on stats_counters for delete to cdlp_owner using (true);
delete from stats_counters where metric = 'DECISION_DELAY' and dim <> '';
drop policy stats_counters_cleanup on stats_counters;

create index stats_counters_period on stats_counters (period_kind, period_start, metric);

alter function ministry_counters(char, date, date) set jit = off;
alter function ministry_context(date, date) set jit = off;
alter function ministry_declared(char, date, date) set jit = off;

create or replace function ministry_in_progress(p_at date)
returns table (department_code text, dim text, value bigint)
language plpgsql stable security definer set search_path = public, pg_temp set jit = off
as $$
begin
  perform ministry_guard();
  return query
    select c.department_code, c.dim,
           sum(case when c.metric = 'PARCOURS_STARTED' then c.value else -c.value end)::bigint
    from stats_counters c
    where c.metric in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED')
      and ((c.period_kind = 'Y' and c.period_start < date_trunc('year', p_at)::date)
        or (c.period_kind = 'M' and c.period_start >= date_trunc('year', p_at)::date
            and c.period_start <= p_at))
    group by 1, 2;
end
$$;

-- One pass per table instead of three subqueries per département.
create or replace function ministry_context(p_from date, p_to date)
returns table (department_code text, installed_on date, sessions_held bigint, associations_in_force bigint)
language plpgsql stable security definer set search_path = public, pg_temp set jit = off
as $$
begin
  perform ministry_guard();
  return query
    select d.code, c.installed_on, coalesce(s.held, 0)::bigint, coalesce(g.in_force, 0)::bigint
    from departments d
    left join commissions c on c.department_code = d.code
    left join (select x.department_code, count(*) as held from commission_sessions x
               where x.status = 'CLOSED' and x.scheduled_at::date between p_from and p_to
               group by 1) s on s.department_code = d.code
    left join (select y.department_code, count(distinct y.association_id) as in_force from agrements y
               where y.status in ('GRANTED', 'TACIT') and (y.valid_from is null or y.valid_from <= p_to)
                 and (y.valid_until is null or y.valid_until >= p_to)
               group by 1) g on g.department_code = d.code
    order by d.sort_key;
end
$$;
