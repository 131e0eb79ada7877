//! The committed `schema.graphql` is the API's contract: it must match the code.
//! Regenerate with `cargo run --bin cdlp -- print-schema > schema.graphql`.

#[test]
fn committed_schema_matches_the_code() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.graphql");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let current = cdlp_api::graphql::sdl();
    assert!(
        committed == current,
        "schema.graphql is stale: run `cargo run --bin cdlp -- print-schema > schema.graphql`"
    );
}
