-- E-mail outbox and the hash-chained audit log.
set local role cdlp_owner;

-- Messages are written here in the transaction that causes them; a delivery worker (SMTP,
-- to come) reads them under its own role. department_code is null for national messages.
create table outbox_emails (
  id uuid primary key default gen_random_uuid(),
  department_code text references departments (code),
  kind text not null,
  recipient text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  attempts integer not null default 0,
  last_error text
);
create index outbox_emails_pending on outbox_emails (department_code, created_at) where sent_at is null;

alter table outbox_emails enable row level security;
alter table outbox_emails force row level security;
create policy outbox_emails_tenant on outbox_emails as restrictive for all to cdlp_app
  using (department_code is not distinct from nullif(current_setting('cdlp.department', true), ''));
create policy outbox_emails_write on outbox_emails for insert to cdlp_app with check (true);
-- Only the delivery worker reads or marks messages: they may carry invitation links.
create policy outbox_emails_deliver_read on outbox_emails for select to cdlp_app
  using (current_setting('cdlp.role', true) = 'OUTBOX_WORKER');
create policy outbox_emails_deliver_mark on outbox_emails for update to cdlp_app
  using (current_setting('cdlp.role', true) = 'OUTBOX_WORKER');
create policy outbox_emails_no_delete on outbox_emails for delete to cdlp_app using (false);
grant insert (department_code, kind, recipient, subject, body) on outbox_emails to cdlp_app;
grant select, update (sent_at, attempts, last_error) on outbox_emails to cdlp_app;

-- Audit log: one hash chain per département, plus a national chain (department_code null).
-- Each entry's hash covers the previous entry's hash, so editing or removing an entry breaks
-- every later link. The chain heads live in a table the service cannot read or write; a
-- SECURITY DEFINER trigger (owned by cdlp_owner) serialises appends per chain on its row lock.
create table audit_chain_heads (
  chain_key text primary key,
  last_seq bigint not null,
  last_hash bytea not null
);

create table audit_log (
  id bigint generated always as identity primary key,
  department_code text references departments (code),
  seq bigint not null,
  occurred_at timestamptz not null,
  actor_user_id uuid,
  actor_role text,
  action text not null,
  target_type text,
  target_id text,
  details jsonb not null default '{}'::jsonb,
  prev_hash bytea not null,
  hash bytea not null,
  constraint audit_log_chain_seq unique nulls not distinct (department_code, seq)
);

create function audit_entry_hash(prev bytea, seq bigint, department_code text,
  occurred_at timestamptz, actor_user_id uuid, actor_role text, action text,
  target_type text, target_id text, details jsonb) returns bytea
language sql stable
as $$
  select sha256(prev || convert_to(concat_ws(chr(31),
    seq::text,
    coalesce(department_code, '*'),
    to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(actor_user_id::text, ''),
    coalesce(actor_role, ''),
    action,
    coalesce(target_type, ''),
    coalesce(target_id, ''),
    details::text), 'UTF8'))
$$;

create function audit_log_chain() returns trigger
language plpgsql security definer set search_path = public, pg_temp
as $$
declare
  key text := coalesce(new.department_code, '*');
  head audit_chain_heads%rowtype;
begin
  insert into audit_chain_heads (chain_key, last_seq, last_hash)
    values (key, 0, ''::bytea) on conflict (chain_key) do nothing;
  select * into head from audit_chain_heads where chain_key = key for update;
  new.seq := head.last_seq + 1;
  new.prev_hash := head.last_hash;
  new.occurred_at := clock_timestamp();
  new.hash := audit_entry_hash(new.prev_hash, new.seq, new.department_code, new.occurred_at,
    new.actor_user_id, new.actor_role, new.action, new.target_type, new.target_id, new.details);
  update audit_chain_heads set last_seq = new.seq, last_hash = new.hash where chain_key = key;
  return new;
end
$$;
revoke all on function audit_log_chain() from public;

create function audit_log_append_only() returns trigger
language plpgsql
as $$
begin
  raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_log_chain();
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy audit_log_tenant on audit_log as restrictive for all to cdlp_app
  using (department_code is not distinct from nullif(current_setting('cdlp.department', true), ''));
create policy audit_log_append on audit_log for insert to cdlp_app with check (true);
create policy audit_log_read on audit_log for select to cdlp_app
  using (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PLATFORM_OPERATOR'));
create policy audit_log_no_update on audit_log for update to cdlp_app using (false);
create policy audit_log_no_delete on audit_log for delete to cdlp_app using (false);
-- No UPDATE or DELETE grant: the log is append-only for the service too.
grant insert (department_code, actor_user_id, actor_role, action, target_type, target_id, details)
  on audit_log to cdlp_app;
grant select on audit_log to cdlp_app;
