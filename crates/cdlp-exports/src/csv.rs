//! CSV for a French-locale spreadsheet (Excel, LibreOffice).

use crate::{Sheet, Value, decimal_text};

const BOM: &[u8] = b"\xEF\xBB\xBF";
const SEPARATOR: char = ';';

/// The sheet as CSV: UTF-8 with a byte order mark (so that Excel reads UTF-8), `;` as field
/// separator and `,` as decimal mark (what a French-locale spreadsheet expects: with `.`, Excel
/// in French reads `3.5` as a date), CRLF line ends, the header as first line when not empty.
///
/// Quoting follows RFC 4180: a field containing `;`, `"`, CR or LF is enclosed in double
/// quotes, and a `"` inside is doubled. Text is written as it is, including text that a
/// spreadsheet would take for a number or a formula. Empty values and non-finite decimals are
/// empty fields. The sheet's name is not written.
pub fn to_csv(sheet: &Sheet) -> Vec<u8> {
    let mut out = String::new();
    if !sheet.header.is_empty() {
        push_record(&mut out, sheet.header.iter().map(|title| field_text(title)));
    }
    for row in &sheet.rows {
        push_record(&mut out, row.iter().map(value_text));
    }
    let mut bytes = Vec::with_capacity(BOM.len() + out.len());
    bytes.extend_from_slice(BOM);
    bytes.extend_from_slice(out.as_bytes());
    bytes
}

fn push_record<'a>(out: &mut String, fields: impl Iterator<Item = std::borrow::Cow<'a, str>>) {
    for (index, field) in fields.enumerate() {
        if index > 0 {
            out.push(SEPARATOR);
        }
        out.push_str(&field);
    }
    out.push_str("\r\n");
}

fn value_text(value: &Value) -> std::borrow::Cow<'_, str> {
    match value {
        Value::Text(text) => field_text(text),
        Value::Number(number) => number.to_string().into(),
        Value::Decimal(decimal) => decimal_text(*decimal)
            .map(|text| text.replace('.', ","))
            .unwrap_or_default()
            .into(),
        Value::Empty => "".into(),
    }
}

/// `text` quoted when RFC 4180 requires it.
fn field_text(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains([SEPARATOR, '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\"")).into()
    } else {
        text.into()
    }
}
