//! Page layout on A4: a cursor going down the pages, with the few blocks the documents need
//! (centred title, heading, wrapped paragraph, key/value row, table with a repeated header)
//! and a footer with "Page n / N" added once the number of pages is known. Every block is
//! also a node of the document's structure (paragraph, heading, table), in reading order, so
//! the PDF is tagged for screen readers (PDF/UA-1); rules, shading and footers are artifacts.
//!
//! Coordinates are PDF points from the bottom left of the page; krilla's origin is the top
//! left, which [`Layout::finish`] converts.

use std::num::NonZeroU16;

use krilla::Document;
use krilla::SerializeSettings;
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, Node as TagNode, SpanTag, TableHeaderScope,
    Tag, TagGroup, TagTree,
};
use unicode_normalization::UnicodeNormalization;

use crate::DocError;
use crate::fonts::Fonts;
use crate::text::{shape_line, width};

pub(crate) const PAGE_WIDTH: f32 = 595.0;
pub(crate) const PAGE_HEIGHT: f32 = 842.0;
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
const ELLIPSIS: &str = "…";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

/// How a block of text is set.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Style {
    pub(crate) bold: bool,
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
        bold: false,
        size: 10.0,
        leading: 14.0,
        align: Align::Left,
        indent: 0.0,
        gray: 0.0,
    };

    pub(crate) const fn bold(self) -> Style {
        Style { bold: true, ..self }
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

/// Something drawn on a page.
enum Item {
    /// A line of text; `leaf` is the structure element it belongs to (none: a footer).
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        bold: bool,
        gray: f32,
        text: String,
        leaf: Option<usize>,
    },
    Line {
        x1: f32,
        x2: f32,
        y: f32,
        width: f32,
        gray: f32,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        gray: f32,
    },
}

/// A node of the document's logical structure, in reading order. Leaves are indices of the
/// text they hold.
enum Block {
    Paragraph(usize),
    Heading {
        level: u16,
        title: String,
        leaf: usize,
        page: usize,
        top: f32,
    },
    Table {
        header: Vec<usize>,
        rows: Vec<Vec<usize>>,
    },
}

/// The document's metadata.
pub(crate) struct Info<'a> {
    pub(crate) title: &'a str,
    pub(crate) subject: &'a str,
    pub(crate) author: &'a str,
    pub(crate) date: chrono::NaiveDate,
}

pub(crate) struct Layout<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Item>>,
    /// Top of the next line box on the current page.
    y: f32,
    footer: String,
    blocks: Vec<Block>,
    leaves: usize,
}

