//! The fonts every document is set in: a fixed chain of open-licensed Noto fonts (SIL OFL),
//! read once per process from the Debian packages `fonts-noto-core` and `fonts-noto-cjk`
//! (or from the folder `CDLP_FONTS_DIR` names). Each character is set in the first font of the
//! chain that has it, so "Ștefania", "Nguyễn", "Adébáyọ̀", "Ольга", "Ελένη", "王芳" and
//! "عائشة" all print; a character no font has is refused when a name is saved
//! ([`Fonts::missing_glyph`]), not printed wrong months later.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use krilla::text::Font;

/// Where the fonts are looked for when `CDLP_FONTS_DIR` is not set: Debian's font tree.
pub const DEFAULT_FONTS_DIR: &str = "/usr/share/fonts";

/// One font of the chain: its files (regular, bold) and, for a collection, the face index.
struct Spec {
    regular: &'static str,
    bold: &'static str,
    index: u32,
}

/// The fallback chain, in order. Latin (with every diacritic and combining mark), Greek and
/// Cyrillic come first; then the scripts Noto Sans leaves to other fonts; then Chinese,
/// Japanese and Korean (the Simplified Chinese face of the collection, index 2).
const CHAIN: &[Spec] = &[
    Spec {
        regular: "NotoSans-Regular.ttf",
        bold: "NotoSans-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansArabic-Regular.ttf",
        bold: "NotoSansArabic-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansHebrew-Regular.ttf",
        bold: "NotoSansHebrew-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansArmenian-Regular.ttf",
        bold: "NotoSansArmenian-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansGeorgian-Regular.ttf",
        bold: "NotoSansGeorgian-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansEthiopic-Regular.ttf",
        bold: "NotoSansEthiopic-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansDevanagari-Regular.ttf",
        bold: "NotoSansDevanagari-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansBengali-Regular.ttf",
        bold: "NotoSansBengali-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansThai-Regular.ttf",
        bold: "NotoSansThai-Bold.ttf",
        index: 0,
    },
    Spec {
        regular: "NotoSansCJK-Regular.ttc",
        bold: "NotoSansCJK-Bold.ttc",
        index: 2,
    },
];

/// Why the fonts could not be loaded.
#[derive(Debug, Clone, thiserror::Error)]
pub enum FontsError {
    #[error(
        "fonts missing under {dir}: {files} (install the Debian packages fonts-noto-core and \
         fonts-noto-cjk, or set CDLP_FONTS_DIR to a folder holding these files)"
    )]
    Missing { dir: String, files: String },
    #[error("font file {0} could not be read or parsed")]
    Unreadable(String),
}

/// One face, ready for shaping (rustybuzz) and for embedding (krilla).
pub(crate) struct Face {
    pub(crate) pdf: Font,
    pub(crate) shaper: rustybuzz::Face<'static>,
    pub(crate) units_per_em: f32,
}

/// One font of the chain in its two weights.
pub(crate) struct Family {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
}

/// The loaded chain. Built once per process ([`Fonts::global`]) and shared.
pub struct Fonts {
    pub(crate) families: Vec<Family>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("families", &self.families.len())
            .finish()
    }
}

static GLOBAL: OnceLock<Result<Fonts, FontsError>> = OnceLock::new();

impl Fonts {
    /// The process's fonts, read on first use from `CDLP_FONTS_DIR` (default
    /// [`DEFAULT_FONTS_DIR`]). The server calls it at start-up so that a machine without the
    /// fonts says so at once.
    pub fn global() -> Result<&'static Fonts, FontsError> {
        GLOBAL
            .get_or_init(|| {
                let dir = std::env::var_os("CDLP_FONTS_DIR")
                    .filter(|d| !d.is_empty())
                    .map_or_else(|| PathBuf::from(DEFAULT_FONTS_DIR), PathBuf::from);
                Fonts::load(&dir)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads the chain from `dir` (searched recursively for the file names).
    pub fn load(dir: &Path) -> Result<Fonts, FontsError> {
        let mut wanted: Vec<&'static str> =
            CHAIN.iter().flat_map(|s| [s.regular, s.bold]).collect();
        wanted.dedup();
        let mut found: Vec<Option<PathBuf>> = vec![None; wanted.len()];
        find_files(dir, &wanted, &mut found, 0);
        let missing: Vec<&str> = wanted
            .iter()
            .zip(&found)
            .filter(|(_, p)| p.is_none())
            .map(|(name, _)| *name)
            .collect();
        if !missing.is_empty() {
            return Err(FontsError::Missing {
                dir: dir.display().to_string(),
                files: missing.join(", "),
            });
        }
        let path_of = |name: &str| -> &Path {
            let i = wanted.iter().position(|w| *w == name).unwrap_or(0);
            found[i].as_deref().unwrap_or(dir)
        };
        let families = CHAIN
            .iter()
            .map(|spec| {
                Ok(Family {
                    regular: face(path_of(spec.regular), spec.index)?,
                    bold: face(path_of(spec.bold), spec.index)?,
                })
            })
            .collect::<Result<Vec<_>, FontsError>>()?;
        Ok(Fonts { families })
    }

    /// The first character of `text` that no font of the chain can print, if any. Spaces,
    /// line breaks and invisible format characters (joiners, variation selectors) need no
    /// glyph.
    pub fn missing_glyph(&self, text: &str) -> Option<char> {
        text.chars()
            .find(|&c| !needs_no_glyph(c) && self.family_of(c).is_none())
    }

    /// Index in the chain of the first family that has `c`.
    pub(crate) fn family_of(&self, c: char) -> Option<usize> {
        self.families
            .iter()
            .position(|f| f.regular.shaper.glyph_index(c).is_some())
    }

    pub(crate) fn covers(&self, family: usize, c: char) -> bool {
        self.families[family]
            .regular
            .shaper
            .glyph_index(c)
            .is_some()
    }

    pub(crate) fn face(&self, family: usize, bold: bool) -> &Face {
        let f = &self.families[family];
        if bold { &f.bold } else { &f.regular }
    }
}

pub(crate) fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FE00}'..='\u{FE0F}')
}

fn face(path: &Path, index: u32) -> Result<Face, FontsError> {
    let unreadable = || FontsError::Unreadable(path.display().to_string());
    let bytes = std::fs::read(path).map_err(|_| unreadable())?;
    // Read once per process and kept for its lifetime: shaping borrows the bytes for 'static.
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let shaper = rustybuzz::Face::from_slice(bytes, index).ok_or_else(unreadable)?;
    let units_per_em = shaper.units_per_em() as f32;
    let data: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(bytes);
    let pdf = Font::new(data.into(), index).ok_or_else(unreadable)?;
    Ok(Face {
        pdf,
        shaper,
        units_per_em,
    })
}

fn find_files(dir: &Path, wanted: &[&str], found: &mut [Option<PathBuf>], depth: u32) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut subdirs = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            subdirs.push(path);
        } else if let Some(name) = path.file_name().and_then(|n| n.to_str())
            && let Some(i) = wanted.iter().position(|w| *w == name)
            && found[i].is_none()
        {
            found[i] = Some(path);
        }
    }
    if depth < 4 {
        subdirs.sort();
        for sub in subdirs {
            find_files(&sub, wanted, found, depth + 1);
        }
    }
}
