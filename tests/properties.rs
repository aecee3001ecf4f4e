//! Property tests: for any input the parser never panics, every span is
//! in bounds and on character boundaries, and every visible character
//! lies in exactly one block (the coverage check).

mod common;

use std::path::Path;

use minutes::{Options, coverage, parse_bytes, parse_str};
use proptest::prelude::*;

fn check_text(text: &str) -> Result<(), TestCaseError> {
    let doc = parse_str(text, &Options::default());
    coverage::check(&doc, text).map_err(|e| TestCaseError::fail(e.to_string()))
}

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(doc) = parse_bytes(bytes, Path::new("p.txt"), &Options::default())
    else {
        return Ok(()); // refused as binary: an error, not a panic
    };
    let text = minutes::read::decode(bytes).unwrap().text;
    coverage::check(&doc, &text)
        .map_err(|e| TestCaseError::fail(e.to_string()))
}

/// Lines shaped like real minutes, so that random documents reach the
/// parser's structure rules and not only its plain-text path.
const SHAPES: &[&str] = &[
    "",
    " ",
    "\u{a0}",
    "Agenda item",
    "Issue - meetings",
    "Minutes:",
    "MINUTES :",
    "Decision:",
    "Declarations of Interest:",
    "Supporting documents:",
    "Additional documents:",
    "Key points raised in the discussion:",
    "Meeting: 17/07/2025 - Cabinet (Item 17)",
    "Meeting: 99/99/2025 - (Item )",
    "124.",
    "77/21",
    "PDF 411 KB",
    "- Appendix A, item 17",
    "It was agreed:",
    "It Was agreed",
    "RESOLVED",
    "RESOLVED – That the report be noted.",
    "AGREED – That",
    "Agreed.",
    "· The update be noted",
    "\u{b7}\u{a0}\u{a0}Thanks be given",
    "• ",
    "-",
    "1. That the report be noted.",
    "(2) that the minutes",
    "1.\u{a0}\u{a0} Officers explained",
    "a.\u{a0} Embedding practice",
    "(b)",
    "33.1 The minutes were approved",
    "17 Children and Young Persons' Plan",
    "INSPECTION OF CHILDREN'S SERVICES",
    "Purpose of the report: To provide an update",
    "The purpose of this report is",
    "Councillor L Smith Cabinet member for Children provided an overview.",
    "Jeanette Richards Executive Director acknowledged the progress.",
    "Jeanette added that",
    "Cllr Pilkington and Chief Executive Geoff Little, left the meeting.",
    "Apologies were received from Councillors Gregson, Hirrell and Witter.",
    "Rose Durban, Interim Strategic Director of Children, Schools and Families.",
    "Councillors",
    "Cllr",
    "Cllr.",
    "Mr A.",
    "County Councillor",
    "ChildrenCHTHE MEMBER the",
    "stable ... view the full minutes text for item 17",
    "carried on in lower case",
    "é\u{200b}\u{ad}",
    "\x0c",
    "\t\t",
    "💥 emoji line",
    "Ä Ö Ü ß",
];

fn shaped_doc() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        4 => proptest::sample::select(SHAPES).prop_map(str::to_string),
        1 => "\\PC{0,40}",
    ];
    (
        proptest::collection::vec(line, 0..40),
        proptest::sample::select(&["\n", "\r\n", "\r"][..]),
    )
        .prop_map(|(lines, eol)| lines.join(eol))
}

/// A real fixture with random edits: lines deleted, duplicated, swapped,
/// random bytes put in, line endings changed.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Insert(usize, Vec<u8>),
    Crlf,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        any::<usize>().prop_map(Edit::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 0..12)
        )
            .prop_map(|(a, b)| Edit::Insert(a, b)),
        Just(Edit::Crlf),
    ]
}

fn apply(text: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut lines: Vec<Vec<u8>> =
        text.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    let mut crlf = false;
    for e in edits {
        let n = lines.len().max(1);
        match e {
            Edit::Delete(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Edit::Duplicate(i) if !lines.is_empty() => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            Edit::Swap(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
            Edit::Insert(i, bytes) if !lines.is_empty() => {
                let l = &mut lines[i % n];
                let at = i % (l.len() + 1);
                l.splice(at..at, bytes.iter().copied());
            }
            Edit::Crlf => crlf = true,
            _ => {}
        }
    }
    lines.join(if crlf { &b"\r\n"[..] } else { &b"\n"[..] })
}

fn fixture_texts() -> Vec<Vec<u8>> {
    common::fixture_files()
        .into_iter()
        .map(|(_, p)| std::fs::read(p).unwrap())
        .collect()
}

proptest! {
    // 400 cases on every `cargo test`; PROPTEST_CASES=20000 for a long run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(400),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_text(text in "\\PC{0,400}") {
        check_text(&text)?;
    }

    #[test]
    fn any_text_with_controls(text in "(?s).{0,300}") {
        check_text(&text)?;
    }

    #[test]
    fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        check_bytes(&bytes)?;
    }

    #[test]
    fn minutes_shaped_documents(text in shaped_doc()) {
        check_text(&text)?;
    }

    #[test]
    fn edited_fixtures(which in any::<usize>(), edits in proptest::collection::vec(edit(), 0..12)) {
        let texts = fixture_texts();
        let base = &texts[which % texts.len()];
        check_bytes(&apply(base, &edits))?;
    }
}