impl<'f> Layout<'f> {
    /// `footer` is printed at the bottom left of every page, before "Page n / N".
    pub(crate) fn new(fonts: &'f Fonts, footer: impl Into<String>) -> Layout<'f> {
        Layout {
            fonts,
            pages: vec![Vec::new()],
            y: TOP,
            footer: footer.into(),
            blocks: Vec::new(),
            leaves: 0,
        }
    }

    fn leaf(&mut self) -> usize {
        self.leaves += 1;
        self.leaves - 1
    }

    fn page(&mut self) -> &mut Vec<Item> {
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
        self.page().push(Item::Line {
            x1: CONTENT_LEFT,
            x2: CONTENT_RIGHT,
            y,
            width: 0.5,
            gray: 0.6,
        });
        self.space(6.0);
    }

    /// A wrapped paragraph; `\n` in `text` breaks lines.
    pub(crate) fn paragraph(&mut self, text: &str, style: Style) {
        let leaf = self.leaf();
        self.blocks.push(Block::Paragraph(leaf));
        self.lines(text, style, leaf);
    }

    fn lines(&mut self, text: &str, style: Style, leaf: usize) {
        let width = CONTENT_WIDTH - style.indent;
        let lines = self.wrap(text.trim(), style.bold, style.size, width);
        // No single first line stranded at the bottom of a page.
        self.ensure(style.leading * lines.len().min(2) as f32);
        for line in lines {
            self.ensure(style.leading);
            let w = self.width(&line, style.bold, style.size);
            let x = match style.align {
                Align::Left => CONTENT_LEFT + style.indent,
                Align::Center => CONTENT_LEFT + style.indent + (width - w) / 2.0,
                Align::Right => CONTENT_RIGHT - w,
            };
            let baseline = style.baseline(self.y);
            self.page().push(Item::Text {
                x,
                baseline,
                size: style.size,
                bold: style.bold,
                gray: style.gray,
                text: line,
                leaf: Some(leaf),
            });
            self.y -= style.leading;
        }
    }

    /// A centred bold title: the document's first-level heading.
    pub(crate) fn title(&mut self, text: &str, size: f32) {
        let style = Style::BODY
            .bold()
            .sized(size, size * 1.3)
            .aligned(Align::Center);
        self.heading_block(1, text, style);
    }

    fn heading_block(&mut self, level: u16, text: &str, style: Style) {
        let leaf = self.leaf();
        let first_line = style.leading;
        self.ensure(first_line);
        let page = self.pages.len() - 1;
        self.blocks.push(Block::Heading {
            level,
            title: one_line(text),
            leaf,
            page,
            top: self.y,
        });
        self.lines(text, style, leaf);
    }

    /// A section heading (second level), underlined, kept with the three lines that follow.
    pub(crate) fn heading(&mut self, text: &str) {
        let style = Style::BODY.bold().sized(12.0, 16.0);
        self.space(12.0);
        let height = self.paragraph_height(text, style);
        self.ensure(height + 6.0 + 3.0 * Style::BODY.leading);
        self.heading_block(2, text, style);
        let y = self.y - 1.0;
        self.page().push(Item::Line {
            x1: CONTENT_LEFT,
            x2: CONTENT_RIGHT,
            y,
            width: 0.6,
            gray: 0.45,
        });
        self.y -= 6.0;
    }

    /// A heading of `level` (2 or more) in `style`, without a rule, kept with the three lines
    /// that follow it (never alone at the foot of a page).
    pub(crate) fn subheading(&mut self, level: u16, text: &str, style: Style) {
        let height = self.paragraph_height(text, style);
        self.ensure(height + 3.0 * Style::BODY.leading);
        self.heading_block(level, text, style);
    }

    /// A bold key in a column of `key_width` points and its value wrapped beside it; one
    /// paragraph for assistive technology ("Référence : …").
    pub(crate) fn key_value(&mut self, key: &str, value: &str, key_width: f32) {
        let style = Style::BODY;
        let leaf = self.leaf();
        self.blocks.push(Block::Paragraph(leaf));
        let (keys, values) = self.key_value_lines(key, value, key_width);
        let rows = keys.len().max(values.len());
        self.ensure(style.leading * rows.min(3) as f32);
        let mut keys = keys.into_iter();
        let mut values = values.into_iter();
        for _ in 0..rows {
            self.ensure(style.leading);
            let baseline = style.baseline(self.y);
            if let Some(k) = keys.next() {
                self.page().push(Item::Text {
                    x: CONTENT_LEFT,
                    baseline,
                    size: style.size,
                    bold: true,
                    gray: 0.0,
                    text: k,
                    leaf: Some(leaf),
                });
            }
            if let Some(v) = values.next() {
                self.page().push(Item::Text {
                    x: CONTENT_LEFT + key_width,
                    baseline,
                    size: style.size,
                    bold: false,
                    gray: 0.0,
                    text: v,
                    leaf: Some(leaf),
                });
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
        let header: Vec<usize> = columns.iter().map(|_| self.leaf()).collect();
        self.ensure(2.0 * TABLE_ROW);
        self.table_header(columns, &widths, Some(&header));
        let mut body = Vec::with_capacity(rows.len());
        for row in rows {
            if self.y - TABLE_ROW < BOTTOM {
                self.new_page();
                // The repeated header is drawn, not read again.
                self.table_header(columns, &widths, None);
            }
            let cells: Vec<&str> = (0..columns.len())
                .map(|i| row.get(i).map_or("", String::as_str))
                .collect();
            let leaves: Vec<usize> = columns.iter().map(|_| self.leaf()).collect();
            self.table_row(columns, &widths, &cells, false, &leaves);
            body.push(leaves);
            let y = self.y;
            self.page().push(Item::Line {
                x1: CONTENT_LEFT,
                x2: CONTENT_LEFT + total * scale,
                y,
                width: 0.4,
                gray: 0.7,
            });
        }
        self.blocks.push(Block::Table { header, rows: body });
    }

    fn table_header(&mut self, columns: &[Column<'_>], widths: &[f32], leaves: Option<&[usize]>) {
        let total: f32 = widths.iter().sum();
        let y = self.y;
        self.page().push(Item::Rect {
            x: CONTENT_LEFT,
            y: y - TABLE_ROW,
            w: total,
            h: TABLE_ROW,
            gray: 0.88,
        });
        let headers: Vec<&str> = columns.iter().map(|c| c.header).collect();
        match leaves {
            Some(leaves) => self.table_row(columns, widths, &headers, true, leaves),
            None => self.table_row_untagged(columns, widths, &headers),
        }
        let y = self.y;
        self.page().push(Item::Line {
            x1: CONTENT_LEFT,
            x2: CONTENT_LEFT + total,
            y,
            width: 0.6,
            gray: 0.4,
        });
    }

    fn table_row(
        &mut self,
        columns: &[Column<'_>],
        widths: &[f32],
        cells: &[&str],
        bold: bool,
        leaves: &[usize],
    ) {
        self.cells(columns, widths, cells, bold, |i| Some(leaves[i]));
    }

    fn table_row_untagged(&mut self, columns: &[Column<'_>], widths: &[f32], cells: &[&str]) {
        self.cells(columns, widths, cells, true, |_| None);
    }

    fn cells(
        &mut self,
        columns: &[Column<'_>],
        widths: &[f32],
        cells: &[&str],
        bold: bool,
        leaf: impl Fn(usize) -> Option<usize>,
    ) {
        let baseline = self.y - TABLE_ROW / 2.0 - TABLE_SIZE * 0.35;
        let mut x = CONTENT_LEFT;
        for (i, ((column, &width), cell)) in columns.iter().zip(widths).zip(cells).enumerate() {
            let text = self.truncate(&one_line(cell), bold, TABLE_SIZE, width - 2.0 * TABLE_PAD);
            let w = self.width(&text, bold, TABLE_SIZE);
            let tx = match column.align {
                Align::Left => x + TABLE_PAD,
                Align::Center => x + (width - w) / 2.0,
                Align::Right => x + width - TABLE_PAD - w,
            };
            self.page().push(Item::Text {
                x: tx,
                baseline,
                size: TABLE_SIZE,
                bold,
                gray: 0.0,
                text,
                leaf: leaf(i),
            });
            x += width;
        }
        self.y -= TABLE_ROW;
    }

    /// Height a paragraph will take.
    pub(crate) fn paragraph_height(&self, text: &str, style: Style) -> f32 {
        let width = CONTENT_WIDTH - style.indent;
        self.wrap(text.trim(), style.bold, style.size, width).len() as f32 * style.leading
    }

    /// Height a key/value row will take.
    pub(crate) fn key_value_height(&self, key: &str, value: &str, key_width: f32) -> f32 {
        let (keys, values) = self.key_value_lines(key, value, key_width);
        keys.len().max(values.len()) as f32 * Style::BODY.leading
    }

    fn key_value_lines(
        &self,
        key: &str,
        value: &str,
        key_width: f32,
    ) -> (Vec<String>, Vec<String>) {
        let size = Style::BODY.size;
        // French typography: a no-break space before the colon.
        let key = format!("{}\u{A0}:", key.trim());
        let keys = self.wrap(&key, true, size, key_width - 8.0);
        let values = self.wrap(value.trim(), false, size, CONTENT_WIDTH - key_width);
        (keys, values)
    }

    pub(crate) fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        width(self.fonts, text, bold, size)
    }

    /// Breaks `text` into lines no wider than `max_width`: at spaces, at `\n`, and inside a
    /// word only when the word alone is too wide. Always at least one (maybe empty) line.
    /// Text is made printable first ([`Layout::printable`]).
    pub(crate) fn wrap(&self, text: &str, bold: bool, size: f32, max_width: f32) -> Vec<String> {
        let text = self.printable(text);
        let space = self.width(" ", bold, size);
        let mut lines = Vec::new();
        for hard in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in hard.split(' ').filter(|w| !w.is_empty()) {
                let w = self.width(word, bold, size);
                if !line.is_empty() {
                    if line_width + space + w <= max_width {
                        line.push(' ');
                        line.push_str(word);
                        line_width += space + w;
                        continue;
                    }
                    lines.push(std::mem::take(&mut line));
                }
                let mut rest = word.to_owned();
                let mut rest_width = w;
                while rest_width > max_width {
                    let cut = self
                        .fit(&rest, bold, size, max_width)
                        .max(first_char_len(&rest));
                    lines.push(rest[..cut].to_owned());
                    rest = rest[cut..].to_owned();
                    rest_width = self.width(&rest, bold, size);
                }
                line = rest;
                line_width = rest_width;
            }
            lines.push(line);
        }
        lines
    }

    /// `text` as it is printed: NFC (what is printed is what is stored), tabs as spaces, other
    /// control characters dropped, and a character no font has (an emoji typed in a remark)
    /// shown as U+FFFD "�" rather than failing the whole document. Names never get here with
    /// such a character: they are refused when saved (`Fonts::missing_glyph`).
    pub(crate) fn printable(&self, text: &str) -> String {
        text.nfc()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                '\n' => Some('\n'),
                c if c.is_control() => None,
                c if crate::fonts::needs_no_glyph(c) || self.fonts.family_of(c).is_some() => {
                    Some(c)
                }
                _ => Some('\u{FFFD}'),
            })
            .collect()
    }

    /// Number of leading bytes of `text` that fit in `max_width`, at a character boundary
    /// that does not separate a combining mark from its letter.
    fn fit(&self, text: &str, bold: bool, size: f32, max_width: f32) -> usize {
        let mut best = 0;
        for (i, c) in text.char_indices().skip(1) {
            if unicode_normalization::char::is_combining_mark(c) {
                continue;
            }
            if self.width(&text[..i], bold, size) > max_width {
                break;
            }
            best = i;
        }
        if best == 0 && self.width(text, bold, size) <= max_width {
            return text.len();
        }
        best
    }

    /// `text` cut to fit in `max_width`, ending with "…" when it had to be cut.
    pub(crate) fn truncate(&self, text: &str, bold: bool, size: f32, max_width: f32) -> String {
        let text = self.printable(text);
        if self.width(&text, bold, size) <= max_width {
            return text;
        }
        let room = max_width - self.width(ELLIPSIS, bold, size);
        let cut = self.fit(&text, bold, size, room.max(0.0));
        let mut out = text[..cut].trim_end().to_owned();
        out.push_str(ELLIPSIS);
        out
    }

    /// The PDF: PDF/A-2a and PDF/UA-1, checked by krilla's validators (an export that breaks
    /// either fails with the reasons).
    pub(crate) fn finish(mut self, info: &Info<'_>) -> Result<Vec<u8>, DocError> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let count = self.pages.len();
        let footer = one_line(&self.footer);
        let fonts = self.fonts;
        let label_of = |i: usize| format!("Page {} / {}", i + 1, count);
        let mut footers = Vec::with_capacity(count);
        for i in 0..count {
            let label = label_of(i);
            let label_width = width(fonts, &label, false, FOOTER_SIZE);
            let room = CONTENT_WIDTH - label_width - 16.0;
            let left = self.truncate(&footer, false, FOOTER_SIZE, room);
            footers.push((label, label_width, left));
        }

        let configuration = ConfigurationBuilder::new()
            .with_archival_validator(Archival::A2_A)
            .with_accessibility_validator(Accessibility::UA1)
            .finish()
            .map_err(|e| DocError::Pdf(format!("{e:?}")))?;
        let mut document = Document::new_with(SerializeSettings {
            configuration,
            enable_tagging: true,
            ..SerializeSettings::default()
        });
        let mut identifiers: Vec<Vec<Identifier>> = vec![Vec::new(); self.leaves];
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| DocError::Pdf("page size".into()))?;
        for (items, (label, label_width, left)) in self.pages.iter().zip(&footers) {
            let mut page = document.start_page_with(settings.clone());
            let mut surface = page.surface();
            for item in items {
                draw(&mut surface, fonts, item, &mut identifiers);
            }
            // The footer: pagination, not content.
            draw_artifact(&mut surface, ArtifactType::Layout, |s| {
                line(s, CONTENT_LEFT, CONTENT_RIGHT, FOOTER_RULE, 0.5, 0.6);
            });
            draw_artifact(&mut surface, ArtifactType::Footer, |s| {
                text(
                    s,
                    fonts,
                    CONTENT_RIGHT - label_width,
                    FOOTER_BASELINE,
                    FOOTER_SIZE,
                    false,
                    0.35,
                    label,
                );
                text(
                    s,
                    fonts,
                    CONTENT_LEFT,
                    FOOTER_BASELINE,
                    FOOTER_SIZE,
                    false,
                    0.35,
                    left,
                );
            });
            surface.finish();
            page.finish();
        }

        let mut tree = TagTree::new().with_lang(Some("fr-FR".to_owned()));
        let mut outline = Outline::new();
        let mut ids = identifiers.into_iter().map(Some).collect::<Vec<_>>();
        let mut take = |leaf: usize| -> Vec<TagNode> {
            ids[leaf]
                .take()
                .unwrap_or_default()
                .into_iter()
                .map(TagNode::from)
                .collect()
        };
        for block in std::mem::take(&mut self.blocks) {
            match block {
                Block::Paragraph(leaf) => {
                    tree.push(TagGroup::with_children(Tag::P, take(leaf)));
                }
                Block::Heading {
                    level,
                    title,
                    leaf,
                    page,
                    top,
                } => {
                    let level = NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN);
                    tree.push(TagGroup::with_children(
                        Tag::Hn(level, Some(title.clone())),
                        take(leaf),
                    ));
                    outline.push_child(OutlineNode::new(
                        title,
                        XyzDestination::new(page, Point::from_xy(0.0, PAGE_HEIGHT - top)),
                    ));
                }
                Block::Table { header, rows } => {
                    let mut table = TagGroup::new(Tag::Table);
                    let mut head = TagGroup::new(Tag::TR);
                    for leaf in header {
                        head.push(TagGroup::with_children(
                            Tag::TH(TableHeaderScope::Column),
                            take(leaf),
                        ));
                    }
                    table.push(head);
                    for row in rows {
                        let mut tr = TagGroup::new(Tag::TR);
                        for leaf in row {
                            tr.push(TagGroup::with_children(Tag::TD, take(leaf)));
                        }
                        table.push(tr);
                    }
                    tree.push(table);
                }
            }
        }
        document.set_tag_tree(tree);
        document.set_outline(outline);
        let date = info.date;
        use chrono::Datelike;
        document.set_metadata(
            Metadata::new()
                .title(info.title.to_owned())
                .description(info.subject.to_owned())
                .authors(vec![info.author.to_owned()])
                .language("fr-FR".to_owned())
                .creator("CDLP".to_owned())
                .creation_date(
                    DateTime::new(date.year().clamp(0, 9999) as u16)
                        .month(date.month() as u8)
                        .day(date.day() as u8),
                ),
        );
        document
            .finish()
            .map_err(|e| DocError::Pdf(format!("{e:?}")))
    }
}

fn draw_artifact(surface: &mut Surface<'_>, kind: ArtifactType, f: impl FnOnce(&mut Surface<'_>)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
    f(surface);
    surface.end_tagged();
}

