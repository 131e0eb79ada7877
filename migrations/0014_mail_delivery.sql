-- Mail that leaves: the delivery worker's bookkeeping on each outbox row, what the senders may
-- know of it, commission members' own addresses, and the convocations of each session.
set local role cdlp_owner;

-- PENDING until the relay accepts it (SENT) or gives up for good (FAILED). next_attempt_at
-- carries the back-off; smtp_reply the relay's last answer. ref_id names what the message is
-- about (an invitation, a convocation) so its sender can be shown whether it went out.
alter table outbox_emails
  add column status text not null default 'PENDING'
    constraint outbox_emails_status check (status in ('PENDING', 'SENT', 'FAILED')),
  add column next_attempt_at timestamptz not null default now(),
  add column smtp_reply text,
  add column ref_id uuid;
update outbox_emails set status = 'SENT' where sent_at is not null;
drop index outbox_emails_pending;
create index outbox_emails_due on outbox_emails (department_code, next_attempt_at) where status = 'PENDING';
create index outbox_emails_ref on outbox_emails (department_code, ref_id) where ref_id is not null;
grant insert (id, ref_id) on outbox_emails to cdlp_app;
grant update (status, next_attempt_at, smtp_reply) on outbox_emails to cdlp_app;

-- The two functions below read across the tenant policy as their owner. The owner could lift
-- RLS on its own table anyway; this policy gives it nothing it did not have, and cdlp_app
-- reaches the rows only through what the functions return.
create policy outbox_emails_owner_read on outbox_emails for select to cdlp_owner using (true);

-- Which départements (null: national messages) hold a message due now: the worker then
-- claims them one département at a time, under that département's context.
create function outbox_due_departments(p_now timestamptz)
returns table (department_code text)
language plpgsql stable security definer set search_path = public, pg_temp
as $$
begin
  if current_setting('cdlp.role', true) is distinct from 'OUTBOX_WORKER' then
    raise exception 'outbox_due_departments: the delivery worker only' using errcode = '42501';
  end if;
  return query
    select distinct o.department_code from outbox_emails o
    where o.status = 'PENDING' and o.next_attempt_at <= p_now;
end
$$;

-- Delivery status of the messages about the given objects, for the staff who sent them: never
-- the body (it may hold a link that signs someone in), only the outcome. Rows outside the
-- caller's scope (département, or national for an association's team) are not returned.
create function outbox_deliveries(p_refs uuid[])
returns table (ref_id uuid, id uuid, status text, attempts integer, created_at timestamptz,
               sent_at timestamptz, next_attempt_at timestamptz, last_error text)
language plpgsql stable security definer set search_path = public, pg_temp
as $$
begin
  if coalesce(current_setting('cdlp.role', true), '') not in
      ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'ASSOCIATION_ADMIN', 'PLATFORM_OPERATOR') then
    return;
  end if;
  return query
    select o.ref_id, o.id, o.status, o.attempts, o.created_at, o.sent_at, o.next_attempt_at,
           o.last_error
    from outbox_emails o
    where o.ref_id = any (p_refs)
      and o.department_code is not distinct from nullif(current_setting('cdlp.department', true), '')
    order by o.created_at;
end
$$;
revoke all on function outbox_due_departments(timestamptz), outbox_deliveries(uuid[]) from public;
grant execute on function outbox_due_departments(timestamptz), outbox_deliveries(uuid[]) to cdlp_app;

-- Not every member has an account: the convocation goes to the address on the member's record
-- (or to their account's). Written "if not exists": the procedure's migration adds it too.
alter table commission_members add column if not exists email text;
alter table commission_members add constraint commission_members_email_normalised
  check (email is null or email = lower(btrim(email)));
grant update (email) on commission_members to cdlp_app;

-- A session convened less than five days ahead states its urgency. convocation_due_at: the
-- agenda or the time changed after the convocation went out; an updated one leaves then
-- (the background job sends it, so a run of edits makes one message, not one per edit).
alter table commission_sessions
  add column urgency text,
  add column convocation_due_at timestamptz;
create policy commission_sessions_system on commission_sessions for update to cdlp_app
  using (current_setting('cdlp.role', true) = 'SYSTEM');

-- Who was sent what for each session: the prefecture sees whether each went out.
create table session_convocations (
  department_code text not null references departments (code),
  id uuid not null default gen_random_uuid(),
  session_id uuid not null,
  member_id uuid not null,
  kind text not null check (kind in ('CONVOCATION', 'UPDATE', 'CANCELLATION', 'ADJOURNMENT', 'MINUTES')),
  recipient text not null,
  created_at timestamptz not null default now(),
  primary key (department_code, id),
  foreign key (department_code, session_id) references commission_sessions (department_code, id),
  foreign key (department_code, member_id) references commission_members (department_code, id)
);
create index session_convocations_session on session_convocations (department_code, session_id, created_at);

alter table session_convocations enable row level security;
alter table session_convocations force row level security;
create policy session_convocations_tenant on session_convocations as restrictive for all to cdlp_app
  using (department_code = current_setting('cdlp.department', true));
create policy session_convocations_read on session_convocations for select to cdlp_app
  using (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'SYSTEM'));
create policy session_convocations_write on session_convocations for insert to cdlp_app
  with check (current_setting('cdlp.role', true) in ('PREFECTURE_ADMIN', 'PREFECTURE_AGENT', 'SYSTEM'));
create policy session_convocations_no_update on session_convocations for update to cdlp_app using (false);
create policy session_convocations_no_delete on session_convocations for delete to cdlp_app using (false);
grant select, insert on session_convocations to cdlp_app;

-- The prefecture is warned once, two weeks before an agrément request would be granted by
-- its silence.
alter table agrements add column tacit_warned_on date;
grant update (tacit_warned_on) on agrements to cdlp_app;
