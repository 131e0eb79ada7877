//! Page layout on A4: a cursor going down the pages, with the few blocks the documents need
//! (centred title, heading, wrapped paragraph, key/value row, table with a repeated header)
//! and a footer with "Page n / N" added once the number of pages is known.

use crate::pdf::{PAGE_HEIGHT, PAGE_WIDTH, num};
use crate::winansi::{Font, encode, push_literal, units_to_points};

pub(crate) const CONTENT_LEFT: f32 = 62.0;
pub(crate) const CONTENT_RIGHT: f32 = PAGE_WIDTH - 62.0;
pub(crate) const CONTENT_WIDTH: f32 = CONTENT_RIGHT - CONTENT_LEFT;
/// Top of the first line box of a page.
const TOP: f32 = PAGE_HEIGHT - 60.0;
/// No body line box goes below this.
const BOTTOM: f32 = 72.0;
const FOOTER_RULE: f32 = 56.0;
const FOOTER_BASELINE: f32 = 42.0;
const FOOTER_SIZE: f32 = 8.0;
/// "…" in WinAnsi.
const ELLIPSIS: u8 = 0x85;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

/// How a block of text is set.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Style {
    pub(crate) font: Font,
    pub(crate) size: f32,
    /// Height of a line box.
    pub(crate) leading: f32,
    pub(crate) align: Align,
    /// Left indent from the content margin.
    pub(crate) indent: f32,
    /// 0 is black, 1 white.
    pub(crate) gray: f32,
}

impl Style {
    pub(crate) const BODY: Style = Style {
        font: Font::Regular,
        size: 10.0,
        leading: 14.0,
        align: Align::Left,
        indent: 0.0,
        gray: 0.0,
    };

    pub(crate) const fn bold(self) -> Style {
        Style {
            font: Font::Bold,
            ..self
        }
    }

    pub(crate) const fn sized(self, size: f32, leading: f32) -> Style {
        Style {
            size,
            leading,
            ..self
        }
    }

    pub(crate) const fn aligned(self, align: Align) -> Style {
        Style { align, ..self }
    }

    pub(crate) const fn indented(self, indent: f32) -> Style {
        Style { indent, ..self }
    }

    pub(crate) const fn gray(self, gray: f32) -> Style {
        Style { gray, ..self }
    }

    fn baseline(&self, top: f32) -> f32 {
        top - self.leading / 2.0 - self.size * 0.35
    }
}

/// A table column: header, fixed width in points, alignment of its cells.
pub(crate) struct Column<'a> {
    pub(crate) header: &'a str,
    pub(crate) width: f32,
    pub(crate) align: Align,
}

const TABLE_SIZE: f32 = 9.0;
const TABLE_ROW: f32 = 16.0;
const TABLE_PAD: f32 = 4.0;

pub(crate) struct Layout {
    pages: Vec<Vec<u8>>,
    /// Top of the next line box on the current page.
    y: f32,
    footer: String,
}

impl Layout {
    /// `footer` is printed at the bottom left of every page, before "Page n / N".
    pub(crate) fn new(footer: impl Into<String>) -> Layout {
        Layout {
            pages: vec![Vec::new()],
            y: TOP,
            footer: footer.into(),
        }
    }

    fn page(&mut self) -> &mut Vec<u8> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn at_top(&self) -> bool {
        self.y >= TOP
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `height` still fits on this one (or the page is still empty).
    pub(crate) fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM && !self.at_top() {
            self.new_page();
        }
    }

    /// Like [`Layout::ensure`], for a block that should not be split if it fits on a page.
    pub(crate) fn keep_together(&mut self, height: f32) {
        if height <= TOP - BOTTOM {
            self.ensure(height);
        }
    }

    /// Vertical space, dropped at the top of a page.
    pub(crate) fn space(&mut self, height: f32) {
        if !self.at_top() {
            self.y = (self.y - height).max(BOTTOM);
        }
    }

    pub(crate) fn rule(&mut self) {
        self.space(4.0);
        let y = self.y;
        hline(self.page(), CONTENT_LEFT, CONTENT_RIGHT, y, 0.5, 0.6);
        self.space(6.0);
    }

