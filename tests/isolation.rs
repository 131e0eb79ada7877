//! The catalogue-driven isolation test of TENANCY.md. It lists every table that has a
//! `department_code` column (so a new table is covered without anyone adding it here) and,
//! connected as `cdlp_app`, checks that under département 75's context no row of 13 can be
//! seen, inserted, updated or deleted, whatever the acting role, and that with no context no
//! tenant row is visible at all.

use cdlp_tests::TestApp;
use serde_json::json;
use sqlx::{Connection, PgConnection, Row};

const ACTING_ROLES: [&str; 9] = [
    "",
    "PLATFORM_OPERATOR",
    "PREFECTURE_ADMIN",
    "PREFECTURE_AGENT",
    "COMMISSION_MEMBER",
    "ASSOCIATION_ADMIN",
    "ASSOCIATION_WORKER",
    "MINISTRY_ANALYST",
    "OUTBOX_WORKER",
];

async fn tenant_tables(admin: &mut PgConnection) -> Vec<String> {
    sqlx::query_scalar(
        "select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace \
         join pg_attribute a on a.attrelid = c.oid and a.attname = 'department_code' and not a.attisdropped \
         where n.nspname = 'public' and c.relkind = 'r' order by 1",
    )
    .fetch_all(admin)
    .await
    .unwrap()
}

/// Rows in every tenant table for 75 and 13, made through the API where it can.
async fn populated_app() -> TestApp {
    let app = TestApp::with_demo_dossiers().await;
    for code in ["75", "13"] {
        let admin = app.demo(&format!("admin.{code}")).await;
        let body = app
            .gql(
                Some(&admin),
                "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
                json!({ "i": { "email": format!("nouvel.agent.{code}@example.fr"), "role": "PREFECTURE_AGENT", "departmentCode": code } }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
        // A member reached by e-mail, and a session: one convocation row per département.
        let today = chrono::Utc::now().date_naive().to_string();
        let body = app
            .gql(
                Some(&admin),
                "mutation($i: AddCommissionMemberInput!) { addCommissionMember(input: $i) { id } }",
                json!({ "i": { "departmentCode": code, "fullName": "Dr Membre Convoqué", "seat": "DOCTOR",
                    "termStart": today, "email": format!("membre.{code}@example.fr") } }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
        let body = app
            .gql(
                Some(&admin),
                "mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }",
                json!({ "i": { "departmentCode": code, "place": "Salle 1",
                    "scheduledAt": (chrono::Utc::now() + chrono::Duration::days(8)).to_rfc3339() } }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
    }
    app
}

async fn set_context(conn: &mut PgConnection, department: &str, role: &str) {
    sqlx::query(
        "select set_config('cdlp.department', $1, false), set_config('cdlp.role', $2, false), \
         set_config('cdlp.user_id', $3, false), set_config('cdlp.association_id', '', false), \
         set_config('cdlp.invitation', '', false)",
    )
    .bind(department)
    .bind(role)
    .bind(uuid::Uuid::new_v4().to_string())
    .execute(conn)
    .await
    .unwrap();
}

fn refused(result: Result<sqlx::postgres::PgQueryResult, sqlx::Error>) -> bool {
    match result {
        Ok(done) => done.rows_affected() == 0,
        Err(e) => e.as_database_error().and_then(|d| d.code()).as_deref() == Some("42501"),
    }
}

#[tokio::test]
async fn under_75_no_row_of_13_is_visible_or_writable_in_any_tenant_table() {
    let app = populated_app().await;
    let mut admin = app.admin().await;
    let tables = tenant_tables(&mut admin).await;
    for table in &tables {
        for code in ["75", "13"] {
            let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "select count(*) from {table} where department_code = $1"
            )))
            .bind(code)
            .fetch_one(&mut admin)
            .await
            .unwrap();
            assert!(
                n > 0,
                "the fixture has no row of {code} in {table}: extend populated_app()"
            );
        }
    }
    let mut conn = app.app_conn().await;
    for role in ACTING_ROLES {
        set_context(&mut conn, "75", role).await;
        for table in &tables {
            let seen: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "select count(*) from {table} where department_code <> '75'"
            )))
            .fetch_one(&mut conn)
            .await
            .unwrap_or(0);
            assert_eq!(
                seen, 0,
                "{table}: rows of another département visible as {role:?}"
            );

            let update = sqlx::query(sqlx::AssertSqlSafe(format!(
                "update {table} set department_code = department_code where department_code = '13'"
            )))
            .execute(&mut conn)
            .await;
            assert!(refused(update), "{table}: a 13 row updated as {role:?}");
            let delete = sqlx::query(sqlx::AssertSqlSafe(format!(
                "delete from {table} where department_code = '13'"
            )))
            .execute(&mut conn)
            .await;
            assert!(refused(delete), "{table}: a 13 row deleted as {role:?}");
        }
    }
    // An INSERT of a 13 row (a copy of a real one, writable columns only) is refused.
    for table in &tables {
        let columns: Vec<String> = sqlx::query_scalar(
            "select attname::text from pg_attribute where attrelid = $1::regclass and attnum > 0 \
             and not attisdropped and attidentity = '' and attgenerated = '' order by attnum",
        )
        .bind(table)
        .fetch_all(&mut admin)
        .await
        .unwrap();
        let list = columns.join(", ");
        let row: serde_json::Value = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "select to_jsonb(t) from {table} t where department_code = '13' limit 1"
        )))
        .fetch_one(&mut admin)
        .await
        .unwrap();
        for role in ACTING_ROLES {
            set_context(&mut conn, "75", role).await;
            let mut tx = conn.begin().await.unwrap();
            let insert = sqlx::query(sqlx::AssertSqlSafe(format!(
                "insert into {table} ({list}) select {list} from jsonb_populate_record(null::{table}, $1)"
            )))
            .bind(&row)
            .execute(&mut *tx)
            .await;
            let code = insert
                .as_ref()
                .err()
                .and_then(|e| e.as_database_error())
                .and_then(|d| d.code())
                .map(|c| c.to_string());
            assert_eq!(
                code.as_deref(),
                Some("42501"),
                "{table}: inserting a 13 row as {role:?} gave {insert:?}"
            );
            tx.rollback().await.unwrap();
        }
    }
}

