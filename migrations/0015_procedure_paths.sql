-- The procedure off the happy path (issue 19): sessions adjourned for want of quorum and their
-- second convocation, cancelled sessions, attendance by mandate or at a distance, benefits
-- counted once, a stop that cancels the later periods, members that can be corrected, and the
-- commission's settings (co-presidency, renewal window).

set local role cdlp_owner;

-- Sessions: décret 2006-672 arts. 10-11 (now CRPA R.133-x).
alter table commission_sessions drop constraint commission_sessions_status_check;
alter table commission_sessions add constraint commission_sessions_status_check
  check (status in ('SCHEDULED', 'ADJOURNED', 'CANCELLED', 'CLOSED'));
alter table commission_sessions
  -- The adjourned session a second convocation follows, on the same agenda.
  add column follows_session_id uuid,
  -- The opening: when quorum was counted, and on what.
  add column opened_at timestamptz,
  add column quorum_members integer,
  add column quorum_counted integer,
  -- Adjourned or cancelled: when and why.
  add column ended_at timestamptz,
  add column end_reason text;
alter table commission_sessions add constraint commission_sessions_follows
  foreign key (department_code, follows_session_id) references commission_sessions (department_code, id);
create unique index commission_sessions_one_second_convocation
  on commission_sessions (department_code, follows_session_id) where follows_session_id is not null;

-- Attendance: present, remote (audio or video), absent having given a mandate, or absent.
alter table session_attendance add column mode text, add column mandate_to uuid;
update session_attendance set mode = case when present then 'PRESENT' else 'ABSENT' end;
alter table session_attendance alter column mode set not null;
alter table session_attendance add constraint session_attendance_mode
  check (mode in ('PRESENT', 'REMOTE', 'MANDATE', 'ABSENT'));
alter table session_attendance add constraint session_attendance_mandate
  check ((mode = 'MANDATE') = (mandate_to is not null) and mandate_to is distinct from member_id);
alter table session_attendance add constraint session_attendance_mandate_member
  foreign key (department_code, mandate_to) references commission_members (department_code, id);
-- Nobody holds more than one mandate (art. 10).
create unique index session_attendance_one_mandate
  on session_attendance (department_code, session_id, mandate_to) where mandate_to is not null;

-- Commission members: an e-mail (also added by migration 0014 on another stream; harmless
-- twice), and the fields a correction may change.
alter table commission_members add column if not exists email text;
-- The invitation that links a member to an account: once accepted, the member's user_id is
-- set by the trigger below (the person accepting acts in no département role yet).
alter table commission_members add column invitation_id uuid references invitations (id);
-- `ended_on` is now the day from which the member no longer sits (today included).
comment on column commission_members.ended_on is 'First day the member no longer sits (end effective from).';

create policy commission_members_owner_link_read on commission_members for select to cdlp_owner
  using (invitation_id is not null);
create policy commission_members_owner_link on commission_members for update to cdlp_owner
  using (invitation_id is not null and user_id is null) with check (invitation_id is not null);
create function link_commission_member() returns trigger
language plpgsql security definer set search_path = public, pg_temp
as $$
begin
  if new.accepted_by is not null and old.accepted_at is null and new.role = 'COMMISSION_MEMBER' then
    update commission_members set user_id = new.accepted_by
      where invitation_id = new.id and department_code = new.department_code and user_id is null;
  end if;
  return new;
end
$$;
create trigger invitations_link_commission_member after update of accepted_at on invitations
  for each row execute function link_commission_member();

-- Agréments are public acts: the commission's members read who sits for an approved
-- association on a session day.
create policy agrements_commission_read on agrements for select to cdlp_app
  using (current_setting('cdlp.role', true) = 'COMMISSION_MEMBER');
grant update (full_name, organisation, email, user_id, voting, term_end, association_id, invitation_id)
  on commission_members to cdlp_app;

-- The commission's settings: co-presidency named by the département's arrêté (Paris,
-- Bouches-du-Rhône), and how long before a period ends its renewal may be requested.
alter table commissions
  add column co_presided boolean not null default false,
  add column renewal_window_months smallint not null default 2
    constraint commissions_renewal_window check (renewal_window_months between 1 and 6);
grant update (co_presided, renewal_window_months) on commissions to cdlp_app;

-- Periods: a stop ends the running one early and cancels the later ones; each counted benefit
-- event is counted once, whatever the number of edits.
alter table periods
  add column stopped_on date,
  add column cancelled_on date,
  add column counted text[] not null default '{}';
-- What was counted before this migration: a date already recorded was counted then.
update periods set counted = array_remove(array[
  case when afis_granted_on is not null then 'AFIS_GRANTED' end,
  case when aps_issued_on is not null then 'APS_ISSUED' end], null);

-- RNA numbers embed the declaring prefecture's département: Corsica's read W2A…/W2B….
alter table associations drop constraint associations_rna_format;
alter table associations add constraint associations_rna_format
  check (rna ~ '^W([0-9]{9}|2[AB][0-9]{7})$');

-- A renewal's evaluation (R.121-12-9 §2), written by the association for the request in flight.
alter table dossiers
  add column renewal_actions_results text,
  add column renewal_commitments_kept text,
  add column renewal_difficulties text;