fn draw(surface: &mut Surface<'_>, fonts: &Fonts, item: &Item, ids: &mut [Vec<Identifier>]) {
    match item {
        Item::Text {
            x,
            baseline,
            size,
            bold,
            gray,
            text: t,
            leaf,
        } => {
            if t.is_empty() {
                return;
            }
            match leaf {
                Some(leaf) => {
                    let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                    text(surface, fonts, *x, *baseline, *size, *bold, *gray, t);
                    surface.end_tagged();
                    ids[*leaf].push(id);
                }
                None => draw_artifact(surface, ArtifactType::PaginationOther, |s| {
                    text(s, fonts, *x, *baseline, *size, *bold, *gray, t);
                }),
            }
        }
        Item::Line {
            x1,
            x2,
            y,
            width,
            gray,
        } => draw_artifact(surface, ArtifactType::Layout, |s| {
            line(s, *x1, *x2, *y, *width, *gray);
        }),
        Item::Rect { x, y, w, h, gray } => draw_artifact(surface, ArtifactType::Layout, |s| {
            if let Some(rect) = Rect::from_xywh(*x, PAGE_HEIGHT - *y - *h, *w, *h) {
                let mut pb = PathBuilder::new();
                pb.push_rect(rect);
                if let Some(path) = pb.finish() {
                    s.set_stroke(None);
                    s.set_fill(Some(fill(*gray)));
                    s.draw_path(&path);
                }
            }
        }),
    }
}