#[tokio::test]
async fn with_no_context_no_tenant_row_is_visible() {
    let app = populated_app().await;
    let mut admin = app.admin().await;
    let tables = tenant_tables(&mut admin).await;
    let mut conn = app.app_conn().await;
    for table in &tables {
        let seen: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("select count(*) from {table}")))
                .fetch_one(&mut conn)
                .await
                .unwrap();
        assert_eq!(seen, 0, "{table}: rows visible without any context");
    }
}

#[tokio::test]
async fn a_transaction_local_context_does_not_outlive_its_transaction() {
    let app = populated_app().await;
    let mut conn = app.app_conn().await;
    let mut tx = conn.begin().await.unwrap();
    sqlx::query("select set_config('cdlp.department', '75', true), set_config('cdlp.role', 'PREFECTURE_ADMIN', true)")
        .execute(&mut *tx)
        .await
        .unwrap();
    let inside: i64 = sqlx::query_scalar("select count(*) from commissions")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let after: i64 = sqlx::query_scalar("select count(*) from commissions")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!((inside, after), (1, 0));
}

#[tokio::test]
async fn the_audit_log_is_append_only_and_its_chains_detect_tampering() {
    let app = populated_app().await;
    let mut conn = app.app_conn().await;
    set_context(&mut conn, "75", "PREFECTURE_ADMIN").await;
    let visible: i64 = sqlx::query_scalar("select count(*) from audit_log")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert!(visible > 0);
    for sql in ["update audit_log set action = 'x'", "delete from audit_log"] {
        let err = sqlx::query(sql).execute(&mut conn).await.unwrap_err();
        assert_eq!(
            err.as_database_error().and_then(|d| d.code()).as_deref(),
            Some("42501"),
            "{sql}"
        );
    }
    let mut admin = app.admin().await;
    assert!(
        cdlp_db::audit::verify_chains(&mut admin)
            .await
            .unwrap()
            .is_empty()
    );
    // Even the superuser is stopped by the trigger; with it disabled, the change shows.
    assert!(
        sqlx::query("update audit_log set action = 'x' where department_code = '75'")
            .execute(&mut admin)
            .await
            .is_err()
    );
    sqlx::query("alter table audit_log disable trigger audit_log_no_update")
        .execute(&mut admin)
        .await
        .unwrap();
    let seq: i64 = sqlx::query("update audit_log set details = '{\"forged\": true}' where department_code = '75' and seq = 1 returning seq")
        .fetch_one(&mut admin)
        .await
        .unwrap()
        .get(0);
    let breaks = cdlp_db::audit::verify_chains(&mut admin).await.unwrap();
    assert_eq!(
        breaks,
        vec![cdlp_db::audit::Break {
            chain: "75".into(),
            seq
        }]
    );
}

