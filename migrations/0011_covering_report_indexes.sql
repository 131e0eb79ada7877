-- National reports read stats_counters by period (all metrics) and, for parcours in
-- progress, four metrics over past years and the current one. Covering indexes make both
-- index-only scans (measured by bench/: the yearly national report at full size).
set local role cdlp_owner;

drop index stats_counters_period;
create index stats_counters_period on stats_counters (period_kind, period_start)
  include (department_code, metric, dim, bucket, value);
create index stats_counters_metric on stats_counters (metric, period_kind, period_start)
  include (department_code, dim, value);

-- Two range scans (yearly rows of past years, monthly rows of the year) instead of one OR,
-- which the planner turns into a scan of the whole table.
create or replace function ministry_in_progress(p_at date)
returns table (department_code text, dim text, value bigint)
language plpgsql stable security definer set search_path = public, pg_temp set jit = off
as $$
begin
  perform ministry_guard();
  return query
    select x.department_code, x.dim, sum(x.delta)::bigint from (
      select c.department_code, c.dim,
             case when c.metric = 'PARCOURS_STARTED' then c.value else -c.value end as delta
      from stats_counters c
      where c.metric in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED')
        and c.period_kind = 'Y' and c.period_start < date_trunc('year', p_at)::date
      union all
      select c.department_code, c.dim,
             case when c.metric = 'PARCOURS_STARTED' then c.value else -c.value end
      from stats_counters c
      where c.metric in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED')
        and c.period_kind = 'M' and c.period_start >= date_trunc('year', p_at)::date
        and c.period_start <= p_at) x
    group by 1, 2;
end
$$;
