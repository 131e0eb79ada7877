//! OpenDocument spreadsheets (ODF 1.2), the minimal set of parts.

use crate::package::{Method, zip};
use crate::xml::push_escaped;
use crate::{Sheet, Value, decimal_text, sheet_names};

const MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";
const ODF_VERSION: &str = "1.2";
const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;
const OFFICE_NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#;

/// Automatic cell style of the header cells: bold.
const HEADER_STYLE: &str = "ce1";

/// The sheets as an ODS document, one table per sheet, in order, named as [`sheet_names`]
/// says. The header row is bold; numbers are cells of type `float`; text cells are of type
/// `string`. An empty slice gives a document with one empty table `Feuille1`, since a
/// spreadsheet needs one.
///
/// Entries: `mimetype` first and stored (uncompressed), as ODF requires so that the type can
/// be read at a fixed offset, then `META-INF/manifest.xml`, `content.xml`, `styles.xml` and
/// `meta.xml`, deflated.
pub fn to_ods(sheets: &[Sheet]) -> Vec<u8> {
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
    let manifest = manifest();
    let content = content(sheets);
    let styles = styles();
    let meta = meta();
    zip(&[
        ("mimetype", MIMETYPE.as_bytes(), Method::Stored),
        (
            "META-INF/manifest.xml",
            manifest.as_bytes(),
            Method::Deflated,
        ),
        ("content.xml", content.as_bytes(), Method::Deflated),
        ("styles.xml", styles.as_bytes(), Method::Deflated),
        ("meta.xml", meta.as_bytes(), Method::Deflated),
    ])
}

fn manifest() -> String {
    let mut xml = String::from(XML_DECLARATION);
    xml.push_str(&format!(
        r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="{ODF_VERSION}">"#
    ));
    xml.push_str(&format!(
        r#"<manifest:file-entry manifest:full-path="/" manifest:version="{ODF_VERSION}" manifest:media-type="{MIMETYPE}"/>"#
    ));
    for part in ["content.xml", "styles.xml", "meta.xml"] {
        xml.push_str(&format!(
            r#"<manifest:file-entry manifest:full-path="{part}" manifest:media-type="text/xml"/>"#
        ));
    }
    xml.push_str("</manifest:manifest>");
    xml
}

fn styles() -> String {
    format!(
        r#"{XML_DECLARATION}<office:document-styles {OFFICE_NS} office:version="{ODF_VERSION}"><office:styles/></office:document-styles>"#
    )
}

fn meta() -> String {
    format!(
        r#"{XML_DECLARATION}<office:document-meta {OFFICE_NS} xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="{ODF_VERSION}"><office:meta><meta:generator>CDLP</meta:generator></office:meta></office:document-meta>"#
    )
}

fn content(sheets: &[Sheet]) -> String {
    let mut xml = String::from(XML_DECLARATION);
    xml.push_str(&format!(
        concat!(
            r#"<office:document-content {OFFICE_NS}"#,
            r#" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#,
            r#" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#,
            r#" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0""#,
            r#" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0""#,
            r#" office:version="{ODF_VERSION}">"#,
        ),
        OFFICE_NS = OFFICE_NS,
        ODF_VERSION = ODF_VERSION,
    ));
    xml.push_str(&format!(
        concat!(
            r#"<office:automatic-styles>"#,
            r#"<style:style style:name="{HEADER_STYLE}" style:family="table-cell">"#,
            r#"<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold""#,
            r#" style:font-weight-complex="bold"/>"#,
            r#"</style:style>"#,
            r#"</office:automatic-styles>"#,
        ),
        HEADER_STYLE = HEADER_STYLE,
    ));
    xml.push_str("<office:body><office:spreadsheet>");
    for (sheet, name) in sheets.iter().zip(sheet_names(sheets)) {
        push_table(&mut xml, sheet, &name);
    }
    xml.push_str("</office:spreadsheet></office:body></office:document-content>");
    xml
}

fn push_table(xml: &mut String, sheet: &Sheet, name: &str) {
    xml.push_str(r#"<table:table table:name=""#);
    push_escaped(xml, name);
    xml.push_str(r#"">"#);
    // The schema requires at least one column, one row per table and one cell per row.
    let columns = sheet
        .rows
        .iter()
        .map(Vec::len)
        .chain([sheet.header.len(), 1])
        .max()
        .unwrap_or(1);
    xml.push_str(&format!(
        r#"<table:table-column table:number-columns-repeated="{columns}"/>"#
    ));
    if !sheet.header.is_empty() {
        xml.push_str("<table:table-row>");
        for title in &sheet.header {
            push_text_cell(xml, title, Some(HEADER_STYLE));
        }
        xml.push_str("</table:table-row>");
    }
    for row in &sheet.rows {
        xml.push_str("<table:table-row>");
        for value in row {
            match value {
                Value::Text(text) => push_text_cell(xml, text, None),
                Value::Number(number) => push_float_cell(xml, &number.to_string()),
                Value::Decimal(decimal) => match decimal_text(*decimal) {
                    Some(text) => push_float_cell(xml, &text),
                    None => xml.push_str("<table:table-cell/>"),
                },
                Value::Empty => xml.push_str("<table:table-cell/>"),
            }
        }
        if row.is_empty() {
            xml.push_str("<table:table-cell/>");
        }
        xml.push_str("</table:table-row>");
    }
    if sheet.header.is_empty() && sheet.rows.is_empty() {
        xml.push_str("<table:table-row><table:table-cell/></table:table-row>");
    }
    xml.push_str("</table:table>");
}

fn push_float_cell(xml: &mut String, number: &str) {
    xml.push_str(&format!(
        r#"<table:table-cell office:value-type="float" office:value="{number}"><text:p>{number}</text:p></table:table-cell>"#
    ));
}

fn push_text_cell(xml: &mut String, text: &str, style: Option<&str>) {
    xml.push_str("<table:table-cell");
    if let Some(style) = style {
        xml.push_str(&format!(r#" table:style-name="{style}""#));
    }
    xml.push_str(r#" office:value-type="string">"#);
    push_paragraphs(xml, text);
    xml.push_str("</table:table-cell>");
}

/// `text` as `<text:p>` paragraphs, one per line (CRLF, CR or LF). ODF collapses white space
/// in paragraphs, so runs of spaces are written with `<text:s/>` and tabs as `<text:tab/>`.
pub(crate) fn push_paragraphs(xml: &mut String, text: &str) {
    for line in text.split("\r\n").flat_map(|line| line.split(['\r', '\n'])) {
        xml.push_str("<text:p>");
        let mut rest = line;
        while !rest.is_empty() {
            let spaces = rest.len() - rest.trim_start_matches(' ').len();
            if spaces > 0 {
                let at_edge = rest.len() == line.len() || spaces == rest.len();
                let literal = usize::from(!at_edge);
                if literal == 1 {
                    xml.push(' ');
                }
                match spaces - literal {
                    0 => {}
                    1 => xml.push_str("<text:s/>"),
                    count => xml.push_str(&format!(r#"<text:s text:c="{count}"/>"#)),
                }
                rest = &rest[spaces..];
                continue;
            }
            let end = rest.find([' ', '\t']).unwrap_or(rest.len());
            if end == 0 {
                xml.push_str("<text:tab/>");
                rest = &rest[1..];
            } else {
                push_escaped(xml, &rest[..end]);
                rest = &rest[end..];
            }
        }
        xml.push_str("</text:p>");
    }
}
