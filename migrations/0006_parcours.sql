-- Parcours de sortie: agréments in force (the minimum dossiers need; their workflow comes with
-- the agrément work), dossiers with their encrypted identity, document de suivi, periods,
-- decisions, commission sessions with agenda, attendance, votes and avis, attached documents
-- and the timeline. Every table is a tenant table: department_code leads every key, RLS is
-- enabled and forced, a restrictive policy pins it to the département in context, and
-- permissive policies say which acting role sees or writes what.
set local role cdlp_owner;

-- Members sitting for an approved association: the association they represent (recusal).
alter table commission_members add column association_id uuid references associations (id);

create table agrements (
  department_code text not null references departments (code),
  id uuid not null default gen_random_uuid(),
  association_id uuid not null references associations (id),
  status text not null check (status in ('REQUESTED', 'INCOMPLETE', 'COMPLETE', 'GRANTED', 'TACIT',
    'REFUSED', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED')),
  valid_from date,
  valid_until date,
  arrete_reference text,
  created_at timestamptz not null default now(),
  primary key (department_code, id),
  constraint agrements_validity check (valid_until is null or valid_from is null or valid_until > valid_from)
);
create index agrements_association on agrements (department_code, association_id, status);

-- One data key per département, wrapped by the master key (CDLP_MASTER_KEY).
create table department_keys (
  department_code text not null references departments (code),
  key_version smallint not null default 1,
  wrapped_key bytea not null,
  created_at timestamptz not null default now(),
  primary key (department_code, key_version)
);

create table dossiers (
  department_code text not null references departments (code),
  id uuid not null default gen_random_uuid(),
  -- Pseudonymous reference shown everywhere: département, year, number.
  reference text not null,
  association_id uuid not null references associations (id),
  status text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ON_AGENDA',
    'AWAITING_DECISION', 'IN_PROGRESS', 'REFUSED', 'WITHDRAWN', 'COMPLETED', 'NOT_RENEWED', 'STOPPED')),
  renewal_number smallint not null default 0 check (renewal_number between 0 and 3),
  stop_reason text check (stop_reason in ('COMMITMENTS_NOT_KEPT', 'PERSON_REQUEST', 'CONDITIONS_NO_LONGER_MET')),
  -- Optimistic concurrency: every change names the version it saw.
  version integer not null default 1,
  -- Coarse statistical attributes, in clear and apart from the identity.
  sex text check (sex in ('F', 'M', 'X')),
  age_band text check (age_band in ('18_24', '25_34', '35_44', '45_54', '55_PLUS')),
  nationality_group text check (nationality_group in ('FRENCH', 'EU', 'NON_EU')),
  statistics_consent boolean,
  children smallint check (children between 0 and 20),
  -- Document de suivi: the person's commitments and the association's avis.
  commitments text,
  association_avis text,
  -- The open session whose agenda holds the dossier: what commission members may read.
  agenda_session_id uuid,
  return_reason text,
  created_at timestamptz not null default now(),
  created_by uuid references users (id),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  closed_at timestamptz,
  primary key (department_code, id),
  constraint dossiers_reference_key unique (department_code, reference)
);
create index dossiers_page on dossiers (department_code, updated_at desc, id desc);
create index dossiers_association on dossiers (department_code, association_id, updated_at desc);
create index dossiers_status on dossiers (department_code, status, updated_at desc);
create index dossiers_agenda on dossiers (department_code, agenda_session_id) where agenda_session_id is not null;

-- Identity, encrypted by the application (XChaCha20-Poly1305, per-département key); the
-- ciphertext is bound to its département, dossier and field.
create table dossier_identities (
  department_code text not null,
  dossier_id uuid not null,
  key_version smallint not null,
  first_name bytea not null,
  last_name bytea not null,
  birth_date bytea,
  nationality bytea,
  contact bytea,
  updated_at timestamptz not null default now(),
  primary key (department_code, dossier_id),
  foreign key (department_code, dossier_id) references dossiers (department_code, id),
  foreign key (department_code, key_version) references department_keys (department_code, key_version)
);

