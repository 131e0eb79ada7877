//! One input screen for every operation, before anything runs: a value that no field of CDLP
//! can hold is a `BAD_USER_INPUT` on that field, never an `INTERNAL` from deeper down.
//!
//! - a NUL character (PostgreSQL text cannot store it);
//! - a date or date-time outside 1900–2200 (PostgreSQL and the rules have limits; no date of
//!   the procedure lies outside);
//! - a string longer than any field takes (16 MiB: a document's base64 is the largest).
//!
//! Both the variables and the literals written in the query are screened. Messages never
//! repeat the value.

use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{Name, Value as GqlValue};
use serde_json::Value;

const MAX_STRING_BYTES: usize = 16 << 20;

/// The field at fault and why.
#[derive(Debug, PartialEq, Eq)]
pub struct Rejected {
    pub field: String,
    pub message: &'static str,
}

fn check_string(field: &str, s: &str) -> Result<(), Rejected> {
    let reject = |message| {
        Err(Rejected {
            field: field.to_owned(),
            message,
        })
    };
    if s.contains('\0') {
        return reject("caractère nul interdit");
    }
    if s.len() > MAX_STRING_BYTES {
        return reject("valeur trop longue");
    }
    if let Some(year) = date_year(s)
        && !(1900..=2200).contains(&year)
    {
        return reject("date hors des limites acceptées (années 1900 à 2200)");
    }
    Ok(())
}

/// The year of a string shaped like an ISO date (`YYYY-MM-DD`, `-YYYYY-MM-DD`, with or
/// without a time), else None.
fn date_year(s: &str) -> Option<i64> {
    let (sign, rest) = match s.as_bytes().first()? {
        b'-' => (-1, &s[1..]),
        b'+' => (1, &s[1..]),
        _ => (1, s),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits < 4 {
        return None;
    }
    let tail = &rest[digits..];
    let b = tail.as_bytes();
    let shaped = b.len() >= 6
        && b[0] == b'-'
        && b[1].is_ascii_digit()
        && b[2].is_ascii_digit()
        && b[3] == b'-'
        && b[4].is_ascii_digit()
        && b[5].is_ascii_digit()
        && (b.len() == 6 || b[6] == b'T' || b[6] == b' ');
    if !shaped {
        return None;
    }
    // Years too long to parse are out of range anyway.
    Some(rest[..digits].parse::<i64>().map_or(i64::MAX, |y| sign * y))
}

fn walk_json(field: &str, value: &Value) -> Result<(), Rejected> {
    match value {
        Value::String(s) => check_string(field, s),
        Value::Array(items) => items.iter().try_for_each(|v| walk_json(field, v)),
        Value::Object(map) => map.iter().try_for_each(|(k, v)| walk_json(k, v)),
        _ => Ok(()),
    }
}

fn walk_literal(field: &str, value: &GqlValue) -> Result<(), Rejected> {
    match value {
        GqlValue::String(s) => check_string(field, s),
        GqlValue::List(items) => items.iter().try_for_each(|v| walk_literal(field, v)),
        GqlValue::Object(map) => map
            .iter()
            .try_for_each(|(k, v): (&Name, &GqlValue)| walk_literal(k.as_str(), v)),
        _ => Ok(()),
    }
}

fn walk_selections(set: &SelectionSet) -> Result<(), Rejected> {
    for selection in &set.items {
        match &selection.node {
            Selection::Field(field) => {
                for (name, value) in &field.node.arguments {
                    // Variables are screened apart: here they stand as null.
                    let constant = value
                        .node
                        .clone()
                        .into_const_with(|_| Ok::<_, ()>(GqlValue::Null))
                        .unwrap_or(GqlValue::Null);
                    walk_literal(name.node.as_str(), &constant)?;
                }
                walk_selections(&field.node.selection_set.node)?;
            }
            Selection::InlineFragment(fragment) => {
                walk_selections(&fragment.node.selection_set.node)?;
            }
            Selection::FragmentSpread(_) => {}
        }
    }
    Ok(())
}

fn walk_document(doc: &ExecutableDocument) -> Result<(), Rejected> {
    for (_, operation) in doc.operations.iter() {
        walk_selections(&operation.node.selection_set.node)?;
        for variable in &operation.node.variable_definitions {
            if let Some(default) = &variable.node.default_value {
                walk_literal(variable.node.name.node.as_str(), &default.node)?;
            }
        }
    }
    for fragment in doc.fragments.values() {
        walk_selections(&fragment.node.selection_set.node)?;
    }
    Ok(())
}

/// Screens a request's query literals and variables. A query that does not parse is left to
/// the GraphQL engine, which reports it.
pub fn screen(
    query: &str,
    variables: Option<&serde_json::Map<String, Value>>,
) -> Result<(), Rejected> {
    if let Some(vars) = variables {
        vars.iter().try_for_each(|(k, v)| walk_json(k, v))?;
    }
    if let Ok(doc) = async_graphql::parser::parse_query(query) {
        walk_document(&doc)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn vars(v: Value) -> serde_json::Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn nul_characters_are_refused_on_their_field_wherever_they_are() {
        let v = vars(json!({ "i": { "departmentCode": "75", "reference": "a\u{0}b" } }));
        assert_eq!(
            screen("mutation($i: X!) { f(input: $i) { id } }", Some(&v)),
            Err(Rejected {
                field: "reference".into(),
                message: "caractère nul interdit"
            })
        );
        assert_eq!(
            screen("{ dossiers(search: \"a\\u0000\") { totalCount } }", None)
                .unwrap_err()
                .field,
            "search"
        );
        assert_eq!(
            screen(
                "mutation { f(input: { place: \"x\\u0000\", n: $v }) { id } }",
                None
            )
            .unwrap_err()
            .field,
            "place"
        );
    }

    #[test]
    fn dates_outside_the_procedures_years_are_refused() {
        for bad in [
            "-9999-01-01",
            "0001-01-01",
            "9999-12-31",
            "+275760-09-13T00:00:00Z",
            "1899-12-31",
        ] {
            let v = vars(json!({ "from": bad }));
            assert_eq!(
                screen("query($from: Date!) { x(from: $from) }", Some(&v))
                    .unwrap_err()
                    .field,
                "from",
                "{bad}"
            );
        }
        for good in [
            "2026-12-05",
            "1930-01-01",
            "2026-12-05T10:00:00Z",
            "2200-12-31",
            "Salle 2026-12",
            "12345",
        ] {
            let v = vars(json!({ "from": good }));
            assert!(
                screen("query($from: Date!) { x(from: $from) }", Some(&v)).is_ok(),
                "{good}"
            );
        }
    }

    #[test]
    fn ordinary_text_in_any_script_passes() {
        let v = vars(json!({ "name": "Ștefania Țurcanu 王芳 Okonkwo-Adébáyọ̀", "n": 3, "b": true }));
        assert!(screen("mutation($name: String!) { f(name: $name) }", Some(&v)).is_ok());
    }
}
