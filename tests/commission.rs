//! A commission's composition: appointing members and ending their terms.

use cdlp_tests::{TestApp, error_code};
use serde_json::json;

const ADD: &str = "mutation($i: AddCommissionMemberInput!) { addCommissionMember(input: $i) { id fullName seat voting termStart termEnd active } }";
const END: &str = "mutation($i: EndCommissionMemberTermInput!) { endCommissionMemberTerm(input: $i) { id endedOn endedReason active } }";

#[tokio::test]
async fn members_are_appointed_for_three_years_and_their_terms_can_end_early() {
    let app = TestApp::with_demo().await;
    let agent = app.demo("agent.13").await;
    let body = app
        .gql(
            Some(&agent),
            ADD,
            json!({ "i": { "departmentCode": "13", "fullName": "  Dr Inès Morel ", "seat": "DOCTOR", "organisation": "Ordre des médecins", "termStart": "2025-02-01" } }),
        )
        .await;
    let member = &body["data"]["addCommissionMember"];
    assert_eq!(member["fullName"], "Dr Inès Morel", "{body}");
    assert_eq!(member["termEnd"], "2028-01-31");
    assert_eq!(member["voting"], true);
    let id = member["id"].as_str().unwrap().to_owned();

    let listed = app
        .gql(
            Some(&agent),
            "{ commission(departmentCode: \"13\") { members(activeOn: \"2025-03-01\") { id } } }",
            json!({}),
        )
        .await;
    let ids: Vec<&str> = listed["data"]["commission"]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&id.as_str()));

    let ended = app
        .gql(Some(&agent), END, json!({ "i": { "departmentCode": "13", "memberId": id, "endedOn": "2025-06-30", "reason": "Démission" } }))
        .await;
    assert_eq!(
        ended["data"]["endCommissionMemberTerm"]["endedOn"], "2025-06-30",
        "{ended}"
    );
    let listed = app
        .gql(
            Some(&agent),
            "{ commission(departmentCode: \"13\") { members(activeOn: \"2025-07-01\") { id } } }",
            json!({}),
        )
        .await;
    assert!(!listed.to_string().contains(&id));
    let again = app
        .gql(
            Some(&agent),
            END,
            json!({ "i": { "departmentCode": "13", "memberId": id, "endedOn": "2025-07-30" } }),
        )
        .await;
    assert_eq!(error_code(&again), Some("CONFLICT"));
    assert_eq!(
        app.count("select count(*) from audit_log where department_code = '13' and action like 'commission.%'").await,
        2
    );
    // Any script the minutes can print, stored composed (NFC).
    let body = app
        .gql(
            Some(&agent),
            ADD,
            json!({ "i": { "departmentCode": "13", "fullName": "Dr S\u{326}tefana Ionescu-王", "seat": "DOCTOR", "termStart": "2025-02-01" } }),
        )
        .await;
    assert_eq!(
        body["data"]["addCommissionMember"]["fullName"], "Dr \u{218}tefana Ionescu-王",
        "{body}"
    );
}

#[tokio::test]
async fn invalid_terms_and_names_are_bad_input_and_write_nothing() {
    let app = TestApp::with_demo().await;
    let admin = app.demo("admin.75").await;
    let cases = [
        (
            json!({ "departmentCode": "75", "fullName": "A", "seat": "DOCTOR", "termStart": "2025-01-01", "termEnd": "2024-01-01" }),
            "termEnd",
        ),
        (
            json!({ "departmentCode": "75", "fullName": "A", "seat": "DOCTOR", "termStart": "2025-01-01", "termEnd": "2028-06-01" }),
            "termEnd",
        ),
        (
            json!({ "departmentCode": "75", "fullName": "   ", "seat": "DOCTOR", "termStart": "2025-01-01" }),
            "fullName",
        ),
        (
            json!({ "departmentCode": "7", "fullName": "A", "seat": "DOCTOR", "termStart": "2025-01-01" }),
            "departmentCode",
        ),
        // Printed on the minutes: a character no font of the documents has is refused.
        (
            json!({ "departmentCode": "75", "fullName": "Dr 𓀀", "seat": "DOCTOR", "termStart": "2025-01-01" }),
            "fullName",
        ),
    ];
    let before = app.count("select count(*) from commission_members").await;
    for (input, field) in cases {
        let body = app.gql(Some(&admin), ADD, json!({ "i": input })).await;
        assert_eq!(error_code(&body), Some("BAD_USER_INPUT"), "{body}");
        assert_eq!(body["errors"][0]["extensions"]["field"], field);
    }
    let unknown_seat = app
        .gql(Some(&admin), ADD, json!({ "i": { "departmentCode": "75", "fullName": "A", "seat": "KING", "termStart": "2025-01-01" } }))
        .await;
    assert!(
        unknown_seat["errors"].is_array() && unknown_seat.get("data").is_none(),
        "{unknown_seat}"
    );
    assert_eq!(
        app.count("select count(*) from commission_members").await,
        before
    );
    let missing = app
        .gql(Some(&admin), END, json!({ "i": { "departmentCode": "75", "memberId": uuid::Uuid::new_v4(), "endedOn": "2025-01-01" } }))
        .await;
    assert_eq!(error_code(&missing), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_13_member_id_is_not_found_from_75() {
    let app = TestApp::with_demo().await;
    let id: String = {
        let mut db = app.admin().await;
        sqlx::query_scalar(
            "select id::text from commission_members where department_code = '13' limit 1",
        )
        .fetch_one(&mut db)
        .await
        .unwrap()
    };
    let admin75 = app.demo("admin.75").await;
    let body = app
        .gql(
            Some(&admin75),
            END,
            json!({ "i": { "departmentCode": "75", "memberId": id, "endedOn": "2025-01-01" } }),
        )
        .await;
    assert_eq!(error_code(&body), Some("NOT_FOUND"));
}