-- Actions of the projet d'insertion (document de suivi).
create table dossier_actions (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  dossier_id uuid not null,
  position smallint not null,
  domain text not null check (domain in ('SOCIAL', 'PROFESSIONAL', 'HOUSING', 'HEALTH', 'LANGUAGE_TRAINING')),
  description text not null,
  duration_months smallint check (duration_months between 1 and 24),
  expected_result text,
  primary key (department_code, id),
  foreign key (department_code, dossier_id) references dossiers (department_code, id)
);
create index dossier_actions_dossier on dossier_actions (department_code, dossier_id, position);

create table commission_sessions (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  commission_id uuid not null,
  scheduled_at timestamptz not null,
  place text not null,
  visio boolean not null default false,
  second_convocation boolean not null default false,
  status text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CLOSED')),
  convened_at timestamptz,
  closed_at timestamptz,
  minutes_pdf bytea,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid references users (id),
  primary key (department_code, id),
  foreign key (department_code, commission_id) references commissions (department_code, id)
);
create index commission_sessions_date on commission_sessions (department_code, scheduled_at desc);

alter table dossiers add foreign key (department_code, agenda_session_id)
  references commission_sessions (department_code, id);

create table session_attendance (
  department_code text not null,
  session_id uuid not null,
  member_id uuid not null,
  present boolean not null,
  primary key (department_code, session_id, member_id),
  foreign key (department_code, session_id) references commission_sessions (department_code, id),
  foreign key (department_code, member_id) references commission_members (department_code, id)
);

create table agenda_items (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  session_id uuid not null,
  dossier_id uuid not null,
  renewal_number smallint not null,
  position smallint not null,
  added_at timestamptz not null default now(),
  primary key (department_code, id),
  constraint agenda_items_once unique (department_code, session_id, dossier_id, renewal_number),
  foreign key (department_code, session_id) references commission_sessions (department_code, id),
  foreign key (department_code, dossier_id) references dossiers (department_code, id)
);

create table avis (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  dossier_id uuid not null,
  agenda_item_id uuid not null,
  renewal_number smallint not null,
  kind text not null check (kind in ('FAVOURABLE', 'UNFAVOURABLE', 'ADJOURNED')),
  votes_for integer not null default 0,
  votes_against integer not null default 0,
  abstentions integer not null default 0,
  casting_vote_used boolean not null default false,
  remarks text,
  recorded_at timestamptz not null default now(),
  recorded_by uuid references users (id),
  primary key (department_code, id),
  constraint avis_once unique (department_code, agenda_item_id),
  foreign key (department_code, dossier_id) references dossiers (department_code, id),
  foreign key (department_code, agenda_item_id) references agenda_items (department_code, id)
);

create table votes (
  department_code text not null,
  agenda_item_id uuid not null,
  member_id uuid not null,
  vote text not null check (vote in ('FOR', 'AGAINST', 'ABSTAIN')),
  primary key (department_code, agenda_item_id, member_id),
  foreign key (department_code, agenda_item_id) references agenda_items (department_code, id),
  foreign key (department_code, member_id) references commission_members (department_code, id)
);

create table decisions (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  dossier_id uuid not null,
  renewal_number smallint not null,
  outcome text not null check (outcome in ('AUTHORISED', 'REFUSED', 'STOPPED')),
  decided_on date not null,
  reference text not null,
  reasons text not null,
  stop_reason text,
  created_at timestamptz not null default now(),
  created_by uuid references users (id),
  primary key (department_code, id),
  constraint decisions_reference_key unique (department_code, reference),
  foreign key (department_code, dossier_id) references dossiers (department_code, id)
);

create table periods (
  department_code text not null,
  dossier_id uuid not null,
  number smallint not null check (number between 1 and 4),
  start_date date not null,
  end_date date not null,
  decision_id uuid not null,
  afis_requested_on date,
  afis_granted_on date,
  afis_monthly_cents integer,
  afis_last_paid_month date,
  aps_requested_on date,
  aps_issued_on date,
  housing_support text,
  primary key (department_code, dossier_id, number),
  foreign key (department_code, dossier_id) references dossiers (department_code, id),
  foreign key (department_code, decision_id) references decisions (department_code, id),
  constraint periods_dates check (end_date > start_date)
);
create index periods_end on periods (department_code, end_date);

