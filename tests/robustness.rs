//! Bad and odd input: other encodings, line endings, invisible
//! characters, empty files, binary files, broken links, link loops, huge
//! lines, interrupted output. Each case checks what the user sees and
//! that no line is lost.

mod common;

use std::fs;
use std::path::Path;

use common::{fixtures, minutes};
use minutes::{DiagnosticCode, Document, Options, coverage, parse_bytes};
use predicates::prelude::*;

const F004: &str = "004_a9e56c05149d4963.txt";

fn parse(bytes: &[u8]) -> Document {
    parse_bytes(bytes, Path::new("x.txt"), &Options::default()).unwrap()
}

/// Parses `bytes`, checks coverage against the decoded text, and
/// returns the document.
fn parse_checked(bytes: &[u8]) -> Document {
    let doc = parse(bytes);
    let text = minutes::read::decode(bytes).unwrap().text;
    coverage::check(&doc, &text).unwrap_or_else(|e| panic!("{e}"));
    doc
}

/// What a reader cares about, to compare parses of one text in
/// different encodings.
fn essence(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for it in &doc.items {
        out.extend(it.heading.clone());
        out.extend(it.resolutions.iter().map(|r| r.text.clone()));
        out.extend(it.discussion.iter().map(|p| p.text.clone()));
        out.extend(it.attendees.iter().map(|p| p.name.clone()));
    }
    out
}

fn original() -> (String, Document) {
    let text = fs::read_to_string(fixtures().join(F004)).unwrap();
    let doc = parse_checked(text.as_bytes());
    (text, doc)
}

#[test]
fn windows_1252_is_decoded_to_the_right_characters() {
    let (text, doc) = original();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    let got = parse_checked(&bytes);
    assert_eq!(got.source.encoding, "windows-1252");
    assert_eq!(essence(&got), essence(&doc));
    assert!(
        got.items[0].resolutions[0]
            .text
            .contains("Council’s Children’s")
    );
    assert!(
        got.diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::Encoding)
    );
}

#[test]
fn utf16_with_bom_both_ways() {
    let (text, doc) = original();
    for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
        let mut bytes = bom.to_vec();
        for u in text.encode_utf16() {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let got = parse_checked(&bytes);
        assert_eq!(
            got.source.encoding,
            if le { "UTF-16LE" } else { "UTF-16BE" }
        );
        assert_eq!(essence(&got), essence(&doc));
    }
}

#[test]
fn utf8_bom_is_dropped() {
    let (text, doc) = original();
    let bytes = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let got = parse_checked(&bytes);
    assert_eq!(got.source.encoding, "UTF-8");
    assert_eq!(essence(&got), essence(&doc));
}

#[test]
fn crlf_and_lone_cr_line_endings() {
    let (text, doc) = original();
    for eol in ["\r\n", "\r"] {
        let got = parse_checked(text.replace('\n', eol).as_bytes());
        assert_eq!(essence(&got), essence(&doc), "{eol:?}");
        // Line numbers stay those of the source.
        assert_eq!(
            got.items[0].resolutions[0].span.line,
            doc.items[0].resolutions[0].span.line
        );
    }
}

#[test]
fn invisible_characters_tabs_and_form_feeds() {
    let text = "Minutes:\n\tCouncillor\u{a0}Jane\u{200b} Doe said the co\u{ad}opted\tmember spoke.\x0c\n\
                It was agreed:\n\u{b7}\u{a0}\u{a0}The report be noted\n";
    let doc = parse_checked(text.as_bytes());
    let it = &doc.items[0];
    assert_eq!(
        it.discussion[0].text,
        "Councillor Jane Doe said the coopted member spoke."
    );
    assert_eq!(it.attendees[0].name, "Jane Doe");
    assert_eq!(it.resolutions[0].text, "The report be noted");
    // The person's span points at the source wording.
    let s = it.attendees[0].span;
    assert!(text[s.start..s.end].starts_with("Councillor\u{a0}Jane"));
}

#[test]
fn empty_and_whitespace_only_files_give_an_empty_document() {
    for name in ["edge/empty.txt", "edge/whitespace-only.txt"] {
        let bytes = fs::read(fixtures().join(name)).unwrap();
        let doc = parse_checked(&bytes);
        assert!(doc.items.is_empty(), "{name}");
        assert_eq!(doc.diagnostics[0].code, DiagnosticCode::Empty, "{name}");
    }
    minutes()
        .args(["parse", "edge/empty.txt"])
        .current_dir(fixtures())
        .assert()
        .success()
        .stdout(predicate::str::contains("\"empty\""));
}

#[test]
fn binary_files_are_refused_by_kind() {
    let cases: [(&[u8], &str); 3] = [
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00",
            "looks like PDF",
        ),
        (
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
            "looks like a ZIP archive (DOCX, XLSX, ODT)",
        ),
        (b"\x00\x01\x02\x03garbage\x00", "looks like binary data"),
    ];
    for (bytes, want) in cases {
        let err =
            parse_bytes(bytes, Path::new("d/f.txt"), &Options::default())
                .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("d/f.txt: not a text file ({want})")
        );
    }
}

#[test]
fn broken_links_and_link_loops_are_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(fixtures().join(F004), d.join("good.txt")).unwrap();
    std::os::unix::fs::symlink(d.join("gone.txt"), d.join("broken.txt"))
        .unwrap();
    fs::create_dir(d.join("sub")).unwrap();
    std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
    let out = minutes()
        .args(["parse", "-f", "ndjson"])
        .arg(d)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("broken.txt"))
        .stderr(predicate::str::contains("symbolic link loop"))
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
}

#[test]
fn unreadable_files_are_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("locked.txt");
    fs::write(&f, "Minutes:\nText.\n").unwrap();
    fs::set_permissions(&f, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&f).is_ok() {
        // Running as root: permissions do not stop reading. A file whose
        // reads fail (EIO) stands in for it.
        fs::remove_file(&f).unwrap();
        std::os::unix::fs::symlink("/proc/self/mem", &f).unwrap();
    }
    minutes()
        .arg("parse")
        .arg(&f)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("locked.txt: cannot read"));
}

#[test]
fn a_twenty_megabyte_line_is_parsed() {
    let line =
        "Councillor Ann Lee said that the budget was fine. ".repeat(400_000);
    let text =
        format!("Minutes:\n{line}\nRESOLVED: That the report be noted.\n");
    assert!(text.len() > 20_000_000);
    let doc = parse_checked(text.as_bytes());
    assert_eq!(doc.items[0].discussion.len(), 1);
    assert_eq!(doc.items[0].attendees.len(), 1);
    assert_eq!(
        doc.items[0].resolutions[0].text,
        "That the report be noted."
    );
}

#[test]
fn interrupted_output_never_leaves_a_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    fs::create_dir(&inputs).unwrap();
    for i in 0..400 {
        fs::copy(fixtures().join(F004), inputs.join(format!("{i:03}.txt")))
            .unwrap();
    }
    let dest = dir.path().join("out.json");
    let bin = assert_cmd::cargo::cargo_bin!("minutes");
    let mut child = std::process::Command::new(bin)
        .args(["parse", "--jobs", "1"])
        .arg(&inputs)
        .arg("-o")
        .arg(&dest)
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(30));
    child.kill().ok();
    child.wait().unwrap();
    // Either the run finished and the file is whole, or it does not
    // exist: never a truncated JSON array.
    if let Ok(bytes) = fs::read(&dest) {
        let v: serde_json::Value =
            serde_json::from_slice(&bytes).expect("whole JSON");
        assert_eq!(v.as_array().unwrap().len(), 400);
    }
}
