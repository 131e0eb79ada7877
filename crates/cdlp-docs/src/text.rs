//! One line of text made into positioned glyphs: bidirectional reordering (an Arabic name in a
//! French sentence reads right to left), a font per character from the fallback chain (a
//! combining mark stays with its base letter), and shaping by rustybuzz (Arabic joining,
//! mark positioning, kerning).

use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};
use unicode_normalization::char::is_combining_mark;

use crate::fonts::{Fonts, needs_no_glyph};

/// A piece of a line set in one face, in one direction; runs are in visual order.
pub(crate) struct Run {
    pub(crate) family: usize,
    pub(crate) bold: bool,
    /// The characters the glyphs stand for (their ranges index into it).
    pub(crate) text: String,
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// Advance at size 1 (in ems).
    pub(crate) ems: f32,
}

/// Width of `text` set at `size` points.
pub(crate) fn width(fonts: &Fonts, text: &str, bold: bool, size: f32) -> f32 {
    shape_line(fonts, text, bold)
        .iter()
        .map(|r| r.ems)
        .sum::<f32>()
        * size
}

/// The runs of one line (no line feeds), in visual order from the left.
pub(crate) fn shape_line(fonts: &Fonts, text: &str, bold: bool) -> Vec<Run> {
    let mut runs = Vec::new();
    if text.is_empty() {
        return runs;
    }
    let ascii = text.is_ascii();
    let bidi = (!ascii).then(|| BidiInfo::new(text, Some(Level::ltr())));
    match &bidi {
        Some(info) if info.has_rtl() && !info.paragraphs.is_empty() => {
            let para = &info.paragraphs[0];
            let (levels, visual) = info.visual_runs(para, para.range.clone());
            for range in visual {
                let rtl = levels[range.start].is_rtl();
                let mut pieces = by_family(fonts, &text[range.clone()], range.start);
                if rtl {
                    pieces.reverse();
                }
                for (family, piece) in pieces {
                    runs.push(shape(fonts, family, bold, &text[piece], rtl));
                }
            }
        }
        _ => {
            for (family, piece) in by_family(fonts, text, 0) {
                runs.push(shape(fonts, family, bold, &text[piece], false));
            }
        }
    }
    runs
}

/// Splits `text` (starting at byte `offset` of its line) into ranges of one family each.
fn by_family(fonts: &Fonts, text: &str, offset: usize) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut out: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (i, c) in text.char_indices() {
        let current = out.last().map(|(f, _)| *f);
        let family = match current {
            // Marks, spaces and joiners stay in the font of what they follow.
            Some(f) if (is_combining_mark(c) || needs_no_glyph(c)) && fonts.covers(f, c) => f,
            Some(f) if needs_no_glyph(c) => f,
            // Nothing has it: let it be where it is (the document then fails its validation
            // instead of printing a wrong character).
            _ => fonts.family_of(c).or(current).unwrap_or(0),
        };
        let at = offset + i;
        let end = at + c.len_utf8();
        match out.last_mut() {
            Some((f, range)) if *f == family => range.end = end,
            _ => out.push((family, at..end)),
        }
    }
    out
}

fn shape(fonts: &Fonts, family: usize, bold: bool, text: &str, rtl: bool) -> Run {
    let face = fonts.face(family, bold);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let output = rustybuzz::shape(&face.shaper, &[], buffer);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let upem = face.units_per_em;
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut ems = 0.0;
    let mut clusters: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
    clusters.sort_unstable();
    clusters.dedup();
    for (info, pos) in infos.iter().zip(positions) {
        let start = info.cluster as usize;
        // A cluster ends where the next one in logical order begins.
        let next = clusters.partition_point(|&c| c <= start);
        let end = clusters.get(next).copied().unwrap_or(text.len());
        let advance = pos.x_advance as f32 / upem;
        ems += advance;
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(info.glyph_id),
            advance,
            pos.x_offset as f32 / upem,
            pos.y_offset as f32 / upem,
            pos.y_advance as f32 / upem,
            start..end,
            None,
        ));
    }
    Run {
        family,
        bold,
        text: text.to_owned(),
        glyphs,
        ems,
    }
}
