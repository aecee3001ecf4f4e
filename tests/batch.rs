//! Whole-archive runs: deterministic order across --jobs, --out-dir with
//! --skip-existing, --glob, hidden files, --stdin-paths, and the summary.

mod common;

use std::fs;
use std::path::Path;

use common::{fixtures, minutes};
use predicates::prelude::*;

/// A nested archive of copies of the fixtures: `n` folders of five.
fn archive(root: &Path, n: usize) {
    for k in 0..n {
        let d = root.join(format!("y{}/m{k:02}", k % 3));
        fs::create_dir_all(&d).unwrap();
        for (rel, path) in common::starter_fixtures() {
            fs::copy(path, d.join(rel)).unwrap();
        }
    }
}

fn stdout_of(args: &[&str], dir: &Path) -> Vec<u8> {
    minutes()
        .args(args)
        .arg(dir)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

#[test]
fn output_is_identical_whatever_the_number_of_jobs() {
    let dir = tempfile::tempdir().unwrap();
    archive(dir.path(), 12);
    for format in ["ndjson", "csv", "json"] {
        let one = stdout_of(
            &["parse", "-q", "-f", format, "--jobs", "1"],
            dir.path(),
        );
        let four = stdout_of(
            &["parse", "-q", "-f", format, "--jobs", "4"],
            dir.path(),
        );
        assert!(one == four, "{format} differs between --jobs 1 and 4");
    }
    let text = String::from_utf8(stdout_of(
        &["parse", "-q", "-f", "ndjson"],
        dir.path(),
    ))
    .unwrap();
    let paths: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]
                    ["path"]
                    .as_str()
                    .unwrap()
                    .to_string()
        })
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "sorted path order");
    assert_eq!(paths.len(), 60);
}

#[test]
fn out_dir_mirrors_the_tree_and_skip_existing_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let out = dir.path().join("out");
    archive(&input, 3);
    minutes()
        .args(["parse", "-q", "--out-dir"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success()
        .stdout("");
    let one = out.join("y1/m01/002_b4865b49f35dfa24.json");
    let doc: serde_json::Value =
        serde_json::from_slice(&fs::read(&one).unwrap()).unwrap();
    assert_eq!(doc["meeting"]["body"], "Cabinet");
    assert_eq!(walk_count(&out), 15);

    // Resume: remove two outputs, mark one survivor, run again.
    fs::remove_file(&one).unwrap();
    fs::remove_file(out.join("y0/m00/000_93b3516bd3dc9ad0.json")).unwrap();
    let kept = out.join("y2/m02/004_a9e56c05149d4963.json");
    fs::write(&kept, "kept").unwrap();
    minutes()
        .args(["parse", "--skip-existing", "--out-dir"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success()
        .stderr(
            predicate::str::contains("15 files")
                .and(predicate::str::contains("13 skipped")),
        );
    assert!(one.is_file());
    assert_eq!(
        fs::read_to_string(&kept).unwrap(),
        "kept",
        "existing output untouched"
    );
    assert_eq!(walk_count(&out), 15);
}

fn walk_count(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .count()
}

#[test]
fn out_dir_writes_csv_per_file() {
    let dir = tempfile::tempdir().unwrap();
    minutes()
        .args(["parse", "-q", "-f", "csv", "--out-dir"])
        .arg(dir.path())
        .arg(fixtures().join("004_a9e56c05149d4963.txt"))
        .assert()
        .success();
    let csv = fs::read_to_string(dir.path().join("004_a9e56c05149d4963.csv"))
        .unwrap();
    assert!(csv.starts_with("path,item_index,number,heading"));
}

#[test]
fn glob_and_hidden_choose_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let src = fixtures().join("004_a9e56c05149d4963.txt");
    fs::copy(&src, d.join("a.txt")).unwrap();
    fs::copy(&src, d.join("b.md")).unwrap();
    fs::create_dir(d.join(".cache")).unwrap();
    fs::copy(&src, d.join(".cache/c.txt")).unwrap();
    fs::copy(&src, d.join(".d.txt")).unwrap();
    let count = |args: &[&str]| {
        String::from_utf8(stdout_of(args, d))
            .unwrap()
            .lines()
            .count()
    };
    assert_eq!(count(&["parse", "-q", "-f", "ndjson"]), 1);
    assert_eq!(count(&["parse", "-q", "-f", "ndjson", "--hidden"]), 3);
    assert_eq!(count(&["parse", "-q", "-f", "ndjson", "--glob", "*.md"]), 1);
    assert_eq!(
        count(&[
            "parse", "-q", "-f", "ndjson", "--glob", "*.md", "--glob", "*.txt"
        ]),
        2
    );
    minutes()
        .args(["parse", "--glob", "a[", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--glob"));
}

#[test]
fn stdin_paths_reads_a_list_of_files() {
    let list = format!(
        "{}\n\n{}\n",
        fixtures().join("002_b4865b49f35dfa24.txt").display(),
        fixtures().join("004_a9e56c05149d4963.txt").display()
    );
    let out = minutes()
        .args(["parse", "-q", "-f", "ndjson", "--stdin-paths"])
        .write_stdin(list)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 2);
}

#[test]
fn summary_counts_files_items_resolutions_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    archive(dir.path(), 1);
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    minutes()
        .args(["parse", "-f", "ndjson", ".", "missing.txt"])
        .current_dir(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::is_match(
            r"minutes: 7 files, 5 items, 10 resolutions, 1 errors in [0-9.]+ s \([0-9.]+ MB, [0-9.]+ MB/s\)",
        ).unwrap());
    minutes()
        .args(["parse", "-q", "."])
        .current_dir(fixtures())
        .assert()
        .success()
        .stderr("");
}

#[test]
fn failures_and_notes_come_in_input_order_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("empty")).unwrap();
    fs::copy(
        common::starter_fixtures()[0].1.clone(),
        dir.path().join("a.txt"),
    )
    .unwrap();
    let out = minutes()
        .args(["parse", "-f", "json", "empty", "missing.txt", "a.txt"])
        .current_dir(dir.path())
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let note = stderr.find("empty: no matching files in this directory");
    let missing = stderr.find("missing.txt: No such file or directory");
    assert!(note.is_some() && missing.is_some(), "{stderr}");
    assert!(note < missing, "{stderr}");
    assert!(stderr.contains("2 files"), "{stderr}");
    // Three inputs named: an array, whatever was found.
    let docs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(docs.as_array().map(Vec::len), Some(1));
}
