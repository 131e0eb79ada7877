//! Worksheet names valid in both Excel and LibreOffice.

use crate::Sheet;
use crate::xml::is_xml_char;

/// Excel's limit, in UTF-16 code units.
const MAX_UNITS: usize = 31;

/// The names under which [`to_xlsx`](crate::to_xlsx) and [`to_ods`](crate::to_ods) write
/// `sheets`, in order:
///
/// - `[ ] : * ? / \` become `_`, control characters are dropped, leading and trailing spaces
///   and apostrophes are trimmed;
/// - a name is cut to 31 UTF-16 code units (Excel's limit);
/// - an empty name becomes `Feuille` followed by the sheet's position (from 1);
/// - a name equal, ignoring case, to an earlier one or to `History` (reserved by Excel) gets
///   ` (2)`, ` (3)`… added, cutting the name so that the whole stays within 31 units.
pub fn sheet_names(sheets: &[Sheet]) -> Vec<String> {
    let mut taken: Vec<String> = vec!["history".to_owned()];
    let mut names = Vec::with_capacity(sheets.len());
    for (index, sheet) in sheets.iter().enumerate() {
        let mut base = clean(&sheet.name, MAX_UNITS);
        if base.is_empty() {
            base = format!("Feuille{}", index + 1);
        }
        let mut name = base.clone();
        let mut counter = 2;
        while taken.contains(&name.to_lowercase()) {
            let suffix = format!(" ({counter})");
            name = format!("{}{suffix}", clean(&base, MAX_UNITS - suffix.len()));
            counter += 1;
        }
        taken.push(name.to_lowercase());
        names.push(name);
    }
    names
}

/// `name` without forbidden characters, trimmed and cut to `max_units` UTF-16 code units.
fn clean(name: &str, max_units: usize) -> String {
    let replaced: String = name
        .chars()
        .filter(|&c| !c.is_control() && is_xml_char(c))
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '_',
            c => c,
        })
        .collect();
    let mut cut = String::new();
    let mut units = 0;
    for c in trim(&replaced).chars() {
        units += c.len_utf16();
        if units > max_units {
            break;
        }
        cut.push(c);
    }
    trim(&cut).to_owned()
}

fn trim(name: &str) -> &str {
    name.trim_matches(|c: char| c == '\'' || c.is_whitespace())
}
