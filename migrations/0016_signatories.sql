-- Who signs the prefect's decisions, per département (CRPA L.212-1: every decision shows its
-- author's first name, name and quality; the prefecture records it and the delegation it
-- signs under, and may change it). The decision letters read it; the competent tribunal
-- administratif is named in their voies et délais de recours.
set local role cdlp_owner;

create table decision_signatories (
  department_code text primary key references departments (code),
  first_name text not null check (length(btrim(first_name)) between 1 and 100),
  last_name text not null check (length(btrim(last_name)) between 1 and 100),
  quality text not null check (length(btrim(quality)) between 1 and 300),
  delegation text not null default '' check (length(delegation) <= 300),
  tribunal text check (tribunal is null or length(btrim(tribunal)) between 1 and 200),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid references users (id)
);

alter table decision_signatories enable row level security;
alter table decision_signatories force row level security;
create policy decision_signatories_tenant on decision_signatories as restrictive for all to cdlp_app
  using (department_code = current_setting('cdlp.department', true));
-- Anyone who may download a letter of the département reads who signs it.
create policy decision_signatories_read on decision_signatories for select to cdlp_app using (true);
create policy decision_signatories_set on decision_signatories for insert to cdlp_app
  with check (current_setting('cdlp.role', true) = 'PREFECTURE_ADMIN');
create policy decision_signatories_change on decision_signatories for update to cdlp_app
  using (current_setting('cdlp.role', true) = 'PREFECTURE_ADMIN')
  with check (current_setting('cdlp.role', true) = 'PREFECTURE_ADMIN');
create policy decision_signatories_no_delete on decision_signatories for delete to cdlp_app
  using (false);
grant select, insert, update (first_name, last_name, quality, delegation, tribunal, version,
  updated_at, updated_by) on decision_signatories to cdlp_app;