/// TENANCY.md's randomised check: many users of several départements and associations ask for
/// dossiers (lists, single dossiers by id, identities) in random order; every row they get must
/// be one they are entitled to. The only acceptable count of violations is 0.
#[tokio::test]
async fn users_of_many_departements_and_associations_never_receive_a_row_they_are_not_entitled_to()
{
    use rand::seq::SliceRandom;
    let app = TestApp::with_demo_dossiers().await;
    let mut db = app.admin().await;
    // Ground truth, read as the superuser: every dossier's département, association, and
    // whether it sits on an open agenda.
    let dossiers: Vec<(String, uuid::Uuid, uuid::Uuid, bool)> = sqlx::query_as(
        "select department_code, id, association_id, agenda_session_id is not null from dossiers",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    const PASSERELLE: &str = "00000000-0000-4000-a000-000000000001";
    const HORIZON: &str = "00000000-0000-4000-a000-000000000002";
    // Who may see what: (user, rule).
    enum May {
        Department(&'static str),
        Association(&'static str),
        Agenda(&'static str),
        Nothing,
    }
    let people = [
        ("admin.75", May::Department("75")),
        ("agent.13", May::Department("13")),
        ("admin.69", May::Department("69")),
        ("membre.75", May::Agenda("75")),
        ("asso.travailleur", May::Association(PASSERELLE)),
        ("horizon.admin", May::Association(HORIZON)),
        ("analyste", May::Nothing),
        ("operateur", May::Nothing),
    ];
    let entitled = |may: &May, d: &(String, uuid::Uuid, uuid::Uuid, bool)| match may {
        May::Department(code) => d.0 == *code,
        May::Association(a) => d.2.to_string() == *a,
        May::Agenda(code) => d.0 == *code && d.3,
        May::Nothing => false,
    };
    let mut tokens = Vec::new();
    for (who, _) in &people {
        tokens.push(app.demo(who).await);
    }
    let mut requests: Vec<(usize, String, Option<uuid::Uuid>, bool)> = Vec::new();
    for (i, _) in people.iter().enumerate() {
        for code in ["75", "13", "69", "93"] {
            requests.push((i, code.to_owned(), None, false));
        }
        for d in &dossiers {
            requests.push((i, d.0.clone(), Some(d.1), d.1.as_u128() % 3 == 0));
        }
    }
    requests.shuffle(&mut rand::rng());
    let (mut violations, mut rows_seen) = (0, 0);
    for (i, code, id, with_identity) in requests.into_iter().take(600) {
        let (_, may) = &people[i];
        let body = match id {
            None => {
                app.gql(Some(&tokens[i]), "query($c: String!) { dossiers(departmentCode: $c, first: 100) { nodes { id } } }", json!({ "c": code }))
                    .await
            }
            Some(id) => {
                let fields = if with_identity { "id identity { lastName }" } else { "id" };
                app.gql(
                    Some(&tokens[i]),
                    &format!("query($c: String!, $id: UUID!) {{ dossier(departmentCode: $c, id: $id) {{ {fields} }} }}"),
                    json!({ "c": code, "id": id }),
                )
                .await
            }
        };
        let mut ids: Vec<String> = Vec::new();
        if let Some(nodes) = body["data"]["dossiers"]["nodes"].as_array() {
            ids.extend(nodes.iter().map(|n| n["id"].as_str().unwrap().to_owned()));
        }
        if let Some(id) = body["data"]["dossier"]["id"].as_str() {
            ids.push(id.to_owned());
        }
        for id in ids {
            rows_seen += 1;
            let d = dossiers.iter().find(|d| d.1.to_string() == id).unwrap();
            if !entitled(may, d) {
                violations += 1;
            }
        }
        // Identity: only prefecture staff and the following association, never a member.
        if !body["data"]["dossier"]["identity"].is_null()
            && matches!(may, May::Agenda(_) | May::Nothing)
        {
            violations += 1;
        }
    }
    assert!(rows_seen > 50, "the check saw rows ({rows_seen})");
    assert_eq!(violations, 0);
}
