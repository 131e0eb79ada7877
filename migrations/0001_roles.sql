-- Roles are cluster-wide while migrations run per database: many databases (one per test,
-- say) share one cluster and may run this at the same time. Creation is therefore idempotent
-- and tolerates a concurrent creator.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'cdlp_owner') then
    begin
      create role cdlp_owner nologin;
    exception when duplicate_object or unique_violation then null;
    end;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'cdlp_app') then
    begin
      create role cdlp_app login nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
    exception when duplicate_object or unique_violation then null;
    end;
  end if;
  -- A pre-existing cdlp_app that could bypass row-level security would defeat the design.
  if exists (select 1 from pg_roles where rolname = 'cdlp_app' and (rolsuper or rolbypassrls)) then
    alter role cdlp_app nosuperuser nobypassrls;
  end if;
  if not pg_has_role(current_user, 'cdlp_owner', 'MEMBER') then
    execute format('grant cdlp_owner to %I', current_user);
  end if;
  execute format('grant connect on database %I to cdlp_app', current_database());
end
$$;

grant usage, create on schema public to cdlp_owner;
grant usage on schema public to cdlp_app;

-- Later migrations run as cdlp_owner (SET LOCAL ROLE) so that it owns every object; sqlx
-- records each migration in the same transaction, so the owner may write its ledger.
grant select, insert, update, delete on _sqlx_migrations to cdlp_owner;
-- /readyz compares the applied migrations with the binary's.
grant select on _sqlx_migrations to cdlp_app;