create table dossier_documents (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  dossier_id uuid not null,
  kind text not null,
  filename text not null,
  content_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  storage_key text not null,
  uploaded_at timestamptz not null default now(),
  uploaded_by uuid references users (id),
  primary key (department_code, id),
  foreign key (department_code, dossier_id) references dossiers (department_code, id)
);

-- The timeline: every event on a dossier, written in the transaction of the change.
create table dossier_events (
  department_code text not null,
  id uuid not null default gen_random_uuid(),
  dossier_id uuid not null,
  occurred_at timestamptz not null default clock_timestamp(),
  actor_user_id uuid,
  actor_role text,
  kind text not null,
  details jsonb not null default '{}'::jsonb,
  primary key (department_code, id),
  foreign key (department_code, dossier_id) references dossiers (department_code, id)
);
create index dossier_events_dossier on dossier_events (department_code, dossier_id, occurred_at);

-- Sequence of pseudonymous references per département and year.
create table dossier_reference_counters (
  department_code text not null references departments (code),
  year smallint not null,
  last_number integer not null,
  primary key (department_code, year)
);

-- Policies. The same restrictive tenant policy on every table.
do $$
declare t text;
begin
  foreach t in array array['agrements', 'department_keys', 'dossiers', 'dossier_identities',
    'dossier_actions', 'commission_sessions', 'session_attendance', 'agenda_items', 'avis', 'votes',
    'decisions', 'periods', 'dossier_documents', 'dossier_events', 'dossier_reference_counters']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I as restrictive for all to cdlp_app '
      'using (department_code = current_setting(''cdlp.department'', true))', t || '_tenant', t);
  end loop;
end
$$;

-- agrements: read by the département's staff and by the association concerned; written by the
-- prefecture.
create policy agrements_read on agrements for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'PLATFORM_OPERATOR')
  or association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid);
create policy agrements_write on agrements for insert to cdlp_app
  with check (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT'));
create policy agrements_update on agrements for update to cdlp_app
  using (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT'));
create policy agrements_no_delete on agrements for delete to cdlp_app using (false);
grant select, insert, update on agrements to cdlp_app;

-- department_keys: readable and creatable by whoever handles identities in the département;
-- never changed or deleted by the service.
create policy department_keys_read on department_keys for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'ASSOCIATION_ADMIN', 'ASSOCIATION_WORKER'));
create policy department_keys_create on department_keys for insert to cdlp_app with check (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'ASSOCIATION_ADMIN', 'ASSOCIATION_WORKER'));
create policy department_keys_no_update on department_keys for update to cdlp_app using (false);
create policy department_keys_no_delete on department_keys for delete to cdlp_app using (false);
grant select, insert on department_keys to cdlp_app;

-- Dossiers and everything hanging from them: the prefecture sees its département's; an
-- association sees its own; a commission member sees the dossiers on an open session's agenda
-- (never their identity: dossier_identities has no policy for them); the background job acts
-- as SYSTEM.
create policy dossiers_read on dossiers for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'SYSTEM')
  or association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid
  or (current_setting('cdlp.role', true) = 'COMMISSION_MEMBER' and agenda_session_id is not null));
create policy dossiers_create on dossiers for insert to cdlp_app with check (
  current_setting('cdlp.role', true) in ('ASSOCIATION_ADMIN', 'ASSOCIATION_WORKER')
  and association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid);
create policy dossiers_update on dossiers for update to cdlp_app using (
  current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'SYSTEM')
  or association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid);
create policy dossiers_no_delete on dossiers for delete to cdlp_app using (false);
grant select, insert, update on dossiers to cdlp_app;

