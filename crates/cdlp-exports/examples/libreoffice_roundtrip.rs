//! The LibreOffice round trip of `check-libreoffice.sh` (not a test: it needs `soffice`).
//!
//! - `libreoffice_roundtrip write DIR` writes two sample sheets (accented French text,
//!   integers, decimals, text that looks like numbers, characters to escape) as `DIR/t.xlsx`,
//!   `DIR/t.ods`, and as this crate's CSV: `DIR/expected-1.csv`, `DIR/expected-2.csv`.
//! - `libreoffice_roundtrip check DIR` compares LibreOffice's CSV conversions of sheet N,
//!   `DIR/xlsx-N.csv` and `DIR/ods-N.csv` (separator `,`, UTF-8, every text cell quoted), with
//!   `DIR/expected-N.csv` (separator `;`, decimal comma): same rows, same text, same numbers;
//!   and checks the cell types against the samples: numbers unquoted (numeric cells in
//!   LibreOffice), text quoted (text cells, even `01`). Prints one line per comparison and
//!   exits non-zero on a difference.

use std::path::Path;
use std::process::ExitCode;

use cdlp_exports::{Sheet, Value, to_csv, to_ods, to_xlsx};

fn samples() -> Vec<Sheet> {
    vec![
        Sheet {
            name: "Indicateurs 2025/T1".to_owned(),
            header: vec![
                "Code".to_owned(),
                "Département".to_owned(),
                "Demandes reçues".to_owned(),
                "Délai moyen (jours)".to_owned(),
                "Taux d'accord".to_owned(),
                "Remarque".to_owned(),
            ],
            rows: vec![
                vec![
                    "01".into(),
                    "Ain".into(),
                    412.into(),
                    37.5.into(),
                    0.8125.into(),
                    Value::Empty,
                ],
                vec![
                    "2A".into(),
                    "Corse-du-Sud".into(),
                    58.into(),
                    41.25.into(),
                    0.75.into(),
                    "Île; « maritime »".into(),
                ],
                vec![
                    "42".into(),
                    "Loire (Saint-Étienne)".into(),
                    1_234_567.into(),
                    12.0.into(),
                    0.333.into(),
                    "dit \"prioritaire\"\nsur deux lignes".into(),
                ],
                vec![
                    "971".into(),
                    "Guadeloupe".into(),
                    Value::Number(-3),
                    Value::Decimal(-0.5),
                    Value::Decimal(f64::NAN),
                    "<&>\"' à conserver".into(),
                ],
            ],
        },
        Sheet {
            name: "Synthèse nationale".to_owned(),
            header: vec!["Indicateur".to_owned(), "Valeur".to_owned()],
            rows: vec![
                vec!["Nombre de commissions réunies".into(), 96.into()],
                vec!["Durée médiane (jours)".into(), 28.5.into()],
                vec!["Part des décisions favorables".into(), 0.6875.into()],
                // Spaces at both ends and doubled (ODF collapses them unless encoded). No tab:
                // LibreOffice 7.4 drops a tab in a cell even from the ODS files it writes.
                vec!["  Espaces  doubles ".into(), 1.into()],
            ],
        },
    ]
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [command, dir] if command == "write" => write(Path::new(dir)),
        [command, dir] if command == "check" => check(Path::new(dir)),
        _ => {
            eprintln!("usage: libreoffice_roundtrip write|check DIR");
            ExitCode::from(2)
        }
    }
}

