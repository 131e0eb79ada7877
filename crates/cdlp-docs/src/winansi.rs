//! UTF-8 → WinAnsiEncoding (Windows code page 1252) conversion, and text widths in the two
//! standard fonts used by the documents.

use crate::metrics::{HELVETICA, HELVETICA_BOLD};

/// The two standard Type 1 fonts the documents use; neither is embedded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Font {
    Regular,
    Bold,
}

impl Font {
    /// Name of the font in each page's resource dictionary.
    pub(crate) fn resource(self) -> &'static str {
        match self {
            Font::Regular => "F1",
            Font::Bold => "F2",
        }
    }

    pub(crate) fn base_font(self) -> &'static str {
        match self {
            Font::Regular => "Helvetica",
            Font::Bold => "Helvetica-Bold",
        }
    }

    fn widths(self) -> &'static [u16; 256] {
        match self {
            Font::Regular => &HELVETICA,
            Font::Bold => &HELVETICA_BOLD,
        }
    }

    /// Advance width of one WinAnsi byte, in 1/1000 of the font size.
    pub(crate) fn units(self, byte: u8) -> u32 {
        u32::from(self.widths()[usize::from(byte)])
    }

    /// Width in points of WinAnsi-encoded `text` set at `size` points.
    pub(crate) fn width(self, text: &[u8], size: f32) -> f32 {
        let units: u32 = text.iter().map(|&b| self.units(b)).sum();
        units_to_points(units, size)
    }
}

/// The one conversion from font units to points, shared by every width computation.
pub(crate) fn units_to_points(units: u32, size: f32) -> f32 {
    units as f32 * size / 1000.0
}

/// The code points of 0x80–0x9F in CP1252 (0 where the code page leaves a hole). 0xA0–0xFF are
/// the Latin-1 code points themselves.
const HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// Combining diacritics that compose with the preceding letter into a CP1252 letter, so that
/// decomposed (NFD) input such as "e\u{301}" prints as "é": (mark, bases, composed letters).
const COMPOSITIONS: [(char, &str, &str); 8] = [
    ('\u{300}', "AEIOUaeiou", "ÀÈÌÒÙàèìòù"),
    ('\u{301}', "AEIOUYaeiouy", "ÁÉÍÓÚÝáéíóúý"),
    ('\u{302}', "AEIOUaeiou", "ÂÊÎÔÛâêîôû"),
    ('\u{303}', "ANOano", "ÃÑÕãñõ"),
    ('\u{308}', "AEIOUYaeiouy", "ÄËÏÖÜŸäëïöüÿ"),
    ('\u{30A}', "Aa", "Åå"),
    ('\u{30C}', "SZsz", "ŠŽšž"),
    ('\u{327}', "Cc", "Çç"),
];

/// The CP1252 byte of `c`, if the code page has it (controls excluded).
fn byte_of(c: char) -> Option<u8> {
    let cp = u32::from(c);
    match cp {
        0x20..=0x7E | 0xA0..=0xFF => u8::try_from(cp).ok(),
        _ => HIGH
            .iter()
            .position(|&h| h != 0 && u32::from(h) == cp)
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// Converts `text` to WinAnsi bytes. Line feeds are kept (the layout breaks lines on them), tabs
/// become spaces; soft hyphens and zero-width characters are dropped; the narrow no-break space
/// of French typography becomes a no-break space; a combining accent composes with the letter
/// before it when CP1252 has the result. Any other character becomes '?'.
pub(crate) fn encode(text: &str) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let mapped = match c {
            '\n' => Some(b'\n'),
            '\t' | '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{200A}' => Some(b' '),
            '\u{202F}' | '\u{2007}' => Some(0xA0),
            '\u{2010}' | '\u{2011}' | '\u{2212}' => Some(b'-'),
            '\r' | '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {
                None
            }
            '\u{300}'..='\u{36F}' => {
                let composed = prev.and_then(|base| compose(base, c));
                match composed.and_then(byte_of) {
                    Some(b) => {
                        out.pop();
                        prev = composed;
                        out.push(b);
                        continue;
                    }
                    None => Some(b'?'),
                }
            }
            _ => Some(byte_of(c).unwrap_or(b'?')),
        };
        if let Some(b) = mapped {
            out.push(b);
            prev = Some(c);
        }
    }
    out
}

fn compose(base: char, mark: char) -> Option<char> {
    let (_, bases, composed) = COMPOSITIONS.iter().find(|(m, _, _)| *m == mark)?;
    let i = bases.chars().position(|b| b == base)?;
    composed.chars().nth(i)
}

