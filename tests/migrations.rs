//! What `cdlp migrate` leaves behind: roles, ownership, row-level security, reference data.

use cdlp_domain::DepartmentCode;
use cdlp_tests::{TestApp, exec, server_url, url_for};
use sqlx::{Connection, PgConnection};

#[tokio::test]
async fn the_service_role_cannot_bypass_rls_and_owns_nothing() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (bypass, superuser): (bool, bool) =
        sqlx::query_as("select rolbypassrls, rolsuper from pg_roles where rolname = 'cdlp_app'")
            .fetch_one(&mut admin)
            .await
            .unwrap();
    assert!(!bypass && !superuser);
    let owned: i64 = sqlx::query_scalar(
        "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = 'cdlp_app'",
    )
    .fetch_one(&mut admin)
    .await
    .unwrap();
    assert_eq!(owned, 0);
    let not_owner: i64 = sqlx::query_scalar(
        "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace \
         where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'S') and c.relname <> '_sqlx_migrations' \
         and pg_get_userbyid(c.relowner) <> 'cdlp_owner'",
    )
    .fetch_one(&mut admin)
    .await
    .unwrap();
    assert_eq!(not_owner, 0, "every relation belongs to cdlp_owner");
}

#[tokio::test]
async fn the_startup_check_accepts_cdlp_app_and_refuses_a_superuser() {
    let app = TestApp::spawn().await;
    assert_eq!(
        cdlp_db::admin::check_service_role(app.services.db.pool())
            .await
            .unwrap(),
        Ok("cdlp_app".into())
    );
    let superuser = sqlx::PgPool::connect(&app.admin_url()).await.unwrap();
    assert!(matches!(
        cdlp_db::admin::check_service_role(&superuser)
            .await
            .unwrap(),
        Err(cdlp_db::admin::RoleProblem::Superuser(_))
    ));
}

#[tokio::test]
async fn every_table_with_a_department_code_has_forced_rls_and_policies_for_all_commands() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let rows: Vec<(String, bool, bool, Vec<String>, bool)> = sqlx::query_as(
        "select c.relname::text, c.relrowsecurity, c.relforcerowsecurity, \
           coalesce(array_agg(distinct p.cmd::text) filter (where p.cmd is not null), '{}'), \
           coalesce(bool_or(p.permissive = 'RESTRICTIVE'), false) \
         from pg_class c join pg_namespace n on n.oid = c.relnamespace \
         join pg_attribute a on a.attrelid = c.oid and a.attname = 'department_code' and not a.attisdropped \
         left join pg_policies p on p.schemaname = n.nspname and p.tablename = c.relname \
         where n.nspname = 'public' and c.relkind = 'r' group by 1, 2, 3 order by 1",
    )
    .fetch_all(&mut admin)
    .await
    .unwrap();
    assert!(
        rows.len() >= 6,
        "expected the tenant tables, found {rows:?}"
    );
    for (table, enabled, forced, commands, restrictive) in rows {
        assert!(
            enabled && forced,
            "{table}: row-level security must be enabled and forced"
        );
        assert!(restrictive, "{table}: needs a restrictive scope policy");
        let covered = |c: &str| commands.iter().any(|x| x == c || x == "*");
        for command in ["SELECT", "INSERT", "UPDATE", "DELETE"] {
            assert!(covered(command), "{table}: no policy for {command}");
        }
    }
}

#[tokio::test]
async fn the_101_departements_are_seeded_in_insee_order() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let rows: Vec<(String, i32)> =
        sqlx::query_as("select code, sort_key from departments order by sort_key")
            .fetch_all(&mut admin)
            .await
            .unwrap();
    let codes: Vec<String> = rows.iter().map(|(c, _)| c.clone()).collect();
    let expected: Vec<String> = DepartmentCode::all()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(codes, expected);
    for (code, key) in rows {
        assert_eq!(
            DepartmentCode::parse(&code).unwrap().sort_key(),
            key,
            "{code}"
        );
    }
}

#[tokio::test]
async fn migrating_again_and_in_another_database_of_the_same_cluster_works() {
    // The roles already exist cluster-wide: a second database migrates all the same.
    let name = format!(
        "cdlp_test_{}_mig",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    );
    let mut conn = PgConnection::connect(&server_url()).await.unwrap();
    exec(
        &mut conn,
        &format!("drop database if exists {name} with (force)"),
    )
    .await;
    exec(&mut conn, &format!("create database {name}")).await;
    let url = url_for(&name, "postgres");
    cdlp_db::admin::migrate(&url).await.unwrap();
    cdlp_db::admin::migrate(&url).await.unwrap();
    let pool = sqlx::PgPool::connect(&url_for(&name, "cdlp_app"))
        .await
        .unwrap();
    assert!(cdlp_db::admin::migrations_applied(&pool).await.unwrap());
    pool.close().await;
    exec(&mut conn, &format!("drop database {name} with (force)")).await;
}