fn fill(gray: f32) -> Fill {
    let g = (gray.clamp(0.0, 1.0) * 255.0).round() as u8;
    Fill {
        paint: rgb::Color::new(g, g, g).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn line(surface: &mut Surface<'_>, x1: f32, x2: f32, y: f32, width: f32, gray: f32) {
    let mut pb = PathBuilder::new();
    pb.move_to(x1, PAGE_HEIGHT - y);
    pb.line_to(x2, PAGE_HEIGHT - y);
    if let Some(path) = pb.finish() {
        let g = (gray.clamp(0.0, 1.0) * 255.0).round() as u8;
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(g, g, g).into(),
            width,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
}

#[allow(clippy::too_many_arguments)]
fn text(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    x: f32,
    baseline: f32,
    size: f32,
    bold: bool,
    gray: f32,
    t: &str,
) {
    surface.set_stroke(None);
    surface.set_fill(Some(fill(gray)));
    let mut cursor = x;
    for run in shape_line(fonts, t, bold) {
        let face = fonts.face(run.family, run.bold);
        surface.draw_glyphs(
            Point::from_xy(cursor, PAGE_HEIGHT - baseline),
            &run.glyphs,
            face.pdf.clone(),
            &run.text,
            size,
            false,
        );
        cursor += run.ems * size;
    }
}

fn first_char_len(text: &str) -> usize {
    text.chars().next().map_or(0, char::len_utf8)
}

fn one_line(text: &str) -> String {
    text.trim().replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Fonts;

    fn fonts() -> &'static Fonts {
        Fonts::global().expect("fonts (bash tests/run installs them)")
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let l = Layout::new(fonts(), "");
        let text = "Le parcours de sortie de la prostitution et d’insertion sociale et \
                    professionnelle est autorisé pour une durée de six mois renouvelable.";
        for width in [60.0, 120.0, 250.0, CONTENT_WIDTH] {
            let lines = l.wrap(text, false, 10.0, width);
            assert!(lines.iter().all(|line| l.width(line, false, 10.0) <= width));
            let letters = |t: &str| t.chars().filter(|c| *c != ' ').collect::<String>();
            assert_eq!(letters(&lines.concat()), letters(text));
            if width >= 120.0 {
                // No word is cut: joining the lines gives the text back.
                assert_eq!(lines.join(" "), text);
            }
        }
    }

    #[test]
    fn a_word_too_long_for_a_line_is_cut_between_letters_not_marks() {
        let l = Layout::new(fonts(), "");
        let word = "Adébáyọ̀".repeat(20);
        let lines = l.wrap(&word, true, 10.0, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|line| l.width(line, true, 10.0) <= 100.0));
        assert_eq!(lines.concat(), word.nfc().collect::<String>());
        for line in &lines {
            let first = line.chars().next().unwrap();
            assert!(
                !unicode_normalization::char::is_combining_mark(first),
                "{line}"
            );
        }
    }

    #[test]
    fn line_feeds_break_lines() {
        let l = Layout::new(fonts(), "");
        assert_eq!(
            l.wrap("un\n\ndeux", false, 10.0, 400.0),
            vec!["un", "", "deux"]
        );
        assert_eq!(l.wrap("", false, 10.0, 400.0), vec![String::new()]);
    }

    #[test]
    fn truncation_adds_an_ellipsis_and_fits() {
        let l = Layout::new(fonts(), "");
        let text = "Association pour l’accompagnement des personnes victimes";
        let cut = l.truncate(text, false, 9.0, 80.0);
        assert!(cut.ends_with('…'));
        assert!(l.width(&cut, false, 9.0) <= 80.0);
        assert!(text.starts_with(cut.trim_end_matches('…')));
        assert_eq!(l.truncate("Oui", false, 9.0, 80.0), "Oui");
    }

    #[test]
    fn text_is_printed_nfc() {
        let l = Layout::new(fonts(), "");
        // "Ș" as S + combining comma below, "ọ̀" as o + two marks.
        let decomposed = "S\u{326}tefania Adebayo\u{323}\u{300}";
        assert_eq!(
            l.wrap(decomposed, false, 10.0, 400.0),
            vec!["\u{218}tefania Adebay\u{1ECD}\u{300}"]
        );
    }
}
