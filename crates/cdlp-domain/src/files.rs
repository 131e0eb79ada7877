//! Files people attach: what their name may be once stored, and whether their bytes are
//! what they claim to be.

/// Longest stored file name, in characters (the extension is kept when cutting).
pub const MAX_FILENAME_CHARS: usize = 120;

/// A file name safe to store, show and send back as a download name: the last component of
/// any path, without control, format or bidirectional characters (a right-to-left override
/// can disguise `fdp.exe` as `exe.pdf`), without leading dots, bounded in length. Never empty.
pub fn sanitize_filename(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !is_invisible_format(*c))
        .map(|c| {
            if matches!(c, '"' | ':' | '*' | '?' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = cleaned
        .trim()
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);
    let name = if trimmed.is_empty() {
        "document"
    } else {
        trimmed
    };
    if name.chars().count() <= MAX_FILENAME_CHARS {
        return name.to_owned();
    }
    // Keep a short extension, cut the stem.
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.chars().count() <= 10 => (stem, Some(ext)),
        _ => (name, None),
    };
    let room = MAX_FILENAME_CHARS - ext.map_or(0, |e| e.chars().count() + 1);
    let stem: String = stem.chars().take(room).collect();
    match ext {
        Some(ext) => format!("{stem}.{ext}"),
        None => stem,
    }
}

/// Characters that change how text is shown without being seen: bidirectional embeddings,
/// overrides and isolates, zero-width marks, and the BOM.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{061C}' | '\u{FEFF}' | '\u{00AD}')
}

/// The document types CDLP accepts, as their bytes tell them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Pdf,
    Png,
    Jpeg,
    /// ZIP containers: OpenDocument and Office Open XML files.
    Zip,
    /// Something else (HTML, an executable, a script, …).
    Unknown,
}

pub fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.starts_with(b"%PDF-") {
        Sniffed::Pdf
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Sniffed::Png
    } else if bytes.starts_with(b"\xFF\xD8\xFF") {
        Sniffed::Jpeg
    } else if bytes.starts_with(b"PK\x03\x04") {
        Sniffed::Zip
    } else {
        Sniffed::Unknown
    }
}

/// Whether the bytes are of the declared media type. A type CDLP does not know is refused
/// too: only what the bytes prove is stored and served.
pub fn content_matches(declared: &str, bytes: &[u8]) -> bool {
    let declared = declared
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let expected = match declared.as_str() {
        "application/pdf" => Sniffed::Pdf,
        "image/png" => Sniffed::Png,
        "image/jpeg" | "image/jpg" => Sniffed::Jpeg,
        "application/vnd.oasis.opendocument.text"
        | "application/vnd.oasis.opendocument.spreadsheet"
        | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => Sniffed::Zip,
        _ => return false,
    };
    sniff(bytes) == expected
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_controls_and_bidi_characters_leave_the_name() {
        assert_eq!(sanitize_filename("../../etc/passwd"), "passwd");
        assert_eq!(
            sanitize_filename("C:\\Users\\x\\pièce d'identité.pdf"),
            "pièce d'identité.pdf"
        );
        assert_eq!(sanitize_filename("fact\u{202E}fdp.exe"), "factfdp.exe");
        assert_eq!(
            sanitize_filename("a\r\nContent-Type: text/html.pdf"),
            "html.pdf"
        );
        assert_eq!(sanitize_filename("a\r\nb.pdf"), "ab.pdf");
        assert_eq!(sanitize_filename("...hidden"), "hidden");
        assert_eq!(sanitize_filename("   "), "document");
        assert_eq!(sanitize_filename("\u{0}"), "document");
        assert_eq!(sanitize_filename("quote\".pdf"), "quote_.pdf");
        assert_eq!(
            sanitize_filename("王芳 – attestation.pdf"),
            "王芳 – attestation.pdf"
        );
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.pdf", "a".repeat(500));
        let s = sanitize_filename(&long);
        assert_eq!(s.chars().count(), MAX_FILENAME_CHARS);
        assert!(s.ends_with(".pdf"));
    }

    #[test]
    fn bytes_must_be_what_the_type_says() {
        assert!(content_matches("application/pdf", b"%PDF-1.7\n..."));
        assert!(!content_matches(
            "application/pdf",
            b"<html><script>alert(1)</script>"
        ));
        assert!(content_matches("image/png", b"\x89PNG\r\n\x1a\nrest"));
        assert!(!content_matches("image/png", b"%PDF-1.7"));
        assert!(content_matches(
            "image/jpeg; charset=binary",
            b"\xFF\xD8\xFF\xE0"
        ));
        assert!(!content_matches("text/html", b"<html>"));
        assert!(content_matches(
            "application/vnd.oasis.opendocument.text",
            b"PK\x03\x04...."
        ));
    }
}
