//! Pretty JSON: one object for a single input, an array for several.

use std::io::{self, Write};

use super::{RecordWriter, json_err};
use crate::model::Document;

pub struct JsonWriter<W> {
    out: W,
    many: bool,
    written: usize,
}

impl<W: Write> JsonWriter<W> {
    pub fn new(out: W, many: bool) -> Self {
        JsonWriter {
            out,
            many,
            written: 0,
        }
    }
}

impl<W: Write> RecordWriter for JsonWriter<W> {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        if self.many {
            self.out.write_all(if self.written == 0 {
                b"[\n"
            } else {
                b",\n"
            })?;
        }
        serde_json::to_writer_pretty(&mut self.out, doc).map_err(json_err)?;
        if !self.many {
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.many {
            self.out.write_all(if self.written == 0 {
                b"[]\n"
            } else {
                b"\n]\n"
            })?;
        }
        self.out.flush()
    }
}
