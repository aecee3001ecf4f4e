//! NDJSON: one compact JSON document per line, always.

use std::io::{self, Write};

use super::{RecordWriter, json_err};
use crate::model::Document;

pub struct NdjsonWriter<W> {
    out: W,
}

impl<W: Write> NdjsonWriter<W> {
    pub fn new(out: W) -> Self {
        NdjsonWriter { out }
    }
}

impl<W: Write> RecordWriter for NdjsonWriter<W> {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, doc).map_err(json_err)?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