    /// A wrapped paragraph; `\n` in `text` breaks lines.
    pub(crate) fn paragraph(&mut self, text: &str, style: Style) {
        let width = CONTENT_WIDTH - style.indent;
        let lines = wrap(&encode(text.trim()), style.font, style.size, width);
        // No single first line stranded at the bottom of a page.
        self.ensure(style.leading * lines.len().min(2) as f32);
        for line in &lines {
            self.ensure(style.leading);
            let w = style.font.width(line, style.size);
            let x = match style.align {
                Align::Left => CONTENT_LEFT + style.indent,
                Align::Center => CONTENT_LEFT + style.indent + (width - w) / 2.0,
                Align::Right => CONTENT_RIGHT - w,
            };
            let baseline = style.baseline(self.y);
            put_text(
                self.page(),
                x,
                baseline,
                style.font,
                style.size,
                style.gray,
                line,
            );
            self.y -= style.leading;
        }
    }

    /// A centred bold title.
    pub(crate) fn title(&mut self, text: &str, size: f32) {
        let style = Style::BODY
            .bold()
            .sized(size, size * 1.3)
            .aligned(Align::Center);
        self.paragraph(text, style);
    }

    /// A section heading, underlined, kept with the three lines that follow it.
    pub(crate) fn heading(&mut self, text: &str) {
        let style = Style::BODY.bold().sized(12.0, 16.0);
        self.space(12.0);
        self.ensure(paragraph_height(text, style) + 6.0 + 3.0 * Style::BODY.leading);
        self.paragraph(text, style);
        let y = self.y - 1.0;
        hline(self.page(), CONTENT_LEFT, CONTENT_RIGHT, y, 0.6, 0.45);
        self.y -= 6.0;
    }

    /// A bold key in a column of `key_width` points and its value wrapped beside it.
    pub(crate) fn key_value(&mut self, key: &str, value: &str, key_width: f32) {
        let style = Style::BODY;
        let (keys, values) = key_value_lines(key, value, key_width);
        let rows = keys.len().max(values.len());
        self.ensure(style.leading * rows.min(3) as f32);
        for i in 0..rows {
            self.ensure(style.leading);
            let baseline = style.baseline(self.y);
            if let Some(k) = keys.get(i) {
                put_text(
                    self.page(),
                    CONTENT_LEFT,
                    baseline,
                    Font::Bold,
                    style.size,
                    0.0,
                    k,
                );
            }
            if let Some(v) = values.get(i) {
                let x = CONTENT_LEFT + key_width;
                put_text(self.page(), x, baseline, Font::Regular, style.size, 0.0, v);
            }
            self.y -= style.leading;
        }
    }

