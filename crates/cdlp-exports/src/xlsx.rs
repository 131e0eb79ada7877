//! Office Open XML spreadsheets (SpreadsheetML, ECMA-376), the minimal set of parts.

use crate::package::{Method, zip};
use crate::xml::push_escaped;
use crate::{Sheet, Value, decimal_text, sheet_names};

const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Style indexes (in `cellXfs`): header cells are bold; text with a line break wraps, since
/// spreadsheets show only one line of a cell that does not.
const HEADER_STYLE: usize = 1;
const WRAP_STYLE: usize = 2;
const HEADER_WRAP_STYLE: usize = 3;

const STYLES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<fonts count="2">"#,
    r#"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#,
    r#"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#,
    r#"</fonts>"#,
    r#"<fills count="2">"#,
    r#"<fill><patternFill patternType="none"/></fill>"#,
    r#"<fill><patternFill patternType="gray125"/></fill>"#,
    r#"</fills>"#,
    r#"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#,
    r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
    r#"<cellXfs count="4">"#,
    r#"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
    r#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#,
    r#"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">"#,
    r#"<alignment wrapText="1"/></xf>"#,
    r#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">"#,
    r#"<alignment wrapText="1"/></xf>"#,
    r#"</cellXfs>"#,
    r#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#,
    r#"</styleSheet>"#,
);

const ROOT_RELATIONSHIPS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" "#,
    r#"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" "#,
    r#"Target="xl/workbook.xml"/>"#,
    r#"</Relationships>"#,
);

/// The sheets as an XLSX workbook, one worksheet per sheet, in order, named as
/// [`sheet_names`] says. The header row is bold; numbers are numeric cells; text is written
/// as inline strings (never as formulas), wrapped when it holds a line break (CRLF and CR
/// written as LF, a cell's line break). An empty slice gives a workbook with one empty
/// worksheet `Feuille1`, since a workbook needs one.
///
/// Parts: `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`,
/// `xl/_rels/workbook.xml.rels`, `xl/styles.xml` and `xl/worksheets/sheetN.xml` (N from 1).
pub fn to_xlsx(sheets: &[Sheet]) -> Vec<u8> {
    let placeholder;
    let sheets = if sheets.is_empty() {
        placeholder = [Sheet {
            name: String::new(),
            header: Vec::new(),
            rows: Vec::new(),
        }];
        &placeholder[..]
    } else {
        sheets
    };
    let names = sheet_names(sheets);

    let content_types = content_types(sheets.len());
    let workbook = workbook(&names);
    let workbook_relationships = workbook_relationships(sheets.len());
    let worksheets: Vec<(String, String)> = sheets
        .iter()
        .enumerate()
        .map(|(index, sheet)| {
            (
                format!("xl/worksheets/sheet{}.xml", index + 1),
                worksheet(sheet),
            )
        })
        .collect();

    let mut entries: Vec<(&str, &[u8], Method)> = vec![
        (
            "[Content_Types].xml",
            content_types.as_bytes(),
            Method::Deflated,
        ),
        (
            "_rels/.rels",
            ROOT_RELATIONSHIPS.as_bytes(),
            Method::Deflated,
        ),
        ("xl/workbook.xml", workbook.as_bytes(), Method::Deflated),
        (
            "xl/_rels/workbook.xml.rels",
            workbook_relationships.as_bytes(),
            Method::Deflated,
        ),
        ("xl/styles.xml", STYLES.as_bytes(), Method::Deflated),
    ];
    for (path, xml) in &worksheets {
        entries.push((path, xml.as_bytes(), Method::Deflated));
    }
    zip(&entries)
}

