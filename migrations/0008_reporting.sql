-- National reporting. Every workflow event that counts for the indicators carries, in its
-- timeline details, the metrics it adds ("stats") and the business date they count on
-- ("statDate"); the same transaction adds them to stats_counters, pre-aggregated by month and
-- by year, overall and for each coarse attribute taken alone. The timeline stays the raw
-- truth (the benchmark recomputes every figure from it); the counters make reports fast.
-- People who refused statistical use are not counted.
set local role cdlp_owner;

create table stats_counters (
  department_code text not null references departments (code),
  -- 'M': the month starting period_start; 'Y': the year starting period_start.
  period_kind char(1) not null check (period_kind in ('M', 'Y')),
  period_start date not null,
  metric text not null,
  -- '' overall, or one attribute: 'sex:F', 'age:25_34', 'nat:NON_EU'.
  dim text not null default '',
  -- Decision delays only: days from submission to decision; -1 otherwise.
  bucket integer not null default -1,
  value bigint not null default 0,
  primary key (department_code, period_kind, period_start, metric, dim, bucket)
);

alter table stats_counters enable row level security;
alter table stats_counters force row level security;
create policy stats_counters_tenant on stats_counters as restrictive for all to cdlp_app
  using (department_code = current_setting('cdlp.department', true));
-- Written by whoever moves a dossier (association, prefecture, job); read by the prefecture.
create policy stats_counters_read on stats_counters for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'ASSOCIATION_ADMIN',
    'ASSOCIATION_WORKER', 'SYSTEM'));
create policy stats_counters_add on stats_counters for insert to cdlp_app with check (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'ASSOCIATION_ADMIN',
    'ASSOCIATION_WORKER', 'SYSTEM'));
create policy stats_counters_bump on stats_counters for update to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'ASSOCIATION_ADMIN',
    'ASSOCIATION_WORKER', 'SYSTEM'));
create policy stats_counters_no_delete on stats_counters for delete to cdlp_app using (false);
grant select, insert, update (value) on stats_counters to cdlp_app;

-- Adds one to a metric for a day, in the month and year rows, overall and per attribute.
create function stats_bump(p_department text, p_day date, p_metric text, p_sex text, p_age text,
  p_nat text, p_bucket integer) returns void
language sql
as $$
  insert into stats_counters (department_code, period_kind, period_start, metric, dim, bucket, value)
  select p_department, k.kind, case k.kind when 'M' then date_trunc('month', p_day)::date
                                           else date_trunc('year', p_day)::date end,
         p_metric, d.dim, p_bucket, 1
  from (values ('M'), ('Y')) as k(kind),
       (select '' as dim union all select 'sex:' || p_sex where p_sex is not null
        union all select 'age:' || p_age where p_age is not null
        union all select 'nat:' || p_nat where p_nat is not null) as d
  on conflict (department_code, period_kind, period_start, metric, dim, bucket)
  do update set value = stats_counters.value + 1
$$;

-- Indicators the prefecture declares for the rest of the commission's mission; append-only:
-- the latest entry for a (period, indicator) is current, the others are its history.
create table declared_indicators (
  department_code text not null references departments (code),
  id uuid not null default gen_random_uuid(),
  period_kind char(1) not null check (period_kind in ('M', 'Q', 'Y')),
  period_start date not null,
  indicator text not null check (indicator in ('PREVENTION_ACTIONS', 'TRAINING_ACTIONS', 'CLIENTS_FINED',
    'AWARENESS_COURSES_ORDERED', 'PROXENETISME_PROCEDURES', 'TRAFFICKING_PROCEDURES')),
  value bigint not null check (value >= 0),
  note text,
  declared_at timestamptz not null default clock_timestamp(),
  declared_by uuid references users (id),
  primary key (department_code, id)
);
create index declared_indicators_period on declared_indicators (department_code, period_kind, period_start, indicator, declared_at desc);
alter table declared_indicators enable row level security;
alter table declared_indicators force row level security;
create policy declared_indicators_tenant on declared_indicators as restrictive for all to cdlp_app
  using (department_code = current_setting('cdlp.department', true));
