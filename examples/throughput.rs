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
    let named: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| {
            let bytes = std::fs::read(e.path()).ok()?;
            Some((e.path().display().to_string(), bytes))
        })
        .collect();
    if std::env::var_os("PER_FILE").is_some() {
        per_file(&named, rounds);
        return;
    }
    let files: Vec<&[u8]> = named.iter().map(|(_, b)| b.as_slice()).collect();
    let bytes: usize = files.iter().map(|f| f.len()).sum();
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
        "{} files, {mb:.1} MB, best of {rounds}: {:.3} ms, {:.1} MB/s, {items} items",
        files.len(),
        best * 1e3,
        mb / best
    );
}

/// With `PER_FILE` set: each file's best time over the rounds, in
/// microseconds and MB/s, slowest first.
fn per_file(files: &[(String, Vec<u8>)], rounds: usize) {
    let opts = minutes::Options::default();
    let mut rows: Vec<(f64, &str, usize)> = files
        .iter()
        .map(|(name, bytes)| {
            let best = (0..rounds.max(1))
                .map(|_| {
                    let start = Instant::now();
                    let doc =
                        minutes::parse_bytes(bytes, Path::new("x.txt"), &opts);
                    std::hint::black_box(doc.ok());
                    start.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min);
            (best, name.as_str(), bytes.len())
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (secs, name, len) in rows {
        println!(
            "{:9.1} us {:7.1} MB/s {len:8} B  {name}",
            secs * 1e6,
            len as f64 / 1e6 / secs
        );
    }
}
