//! The `minutes` command as a user runs it: formats, tables, inputs,
//! output files, exit codes and error messages.

mod common;

use std::fs;
use std::io::Read;
use std::process::{Command as StdCommand, Stdio};

use common::{fixtures, minutes};
use predicates::prelude::*;
use serde_json::Value;

const F002: &str = "002_b4865b49f35dfa24.txt";
const F004: &str = "004_a9e56c05149d4963.txt";

/// Runs `minutes ARGS` in fixtures/, expects success, returns stdout.
fn stdout_ok<I, S>(args: I) -> Vec<u8>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    common::stdout_in(&fixtures(), args)
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("valid JSON")
}

#[test]
fn one_file_gives_one_json_object() {
    let out = stdout_ok(["parse", F002]);
    let doc = json(&out);
    assert_eq!(doc["schema"], "minutes/1");
    assert_eq!(doc["source"]["path"], F002);
    assert_eq!(doc["meeting"]["body"], "Cabinet");
    assert_eq!(doc["meeting"]["date"], "2025-07-17");
    assert_eq!(doc["items"][0]["number"], "17");
}

#[test]
fn several_files_give_an_array_in_the_order_given() {
    let out = stdout_ok(["parse", F004, F002]);
    let docs = json(&out);
    let paths: Vec<_> = docs
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["source"]["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths, [F004, F002]);
}

#[test]
fn a_directory_is_walked_in_sorted_order_for_txt_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("b")).unwrap();
    fs::copy(fixtures().join(F002), dir.path().join("b/x.txt")).unwrap();
    fs::copy(fixtures().join(F004), dir.path().join("a.TXT")).unwrap();
    fs::write(dir.path().join("notes.md"), "not minutes").unwrap();
    let out = minutes()
        .args(["parse", "--format", "ndjson"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let paths: Vec<String> = text
        .lines()
        .map(|l| {
            json(l.as_bytes())["source"]["path"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(paths.len(), 2);
    assert!(paths[0].ends_with("a.TXT"), "{paths:?}");
    assert!(paths[1].ends_with("x.txt"), "{paths:?}");
}

#[test]
fn a_directory_with_one_file_still_gives_an_array() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(fixtures().join(F002), dir.path().join("x.txt")).unwrap();
    let out = minutes()
        .arg("parse")
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(json(&out).is_array());
}

#[test]
fn ndjson_is_one_document_per_line() {
    let out = stdout_ok(["parse", "-f", "ndjson", F002]);
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 1);
    assert_eq!(
        json(text.as_bytes())["items"][0]["heading"],
        "Children and Young Persons' Improvement Plan - Phase 3"
    );
}

#[test]
fn stdin_is_read_with_a_dash_or_no_path() {
    let input = fs::read(fixtures().join(F004)).unwrap();
    for args in [vec!["parse", "-"], vec!["parse"]] {
        let out = minutes()
            .args(&args)
            .write_stdin(input.clone())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let doc = json(&out);
        assert_eq!(doc["source"]["path"], "-");
        assert_eq!(
            doc["items"][0]["heading"],
            "INSPECTION OF CHILDREN'S SERVICES"
        );
    }
}

fn csv_rows(args: &[&str]) -> Vec<csv::StringRecord> {
    let out = stdout_ok(args);
    let mut r = csv::Reader::from_reader(out.as_slice());
    let mut rows = vec![r.headers().unwrap().clone()];
    rows.extend(r.records().map(Result::unwrap));
    rows
}

#[test]
fn csv_items_table_by_default() {
    let rows = csv_rows(&["parse", "--format", "csv", F002, F004]);
    assert_eq!(&rows[0][0], "path");
    assert_eq!(&rows[0][3], "heading");
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[1][2], "17");
    assert_eq!(&rows[1][4], "Cabinet");
    assert_eq!(&rows[1][5], "2025-07-17");
    assert!(rows[1][9].contains("truncated"), "{:?}", &rows[1]);
    assert!(rows[2][6].contains(
        "Tamoor Tariq (Cabinet Member for Children, Young People and Skills)"
    ));
    assert_eq!(
        rows[2][8].lines().count(),
        4,
        "resolutions joined by newlines"
    );
}

#[test]
fn csv_tables() {
    let rows = csv_rows(&["parse", "-f", "csv", "--table", "attendees", F004]);
    let names: Vec<_> = rows[1..].iter().map(|r| r[3].to_string()).collect();
    assert_eq!(names, ["Tamoor Tariq", "Pilkington", "Geoff Little"]);

    let rows =
        csv_rows(&["parse", "-f", "csv", "--table", "resolutions", F004]);
    assert_eq!(rows.len(), 5);
    assert_eq!(&rows[0][2], "resolution_index");
    assert!(rows[1][3].starts_with("The Ofsted Improvement Plan"));

    let rows =
        csv_rows(&["parse", "-f", "csv", "--table", "discussion", F004]);
    assert_eq!(rows.len(), 12);
    assert_eq!(&rows[1][4], "Tamoor Tariq");

    let rows = csv_rows(&["parse", "-f", "csv", "--table", "documents", F002]);
    assert_eq!(rows.len(), 5);
    assert_eq!((&rows[2][3], &rows[2][4]), ("PDF", "1 MB"));

    let rows =
        csv_rows(&["parse", "-f", "csv", "--table", "diagnostics", F002]);
    let codes: Vec<_> = rows[1..].iter().map(|r| r[2].to_string()).collect();
    assert_eq!(codes, ["garbled", "truncated", "no_resolutions"]);
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    minutes()
        .args(["parse", F002, "-o"])
        .arg(&out)
        .current_dir(fixtures())
        .assert()
        .success()
        .stdout("");
    assert_eq!(json(&fs::read(&out).unwrap())["meeting"]["body"], "Cabinet");
    let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn output_file_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    fs::copy(fixtures().join(F002), &input).unwrap();
    minutes()
        .args(["parse"])
        .arg(&input)
        .arg("-o")
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("also an input"));
    assert_eq!(
        fs::read(&input).unwrap(),
        fs::read(fixtures().join(F002)).unwrap()
    );
}