    /// A table with a shaded header row, repeated after each page break. Cells hold one line;
    /// too long a text is cut and ends with "…".
    pub(crate) fn table(&mut self, columns: &[Column<'_>], rows: &[Vec<String>]) {
        let total: f32 = columns.iter().map(|c| c.width).sum();
        let scale = if total > CONTENT_WIDTH {
            CONTENT_WIDTH / total
        } else {
            1.0
        };
        let widths: Vec<f32> = columns.iter().map(|c| c.width * scale).collect();
        self.ensure(2.0 * TABLE_ROW);
        self.table_header(columns, &widths);
        for row in rows {
            if self.y - TABLE_ROW < BOTTOM {
                self.new_page();
                self.table_header(columns, &widths);
            }
            let cells: Vec<&str> = (0..columns.len())
                .map(|i| row.get(i).map_or("", String::as_str))
                .collect();
            self.table_row(columns, &widths, &cells, Font::Regular);
            let y = self.y;
            hline(
                self.page(),
                CONTENT_LEFT,
                CONTENT_LEFT + total * scale,
                y,
                0.4,
                0.7,
            );
        }
    }

    fn table_header(&mut self, columns: &[Column<'_>], widths: &[f32]) {
        let total: f32 = widths.iter().sum();
        let y = self.y;
        fill_rect(
            self.page(),
            CONTENT_LEFT,
            y - TABLE_ROW,
            total,
            TABLE_ROW,
            0.88,
        );
        let headers: Vec<&str> = columns.iter().map(|c| c.header).collect();
        self.table_row(columns, widths, &headers, Font::Bold);
        let y = self.y;
        hline(self.page(), CONTENT_LEFT, CONTENT_LEFT + total, y, 0.6, 0.4);
    }

    fn table_row(&mut self, columns: &[Column<'_>], widths: &[f32], cells: &[&str], font: Font) {
        let baseline = self.y - TABLE_ROW / 2.0 - TABLE_SIZE * 0.35;
        let mut x = CONTENT_LEFT;
        for ((column, &width), cell) in columns.iter().zip(widths).zip(cells) {
            let text = truncate(&one_line(cell), font, TABLE_SIZE, width - 2.0 * TABLE_PAD);
            let w = font.width(&text, TABLE_SIZE);
            let tx = match column.align {
                Align::Left => x + TABLE_PAD,
                Align::Center => x + (width - w) / 2.0,
                Align::Right => x + width - TABLE_PAD - w,
            };
            put_text(self.page(), tx, baseline, font, TABLE_SIZE, 0.0, &text);
            x += width;
        }
        self.y -= TABLE_ROW;
    }

    /// The content stream of each page, footers included.
    pub(crate) fn finish(mut self) -> Vec<Vec<u8>> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let count = self.pages.len();
        let footer = one_line(&self.footer);
        for (i, page) in self.pages.iter_mut().enumerate() {
            let label = encode(&format!("Page {} / {}", i + 1, count));
            let label_width = Font::Regular.width(&label, FOOTER_SIZE);
            hline(page, CONTENT_LEFT, CONTENT_RIGHT, FOOTER_RULE, 0.5, 0.6);
            let x = CONTENT_RIGHT - label_width;
            put_text(
                page,
                x,
                FOOTER_BASELINE,
                Font::Regular,
                FOOTER_SIZE,
                0.35,
                &label,
            );
            let room = CONTENT_WIDTH - label_width - 16.0;
            let left = truncate(&footer, Font::Regular, FOOTER_SIZE, room);
            put_text(
                page,
                CONTENT_LEFT,
                FOOTER_BASELINE,
                Font::Regular,
                FOOTER_SIZE,
                0.35,
                &left,
            );
        }
        self.pages
    }
}

/// Height a paragraph will take.
pub(crate) fn paragraph_height(text: &str, style: Style) -> f32 {
    let width = CONTENT_WIDTH - style.indent;
    wrap(&encode(text.trim()), style.font, style.size, width).len() as f32 * style.leading
}

/// Height a key/value row will take.
pub(crate) fn key_value_height(key: &str, value: &str, key_width: f32) -> f32 {
    let (keys, values) = key_value_lines(key, value, key_width);
    keys.len().max(values.len()) as f32 * Style::BODY.leading
}

fn key_value_lines(key: &str, value: &str, key_width: f32) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
    let size = Style::BODY.size;
    // French typography: a no-break space before the colon.
    let key = encode(&format!("{}\u{A0}:", key.trim()));
    let keys = wrap(&key, Font::Bold, size, key_width - 8.0);
    let values = wrap(
        &encode(value.trim()),
        Font::Regular,
        size,
        CONTENT_WIDTH - key_width,
    );
    (keys, values)
}

fn one_line(text: &str) -> Vec<u8> {
    encode(text.trim())
        .into_iter()
        .map(|b| if b == b'\n' { b' ' } else { b })
        .collect()
}

/// Number of leading bytes of `text` that fit in `max_width`.
fn fit(text: &[u8], font: Font, size: f32, max_width: f32) -> usize {
    let mut units = 0;
    for (i, &b) in text.iter().enumerate() {
        units += font.units(b);
        if units_to_points(units, size) > max_width {
            return i;
        }
    }
    text.len()
}

/// Breaks `text` into lines no wider than `max_width`: at spaces, at `\n`, and inside a word
/// only when the word alone is too wide. Always at least one (maybe empty) line.
pub(crate) fn wrap(text: &[u8], font: Font, size: f32, max_width: f32) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    for hard in text.split(|&b| b == b'\n') {
        let mut line: Vec<u8> = Vec::new();
        for word in hard.split(|&b| b == b' ').filter(|w| !w.is_empty()) {
            if !line.is_empty() {
                let mut candidate = line.clone();
                candidate.push(b' ');
                candidate.extend_from_slice(word);
                if font.width(&candidate, size) <= max_width {
                    line = candidate;
                    continue;
                }
                lines.push(std::mem::take(&mut line));
            }
            let mut rest = word;
            while font.width(rest, size) > max_width {
                let cut = fit(rest, font, size, max_width).max(1);
                lines.push(rest[..cut].to_vec());
                rest = &rest[cut..];
            }
            line = rest.to_vec();
        }
        lines.push(line);
    }
    lines
}

