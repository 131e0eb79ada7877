-- Associations and their agrément in each département (CASF R.121-12-1 to R.121-12-3):
-- the registry's details, the request file and its pieces, instruction (missing pieces within
-- two months, tacit agrément after four months of silence on a complete file), decisions,
-- renewal, suspension, withdrawal, expiry, the commission's optional avis, transfers of
-- dossiers between associations, and workers limited to some départements.
set local role cdlp_owner;

alter table associations
  add column seat_address text,
  add column seat_department_code text references departments (code),
  add column declared_on date,
  add column contact_email text,
  add column contact_phone text;

-- An association worker may be limited to some départements (null: all of the association's).
alter table memberships add column department_codes text[];
alter table invitations add column department_codes text[];
grant update (department_codes) on memberships to cdlp_app;

alter table agrements
  add column requested_on date,
  add column requested_by uuid references users (id),
  add column renewal_of uuid,
  add column missing_pieces text,
  add column missing_pieces_notified_on date,
  add column completed_on date,
  add column decided_on date,
  add column reasons text,
  add column tacit boolean not null default false,
  add column expiry_reminded_on date,
  add column version integer not null default 1,
  add column updated_at timestamptz not null default now();
alter table agrements add foreign key (department_code, renewal_of) references agrements (department_code, id);
-- One open request per association and département at a time.
create unique index agrements_one_open on agrements (department_code, association_id)
  where status in ('REQUESTED', 'INCOMPLETE', 'COMPLETE');

create table agrement_documents (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  agrement_id uuid not null,
  association_id uuid not null references associations (id),
  kind text not null check (kind in ('GA_DELIBERATION', 'MEANS_AND_PARTNERS', 'STAFF_TRAINING',
    'ASSOCIATION_IDENTITY', 'OTHER')),
  filename text not null,
  content_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  storage_key text not null,
  uploaded_at timestamptz not null default now(),
  uploaded_by uuid references users (id),
  primary key (department_code, id),
  foreign key (department_code, agrement_id) references agrements (department_code, id)
);

create table agrement_events (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  agrement_id uuid not null,
  association_id uuid not null references associations (id),
  occurred_at timestamptz not null default clock_timestamp(),
  actor_user_id uuid,
  actor_role text,
  kind text not null,
  details jsonb not null default '{}'::jsonb,
  primary key (department_code, id),
  foreign key (department_code, agrement_id) references agrements (department_code, id)
);
create index agrement_events_agrement on agrement_events (department_code, agrement_id, occurred_at);

-- The commission's (optional) avis on an agrément request, given in a session.
create table agrement_reviews (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  agrement_id uuid not null,
  association_id uuid not null references associations (id),
  session_id uuid not null,
  kind text not null check (kind in ('FAVOURABLE', 'UNFAVOURABLE', 'ADJOURNED')),
  remarks text,
  recorded_at timestamptz not null default now(),
  recorded_by uuid references users (id),
  primary key (department_code, id),
  foreign key (department_code, agrement_id) references agrements (department_code, id),
  foreign key (department_code, session_id) references commission_sessions (department_code, id)
);

create table transfers (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  dossier_id uuid not null,
  dossier_reference text not null,
  from_association_id uuid not null references associations (id),
  to_association_id uuid not null references associations (id),
  status text not null default 'PROPOSED' check (status in ('PROPOSED', 'ACCEPTED', 'REFUSED', 'CANCELLED')),
  proposed_at timestamptz not null default now(),
  proposed_by uuid references users (id),
  answered_at timestamptz,
  answered_by uuid references users (id),
  answer_reason text,
  primary key (department_code, id),
  foreign key (department_code, dossier_id) references dossiers (department_code, id),
  constraint transfers_other_association check (from_association_id <> to_association_id)
);
create unique index transfers_one_open on transfers (department_code, dossier_id) where status = 'PROPOSED';

do $$
declare t text;
begin
  foreach t in array array['agrement_documents', 'agrement_events', 'agrement_reviews', 'transfers']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I as restrictive for all to cdlp_app '
      'using (department_code = current_setting(''cdlp.department'', true))', t || '_tenant', t);
  end loop;
  foreach t in array array['agrement_documents', 'agrement_events']
  loop
    execute format('create policy %I on %I for select to cdlp_app using ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT'', ''SYSTEM'') '
      'or association_id = nullif(current_setting(''cdlp.association_id'', true), '''')::uuid)', t || '_read', t);
    execute format('create policy %I on %I for insert to cdlp_app with check ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT'', ''SYSTEM'') '
      'or association_id = nullif(current_setting(''cdlp.association_id'', true), '''')::uuid)', t || '_write', t);
    execute format('create policy %I on %I for update to cdlp_app using (false)', t || '_no_update', t);
    execute format('create policy %I on %I for delete to cdlp_app using (false)', t || '_no_delete', t);
  end loop;
