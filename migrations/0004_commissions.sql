-- The commission of each onboarded département and its composition (CASF R.121-12-7).
-- Tenant tables: department_code leads every key; a restrictive policy pins every command to
-- the département in context, and permissive ones say which acting role may do what.
set local role cdlp_owner;

create table commissions (
  department_code text not null references departments (code),
  id uuid not null default gen_random_uuid(),
  installed_on date not null,
  -- The prefect's arrêté that sets the list of members.
  arrete_reference text not null,
  created_at timestamptz not null default now(),
  created_by uuid references users (id),
  primary key (department_code, id),
  constraint commissions_one_per_department unique (department_code)
);

create table commission_members (
  department_code text not null references departments (code),
  id uuid not null default gen_random_uuid(),
  commission_id uuid not null,
  full_name text not null check (btrim(full_name) <> ''),
  seat text not null check (seat in ('PRESIDENT', 'MAGISTRATE', 'SOCIAL_COHESION',
    'PUBLIC_SECURITY', 'JUDICIAL_POLICE', 'GENDARMERIE', 'FOREIGNERS_DEPARTMENT', 'LABOUR',
    'EDUCATION', 'DOCTOR', 'LOCAL_AUTHORITY', 'APPROVED_ASSOCIATION', 'CHILD_PROTECTION',
    'DEPARTMENTAL_COUNCIL')),
  organisation text,
  user_id uuid references users (id),
  voting boolean not null default true,
  term_start date not null,
  term_end date not null,
  ended_on date,
  ended_reason text,
  created_at timestamptz not null default now(),
  created_by uuid references users (id),
  primary key (department_code, id),
  foreign key (department_code, commission_id) references commissions (department_code, id),
  constraint commission_members_term check (term_end > term_start),
  constraint commission_members_ended check (ended_on is null or ended_on between term_start and term_end)
);
create index commission_members_commission on commission_members (department_code, commission_id, term_end);

alter table commissions enable row level security;
alter table commissions force row level security;
create policy commissions_tenant on commissions as restrictive for all to cdlp_app
  using (department_code = current_setting('cdlp.department', true));
create policy commissions_read on commissions for select to cdlp_app using (true);
create policy commissions_install on commissions for insert to cdlp_app
  with check (current_setting('cdlp.role', true) = 'PLATFORM_OPERATOR');
create policy commissions_amend on commissions for update to cdlp_app
  using (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PLATFORM_OPERATOR'));
create policy commissions_no_delete on commissions for delete to cdlp_app using (false);
grant select, insert, update (installed_on, arrete_reference) on commissions to cdlp_app;

alter table commission_members enable row level security;
alter table commission_members force row level security;
create policy commission_members_tenant on commission_members as restrictive for all to cdlp_app
  using (department_code = current_setting('cdlp.department', true));
create policy commission_members_read on commission_members for select to cdlp_app using (true);
create policy commission_members_appoint on commission_members for insert to cdlp_app
  with check (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT'));
create policy commission_members_amend on commission_members for update to cdlp_app
  using (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT'));
create policy commission_members_no_delete on commission_members for delete to cdlp_app using (false);
grant select, insert, update (ended_on, ended_reason) on commission_members to cdlp_app;
