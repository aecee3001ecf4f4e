//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Every `*.txt` fixture, sorted, with its path relative to fixtures/.
pub fn fixture_files() -> Vec<(String, PathBuf)> {
    let root = fixtures();
    let mut out: Vec<_> = walkdir::WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| {
            let rel = e.path().strip_prefix(&root).unwrap();
            (rel.to_string_lossy().replace('\\', "/"), e.into_path())
        })
        .collect();
    out.sort();
    out
}

/// The five documents the project started from (000–004), which the
/// batch tests copy around.
pub fn starter_fixtures() -> Vec<(String, PathBuf)> {
    fixture_files()
        .into_iter()
        .filter(|(rel, _)| {
            rel.as_bytes().first().is_some_and(u8::is_ascii_digit)
        })
        .collect()
}

/// Parses a fixture, naming it by its path relative to fixtures/ so that
/// output does not depend on where the repository is checked out.
pub fn parse_fixture(rel: &str, path: &Path) -> minutes::Document {
    let bytes = std::fs::read(path).unwrap();
    minutes::parse_bytes(&bytes, Path::new(rel), &minutes::Options::default())
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Runs `minutes ARGS` in `dir`, expects success, returns stdout.
pub fn stdout_in<I, S>(dir: &Path, args: I) -> Vec<u8>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    minutes()
        .args(args)
        .current_dir(dir)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

/// The JSON values of NDJSON output, one per line.
pub fn ndjson(out: &[u8]) -> Vec<serde_json::Value> {
    out.split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("a JSON line"))
        .collect()
}

/// The `minutes` binary, ready to run.
pub fn minutes() -> assert_cmd::Command {
    assert_cmd::cargo::cargo_bin_cmd!("minutes")
}
