//! Stage 6, write: [`Document`]s in, bytes out. An [`Encoder`] turns one
//! document into its bytes (pure, so batch runs encode on the worker
//! threads); a [`Framed`] writer puts encoded records on a stream in
//! order with what the format needs around them (JSON array brackets,
//! the CSV header). [`RecordWriter`] joins the two for library users.

mod csv;
mod json;
mod ocd;
pub mod sqlite;

use std::io::{self, Write};

use crate::model::Document;

pub use self::csv::Table;

/// Writes documents to an output stream in one format.
pub trait RecordWriter {
    fn write(&mut self, doc: &Document) -> io::Result<()>;
    /// Closes the output (JSON array, CSV header if no rows) and flushes.
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
    /// Open Civic Data: an Event per document, then a vote event per
    /// resolution, one JSON object per line.
    Ocd,
}

impl Format {
    /// The file extension for a whole output of this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Csv => "csv",
            Format::Ocd => "ocd.ndjson",
        }
    }
}

/// Turns one document into the bytes of its record.
#[derive(Debug, Clone, Copy)]
pub struct Encoder {
    pub format: Format,
    pub table: Table,
    /// JSON records are array elements (no trailing newline).
    pub many: bool,
    /// CSV output starts with a UTF-8 byte-order mark (for Excel).
    pub bom: bool,
}

impl Encoder {
    pub fn encode(&self, doc: &Document) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(doc.source.bytes * 2 + 256);
        match self.format {
            Format::Json => {
                json::pretty(doc, &mut out)?;
                if !self.many {
                    out.push(b'\n');
                }
            }
            Format::Ndjson => {
                json::compact(doc, &mut out)?;
                out.push(b'\n');
            }
            Format::Csv => csv::rows(doc, self.table, &mut out)?,
            Format::Ocd => ocd::write(doc, &mut out)?,
        }
        Ok(out)
    }
}

/// Puts encoded records on `out` in order, framed for the format.
pub struct Framed<W: Write> {
    out: W,
    enc: Encoder,
    written: usize,
}

impl<W: Write> Framed<W> {
    pub fn new(out: W, enc: Encoder) -> Self {
        Framed {
            out,
            enc,
            written: 0,
        }
    }

    /// Writes one record made by this writer's [`Encoder`].
    pub fn write_encoded(&mut self, record: &[u8]) -> io::Result<()> {
        self.open()?;
        if self.enc.format == Format::Json && self.enc.many {
            self.out.write_all(if self.written == 0 {
                b"[\n"
            } else {
                b",\n"
            })?;
        }
        self.out.write_all(record)?;
        self.written += 1;
        Ok(())
    }

    fn open(&mut self) -> io::Result<()> {
        if self.written == 0 && self.enc.format == Format::Csv {
            if self.enc.bom {
                self.out.write_all("\u{feff}".as_bytes())?;
            }
            csv::header(self.enc.table, &mut self.out)?;
        }
        Ok(())
    }

    /// Closes the frame and flushes.
    pub fn close(&mut self) -> io::Result<()> {
        match self.enc.format {
            Format::Json if self.enc.many => {
                self.out.write_all(if self.written == 0 {
                    b"[]\n"
                } else {
                    b"\n]\n"
                })?
            }
            Format::Csv if self.written == 0 => self.open()?,
            _ => {}
        }
        self.out.flush()
    }
}

impl<W: Write> RecordWriter for Framed<W> {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        let record = self.enc.encode(doc)?;
        self.write_encoded(&record)
    }

    fn finish(&mut self) -> io::Result<()> {
        self.close()
    }
}

/// A writer for `format` on `out`. `many` says whether JSON output is an
/// array (several inputs) or a single object.
pub fn writer<'w>(
    enc: Encoder,
    out: Box<dyn Write + 'w>,
) -> Box<dyn RecordWriter + 'w> {
    Box::new(Framed::new(out, enc))
}

/// One document as a whole output file (used for `--out-dir`): a JSON
/// object, one NDJSON line, a CSV with header, or OCD lines. `enc.many`
/// is ignored.
pub fn to_vec(doc: &Document, enc: Encoder) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    let mut w = Framed::new(&mut buf, Encoder { many: false, ..enc });
    w.write(doc)?;
    w.close()?;
    Ok(buf)
}

fn json_err(e: serde_json::Error) -> io::Error {
    match e.io_error_kind() {
        Some(kind) => io::Error::new(kind, e),
        None => io::Error::other(e),
    }
}

/// The serialised name of a unit enum variant ("carried", "no_minutes").
pub(crate) fn enum_name(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
