//! The public API: CSV bytes, and XLSX / ODS read back as zip packages.

use std::io::{Cursor, Read};

use cdlp_exports::{Sheet, Value, to_csv, to_ods, to_xlsx};
use zip::{CompressionMethod, ZipArchive};

fn indicators() -> Sheet {
    Sheet {
        name: "Indicateurs".to_owned(),
        header: vec![
            "Département".to_owned(),
            "Dossiers".to_owned(),
            "Taux".to_owned(),
        ],
        rows: vec![
            vec!["Hauts-de-Seine".into(), 1234.into(), 0.5.into()],
            vec![
                "Corse-du-Sud".into(),
                Value::Number(-7),
                Value::Decimal(12.75),
            ],
            vec![
                "Sans données".into(),
                Value::Empty,
                Value::Decimal(f64::NAN),
            ],
        ],
    }
}

fn tricky() -> Sheet {
    Sheet {
        name: "Échappements".to_owned(),
        header: vec!["Texte".to_owned()],
        rows: vec![vec![r#"<&>"'"#.into()], vec!["a\u{1}b".into()]],
    }
}

/// Entries of a zip archive in order: name, compression method, content.
fn entries(bytes: &[u8]) -> Vec<(String, CompressionMethod, String)> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).expect("a valid zip archive");
    (0..archive.len())
        .map(|index| {
            let mut entry = archive.by_index(index).expect("a readable entry");
            let mut content = String::new();
            entry
                .read_to_string(&mut content)
                .expect("an entry in UTF-8");
            let name = entry.name().expect("a UTF-8 name").into_owned();
            (name, entry.compression(), content)
        })
        .collect()
}

fn entry(bytes: &[u8], name: &str) -> String {
    entries(bytes)
        .into_iter()
        .find(|(entry, _, _)| entry == name)
        .unwrap_or_else(|| panic!("no entry {name}"))
        .2
}

fn names(bytes: &[u8]) -> Vec<String> {
    entries(bytes)
        .into_iter()
        .map(|(name, _, _)| name)
        .collect()
}

// ---------------------------------------------------------------- CSV

#[test]
fn csv_has_bom_semicolons_crlf_and_decimal_commas() {
    let csv = to_csv(&indicators());
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte order mark");
    let text = std::str::from_utf8(&csv[3..]).expect("UTF-8");
    assert_eq!(
        text,
        "Département;Dossiers;Taux\r\n\
         Hauts-de-Seine;1234;0,5\r\n\
         Corse-du-Sud;-7;12,75\r\n\
         Sans données;;\r\n"
    );
}

#[test]
fn csv_quotes_separators_quotes_and_line_breaks() {
    let sheet = Sheet {
        name: "q".to_owned(),
        header: vec!["a;b".to_owned(), "plain".to_owned()],
        rows: vec![vec![
            r#"dit "oui""#.into(),
            "ligne 1\nligne 2".into(),
            "retour\r\nchariot".into(),
            "virgule, sans guillemets".into(),
            "".into(),
        ]],
    };
    let csv = to_csv(&sheet);
    assert_eq!(
        std::str::from_utf8(&csv[3..]).expect("UTF-8"),
        "\"a;b\";plain\r\n\
         \"dit \"\"oui\"\"\";\"ligne 1\nligne 2\";\"retour\r\nchariot\";virgule, sans guillemets;\r\n"
    );
}

#[test]
fn csv_without_header_or_rows() {
    let empty = Sheet {
        name: String::new(),
        header: Vec::new(),
        rows: Vec::new(),
    };
    assert_eq!(to_csv(&empty), b"\xEF\xBB\xBF");
}

// ---------------------------------------------------------------- XLSX

