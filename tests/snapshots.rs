//! The full JSON of every fixture, as a reviewed snapshot, and the
//! coverage check on every fixture: no line of any of them is lost.

mod common;

use common::{fixture_files, parse_fixture};

#[test]
fn fixture_json_snapshots() {
    let files = fixture_files();
    assert!(files.len() >= 5, "fixtures are missing");
    for (rel, path) in files {
        if rel.starts_with("edge/") {
            continue; // edge cases have their own tests
        }
        let doc = parse_fixture(&rel, &path);
        let name = rel.trim_end_matches(".txt").replace('/', "__");
        insta::with_settings!({ snapshot_suffix => name, prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_json_snapshot!("fixture", doc);
        });
    }
}

#[test]
fn every_fixture_line_is_accounted_for() {
    for (rel, path) in fixture_files() {
        let bytes = std::fs::read(&path).unwrap();
        let Ok(decoded) = minutes::read::decode(&bytes) else {
            continue; // binary fixtures are refused, tested elsewhere
        };
        let doc = parse_fixture(&rel, &path);
        if let Err(e) = minutes::coverage::check(&doc, &decoded.text) {
            panic!("{rel}: {e}");
        }
    }
}
