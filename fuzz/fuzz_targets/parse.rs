//! Fuzz the whole parse: any bytes either fail with a typed error or
//! give a document whose spans are in bounds and cover every line.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = minutes::Options::default();
    if let Ok(doc) = minutes::parse_bytes(data, Path::new("fuzz.txt"), &opts) {
        let text = minutes::read::decode(data).expect("parsed, so decodable").text;
        if let Err(e) = minutes::coverage::check(&doc, &text) {
            panic!("coverage: {e}");
        }
    }
});
