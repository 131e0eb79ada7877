//! Every string, date and integer argument of every operation, read from the schema itself,
//! driven with hostile values (NUL characters, dates far out of range, huge strings, extreme
//! integers, bidi overrides): the answer may be any typed error but never `INTERNAL` nor a 5xx.

use std::collections::HashMap;

use async_graphql::parser::parse_schema;
use async_graphql::parser::types::{BaseType, Type, TypeKind, TypeSystemDefinition};
use cdlp_tests::TestApp;
use serde_json::{Map, Value, json};

#[derive(Clone, Debug)]
enum Shape {
    Scalar(String),
    Enum(String),
    Input(Vec<(String, Type)>),
    Output,
}

/// One root field: operation kind, name, arguments, and whether it returns an object.
type Operation = (&'static str, String, Vec<(String, Type)>, bool);

struct Schema {
    types: HashMap<String, Shape>,
    fields: Vec<Operation>,
}

fn read_schema() -> Schema {
    let doc = parse_schema(cdlp_api::graphql::sdl()).expect("the SDL parses");
    let mut types = HashMap::new();
    let mut roots = Vec::new();
    for def in doc.definitions {
        let TypeSystemDefinition::Type(t) = def else {
            continue;
        };
        let name = t.node.name.node.to_string();
        let shape = match &t.node.kind {
            TypeKind::Scalar => Shape::Scalar(name.clone()),
            TypeKind::Enum(e) => Shape::Enum(
                e.values
                    .first()
                    .map(|v| v.node.value.node.to_string())
                    .unwrap_or_default(),
            ),
            TypeKind::InputObject(o) => Shape::Input(
                o.fields
                    .iter()
                    .map(|f| (f.node.name.node.to_string(), f.node.ty.node.clone()))
                    .collect(),
            ),
            TypeKind::Object(o)
                if name == "QueryRoot"
                    || name == "MutationRoot"
                    || name == "Query"
                    || name == "Mutation" =>
            {
                roots.push((name.clone(), o.fields.clone()));
                Shape::Output
            }
            _ => Shape::Output,
        };
        types.insert(name, shape);
    }
    for builtin in ["String", "Int", "Float", "Boolean", "ID"] {
        types.insert(builtin.into(), Shape::Scalar(builtin.into()));
    }
    let mut fields = Vec::new();
    for (root, root_fields) in roots {
        let kind = if root.starts_with("Mutation") {
            "mutation"
        } else {
            "query"
        };
        for f in root_fields {
            let args = f
                .node
                .arguments
                .iter()
                .map(|a| (a.node.name.node.to_string(), a.node.ty.node.clone()))
                .collect();
            let ret = base_name(&f.node.ty.node);
            let object = matches!(types.get(&ret), Some(Shape::Output) | None)
                && !matches!(
                    types.get(&ret),
                    Some(Shape::Scalar(_)) | Some(Shape::Enum(_))
                );
            fields.push((kind, f.node.name.node.to_string(), args, object));
        }
    }
    Schema { types, fields }
}

fn base_name(t: &Type) -> String {
    match &t.base {
        BaseType::Named(n) => n.to_string(),
        BaseType::List(inner) => base_name(inner),
    }
}

/// A plausible value for a position, so that the operation gets past its other arguments.
fn neutral(schema: &Schema, name: &str, t: &Type) -> Value {
    match &t.base {
        BaseType::List(inner) => json!([neutral(schema, name, inner)]),
        BaseType::Named(type_name) => match schema.types.get(type_name.as_str()) {
            Some(Shape::Scalar(s)) => match s.as_str() {
                "Int" => json!(1),
                "Float" => json!(1.0),
                "Boolean" => json!(false),
                "UUID" | "ID" => json!("00000000-0000-4000-a000-000000000001"),
                "NaiveDate" => json!("2026-01-15"),
                "DateTime" => json!("2026-01-15T10:00:00Z"),
                "JSON" => json!({}),
                _ if name.to_lowercase().contains("departmentcode") => json!("75"),
                _ if name.to_lowercase().contains("email") => json!("personne@example.fr"),
                _ => json!("Texte"),
            },
            Some(Shape::Enum(first)) => json!(first),
            Some(Shape::Input(fields)) => {
                let mut object = Map::new();
                for (field, ty) in fields {
                    if !ty.nullable {
                        object.insert(field.clone(), neutral(schema, field, ty));
                    }
                }
                Value::Object(object)
            }
            _ => Value::Null,
        },
    }
}

/// A position that takes text, a date or an integer, as a path of keys from the variables.
#[derive(Clone, Debug)]
struct Leaf {
    path: Vec<String>,
    scalar: String,
}

fn leaves(schema: &Schema, prefix: Vec<String>, t: &Type, out: &mut Vec<Leaf>, depth: usize) {
    if depth > 4 {
        return;
    }
    match &t.base {
        BaseType::List(inner) => {
            let mut p = prefix;
            p.push("0".into());
            leaves(schema, p, inner, out, depth + 1);
        }
        BaseType::Named(type_name) => match schema.types.get(type_name.as_str()) {
            Some(Shape::Scalar(s))
                if ["String", "Int", "NaiveDate", "DateTime"].contains(&s.as_str()) =>
            {
                out.push(Leaf {
                    path: prefix,
                    scalar: s.clone(),
                });
            }
            Some(Shape::Input(fields)) => {
                for (field, ty) in fields {
                    let mut p = prefix.clone();
                    p.push(field.clone());
                    leaves(schema, p, ty, out, depth + 1);
                }
            }
            _ => {}
        },
    }
}

fn set_path(vars: &mut Value, path: &[String], value: Value) {
    let mut at = vars;
    for (i, key) in path.iter().enumerate() {
        let last = i + 1 == path.len();
        if let Ok(index) = key.parse::<usize>() {
            if !at.is_array() {
                *at = json!([]);
            }
            let list = at.as_array_mut().unwrap();
            while list.len() <= index {
                list.push(Value::Null);
            }
            at = &mut list[index];
        } else {
            if !at.is_object() {
                *at = json!({});
            }
            let map = at.as_object_mut().unwrap();
            if !map.contains_key(key) {
                map.insert(key.clone(), Value::Null);
            }
            at = map.get_mut(key).unwrap();
        }
        if last {
            *at = value.clone();
            return;
        }
    }
}

fn hostile(scalar: &str) -> Vec<Value> {
    match scalar {
        "Int" => vec![json!(i32::MAX), json!(i32::MIN), json!(-1), json!(0)],
        "NaiveDate" => vec![
            json!("-9999-01-01"),
            json!("9999-12-31"),
            json!("0001-01-01"),
        ],
        "DateTime" => vec![
            json!("-9999-01-01T00:00:00Z"),
            json!("+275760-09-13T00:00:00Z"),
        ],
        _ => vec![
            json!("\u{0}"),
            json!("a\u{0}b"),
            json!("x".repeat(300_000)),
            json!("\u{202e}fdp.exe"),
            json!("' or 1=1 --"),
            json!("-9999-01-01"),
            json!(""),
        ],
    }
}

fn type_text(t: &Type) -> String {
    t.to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_hostile_value_in_any_argument_of_any_operation_gives_an_internal_error() {
    let app = TestApp::with_demo_dossiers().await;
    let schema = read_schema();
    assert!(schema.fields.len() > 50, "the schema's operations are read");
    let tokens = [
        None,
        Some(app.demo("admin.75").await),
        Some(app.demo("asso.admin").await),
        Some(app.demo("analyste").await),
        Some(app.demo("operateur").await),
    ];
    let mut failures = Vec::new();
    let mut sent = 0;
    for (kind, field, args, object) in &schema.fields {
        let mut base = Map::new();
        let mut declared = Vec::new();
        for (name, ty) in args {
            declared.push(format!("${name}: {}", type_text(ty)));
            if !ty.nullable {
                base.insert(name.clone(), neutral(&schema, name, ty));
            }
        }
        let call_args: Vec<String> = args.iter().map(|(n, _)| format!("{n}: ${n}")).collect();
        let query = format!(
            "{kind}{} {{ {field}{}{} }}",
            if declared.is_empty() {
                String::new()
            } else {
                format!("({})", declared.join(", "))
            },
            if call_args.is_empty() {
                String::new()
            } else {
                format!("({})", call_args.join(", "))
            },
            if *object { " { __typename }" } else { "" },
        );
        let mut positions = Vec::new();
        for (name, ty) in args {
            leaves(&schema, vec![name.clone()], ty, &mut positions, 0);
        }
        for leaf in &positions {
            for value in hostile(&leaf.scalar) {
                let mut vars = Value::Object(base.clone());
                set_path(&mut vars, &leaf.path, value.clone());
                for token in &tokens {
                    sent += 1;
                    let (status, body) = app.post(token.as_deref(), &query, vars.clone()).await;
                    let internal = body["errors"]
                        .as_array()
                        .is_some_and(|e| e.iter().any(|e| e["extensions"]["code"] == "INTERNAL"));
                    if status.is_server_error() || internal {
                        let shown: String = value.to_string().chars().take(40).collect();
                        failures.push(format!(
                            "{field} {} = {shown}: {status} {}",
                            leaf.path.join("."),
                            body["errors"][0]["message"]
                        ));
                    }
                }
            }
        }
    }
    assert!(sent > 1000, "only {sent} requests were made");
    assert!(
        failures.is_empty(),
        "{} of {sent} hostile requests failed inside:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
