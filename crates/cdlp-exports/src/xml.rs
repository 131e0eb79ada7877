//! XML text escaping shared by the XLSX and ODS writers.

/// Whether XML 1.0 allows `c` in a document (`Char` production; Rust's `char` already
/// excludes surrogates).
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{FFFD}' | '\u{10000}'..)
        && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Appends `text` to `out`, escaped for XML character data and attribute values: the five
/// markup characters become entities, a carriage return becomes `&#13;` (a parser would
/// otherwise turn it into a line feed), characters that XML 1.0 forbids are dropped.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// `text` escaped as [`push_escaped`] does.
#[cfg(test)]
pub(crate) fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}
