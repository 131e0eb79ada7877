//! Onboarding, invitations and the role checks on every operation.

use cdlp_tests::{TestApp, error_code};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

const ONBOARD: &str = "mutation($i: OnboardDepartmentInput!) { onboardDepartment(input: $i) { \
    department { code onboarded } commission { id installedOn } invitation { id role departmentCode status } } }";
const INVITE: &str = "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email role departmentCode status } }";
const ACCEPT: &str = "mutation($t: String!, $p: String!, $n: String!) { acceptInvitation(token: $t, password: $p, name: $n) { token } }";

fn onboard_input(code: &str, email: &str) -> Value {
    json!({ "i": { "departmentCode": code, "installedOn": "2018-03-12", "arreteReference": "Arrêté n° 2018-042", "adminEmail": email } })
}

#[tokio::test]
async fn an_operator_onboards_a_departement_and_its_first_admin_accepts_the_invitation() {
    let app = TestApp::with_demo().await;
    let operator = app.demo("operateur").await;
    let body = app
        .gql(
            Some(&operator),
            ONBOARD,
            onboard_input("33", "Prefete.Admin@Gironde.gouv.fr"),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let done = &body["data"]["onboardDepartment"];
    assert_eq!(
        done["department"],
        json!({ "code": "33", "onboarded": true })
    );
    assert_eq!(done["invitation"]["role"], "PREFECTURE_ADMIN");
    assert_eq!(done["invitation"]["status"], "PENDING");

    // The token travels by e-mail only; the table keeps its SHA-256.
    let token = app.invitation_token("prefete.admin@gironde.gouv.fr").await;
    let digest = hex::encode(Sha256::digest(token.as_bytes()));
    assert_eq!(
        app.count(&format!(
            "select count(*) from invitations where token_hash = '{digest}'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from invitations where token_hash = '{token}'"
        ))
        .await,
        0
    );

    let body = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": token, "p": "une phrase de passe solide", "n": "Préfète Admin" }),
        )
        .await;
    let session = body["data"]["acceptInvitation"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    let me = app
        .gql(
            Some(&session),
            "{ me { displayName memberships { role departmentCode departmentName } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        me["data"]["me"],
        json!({ "displayName": "Préfète Admin", "memberships": [{ "role": "PREFECTURE_ADMIN", "departmentCode": "33", "departmentName": "Gironde" }] })
    );
    // Single use.
    let again = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": token, "p": "une phrase de passe solide", "n": "Préfète Admin" }),
        )
        .await;
    assert_eq!(error_code(&again), Some("CONFLICT"));
    // The new admin can sign in with the password chosen, and sees the commission.
    let session = app
        .login(
            "prefete.admin@gironde.gouv.fr",
            "une phrase de passe solide",
        )
        .await;
    let commission = app
        .gql(
            Some(&session),
            "{ commission(departmentCode: \"33\") { installedOn arreteReference } }",
            json!({}),
        )
        .await;
    assert_eq!(
        commission["data"]["commission"]["installedOn"],
        "2018-03-12"
    );
    // Onboarding twice is a conflict, and changes nothing.
    let twice = app
        .gql(
            Some(&operator),
            ONBOARD,
            onboard_input("33", "autre@gironde.gouv.fr"),
        )
        .await;
    assert_eq!(error_code(&twice), Some("CONFLICT"));
    assert_eq!(
        app.count("select count(*) from invitations where email = 'autre@gironde.gouv.fr'")
            .await,
        0
    );
}

#[tokio::test]
async fn expired_and_unknown_invitations_are_refused_and_weak_passwords_too() {
    let app = TestApp::with_demo().await;
    let admin = app.demo("admin.75").await;
    let body = app
        .gql(Some(&admin), INVITE, json!({ "i": { "email": "agent.neuf@paris.gouv.fr", "role": "PREFECTURE_AGENT", "departmentCode": "75" } }))
        .await;
    assert_eq!(body["data"]["inviteUser"]["status"], "PENDING", "{body}");
    let token = app.invitation_token("agent.neuf@paris.gouv.fr").await;

    let weak = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": token, "p": "court", "n": "Agent" }),
        )
        .await;
    assert_eq!(error_code(&weak), Some("BAD_USER_INPUT"));
    assert_eq!(weak["errors"][0]["extensions"]["field"], "password");
    let unknown = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": "inconnu", "p": "une phrase de passe solide", "n": "Agent" }),
        )
        .await;
    assert_eq!(error_code(&unknown), Some("NOT_FOUND"));

    let mut db = app.admin().await;
    sqlx::query("update invitations set expires_at = now() - interval '1 minute' where email = 'agent.neuf@paris.gouv.fr'")
        .execute(&mut db)
        .await
        .unwrap();
    let expired = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": token, "p": "une phrase de passe solide", "n": "Agent" }),
        )
        .await;
    assert_eq!(error_code(&expired), Some("BAD_USER_INPUT"));
    assert_eq!(
        app.count("select count(*) from users where email = 'agent.neuf@paris.gouv.fr'")
            .await,
        0,
        "no partial write"
    );
}