/// Decodes WinAnsi bytes back to text, for the tests that read documents back.
#[cfg(test)]
pub(crate) fn decode(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(b - 0x80)])).unwrap_or('?'),
            _ => char::from(b),
        })
        .collect()
}

/// Appends `text` to `out` as a PDF literal string, escaping `(`, `)` and `\`.
pub(crate) fn push_literal(out: &mut Vec<u8>, text: &[u8]) {
    out.push(b'(');
    for &b in text {
        match b {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(b),
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_letters_map_to_their_cp1252_bytes() {
        let cases: &[(char, u8)] = &[
            ('é', 0xE9),
            ('è', 0xE8),
            ('ê', 0xEA),
            ('ë', 0xEB),
            ('à', 0xE0),
            ('â', 0xE2),
            ('ç', 0xE7),
            ('î', 0xEE),
            ('ï', 0xEF),
            ('ô', 0xF4),
            ('ö', 0xF6),
            ('ù', 0xF9),
            ('û', 0xFB),
            ('ü', 0xFC),
            ('ÿ', 0xFF),
            ('É', 0xC9),
            ('È', 0xC8),
            ('Ê', 0xCA),
            ('Ë', 0xCB),
            ('À', 0xC0),
            ('Â', 0xC2),
            ('Ç', 0xC7),
            ('Î', 0xCE),
            ('Ï', 0xCF),
            ('Ô', 0xD4),
            ('Ö', 0xD6),
            ('Ù', 0xD9),
            ('Û', 0xDB),
            ('Ü', 0xDC),
            ('Ÿ', 0x9F),
            ('œ', 0x9C),
            ('Œ', 0x8C),
            ('æ', 0xE6),
            ('Æ', 0xC6),
            ('«', 0xAB),
            ('»', 0xBB),
            ('’', 0x92),
            ('‘', 0x91),
            ('“', 0x93),
            ('”', 0x94),
            ('–', 0x96),
            ('—', 0x97),
            ('…', 0x85),
            ('€', 0x80),
            ('°', 0xB0),
            ('\u{A0}', 0xA0),
        ];
        for &(c, b) in cases {
            assert_eq!(encode(&c.to_string()), vec![b], "{c}");
            assert_eq!(decode(&[b]), c.to_string());
        }
        assert_eq!(encode("Procès-verbal"), b"Proc\xE8s-verbal".to_vec());
    }

    #[test]
    fn other_characters_become_question_marks() {
        assert_eq!(encode("Ștefan"), b"?tefan".to_vec());
        assert_eq!(encode("Łódź"), b"?\xF3d?".to_vec());
        assert_eq!(encode("Иван 中 🙂"), b"???? ? ?".to_vec());
        assert_eq!(encode("a\u{7}b"), b"a?b".to_vec());
    }

    #[test]
    fn typographic_spaces_hyphens_and_decomposed_accents() {
        assert_eq!(
            encode("«\u{202F}oui\u{202F}»"),
            b"\xAB\xA0oui\xA0\xBB".to_vec()
        );
        assert_eq!(encode("soft\u{AD}hyphen\u{200B}"), b"softhyphen".to_vec());
        assert_eq!(encode("a\tb\r\nc"), b"a b\nc".to_vec());
        assert_eq!(
            encode("Le\u{301}a Franc\u{327}ois"),
            b"L\xE9a Fran\xE7ois".to_vec()
        );
        assert_eq!(encode("E\u{301}\u{301}"), b"\xC9?".to_vec());
        assert_eq!(encode("\u{301}x"), b"?x".to_vec());
    }

    #[test]
    fn literal_strings_escape_parentheses_and_backslashes() {
        let mut out = Vec::new();
        push_literal(&mut out, br"a(b)c\d");
        assert_eq!(out, br"(a\(b\)c\\d)".to_vec());
    }

    #[test]
    fn widths_follow_the_afm_tables() {
        assert_eq!(Font::Regular.width(b"i", 1000.0), 222.0);
        assert_eq!(Font::Bold.width(b"i", 1000.0), 278.0);
        assert_eq!(Font::Regular.width(b"W", 1000.0), 944.0);
        assert_eq!(Font::Regular.width(b"@", 1000.0), 1015.0);
        assert_eq!(Font::Bold.width(b"@", 1000.0), 975.0);
        assert_eq!(
            Font::Regular.width(b"\xE9\x80\x92\x9C", 1000.0),
            556.0 + 556.0 + 222.0 + 944.0
        );
        // "Hello" in Helvetica 10 pt: H 722 + e 556 + l 222 + l 222 + o 556 = 2278.
        assert!((Font::Regular.width(b"Hello", 10.0) - 22.78).abs() < 1e-4);
    }
}
