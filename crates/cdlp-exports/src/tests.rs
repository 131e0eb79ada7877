use crate::ods::push_paragraphs;
use crate::xlsx::column_name;
use crate::xml::escaped;
use crate::{Sheet, decimal_text, sheet_names};

fn named(name: &str) -> Sheet {
    Sheet {
        name: name.to_owned(),
        header: Vec::new(),
        rows: Vec::new(),
    }
}

#[test]
fn xml_escaping_replaces_markup_and_drops_forbidden_characters() {
    assert_eq!(escaped(r#"<&>"'"#), "&lt;&amp;&gt;&quot;&apos;");
    assert_eq!(
        escaped("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i"),
        "abcdefghi"
    );
    assert_eq!(escaped("tab\there\nline\rcr"), "tab\there\nline&#13;cr");
    assert_eq!(escaped("Île-de-France – 𝔸"), "Île-de-France – 𝔸");
}

#[test]
fn column_names_follow_the_spreadsheet_alphabet() {
    assert_eq!(column_name(0), "A");
    assert_eq!(column_name(25), "Z");
    assert_eq!(column_name(26), "AA");
    assert_eq!(column_name(51), "AZ");
    assert_eq!(column_name(52), "BA");
    assert_eq!(column_name(701), "ZZ");
    assert_eq!(column_name(702), "AAA");
    assert_eq!(column_name(16_383), "XFD");
}

#[test]
fn sheet_names_are_sanitised_cut_and_unique() {
    let names = sheet_names(&[
        named("Taux [2024/2025]: *?\\"),
        named("Indicateurs départementaux de la commission 2025"),
        named("  'Cité'  "),
        named(""),
        named("cité"),
        named("History"),
        named("a\u{0}b\tc"),
    ]);
    assert_eq!(
        names,
        [
            "Taux _2024_2025__ ___",
            "Indicateurs départementaux de l",
            "Cité",
            "Feuille4",
            "cité (2)",
            "History (2)",
            "abc",
        ]
    );
    assert!(names.iter().all(|name| name.encode_utf16().count() <= 31));
}

#[test]
fn duplicate_long_names_stay_within_31_units() {
    let long = "Indicateurs départementaux de la commission";
    let names = sheet_names(&[named(long), named(long), named(long)]);
    assert_eq!(names[0], "Indicateurs départementaux de l");
    assert_eq!(names[1], "Indicateurs départementaux (2)");
    assert_eq!(names[2], "Indicateurs départementaux (3)");
    assert!(names.iter().all(|name| name.encode_utf16().count() <= 31));
}

#[test]
fn sheet_name_cut_counts_utf16_units() {
    // Each of these characters takes two UTF-16 units: 15 fit in 31 units, not 16.
    let names = sheet_names(&[named(&"𝔸".repeat(20))]);
    assert_eq!(names[0], "𝔸".repeat(15));
}

#[test]
fn decimals_are_shortest_round_trip_without_exponent() {
    assert_eq!(decimal_text(0.1).as_deref(), Some("0.1"));
    assert_eq!(decimal_text(-2.5).as_deref(), Some("-2.5"));
    assert_eq!(decimal_text(-0.0).as_deref(), Some("0"));
    assert_eq!(decimal_text(1e-7).as_deref(), Some("0.0000001"));
    assert_eq!(decimal_text(1e16).as_deref(), Some("10000000000000000"));
    assert_eq!(decimal_text(f64::NAN), None);
    assert_eq!(decimal_text(f64::INFINITY), None);
    assert_eq!(decimal_text(f64::NEG_INFINITY), None);
}

fn paragraphs(text: &str) -> String {
    let mut xml = String::new();
    push_paragraphs(&mut xml, text);
    xml
}

#[test]
fn ods_paragraphs_keep_lines_spaces_and_tabs() {
    assert_eq!(paragraphs("Paris"), "<text:p>Paris</text:p>");
    assert_eq!(paragraphs(""), "<text:p></text:p>");
    assert_eq!(
        paragraphs("un\r\ndeux\rtrois\nquatre"),
        "<text:p>un</text:p><text:p>deux</text:p><text:p>trois</text:p><text:p>quatre</text:p>"
    );
    assert_eq!(
        paragraphs(" a  b   c "),
        r#"<text:p><text:s/>a <text:s/>b <text:s text:c="2"/>c<text:s/></text:p>"#
    );
    assert_eq!(
        paragraphs("a\tb & <c>"),
        "<text:p>a<text:tab/>b &amp; &lt;c&gt;</text:p>"
    );
}
