//! JSON records: pretty for `--format json`, compact for NDJSON.

use std::io;

use super::json_err;
use crate::model::Document;

pub fn pretty(doc: &Document, out: &mut Vec<u8>) -> io::Result<()> {
    serde_json::to_writer_pretty(out, doc).map_err(json_err)
}

pub fn compact(doc: &Document, out: &mut Vec<u8>) -> io::Result<()> {
    serde_json::to_writer(out, doc).map_err(json_err)
}
