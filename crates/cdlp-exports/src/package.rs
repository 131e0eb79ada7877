//! Zip packages (the container of XLSX and ODS), built in memory and deterministic.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// How an entry is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Method {
    /// Uncompressed (ODF requires it for `mimetype`).
    Stored,
    Deflated,
}

/// A zip archive holding `entries` (name, content, method) in this order, every entry dated
/// 1980-01-01 00:00 (the zip epoch) with permissions 0644, without extra fields.
pub(crate) fn zip(entries: &[(&str, &[u8], Method)]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for &(name, content, method) in entries {
        let options = SimpleFileOptions::default()
            .compression_method(match method {
                Method::Stored => CompressionMethod::Stored,
                Method::Deflated => CompressionMethod::Deflated,
            })
            .last_modified_time(DateTime::DEFAULT)
            .unix_permissions(0o644)
            .large_file(content.len() >= 0xFFFF_FFFF);
        // Writing into a Vec cannot fail, and sizes beyond 4 GiB are declared above: an error
        // here is a bug.
        writer
            .start_file(name, options)
            .expect("starting a zip entry in memory");
        writer
            .write_all(content)
            .expect("writing a zip entry in memory");
    }
    writer
        .finish()
        .expect("finishing a zip archive in memory")
        .into_inner()
}