end
$$;
grant select, insert on agrement_documents, agrement_events to cdlp_app;

create policy agrement_reviews_read on agrement_reviews for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'COMMISSION_MEMBER')
  or association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid);
create policy agrement_reviews_write on agrement_reviews for insert to cdlp_app
  with check (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT'));
create policy agrement_reviews_no_update on agrement_reviews for update to cdlp_app using (false);
create policy agrement_reviews_no_delete on agrement_reviews for delete to cdlp_app using (false);
grant select, insert on agrement_reviews to cdlp_app;

-- Transfers: proposed by the prefecture, seen and answered by the receiving association, seen
-- by the giving one.
create policy transfers_read on transfers for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'SYSTEM')
  or to_association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid
  or from_association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid);
create policy transfers_propose on transfers for insert to cdlp_app
  with check (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT'));
create policy transfers_answer on transfers for update to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'SYSTEM')
  or to_association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid);
create policy transfers_no_delete on transfers for delete to cdlp_app using (false);
grant select, insert, update on transfers to cdlp_app;

-- Agréments: the association files its requests (and renewals) and supplies pieces; the
-- public directory reads those in force; the job (SYSTEM) applies tacit agrément and expiry.
drop policy agrements_read on agrements;
drop policy agrements_write on agrements;
drop policy agrements_update on agrements;
create policy agrements_read on agrements for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'PLATFORM_OPERATOR', 'SYSTEM', 'COMMISSION_MEMBER')
  or association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid
  or (current_setting('cdlp.role', true) = 'PUBLIC' and status in ('GRANTED', 'TACIT')));
create policy agrements_request on agrements for insert to cdlp_app with check (
  current_setting('cdlp.role', true) = 'ASSOCIATION_ADMIN'
  and association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid
  and status = 'REQUESTED');
create policy agrements_instruct on agrements for update to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'SYSTEM')
  or (current_setting('cdlp.role', true) = 'ASSOCIATION_ADMIN'
      and association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid));

-- Where an association has agrément files: the one cross-département fact its own staff
-- need to list their agréments, given without any other column.
create policy agrements_owner_directory on agrements for select to cdlp_owner using (true);
create function association_agrement_departments(association uuid) returns setof text
language sql stable security definer set search_path = public, pg_temp
as $$ select distinct department_code from agrements where association_id = association order by 1 $$;
revoke all on function association_agrement_departments(uuid) from public;
grant execute on function association_agrement_departments(uuid) to cdlp_app;

-- Public sign-up of an association invites its first admin (role REGISTRATION, own id only).
drop policy invitations_issue on invitations;
create policy invitations_issue on invitations for insert to cdlp_app
  with check (current_setting('cdlp.role', true) in
    ('PLATFORM_OPERATOR', 'PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'ASSOCIATION_ADMIN')
    or (current_setting('cdlp.role', true) = 'REGISTRATION' and role = 'ASSOCIATION_ADMIN'));

-- A membership born from an invitation carries exactly its départements too.
drop policy memberships_from_invitation on memberships;
create policy memberships_from_invitation on memberships for insert to cdlp_app
  with check (exists (
    select 1 from invitations i
    where i.token_hash = current_setting('cdlp.invitation', true)
      and i.role = memberships.role
      and i.department_code is not distinct from memberships.department_code
      and i.association_id is not distinct from memberships.association_id
      and i.department_codes is not distinct from memberships.department_codes
      and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()));

-- A transfer hands the dossier's past timeline to the receiving association: only that
-- column of the events may change (under the SYSTEM role, after an accepted transfer).
grant update (association_id) on dossier_events to cdlp_app;
