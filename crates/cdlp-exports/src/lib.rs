//! Tables of figures (the ministry's exports of national indicators) written as:
//!
//! - [`to_csv`]: CSV for a French-locale spreadsheet (UTF-8 with BOM, `;`, CRLF, RFC 4180
//!   quoting, decimal comma);
//! - [`to_xlsx`]: an Office Open XML workbook, one worksheet per [`Sheet`];
//! - [`to_ods`]: an OpenDocument spreadsheet, one table per [`Sheet`].
//!
//! Pure: everything is built in memory, nothing is read or written elsewhere. Output is
//! deterministic: the same sheets give the same bytes (zip entries carry a fixed timestamp,
//! no document carries a date).
//!
//! Shared rules:
//! - a [`Value::Decimal`] that is not finite (NaN, ±∞) has no spreadsheet representation and
//!   is written as an empty cell;
//! - text drops the characters that XML 1.0 forbids (control characters other than tab, line
//!   feed and carriage return, U+FFFE, U+FFFF) in XLSX and ODS; CSV keeps text as it is;
//! - sheet names are made valid for both Excel and LibreOffice (see [`sheet_names`]);
//! - rows may be shorter or longer than the header; nothing is padded or cut.
//!
//! Limits not checked: a worksheet holds at most 1,048,576 rows and 16,384 columns in Excel
//! and LibreOffice; a [`Value::Number`] beyond ±2^53 is rounded by spreadsheets, which store
//! numbers as doubles.

mod csv;
mod ods;
mod package;
mod sheet_name;
mod xlsx;
mod xml;

#[cfg(test)]
mod tests;

pub use csv::to_csv;
pub use ods::to_ods;
pub use sheet_name::sheet_names;
pub use xlsx::to_xlsx;

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text, written as text even when it looks like a number or a formula.
    Text(String),
    /// An integer, written as a numeric cell.
    Number(i64),
    /// A decimal number, written as a numeric cell (an empty cell when not finite).
    Decimal(f64),
    /// No value.
    Empty,
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<i64> for Value {
    fn from(number: i64) -> Self {
        Value::Number(number)
    }
}

impl From<f64> for Value {
    fn from(decimal: f64) -> Self {
        Value::Decimal(decimal)
    }
}

/// One table: a header row (written bold in XLSX and ODS) then rows of values.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// Name of the worksheet; sanitised when written (see [`sheet_names`]). Unused in CSV.
    pub name: String,
    /// Column titles. An empty header writes no header row.
    pub header: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// The shortest decimal text that reads back as `value`, with `.` as decimal mark and no
/// exponent; `None` when the value is not finite. `-0` is written `0`.
fn decimal_text(value: f64) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    if value == 0.0 {
        return Some("0".to_owned());
    }
    Some(value.to_string())
}