/// `text` cut to fit in `max_width`, ending with "…" when it had to be cut.
pub(crate) fn truncate(text: &[u8], font: Font, size: f32, max_width: f32) -> Vec<u8> {
    if font.width(text, size) <= max_width {
        return text.to_vec();
    }
    let room = max_width - font.width(&[ELLIPSIS], size);
    let mut cut = fit(text, font, size, room.max(0.0));
    while cut > 0 && text[cut - 1] == b' ' {
        cut -= 1;
    }
    let mut out = text[..cut].to_vec();
    out.push(ELLIPSIS);
    out
}

fn put_text(out: &mut Vec<u8>, x: f32, y: f32, font: Font, size: f32, gray: f32, text: &[u8]) {
    if text.is_empty() {
        return;
    }
    let colored = gray > 0.0;
    if colored {
        out.extend_from_slice(format!("q {} g ", num(gray)).as_bytes());
    }
    out.extend_from_slice(
        format!(
            "BT /{} {} Tf {} {} Td ",
            font.resource(),
            num(size),
            num(x),
            num(y)
        )
        .as_bytes(),
    );
    push_literal(out, text);
    out.extend_from_slice(b" Tj ET");
    if colored {
        out.extend_from_slice(b" Q");
    }
    out.push(b'\n');
}

fn hline(out: &mut Vec<u8>, x1: f32, x2: f32, y: f32, width: f32, gray: f32) {
    out.extend_from_slice(
        format!(
            "q {} G {} w {} {} m {} {} l S Q\n",
            num(gray),
            num(width),
            num(x1),
            num(y),
            num(x2),
            num(y)
        )
        .as_bytes(),
    );
}

fn fill_rect(out: &mut Vec<u8>, x: f32, y: f32, w: f32, h: f32, gray: f32) {
    out.extend_from_slice(
        format!(
            "q {} g {} {} {} {} re f Q\n",
            num(gray),
            num(x),
            num(y),
            num(w),
            num(h)
        )
        .as_bytes(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let text = encode(
            "Le parcours de sortie de la prostitution et d’insertion sociale et professionnelle \
             est autorisé pour une durée de six mois renouvelable.",
        );
        for width in [60.0, 120.0, 250.0, CONTENT_WIDTH] {
            let lines = wrap(&text, Font::Regular, 10.0, width);
            assert!(lines.iter().all(|l| Font::Regular.width(l, 10.0) <= width));
            let letters = |t: &[u8]| {
                t.iter()
                    .filter(|&&b| b != b' ')
                    .copied()
                    .collect::<Vec<_>>()
            };
            assert_eq!(letters(&lines.concat()), letters(&text));
            if width >= 120.0 {
                // No word is cut: joining the lines gives the text back.
                assert_eq!(lines.join(&b' '), text);
            }
        }
    }

    #[test]
    fn a_word_too_long_for_a_line_is_cut() {
        let word = vec![b'W'; 200];
        let lines = wrap(&word, Font::Bold, 10.0, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| Font::Bold.width(l, 10.0) <= 100.0));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn line_feeds_break_lines() {
        let lines = wrap(b"un\n\ndeux", Font::Regular, 10.0, 400.0);
        assert_eq!(lines, vec![b"un".to_vec(), Vec::new(), b"deux".to_vec()]);
        assert_eq!(
            wrap(b"", Font::Regular, 10.0, 400.0),
            vec![Vec::<u8>::new()]
        );
    }

    #[test]
    fn truncation_adds_an_ellipsis_and_fits() {
        let text = encode("Association pour l’accompagnement des personnes victimes");
        let cut = truncate(&text, Font::Regular, 9.0, 80.0);
        assert_eq!(cut.last(), Some(&ELLIPSIS));
        assert!(Font::Regular.width(&cut, 9.0) <= 80.0);
        assert!(text.starts_with(&cut[..cut.len() - 1]));
        assert_eq!(truncate(b"Oui", Font::Regular, 9.0, 80.0), b"Oui".to_vec());
    }
}