fn write(dir: &Path) -> ExitCode {
    let sheets = samples();
    let mut files = vec![
        ("t.xlsx".to_owned(), to_xlsx(&sheets)),
        ("t.ods".to_owned(), to_ods(&sheets)),
    ];
    for (index, sheet) in sheets.iter().enumerate() {
        files.push((format!("expected-{}.csv", index + 1), to_csv(sheet)));
    }
    for (name, bytes) in files {
        let path = dir.join(name);
        if let Err(error) = std::fs::write(&path, bytes) {
            eprintln!("cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}

fn check(dir: &Path) -> ExitCode {
    let mut failures = 0;
    for (index, sheet) in samples().iter().enumerate() {
        let number = index + 1;
        let expected = match read_csv(&dir.join(format!("expected-{number}.csv")), ';') {
            Ok(rows) => texts(&rows),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::FAILURE;
            }
        };
        for format in ["xlsx", "ods"] {
            let name = format!("{format}-{number}.csv");
            let outcome = read_csv(&dir.join(&name), ',').and_then(|actual| {
                compare(&expected, &texts(&actual))?;
                check_types(sheet, &actual)
            });
            match outcome {
                Ok(()) => println!(
                    "ok: {name} (LibreOffice) = expected-{number}.csv (cdlp-exports), {} rows, \
                     cell types as written",
                    expected.len()
                ),
                Err(error) => {
                    println!("FAILED: {name} vs expected-{number}.csv: {error}");
                    failures += 1;
                }
            }
        }
    }
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Cells are equal when their texts are, or when both read as the same number (decimal
/// mark `.` or `,`). Missing trailing cells count as empty: LibreOffice writes a rectangle.
fn compare(expected: &[Vec<String>], actual: &[Vec<String>]) -> Result<(), String> {
    let is_blank = |row: &Vec<String>| row.iter().all(String::is_empty);
    let trimmed = |rows: &[Vec<String>]| {
        let mut rows = rows.to_vec();
        while rows.last().is_some_and(is_blank) {
            rows.pop();
        }
        rows
    };
    let (expected, actual) = (trimmed(expected), trimmed(actual));
    if expected.len() != actual.len() {
        return Err(format!(
            "{} rows expected, {} found",
            expected.len(),
            actual.len()
        ));
    }
    for (line, (want, got)) in expected.iter().zip(&actual).enumerate() {
        for column in 0..want.len().max(got.len()) {
            let want = want.get(column).map_or("", String::as_str);
            let got = got.get(column).map_or("", String::as_str);
            let same_number = number(want).is_some() && number(want) == number(got);
            if want != got && !same_number {
                return Err(format!(
                    "row {}, column {}: expected {want:?}, found {got:?}",
                    line + 1,
                    column + 1
                ));
            }
        }
    }
    Ok(())
}

/// LibreOffice quotes every text cell (filter option "quote all text cells"), never a number.
fn check_types(sheet: &Sheet, actual: &[Vec<Field>]) -> Result<(), String> {
    let header = sheet.header.iter().map(|_| Some(true)).collect::<Vec<_>>();
    let rows = sheet.rows.iter().map(|row| {
        row.iter()
            .map(|value| match value {
                Value::Text(_) => Some(true),
                Value::Number(_) => Some(false),
                Value::Decimal(decimal) if decimal.is_finite() => Some(false),
                Value::Decimal(_) | Value::Empty => None,
            })
            .collect::<Vec<_>>()
    });
    for (line, quoting) in std::iter::once(header).chain(rows).enumerate() {
        for (column, quoted) in quoting.into_iter().enumerate() {
            let field = actual.get(line).and_then(|row| row.get(column));
            let ok = match (quoted, field) {
                (None, field) => field.is_none_or(|field| field.text.is_empty()),
                (Some(quoted), Some(field)) => field.quoted == quoted,
                (Some(_), None) => false,
            };
            if !ok {
                let kind = match quoted {
                    Some(true) => "a text cell",
                    Some(false) => "a numeric cell",
                    None => "an empty cell",
                };
                return Err(format!(
                    "row {}, column {}: expected {kind}, found {field:?}",
                    line + 1,
                    column + 1
                ));
            }
        }
    }
    Ok(())
}

fn number(text: &str) -> Option<f64> {
    text.replace(',', ".").parse().ok()
}

/// One CSV field, and whether it was quoted.
#[derive(Debug)]
struct Field {
    text: String,
    quoted: bool,
}

fn texts(rows: &[Vec<Field>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| row.iter().map(|field| field.text.clone()).collect())
        .collect()
}

/// A CSV file (RFC 4180 quoting, optional UTF-8 BOM, CRLF or LF) as rows of fields.
fn read_csv(path: &Path, separator: char) -> Result<Vec<Vec<Field>>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = Field {
        text: String::new(),
        quoted: false,
    };
    let take = |field: &mut Field| Field {
        text: std::mem::take(&mut field.text),
        quoted: std::mem::take(&mut field.quoted),
    };
    let mut chars = text.chars().peekable();
    let mut in_quotes = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.text.push('"');
                }
                '"' => in_quotes = false,
                c => field.text.push(c),
            }
        } else {
            match c {
                '"' => {
                    in_quotes = true;
                    field.quoted = true;
                }
                c if c == separator => row.push(take(&mut field)),
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    row.push(take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                c => field.text.push(c),
            }
        }
    }
    if !field.text.is_empty() || field.quoted || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}