#[test]
fn xlsx_is_a_zip_of_the_expected_parts() {
    let xlsx = to_xlsx(&[indicators(), tricky()]);
    assert_eq!(
        names(&xlsx),
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml",
        ]
    );
    let content_types = entry(&xlsx, "[Content_Types].xml");
    assert!(content_types.contains(r#"PartName="/xl/worksheets/sheet2.xml""#));
    let workbook = entry(&xlsx, "xl/workbook.xml");
    assert!(workbook.contains(r#"<sheet name="Indicateurs" sheetId="1" r:id="rId1"/>"#));
    assert!(workbook.contains(r#"<sheet name="Échappements" sheetId="2" r:id="rId2"/>"#));
    let relationships = entry(&xlsx, "xl/_rels/workbook.xml.rels");
    assert!(relationships.contains(r#"Id="rId2""#) && relationships.contains(r#"Id="rId3""#));
    assert!(relationships.contains(r#"Target="styles.xml""#));
}

#[test]
fn xlsx_header_is_bold_numbers_numeric_text_inline() {
    let xlsx = to_xlsx(&[indicators()]);
    let styles = entry(&xlsx, "xl/styles.xml");
    assert!(styles.contains(r#"<font><b/>"#));
    assert!(styles.contains(r#"fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1""#));

    let sheet = entry(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains(
        r#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Département</t></is></c>"#
    ));
    assert!(sheet.contains(
        r#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">Hauts-de-Seine</t></is></c>"#
    ));
    assert!(sheet.contains(r#"<c r="B2"><v>1234</v></c>"#));
    assert!(sheet.contains(r#"<c r="C2"><v>0.5</v></c>"#));
    assert!(sheet.contains(r#"<c r="B3"><v>-7</v></c>"#));
    assert!(sheet.contains(r#"<c r="C3"><v>12.75</v></c>"#));
    // Empty values and NaN leave no cell.
    assert!(!sheet.contains(r#"r="B4""#) && !sheet.contains(r#"r="C4""#));
    assert!(!sheet.contains("NaN"));
}

#[test]
fn xlsx_wraps_text_with_line_breaks() {
    let sheet = Sheet {
        name: "s".to_owned(),
        header: vec!["Titre\nsur deux lignes".to_owned()],
        rows: vec![vec!["un\r\ndeux".into(), "seul".into()]],
    };
    let xlsx = to_xlsx(&[sheet]);
    let styles = entry(&xlsx, "xl/styles.xml");
    assert!(styles.contains(r#"<cellXfs count="4">"#));
    assert_eq!(styles.matches(r#"<alignment wrapText="1"/>"#).count(), 2);
    let xml = entry(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(
        xml.contains(r#"<c r="A1" s="3" t="inlineStr">"#),
        "bold and wrapped"
    );
    assert!(xml.contains(
        "<c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">un\ndeux</t>"
    ));
    assert!(
        xml.contains(r#"<c r="B2" t="inlineStr">"#),
        "no line break, no style"
    );
}

#[test]
fn xlsx_escapes_xml_in_cells() {
    let xlsx = to_xlsx(&[tricky()]);
    let sheet = entry(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"<t xml:space="preserve">&lt;&amp;&gt;&quot;&apos;</t>"#));
    assert!(
        sheet.contains(r#"<t xml:space="preserve">ab</t>"#),
        "control dropped"
    );
    assert!(!sheet.contains('\u{1}'));
}

#[test]
fn xlsx_keeps_literal_underscore_escapes() {
    let sheet = Sheet {
        name: "s".to_owned(),
        header: Vec::new(),
        rows: vec![vec!["code_x0041_fin".into()]],
    };
    let xml = entry(&to_xlsx(&[sheet]), "xl/worksheets/sheet1.xml");
    assert!(xml.contains(">code_x005F_x0041_fin<"));
}

#[test]
fn xlsx_sanitises_sheet_names() {
    let mut sheet = indicators();
    sheet.name = "Taux 2024/2025 : départements [métropole]".to_owned();
    let workbook = entry(&to_xlsx(&[sheet]), "xl/workbook.xml");
    assert!(workbook.contains(r#"<sheet name="Taux 2024_2025 _ départements _" "#));
}

#[test]
fn xlsx_of_no_sheet_has_one_empty_worksheet() {
    let xlsx = to_xlsx(&[]);
    assert!(names(&xlsx).contains(&"xl/worksheets/sheet1.xml".to_owned()));
    assert!(entry(&xlsx, "xl/workbook.xml").contains(r#"<sheet name="Feuille1""#));
}

// ---------------------------------------------------------------- ODS

#[test]
fn ods_mimetype_is_first_and_stored() {
    let ods = to_ods(&[indicators(), tricky()]);
    let entries = entries(&ods);
    let (name, method, content) = &entries[0];
    assert_eq!(name, "mimetype");
    assert_eq!(*method, CompressionMethod::Stored);
    assert_eq!(content, "application/vnd.oasis.opendocument.spreadsheet");
    // Readers sniff the type at a fixed offset: local header (30 bytes) + "mimetype".
    assert_eq!(&ods[30..38], b"mimetype");
    assert_eq!(
        &ods[38..38 + 46],
        b"application/vnd.oasis.opendocument.spreadsheet"
    );
    assert_eq!(
        names(&ods),
        [
            "mimetype",
            "META-INF/manifest.xml",
            "content.xml",
            "styles.xml",
            "meta.xml"
        ]
    );
    let manifest = entry(&ods, "META-INF/manifest.xml");
    assert!(manifest.contains(
        r#"manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet""#
    ));
    for part in ["content.xml", "styles.xml", "meta.xml"] {
        assert!(manifest.contains(&format!(r#"manifest:full-path="{part}""#)));
    }
}

#[test]
fn ods_has_one_table_per_sheet_with_float_numbers() {
    let ods = to_ods(&[indicators(), tricky()]);
    let content = entry(&ods, "content.xml");
    assert!(content.contains(r#"<table:table table:name="Indicateurs">"#));
    assert!(content.contains(r#"<table:table table:name="Échappements">"#));
    assert!(content.contains(
        r#"<table:table-cell table:style-name="ce1" office:value-type="string"><text:p>Département</text:p></table:table-cell>"#
    ));
    assert!(content.contains(r#"fo:font-weight="bold""#));
    assert!(content.contains(
        r#"<table:table-cell office:value-type="float" office:value="1234"><text:p>1234</text:p></table:table-cell>"#
    ));
    assert!(content.contains(r#"office:value-type="float" office:value="0.5""#));
    assert!(content.contains(r#"office:value-type="float" office:value="-7""#));
    assert!(content.contains(r#"office:value-type="float" office:value="12.75""#));
    assert!(!content.contains("NaN"));
    assert!(content.contains(
        r#"<table:table-cell office:value-type="string"><text:p>Hauts-de-Seine</text:p></table:table-cell>"#
    ));
}

#[test]
fn ods_escapes_xml_in_cells() {
    let content = entry(&to_ods(&[tricky()]), "content.xml");
    assert!(content.contains("<text:p>&lt;&amp;&gt;&quot;&apos;</text:p>"));
    assert!(content.contains("<text:p>ab</text:p>"), "control dropped");
}

#[test]
fn ods_of_no_sheet_has_one_empty_table() {
    let content = entry(&to_ods(&[]), "content.xml");
    assert!(content.contains(r#"<table:table table:name="Feuille1">"#));
    assert!(content.contains("<table:table-row><table:table-cell/></table:table-row>"));
}

// ---------------------------------------------------------------- both

#[test]
fn output_is_deterministic() {
    let sheets = [indicators(), tricky()];
    assert_eq!(to_xlsx(&sheets), to_xlsx(&sheets));
    assert_eq!(to_ods(&sheets), to_ods(&sheets));
    let mut archive = ZipArchive::new(Cursor::new(to_ods(&sheets))).expect("zip");
    for index in 0..archive.len() {
        let entry = archive.by_index(index).expect("entry");
        let modified = entry.last_modified().expect("a timestamp");
        assert_eq!(
            (modified.year(), modified.month(), modified.day()),
            (1980, 1, 1)
        );
    }
}