create policy declared_indicators_read on declared_indicators for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT'));
create policy declared_indicators_declare on declared_indicators for insert to cdlp_app with check (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT'));
create policy declared_indicators_no_update on declared_indicators for update to cdlp_app using (false);
create policy declared_indicators_no_delete on declared_indicators for delete to cdlp_app using (false);
grant select, insert on declared_indicators to cdlp_app;

-- Exports prepared for a ministry analyst: national, owned by their requester, kept 48 hours.
create table exports (
  id uuid primary key default gen_random_uuid(),
  requested_by uuid not null references users (id),
  format text not null check (format in ('CSV', 'XLSX', 'ODS')),
  params jsonb not null,
  status text not null default 'PENDING' check (status in ('PENDING', 'READY', 'FAILED')),
  filename text,
  content bytea,
  created_at timestamptz not null default now(),
  ready_at timestamptz,
  expires_at timestamptz not null
);
alter table exports enable row level security;
alter table exports force row level security;
create policy exports_own on exports for all to cdlp_app
  using (requested_by = nullif(current_setting('cdlp.user_id', true), '')::uuid
         and current_setting('cdlp.role', true) = 'MINISTRY_ANALYST');
grant select, insert, update (status, filename, content, ready_at) on exports to cdlp_app;

-- The owner reads every département's aggregates for the ministry's functions below.
create policy stats_counters_owner on stats_counters for select to cdlp_owner using (true);
create policy declared_indicators_owner on declared_indicators for select to cdlp_owner using (true);
create policy commissions_owner on commissions for select to cdlp_owner using (true);
create policy commission_sessions_owner on commission_sessions for select to cdlp_owner using (true);
create policy agrements_owner_report on agrements for select to cdlp_owner using (true);

-- The ministry's only way in: aggregates, never a row about a person. Callable by the service
-- acting for a ministry analyst, the operator or the open-data export, refused otherwise.
create function ministry_guard() returns void
language plpgsql stable
as $$
begin
  if coalesce(current_setting('cdlp.role', true), '') not in ('MINISTRY_ANALYST', 'PLATFORM_OPERATOR', 'OPENDATA') then
    raise exception 'reserved to the ministry' using errcode = 'insufficient_privilege';
  end if;
end
$$;

create function ministry_counters(p_kind char, p_from date, p_to date)
returns table (department_code text, metric text, dim text, bucket integer, value bigint)
language plpgsql stable security definer set search_path = public, pg_temp
as $$
begin
  perform ministry_guard();
  return query
    select c.department_code, c.metric, c.dim, c.bucket, sum(c.value)::bigint
    from stats_counters c
    where c.period_kind = p_kind and c.period_start >= p_from and c.period_start <= p_to
    group by 1, 2, 3, 4;
end
$$;

-- Parcours in progress at the end of a day: started minus ended, up to that day.
create function ministry_in_progress(p_at date)
returns table (department_code text, dim text, value bigint)
language plpgsql stable security definer set search_path = public, pg_temp
as $$
begin
  perform ministry_guard();
  return query
    select c.department_code, c.dim,
           sum(case when c.metric = 'PARCOURS_STARTED' then c.value else -c.value end)::bigint
    from stats_counters c
    where c.period_kind = 'M' and c.period_start <= p_at
      and c.metric in ('PARCOURS_STARTED', 'PARCOURS_COMPLETED', 'PARCOURS_NOT_RENEWED', 'PARCOURS_STOPPED')
    group by 1, 2;
end
$$;

-- Per département: commission installation, sessions held in the period, associations with an
-- agrément in force at its end.
create function ministry_context(p_from date, p_to date)
returns table (department_code text, installed_on date, sessions_held bigint, associations_in_force bigint)
language plpgsql stable security definer set search_path = public, pg_temp
as $$
begin
  perform ministry_guard();
  return query
    select d.code,
           (select c.installed_on from commissions c where c.department_code = d.code),
           (select count(*) from commission_sessions s where s.department_code = d.code and s.status = 'CLOSED'
              and s.scheduled_at::date between p_from and p_to),
           (select count(distinct g.association_id) from agrements g where g.department_code = d.code
              and g.status in ('GRANTED', 'TACIT') and (g.valid_from is null or g.valid_from <= p_to)
              and (g.valid_until is null or g.valid_until >= p_to))
    from departments d order by d.sort_key;
end
$$;

-- Declared indicators: the current value of each (département, indicator), summed over the
-- declarations of the report's own granularity within its range.
create function ministry_declared(p_kind char, p_from date, p_to date)
returns table (department_code text, indicator text, value bigint)
language plpgsql stable security definer set search_path = public, pg_temp
as $$
begin
  perform ministry_guard();
  return query
    select x.department_code, x.indicator, sum(x.value)::bigint from (
      select distinct on (i.department_code, i.period_kind, i.period_start, i.indicator)
             i.department_code, i.indicator, i.value
      from declared_indicators i where i.period_kind = p_kind and i.period_start between p_from and p_to
      order by i.department_code, i.period_kind, i.period_start, i.indicator, i.declared_at desc) x
    group by 1, 2;
end
$$;

revoke all on function ministry_counters(char, date, date), ministry_in_progress(date),
  ministry_context(date, date), ministry_declared(char, date, date) from public;
grant execute on function ministry_counters(char, date, date), ministry_in_progress(date),
  ministry_context(date, date), ministry_declared(char, date, date) to cdlp_app;