-- Child tables carry the dossier's association so the same rule applies without a subquery.
do $$
declare t text;
begin
  foreach t in array array['dossier_identities', 'dossier_actions', 'decisions', 'periods',
    'dossier_documents', 'dossier_events']
  loop
    execute format('alter table %I add column association_id uuid not null references associations (id)', t);
    execute format('create index on %I (department_code, association_id)', t);
    execute format('create policy %I on %I for select to cdlp_app using ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT'', ''SYSTEM'') '
      'or association_id = nullif(current_setting(''cdlp.association_id'', true), '''')::uuid)', t || '_read', t);
    execute format('create policy %I on %I for insert to cdlp_app with check ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT'', ''SYSTEM'') '
      'or association_id = nullif(current_setting(''cdlp.association_id'', true), '''')::uuid)', t || '_write', t);
    execute format('create policy %I on %I for update to cdlp_app using ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT'', ''SYSTEM'') '
      'or association_id = nullif(current_setting(''cdlp.association_id'', true), '''')::uuid)', t || '_update', t);
  end loop;
end
$$;
-- Actions may be replaced by the association while it edits; nothing else is ever deleted.
create policy dossier_actions_delete on dossier_actions for delete to cdlp_app using (
  association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid);
create policy dossier_identities_no_delete on dossier_identities for delete to cdlp_app using (false);
create policy decisions_no_delete on decisions for delete to cdlp_app using (false);
create policy periods_no_delete on periods for delete to cdlp_app using (false);
create policy dossier_documents_no_delete on dossier_documents for delete to cdlp_app using (false);
create policy dossier_events_no_delete on dossier_events for delete to cdlp_app using (false);
-- Commission members read the actions of agenda dossiers (the document de suivi), pseudonymised.
create policy dossier_actions_commission on dossier_actions for select to cdlp_app using (
  current_setting('cdlp.role', true) = 'COMMISSION_MEMBER');
grant select, insert, update on dossier_identities, decisions, periods, dossier_documents to cdlp_app;
grant select, insert, update, delete on dossier_actions to cdlp_app;
grant select, insert on dossier_events to cdlp_app;

-- Sessions and their parts: run by the prefecture, read by the commission's members.
do $$
declare t text;
begin
  foreach t in array array['commission_sessions', 'session_attendance', 'agenda_items', 'avis', 'votes']
  loop
    execute format('create policy %I on %I for select to cdlp_app using ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT'', ''COMMISSION_MEMBER'', ''SYSTEM''))',
      t || '_read', t);
    execute format('create policy %I on %I for insert to cdlp_app with check ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT''))', t || '_write', t);
    execute format('create policy %I on %I for update to cdlp_app using ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT''))', t || '_update', t);
    execute format('create policy %I on %I for delete to cdlp_app using ('
      'current_setting(''cdlp.role'', true) in (''PREFECTURE_ADMIN'', ''PREFECTURE_AGENT''))', t || '_delete', t);
  end loop;
end
$$;
-- An association sees the avis given on its own dossiers (through the dossier's association).
alter table avis add column association_id uuid not null references associations (id);
create policy avis_association on avis for select to cdlp_app using (
  association_id = nullif(current_setting('cdlp.association_id', true), '')::uuid);
grant select, insert, update, delete on commission_sessions, session_attendance, agenda_items, avis, votes to cdlp_app;

-- Reference counters: whoever creates dossiers in the département.
create policy dossier_reference_counters_all on dossier_reference_counters for select to cdlp_app using (
  current_setting('cdlp.role', true) in ('ASSOCIATION_ADMIN', 'ASSOCIATION_WORKER'));
create policy dossier_reference_counters_insert on dossier_reference_counters for insert to cdlp_app with check (
  current_setting('cdlp.role', true) in ('ASSOCIATION_ADMIN', 'ASSOCIATION_WORKER'));
create policy dossier_reference_counters_update on dossier_reference_counters for update to cdlp_app using (
  current_setting('cdlp.role', true) in ('ASSOCIATION_ADMIN', 'ASSOCIATION_WORKER'));
create policy dossier_reference_counters_no_delete on dossier_reference_counters for delete to cdlp_app using (false);
grant select, insert, update on dossier_reference_counters to cdlp_app;
