//! Single-thread library throughput over a folder of minutes, for
//! profiling (`perf record target/release/examples/throughput DIR`):
//! reads every `.txt` file into memory, then times `parse_bytes` over
//! them ROUNDS times and reports the best round, without the CLI's walking, writing or threads.
//!
//! Usage: `cargo run --release --example throughput -- DIR [ROUNDS]`

use std::path::Path;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "fixtures".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let files: Vec<Vec<u8>> = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let opts = minutes::Options::default();
    let mb = bytes as f64 / 1e6;
    let mut best = f64::INFINITY;
    let mut items = 0;
    for _ in 0..rounds {
        let start = Instant::now();
        items = 0;
        for f in &files {
            if let Ok(doc) = minutes::parse_bytes(f, Path::new("x.txt"), &opts)
            {
                items += doc.items.len();
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} files, {mb:.1} MB, best of {rounds}: {best:.3} s, {:.1} MB/s, {items} items",
        files.len(),
        mb / best
    );
}
