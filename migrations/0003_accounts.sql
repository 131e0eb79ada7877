-- People, organisations and who may act where.
--
-- users and associations are national (non-tenant) tables, as TENANCY.md has them: a person or
-- an association works across départements. memberships and invitations are national too (a
-- person's roles must be read before any tenant is chosen) but carry the département they
-- apply to, so they get row-level security like tenant tables: a row is visible to its own
-- holder, within its scope, or to whoever presents the invitation's token.
set local role cdlp_owner;

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null constraint users_email_key unique
    constraint users_email_normalised check (email = lower(btrim(email))),
  display_name text not null,
  password_hash text not null,
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);
grant select, insert, update (display_name, password_hash, disabled_at) on users to cdlp_app;

create table associations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  rna text constraint associations_rna_key unique
    constraint associations_rna_format check (rna ~ '^W[0-9]{9}$'),
  siret text constraint associations_siret_key unique
    constraint associations_siret_format check (siret ~ '^[0-9]{14}$'),
  created_at timestamptz not null default now()
);
grant select, insert, update (name) on associations to cdlp_app;

create table memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id),
  role text not null,
  department_code text references departments (code),
  association_id uuid references associations (id),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  constraint memberships_scope check (
    (role in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'COMMISSION_MEMBER')
      and department_code is not null and association_id is null)
    or (role in ('ASSOCIATION_ADMIN', 'ASSOCIATION_WORKER')
      and association_id is not null and department_code is null)
    or (role in ('PLATFORM_OPERATOR', 'MINISTRY_ANALYST')
      and department_code is null and association_id is null)),
  constraint memberships_once unique nulls not distinct (user_id, role, department_code, association_id)
);
create index memberships_department on memberships (department_code, user_id);
create index memberships_association on memberships (association_id, user_id);

create table invitations (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(btrim(email))),
  role text not null,
  department_code text references departments (code),
  association_id uuid references associations (id),
  -- SHA-256 of the token sent by e-mail; the token itself is never stored here.
  token_hash text not null constraint invitations_token_key unique,
  invited_by uuid references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references users (id),
  revoked_at timestamptz,
  constraint invitations_scope check (
    (role in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'COMMISSION_MEMBER')
      and department_code is not null and association_id is null)
    or (role in ('ASSOCIATION_ADMIN', 'ASSOCIATION_WORKER')
      and association_id is not null and department_code is null)
    or (role in ('PLATFORM_OPERATOR', 'MINISTRY_ANALYST')
      and department_code is null and association_id is null))
);
create index invitations_department on invitations (department_code, created_at);
create index invitations_association on invitations (association_id, created_at);

alter table memberships enable row level security;
alter table memberships force row level security;

create policy memberships_scope on memberships as restrictive for all to cdlp_app
  using (
    user_id = nullif(current_setting('cdlp.user_id', true), '')::uuid
    or department_code = current_setting('cdlp.department', true)
    or association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid
    or (department_code is null and association_id is null
        and current_setting('cdlp.role', true) = 'PLATFORM_OPERATOR'));
create policy memberships_read on memberships for select to cdlp_app using (true);
-- A membership is born only from an invitation whose token the new member presents, for
-- exactly the role and scope of that invitation. (memberships is a national table: a
-- reference table under Citus, where a subquery in a policy is allowed.)
create policy memberships_from_invitation on memberships for insert to cdlp_app
  with check (exists (
    select 1 from invitations i
    where i.token_hash = current_setting('cdlp.invitation', true)
      and i.role = memberships.role
      and i.department_code is not distinct from memberships.department_code
      and i.association_id is not distinct from memberships.association_id
      and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()));
create policy memberships_revoke on memberships for update to cdlp_app
  using (current_setting('cdlp.role', true) in ('PLATFORM_OPERATOR', 'PREFECTURE_ADMIN', 'ASSOCIATION_ADMIN'));
create policy memberships_no_delete on memberships for delete to cdlp_app using (false);
grant select, insert, update (revoked_at) on memberships to cdlp_app;

alter table invitations enable row level security;
alter table invitations force row level security;

create policy invitations_scope on invitations as restrictive for all to cdlp_app
  using (
    department_code = current_setting('cdlp.department', true)
    or association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid
    or token_hash = current_setting('cdlp.invitation', true)
    or (department_code is null and association_id is null
        and current_setting('cdlp.role', true) = 'PLATFORM_OPERATOR'));
create policy invitations_read on invitations for select to cdlp_app using (true);
create policy invitations_issue on invitations for insert to cdlp_app
  with check (current_setting('cdlp.role', true) in
    ('PLATFORM_OPERATOR', 'PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'ASSOCIATION_ADMIN'));
create policy invitations_answer on invitations for update to cdlp_app using (true);
create policy invitations_no_delete on invitations for delete to cdlp_app using (false);
grant select, insert, update (accepted_at, accepted_by, revoked_at) on invitations to cdlp_app;
