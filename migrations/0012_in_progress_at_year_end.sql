-- Parcours in progress at the end of a day: a day that ends its year (every yearly report)
-- reads that year's yearly rows instead of its twelve monthly ones. Same figures, fewer rows.
set local role cdlp_owner;

create or replace function ministry_in_progress(p_at date)
returns table (department_code text, dim text, value bigint)
language plpgsql stable security definer set search_path = public, pg_temp set jit = off
as $$
declare
  -- Years that are over by the end of p_at are read from their yearly rows.
  v_open_year date := date_trunc('year', p_at + 1)::date;
begin
  perform ministry_guard();
  return query
    select x.department_code, x.dim, sum(x.delta)::bigint from (
      select c.department_code, c.dim,
             case when c.metric = 'PARCOURS_STARTED' then c.value else -c.value end as delta
      from stats_counters c
      where c.metric in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED')
        and c.period_kind = 'Y' and c.period_start < v_open_year
      union all
      select c.department_code, c.dim,
             case when c.metric = 'PARCOURS_STARTED' then c.value else -c.value end
      from stats_counters c
      where c.metric in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED')
        and c.period_kind = 'M' and c.period_start >= v_open_year and c.period_start <= p_at) x
    group by 1, 2;
end
$$;
