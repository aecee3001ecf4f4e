//! Throughput of the library's parse on each fixture (MB/s), on a
//! synthetic whole meeting, and on pathological input (one 1 MB line;
//! 100,000 one-character lines).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn bench(c: &mut Criterion, group: &str, cases: &[(String, Vec<u8>)]) {
    let opts = minutes::Options::default();
    let mut g = c.benchmark_group(group);
    for (name, bytes) in cases {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(name.as_str(), |b| {
            b.iter(|| {
                minutes::parse_bytes(
                    black_box(bytes),
                    Path::new("x.txt"),
                    &opts,
                )
                .unwrap()
            })
        });
    }
    g.finish();
}

fn parse_fixtures(c: &mut Criterion) {
    let all = fixtures();
    let joined: Vec<u8> = all
        .iter()
        .flat_map(|(_, b)| b.iter().copied().chain(*b"\n"))
        .collect();
    let mut cases = all;
    cases.push(("all-fixtures-joined".into(), joined));
    bench(c, "fixtures", &cases);
}

fn parse_pathological(c: &mut Criterion) {
    let long_line = "Councillor Ann Lee said the budget was fine. "
        .repeat(23_000)
        .into_bytes();
    let short_lines = "a\n".repeat(100_000).into_bytes();
    let bullets = "· That the report be noted\n".repeat(20_000).into_bytes();
    // 10,000 different people: merging names must not be quadratic.
    let name = |mut n: usize| {
        let mut s = String::from("Q");
        for _ in 0..4 {
            s.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
        }
        s
    };
    let people: String = (0..10_000)
        .map(|n| format!("Councillor {} {} said yes.\n", name(n), name(n + 7)))
        .collect();
    bench(
        c,
        "pathological",
        &[
            ("one-1MB-line".into(), long_line),
            ("100k-short-lines".into(), short_lines),
            ("20k-bullets".into(), bullets),
            ("10k-people".into(), people.into_bytes()),
        ],
    );
}

criterion_group!(benches, parse_fixtures, parse_pathological);
criterion_main!(benches);
