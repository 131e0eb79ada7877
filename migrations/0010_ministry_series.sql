-- A monthly series in one read: every monthly counter of a range, month by month, for the
-- ministry's aggregate-only path (the series was one national report per month).
set local role cdlp_owner;

create function ministry_monthly_counters(p_from date, p_to date)
returns table (period_start date, department_code text, metric text, dim text, bucket integer, value bigint)
language plpgsql stable security definer set search_path = public, pg_temp set jit = off
as $$
begin
  perform ministry_guard();
  return query
    select c.period_start, c.department_code, c.metric, c.dim, c.bucket, c.value
    from stats_counters c
    where c.period_kind = 'M' and c.period_start between p_from and p_to;
end
$$;

revoke all on function ministry_monthly_counters(date, date) from public;
grant execute on function ministry_monthly_counters(date, date) to cdlp_app;
