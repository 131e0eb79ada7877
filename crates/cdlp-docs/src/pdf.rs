//! A minimal PDF 1.4 file writer: A4 pages whose content streams are already written, the two
//! standard fonts, the document information dictionary, the cross-reference table and the
//! trailer. Deterministic: the same pages and information give the same bytes.

use chrono::{Datelike, NaiveDate};

use crate::winansi::Font;

pub(crate) const PAGE_WIDTH: f32 = 595.0;
pub(crate) const PAGE_HEIGHT: f32 = 842.0;

/// What goes into the document information dictionary.
pub(crate) struct Info<'a> {
    pub(crate) title: &'a str,
    pub(crate) subject: &'a str,
    /// The document's own date (session closure, decision), never the clock.
    pub(crate) date: NaiveDate,
}

const CATALOG: usize = 1;
const PAGES: usize = 2;
const FONT_REGULAR: usize = 3;
const FONT_BOLD: usize = 4;
const INFO: usize = 5;
const FIRST_PAGE: usize = 6;

fn page_id(index: usize) -> usize {
    FIRST_PAGE + 2 * index
}

fn contents_id(index: usize) -> usize {
    page_id(index) + 1
}

struct Writer {
    out: Vec<u8>,
    /// Byte offset of object `n` at index `n - 1`.
    offsets: Vec<usize>,
}

impl Writer {
    fn object(&mut self, id: usize, body: &[u8]) {
        debug_assert_eq!(id, self.offsets.len() + 1, "objects are written in order");
        self.offsets.push(self.out.len());
        self.out
            .extend_from_slice(format!("{id} 0 obj\n").as_bytes());
        self.out.extend_from_slice(body);
        self.out.extend_from_slice(b"\nendobj\n");
    }
}

/// Writes a complete PDF file with one A4 page per content stream (at least one page).
pub(crate) fn write(pages: &[Vec<u8>], info: &Info<'_>) -> Vec<u8> {
    let empty = [Vec::new()];
    let pages = if pages.is_empty() { &empty[..] } else { pages };
    let mut w = Writer {
        out: Vec::new(),
        offsets: Vec::new(),
    };
    // The comment line of bytes above 127 tells transfer tools the file is binary.
    w.out.extend_from_slice(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");

    w.object(
        CATALOG,
        format!("<< /Type /Catalog /Pages {PAGES} 0 R /Lang (fr-FR) >>").as_bytes(),
    );
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", page_id(i)))
        .collect();
    w.object(
        PAGES,
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .as_bytes(),
    );
    for (id, font) in [(FONT_REGULAR, Font::Regular), (FONT_BOLD, Font::Bold)] {
        w.object(
            id,
            format!(
                "<< /Type /Font /Subtype /Type1 /BaseFont /{} /Encoding /WinAnsiEncoding >>",
                font.base_font()
            )
            .as_bytes(),
        );
    }
    let date = pdf_date(info.date);
    w.object(
        INFO,
        format!(
            "<< /Title {} /Subject {} /Producer (CDLP) /Creator (CDLP) /CreationDate ({date}) /ModDate ({date}) >>",
            text_string(info.title),
            text_string(info.subject),
        )
        .as_bytes(),
    );
    for (i, content) in pages.iter().enumerate() {
        w.object(
            page_id(i),
            format!(
                "<< /Type /Page /Parent {PAGES} 0 R /MediaBox [0 0 {} {}] \
                 /Resources << /Font << /{} {FONT_REGULAR} 0 R /{} {FONT_BOLD} 0 R >> /ProcSet [/PDF /Text] >> \
                 /Contents {} 0 R >>",
                PAGE_WIDTH,
                PAGE_HEIGHT,
                Font::Regular.resource(),
                Font::Bold.resource(),
                contents_id(i)
            )
            .as_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(content);
        stream.extend_from_slice(b"\nendstream");
        w.object(contents_id(i), &stream);
    }

    let xref = w.out.len();
    let size = w.offsets.len() + 1;
    w.out
        .extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f \n").as_bytes());
    for offset in &w.offsets {
        // Each entry is exactly 20 bytes, its end of line being " \n".
        w.out
            .extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    w.out.extend_from_slice(
        format!(
            "trailer\n<< /Size {size} /Root {CATALOG} 0 R /Info {INFO} 0 R >>\nstartxref\n{xref}\n%%EOF"
        )
        .as_bytes(),
    );
    w.out
}

/// A PDF date for midnight of `date`, local time of the issuer (no time zone given).
fn pdf_date(date: NaiveDate) -> String {
    format!(
        "D:{:04}{:02}{:02}000000",
        date.year(),
        date.month(),
        date.day()
    )
}

/// A PDF text string in UTF-16BE with its byte order mark, written in hexadecimal, so that the
/// information dictionary keeps every character exactly.
fn text_string(text: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in text.encode_utf16() {
        out.push_str(&format!("{unit:04X}"));
    }
    out.push('>');
    out
}

/// A number as content streams want it: at most two decimals, no trailing zeros.
pub(crate) fn num(value: f32) -> String {
    let s = format!("{value:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(62.0), "62");
        assert_eq!(num(700.5), "700.5");
        assert_eq!(num(10.126), "10.13");
        assert_eq!(num(-0.001), "0");
    }

    #[test]
    fn text_strings_are_utf16_with_bom() {
        assert_eq!(text_string("é€"), "<FEFF00E920AC>");
    }

    #[test]
    fn dates_have_no_clock_time() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
        assert_eq!(pdf_date(d), "D:20260304000000");
    }
}