#[tokio::test]
async fn an_existing_account_joins_another_scope_with_its_own_password() {
    let app = TestApp::with_demo().await;
    let admin13 = app.demo("admin.13").await;
    let body = app
        .gql(Some(&admin13), INVITE, json!({ "i": { "email": "agent.75@demo.cdlp.fr", "role": "PREFECTURE_AGENT", "departmentCode": "13" } }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let token = app.invitation_token("agent.75@demo.cdlp.fr").await;
    let wrong = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": token, "p": "pas le bon mot de passe", "n": "Karim" }),
        )
        .await;
    assert_eq!(error_code(&wrong), Some("UNAUTHENTICATED"));
    let ok = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": token, "p": cdlp_tests::DEMO_PASSWORD, "n": "Karim" }),
        )
        .await;
    let session = ok["data"]["acceptInvitation"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{ok}"))
        .to_owned();
    let me = app
        .gql(
            Some(&session),
            "{ me { memberships { departmentCode } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        me["data"]["me"]["memberships"],
        json!([{ "departmentCode": "13" }, { "departmentCode": "75" }])
    );
}

#[tokio::test]
async fn invitations_are_checked_for_role_scope_and_input() {
    let app = TestApp::with_demo().await;
    let agent75 = app.demo("agent.75").await;
    let case = |email: &str, role: &str, code: Option<&str>| json!({ "i": { "email": email, "role": role, "departmentCode": code } });

    // The acceptance case: an agent of 75 inviting for 13.
    let body = app
        .gql(
            Some(&agent75),
            INVITE,
            case("x@example.fr", "COMMISSION_MEMBER", Some("13")),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"));
    let body = app
        .gql(
            Some(&agent75),
            INVITE,
            case("x@example.fr", "PREFECTURE_AGENT", Some("75")),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"));
    let body = app
        .gql(
            Some(&agent75),
            INVITE,
            case("membre@example.fr", "COMMISSION_MEMBER", Some("75")),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");

    let admin75 = app.demo("admin.75").await;
    let body = app
        .gql(
            Some(&admin75),
            INVITE,
            case("pas-une-adresse", "PREFECTURE_AGENT", Some("75")),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"));
    let body = app
        .gql(
            Some(&admin75),
            INVITE,
            case("x@example.fr", "PREFECTURE_AGENT", Some("20")),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"));
    let body = app
        .gql(
            Some(&admin75),
            INVITE,
            case("x@example.fr", "PREFECTURE_AGENT", None),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"));
    let body = app
        .gql(
            Some(&admin75),
            INVITE,
            case("x@example.fr", "MINISTRY_ANALYST", None),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"));

    // The operator invites a ministry analyst (national) but not into a département not onboarded.
    let operator = app.demo("operateur").await;
    let body = app
        .gql(
            Some(&operator),
            INVITE,
            case("analyste2@social.gouv.fr", "MINISTRY_ANALYST", None),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let body = app
        .gql(
            Some(&operator),
            INVITE,
            case("x@example.fr", "PREFECTURE_ADMIN", Some("33")),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"));
}

/// Each operation, who may call it, and what everyone else gets.
#[tokio::test]
async fn every_operation_checks_the_callers_role() {
    let app = TestApp::with_demo().await;
    let people = [
        "operateur",
        "analyste",
        "admin.75",
        "agent.75",
        "membre.75",
        "admin.13",
        "asso.admin",
        "asso.travailleur",
    ];
    let mut tokens = Vec::new();
    for who in people {
        tokens.push((who, app.demo(who).await));
    }
    let member_id: String = {
        let mut db = app.admin().await;
        sqlx::query_scalar("select id::text from commission_members where department_code = '75' and seat = 'DOCTOR'")
            .fetch_one(&mut db)
            .await
            .unwrap()
    };
    type Case = (&'static str, String, Value, &'static [&'static str]);
    let cases: Vec<Case> = vec![
        ("departmentUsers", "{ departmentUsers(departmentCode: \"75\") { userId } }".into(), json!({}), &["admin.75"]),
        // The operator follows the invitations it sends to a département's first admin.
        ("invitations", "{ invitations(departmentCode: \"75\") { id } }".into(), json!({}), &["operateur", "admin.75", "agent.75"]),
        (
            "commission",
            "{ commission(departmentCode: \"75\") { id } }".into(),
            json!({}),
            &["operateur", "admin.75", "agent.75", "membre.75"],
        ),
        (
            "onboardDepartment",
            ONBOARD.into(),
            onboard_input("2A", "admin@corse-du-sud.gouv.fr"),
            &["operateur"],
        ),
        (
            "addCommissionMember",
            "mutation($i: AddCommissionMemberInput!) { addCommissionMember(input: $i) { id } }".into(),
            json!({ "i": { "departmentCode": "75", "fullName": "Nouveau membre", "seat": "LOCAL_AUTHORITY", "termStart": "2025-01-01" } }),
            &["admin.75", "agent.75"],
        ),
        (
            "endCommissionMemberTerm",
            "mutation($i: EndCommissionMemberTermInput!) { endCommissionMemberTerm(input: $i) { id } }".into(),
            json!({ "i": { "departmentCode": "75", "memberId": member_id, "endedOn": "2025-06-30" } }),
            &["admin.75", "agent.75"],
        ),
    ];
    for (name, query, vars, allowed) in &cases {
        // Anonymous callers are unauthenticated.
        let body = app.gql(None, query, vars.clone()).await;
        assert_eq!(
            error_code(&body),
            Some("UNAUTHENTICATED"),
            "{name} anonymous: {body}"
        );
        for (who, token) in &tokens {
            // Mutations that succeed once are checked with their single allowed caller last.
            if allowed.contains(who) {
                continue;
            }
            let body = app.gql(Some(token), query, vars.clone()).await;
            assert_eq!(
                error_code(&body),
                Some("FORBIDDEN"),
                "{name} as {who}: {body}"
            );
        }
        let who = allowed[0];
        let token = &tokens.iter().find(|(w, _)| *w == who).unwrap().1;
        let body = app.gql(Some(token), query, vars.clone()).await;
        assert!(body["errors"].is_null(), "{name} as {who}: {body}");
    }
    // A refused mutation wrote nothing: one member added, by the allowed caller only.
    assert_eq!(
        app.count("select count(*) from commission_members where full_name = 'Nouveau membre'")
            .await,
        1
    );
    assert_eq!(
        app.count("select count(*) from commissions where department_code = '2A'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_first_operator_is_bootstrapped_with_a_password_or_an_invitation() {
    use cdlp_db::admin::{BootstrapOutcome, bootstrap_operator, bootstrap_operator_invitation};
    let app = TestApp::spawn().await;
    let email = cdlp_domain::Email::parse("Premier.Operateur@cdlp.gouv.fr").unwrap();
    let hash = cdlp_api::auth::hash_password("une phrase de passe solide".into())
        .await
        .unwrap();
    let first = bootstrap_operator(&app.admin_url(), &email, "Premier opérateur", &hash)
        .await
        .unwrap();
    assert!(matches!(first, BootstrapOutcome::Created(_)));
    let again = bootstrap_operator(&app.admin_url(), &email, "Premier opérateur", &hash)
        .await
        .unwrap();
    assert!(matches!(again, BootstrapOutcome::AlreadyExists));
    let session = app
        .login(
            "premier.operateur@cdlp.gouv.fr",
            "une phrase de passe solide",
        )
        .await;
    let me = app
        .gql(Some(&session), "{ me { memberships { role } } }", json!({}))
        .await;
    assert_eq!(
        me["data"]["me"]["memberships"],
        json!([{ "role": "PLATFORM_OPERATOR" }])
    );

    let second = cdlp_domain::Email::parse("second@cdlp.gouv.fr").unwrap();
    let token = cdlp_api::auth::new_token();
    let expires = chrono::Utc::now() + chrono::Duration::hours(1);
    bootstrap_operator_invitation(
        &app.admin_url(),
        &second,
        &cdlp_api::auth::hash_token(&token),
        expires,
    )
    .await
    .unwrap();
    let body = app
        .gql(
            None,
            ACCEPT,
            json!({ "t": token, "p": "une autre phrase solide", "n": "Second" }),
        )
        .await;
    let session = body["data"]["acceptInvitation"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    let me = app
        .gql(Some(&session), "{ me { memberships { role } } }", json!({}))
        .await;
    assert_eq!(
        me["data"]["me"]["memberships"],
        json!([{ "role": "PLATFORM_OPERATOR" }])
    );
}

#[tokio::test]
async fn an_association_admin_sees_its_team_and_nobody_else_does() {
    let app = TestApp::with_demo().await;
    let admin = app.demo("asso.admin").await;
    let me = app
        .gql(
            Some(&admin),
            "{ me { memberships { associationId } } }",
            json!({}),
        )
        .await;
    let id = me["data"]["me"]["memberships"][0]["associationId"].clone();
    let invite =
        "mutation($i: InviteAssociationMemberInput!) { inviteAssociationMember(input: $i) { id } }";
    let body = app
        .gql(
            Some(&admin),
            invite,
            json!({ "i": { "associationId": id, "email": "nouvelle@passerelle.test", "role": "ASSOCIATION_WORKER", "departmentCodes": ["13"] } }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");

    let team = "query($a: UUID!) { associationMembers(associationId: $a) { email role departmentCodes } \
                associationInvitations(associationId: $a) { email role departmentCodes status } }";
    let body = app.gql(Some(&admin), team, json!({ "a": id })).await;
    let emails: Vec<&str> = body["data"]["associationMembers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert!(emails.contains(&"asso.admin@demo.cdlp.fr"), "{body}");
    assert!(emails.contains(&"asso.travailleur@demo.cdlp.fr"), "{body}");
    assert!(!emails.contains(&"horizon.admin@demo.cdlp.fr"), "{body}");
    let invitation = &body["data"]["associationInvitations"][0];
    assert_eq!(invitation["email"], "nouvelle@passerelle.test");
    assert_eq!(invitation["departmentCodes"], json!(["13"]));
    assert_eq!(invitation["status"], "PENDING");

    // A worker of the same association, another association's admin, a prefecture: refused.
    for who in ["asso.travailleur", "horizon.admin", "admin.75"] {
        let token = app.demo(who).await;
        let body = app.gql(Some(&token), team, json!({ "a": id })).await;
        assert_eq!(error_code(&body), Some("FORBIDDEN"), "{who}: {body}");
    }
}

#[tokio::test]
async fn admins_revoke_a_colleagues_role_but_not_their_own_nor_elsewhere() {
    let app = TestApp::with_demo().await;
    let admin75 = app.demo("admin.75").await;
    let agent75 = app.demo("agent.75").await;
    let users = app
        .gql(
            Some(&admin75),
            "{ departmentUsers(departmentCode: \"75\") { userId email role } }",
            json!({}),
        )
        .await;
    let id_of = |email: &str| {
        users["data"]["departmentUsers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["email"] == email)
            .unwrap()["userId"]
            .clone()
    };
    let (agent_id, admin_id) = (
        id_of("agent.75@demo.cdlp.fr"),
        id_of("admin.75@demo.cdlp.fr"),
    );
    let revoke = "mutation($i: RevokeMembershipInput!) { revokeMembership(input: $i) }";
    let input = |user: &Value, code: &str| json!({ "i": { "userId": user, "role": "PREFECTURE_AGENT", "departmentCode": code } });

    // An agent cannot revoke; another département's admin cannot; nobody revokes themself.
    let body = app
        .gql(Some(&agent75), revoke, input(&admin_id, "75"))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    let admin13 = app.demo("admin.13").await;
    let body = app
        .gql(Some(&admin13), revoke, input(&agent_id, "75"))
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    let own =
        json!({ "i": { "userId": admin_id, "role": "PREFECTURE_ADMIN", "departmentCode": "75" } });
    let body = app.gql(Some(&admin75), revoke, own).await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
    // The agent of 75 holds no role in 13: nothing to revoke there.
    let body = app
        .gql(Some(&admin13), revoke, input(&agent_id, "13"))
        .await;
    assert_eq!(error_code(&body), Some("NOT_FOUND"), "{body}");

    // The admin of 75 revokes the agent: the role stops working at once, and it is audited.
    let body = app
        .gql(Some(&admin75), revoke, input(&agent_id, "75"))
        .await;
    assert_eq!(body["data"]["revokeMembership"], true, "{body}");
    let body = app
        .gql(
            Some(&agent75),
            "{ dossiers(departmentCode: \"75\") { nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), Some("FORBIDDEN"), "{body}");
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'membership.revoked'")
            .await,
        1
    );
    let body = app
        .gql(Some(&admin75), revoke, input(&agent_id, "75"))
        .await;
    assert_eq!(error_code(&body), Some("NOT_FOUND"), "{body}");
}