fn content_types(sheet_count: usize) -> String {
    let mut xml = String::from(XML_DECLARATION);
    xml.push_str(r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#);
    xml.push_str(
        r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    );
    xml.push_str(r#"<Default Extension="xml" ContentType="application/xml"/>"#);
    xml.push_str(
        r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
    );
    for number in 1..=sheet_count {
        xml.push_str(&format!(
            r#"<Override PartName="/xl/worksheets/sheet{number}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        ));
    }
    xml.push_str(
        r#"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    );
    xml.push_str("</Types>");
    xml
}

fn workbook(names: &[String]) -> String {
    let mut xml = String::from(XML_DECLARATION);
    xml.push_str(&format!(
        r#"<workbook xmlns="{MAIN_NS}" xmlns:r="{RELATIONSHIPS_NS}"><sheets>"#
    ));
    for (index, name) in names.iter().enumerate() {
        xml.push_str(r#"<sheet name=""#);
        push_escaped(&mut xml, name);
        let number = index + 1;
        xml.push_str(&format!(r#"" sheetId="{number}" r:id="rId{number}"/>"#));
    }
    xml.push_str("</sheets></workbook>");
    xml
}

/// Relationships of the workbook: `rId1`…`rIdN` the worksheets, `rId(N+1)` the styles.
fn workbook_relationships(sheet_count: usize) -> String {
    let mut xml = String::from(XML_DECLARATION);
    xml.push_str(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for number in 1..=sheet_count {
        xml.push_str(&format!(
            r#"<Relationship Id="rId{number}" Type="{RELATIONSHIPS_NS}/worksheet" Target="worksheets/sheet{number}.xml"/>"#
        ));
    }
    xml.push_str(&format!(
        r#"<Relationship Id="rId{}" Type="{RELATIONSHIPS_NS}/styles" Target="styles.xml"/>"#,
        sheet_count + 1
    ));
    xml.push_str("</Relationships>");
    xml
}

fn worksheet(sheet: &Sheet) -> String {
    let mut xml = String::from(XML_DECLARATION);
    xml.push_str(&format!(r#"<worksheet xmlns="{MAIN_NS}"><sheetData>"#));
    let mut row_number = 0;
    if !sheet.header.is_empty() {
        row_number += 1;
        xml.push_str(&format!(r#"<row r="{row_number}">"#));
        for (column, title) in sheet.header.iter().enumerate() {
            push_text_cell(&mut xml, column, row_number, title, true);
        }
        xml.push_str("</row>");
    }
    for row in &sheet.rows {
        row_number += 1;
        xml.push_str(&format!(r#"<row r="{row_number}">"#));
        for (column, value) in row.iter().enumerate() {
            match value {
                Value::Text(text) => push_text_cell(&mut xml, column, row_number, text, false),
                Value::Number(number) => {
                    push_number_cell(&mut xml, column, row_number, &number.to_string());
                }
                Value::Decimal(decimal) => {
                    if let Some(text) = decimal_text(*decimal) {
                        push_number_cell(&mut xml, column, row_number, &text);
                    }
                }
                Value::Empty => {}
            }
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

fn push_text_cell(xml: &mut String, column: usize, row: usize, text: &str, header: bool) {
    xml.push_str(&format!(r#"<c r="{}{row}""#, column_name(column)));
    let wrap = text.contains(['\n', '\r']);
    let style = match (header, wrap) {
        (true, false) => Some(HEADER_STYLE),
        (true, true) => Some(HEADER_WRAP_STYLE),
        (false, true) => Some(WRAP_STYLE),
        (false, false) => None,
    };
    if let Some(style) = style {
        xml.push_str(&format!(r#" s="{style}""#));
    }
    xml.push_str(r#" t="inlineStr"><is><t xml:space="preserve">"#);
    // A cell's line break is LF; a CR would show as a stray character.
    let text = if wrap {
        text.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    push_escaped(xml, &protect_escapes(&text));
    xml.push_str("</t></is></c>");
}

fn push_number_cell(xml: &mut String, column: usize, row: usize, number: &str) {
    xml.push_str(&format!(
        r#"<c r="{}{row}"><v>{number}</v></c>"#,
        column_name(column)
    ));
}

/// Spreadsheet readers decode `_xHHHH_` in strings as the character U+HHHH (ECMA-376's
/// escape for characters XML cannot carry); a literal one is kept by escaping its `_` as
/// `_x005F_`.
fn protect_escapes(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let is_escape_at = |index: usize| {
        bytes.len() >= index + 7
            && bytes[index] == b'_'
            && bytes[index + 1] == b'x'
            && bytes[index + 2..index + 6]
                .iter()
                .all(u8::is_ascii_hexdigit)
            && bytes[index + 6] == b'_'
    };
    if !(0..bytes.len()).any(is_escape_at) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (index, c) in text.char_indices() {
        if is_escape_at(index) {
            out.push_str("_x005F_");
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// The letters of a column from its index (0 is `A`, 26 is `AA`).
pub(crate) fn column_name(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        rest -= 1;
        letters.push(b'A' + (rest % 26) as u8);
        rest /= 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}
