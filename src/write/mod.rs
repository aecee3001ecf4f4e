//! Stage 6, write: [`Document`]s in, bytes out, one [`RecordWriter`] per
//! output format. Writers stream: each document is written as it comes,
//! and `finish` closes what needs closing (the JSON array) and flushes.

mod csv;
mod json;
mod ndjson;

use std::io::{self, Write};

use crate::model::Document;

pub use self::csv::Table;

/// Writes documents to an output stream in one format.
pub trait RecordWriter {
    fn write(&mut self, doc: &Document) -> io::Result<()>;
    /// Closes the output (JSON array, CSV buffer) and flushes it.
    fn finish(&mut self) -> io::Result<()>;
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Pretty JSON: one object for one input, an array for several.
    #[default]
    Json,
    /// One compact JSON document per line.
    Ndjson,
    /// One row per item, or per entry of a `Table`.
    Csv,
}

/// Picks the writer for `format`. `many` says whether JSON output is an
/// array (several inputs) or a single object.
pub fn writer<'w>(
    format: Format,
    table: Table,
    many: bool,
    out: Box<dyn Write + 'w>,
) -> Box<dyn RecordWriter + 'w> {
    match format {
        Format::Json => Box::new(json::JsonWriter::new(out, many)),
        Format::Ndjson => Box::new(ndjson::NdjsonWriter::new(out)),
        Format::Csv => Box::new(csv::CsvWriter::new(out, table)),
    }
}

/// Serialises one document as it would appear in the output of `format`
/// (used for `--out-dir` style per-file output and in tests).
pub fn to_vec(
    doc: &Document,
    format: Format,
    table: Table,
) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    {
        let mut w = writer(format, table, false, Box::new(&mut buf));
        w.write(doc)?;
        w.finish()?;
    }
    Ok(buf)
}

fn json_err(e: serde_json::Error) -> io::Error {
    match e.io_error_kind() {
        Some(kind) => io::Error::new(kind, e),
        None => io::Error::other(e),
    }
}
