-- A yearly or monthly report reads one period: its counter rows are already one per key,
-- so they are returned as they are (the grouping cost more than the index-only scan).
set local role cdlp_owner;

create or replace function ministry_counters(p_kind char, p_from date, p_to date)
returns table (department_code text, metric text, dim text, bucket integer, value bigint)
language plpgsql stable security definer set search_path = public, pg_temp set jit = off
as $$
begin
  perform ministry_guard();
  if p_from = p_to then
    return query
      select c.department_code, c.metric, c.dim, c.bucket, c.value
      from stats_counters c
      where c.period_kind = p_kind and c.period_start = p_from;
  else
    return query
      select c.department_code, c.metric, c.dim, c.bucket, sum(c.value)::bigint
      from stats_counters c
      where c.period_kind = p_kind and c.period_start >= p_from and c.period_start <= p_to
      group by 1, 2, 3, 4;
  end if;
end
$$;