#[test]
fn a_missing_file_is_reported_and_the_rest_still_output() {
    let out = minutes()
        .args(["parse", "-f", "ndjson", "no-such-file.txt", F002])
        .current_dir(fixtures())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("minutes: no-such-file.txt:"))
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
}

#[test]
fn a_binary_file_in_a_directory_is_skipped_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), b"%PDF-1.7\n\x00\x01\x02binary")
        .unwrap();
    fs::copy(fixtures().join(F002), dir.path().join("b.txt")).unwrap();
    let out = minutes()
        .args(["parse", "-f", "ndjson"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "a.txt: not a text file (looks like PDF)",
        ))
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
}

#[test]
fn max_bytes_refuses_large_files() {
    minutes()
        .args(["parse", "--max-bytes", "1K", F002])
        .current_dir(fixtures())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "3880 bytes is over the limit of 1024 bytes",
        ));
    minutes()
        .args(["parse", "--max-bytes", "0", F002])
        .current_dir(fixtures())
        .assert()
        .success();
}

#[test]
fn strict_fails_on_warnings() {
    // 002 is truncated and has a garbled line: warnings.
    minutes()
        .args(["parse", "--strict", F002])
        .current_dir(fixtures())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "1 of 1 documents have warnings (--strict)",
        ));
    minutes()
        .args(["parse", "--strict", F004])
        .current_dir(fixtures())
        .assert()
        .success();
}

#[test]
fn date_order_reads_numeric_dates() {
    // The meeting date `minutes parse ARGS` reads from `input` on stdin.
    let date_of = |args: &[&str], input: &str| {
        let out = minutes()
            .arg("parse")
            .args(args)
            .write_stdin(input.to_string())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        json(&out)["meeting"]["date"].clone()
    };
    let input = "Issue - meetings\nMeeting: 03/04/2021 - Council (Item 2)\nMinutes:\nThe report was noted.\n";
    for (order, want) in [("dmy", "2021-04-03"), ("mdy", "2021-03-04")] {
        assert_eq!(date_of(&["--date-order", order], input), want);
    }
    // By default the document decides: a US date written out, or a
    // numeric date only month-first can read, turns 03/04 into March 4.
    let us = format!("{input}The next meeting is October 19, 2021.\n");
    let uk = format!("{input}The next meeting is 19 October 2021.\n");
    for (text, want) in [(us, "2021-03-04"), (uk, "2021-04-03")] {
        assert_eq!(date_of(&[], &text), want);
    }
}

#[test]
fn jobs_do_not_change_the_output() {
    let run =
        |jobs: &str| stdout_ok(["parse", "-f", "ndjson", "--jobs", jobs, "."]);
    assert_eq!(run("1"), run("3"));
}

#[test]
fn usage_errors_exit_2() {
    minutes()
        .args(["parse", "--format", "xml"])
        .assert()
        .code(2);
    minutes().args(["frobnicate"]).assert().code(2);
    minutes()
        .args(["parse", "--max-bytes", "lots"])
        .assert()
        .code(2);
}

#[test]
fn help_describes_the_command() {
    minutes()
        .args(["parse", "--help"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("--table")
                .and(predicate::str::contains("Exit status")),
        );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        fs::copy(
            fixtures().join(F004),
            dir.path().join(format!("{i:03}.txt")),
        )
        .unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin!("minutes");
    let mut child = StdCommand::new(bin)
        .args(["parse", "-f", "ndjson"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "exit {status:?}, stderr {err:?}");
    assert_eq!(err, "");
}

#[test]
fn declarations_and_actions_tables() {
    let out = stdout_ok([
        "parse",
        "-f",
        "csv",
        "--table",
        "declarations",
        "r029_napier-nz-ordinary-2020-12-17-truncated.txt",
    ]);
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("path,item_index,members,subject,kind,left_room,none,line")
    );
    let row = lines.next().expect("a declaration row");
    assert!(row.contains("Boag Crown; Price; Taylor"), "{row}");
    assert!(row.contains(",conflict,false,false,"), "{row}");

    let input = "Agenda item\nHighways\nMinutes:\nThe drain at Mill Lane is blocked again. ACTION: Clerk to report it to Highways.\n";
    let out = minutes()
        .args(["parse", "-f", "csv", "--table", "actions"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("-,0,Clerk,Clerk to report it to Highways,4"),
        "{text}"
    );
}
