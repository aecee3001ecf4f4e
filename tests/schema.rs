//! `minutes schema`: every fixture's output validates against it, and
//! the README's field tables name exactly the fields it has.

mod common;

use std::collections::BTreeSet;

use common::{fixture_files, minutes, parse_fixture};
use serde_json::Value;

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&minutes::schema()).expect("a valid schema")
}

#[test]
fn every_fixture_validates_against_the_schema() {
    let v = validator();
    let files = fixture_files();
    assert!(files.len() >= 5, "fixtures are missing");
    for (rel, path) in files {
        let doc = serde_json::to_value(parse_fixture(&rel, &path)).unwrap();
        let errors: Vec<String> =
            v.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{rel}: {errors:#?}");
    }
}

#[test]
fn the_schema_rejects_what_is_not_a_document() {
    let v = validator();
    let mut doc = serde_json::to_value(minutes::parse_str(
        "Minutes:\nIt was agreed:\n· The report be noted\n",
        &minutes::Options::default(),
    ))
    .unwrap();
    assert!(v.is_valid(&doc));
    doc["schema"] = "minutes/2".into();
    assert!(!v.is_valid(&doc), "a wrong schema tag passes");
    doc["schema"] = "minutes/1".into();
    doc["items"][0]["resolutions"][0]["motion"] =
        serde_json::json!({"outcome": "maybe"});
    assert!(!v.is_valid(&doc), "an unknown outcome passes");
}

#[test]
fn schema_command_prints_the_library_schema() {
    let out = minutes().arg("schema").output().unwrap();
    assert!(out.status.success());
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, minutes::schema());
    assert_eq!(
        printed["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
}

/// The property names of a `$defs` entry (or of the root for `None`).
fn properties(schema: &Value, def: Option<&str>) -> BTreeSet<String> {
    let obj = match def {
        Some(d) => &schema["$defs"][d],
        None => schema,
    };
    obj["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{def:?} has no properties"))
        .keys()
        .cloned()
        .collect()
}

/// The rows of the README table whose header starts with `first`, as
/// (first cell, second cell).
fn table<'a>(readme: &'a str, first: &str) -> Vec<(&'a str, &'a str)> {
    let start = readme
        .find(&format!("| {first} |"))
        .unwrap_or_else(|| panic!("README has no `{first}` table"));
    readme[start..]
        .lines()
        .skip(2) // header and rule
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let mut cells = l.trim_matches('|').split(" | ").map(str::trim);
            (cells.next().unwrap_or(""), cells.next().unwrap_or(""))
        })
        .collect()
}

/// The backticked words of `cell` outside parentheses.
fn field_names(cell: &str) -> BTreeSet<String> {
    let mut depth = 0usize;
    let mut top = String::new();
    for c in cell.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => top.push(c),
            _ => {}
        }
    }
    top.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn readme_field_tables_match_the_schema() {
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"),
    )
    .unwrap();
    let schema = minutes::schema();

    // Document fields, with `source.` and `meeting.` spelt out.
    let documented: BTreeSet<String> = table(&readme, "Document field")
        .iter()
        .flat_map(|(name, _)| field_names(name))
        .collect();
    let mut expected = BTreeSet::new();
    for top in properties(&schema, None) {
        match top.as_str() {
            "source" | "meeting" => {
                let def = if top == "source" { "Source" } else { "Meeting" };
                for p in properties(&schema, Some(def)) {
                    expected.insert(format!("{top}.{p}"));
                }
            }
            _ => {
                expected.insert(top);
            }
        }
    }
    assert_eq!(documented, expected, "the Document field table");

    let items: BTreeSet<String> = table(&readme, "Item field")
        .iter()
        .flat_map(|(name, _)| field_names(name))
        .collect();
    assert_eq!(items, properties(&schema, Some("Item")), "Item fields");

    let records = table(&readme, "Record");
    assert!(!records.is_empty());
    for (record, fields) in records {
        assert_eq!(
            field_names(fields),
            properties(&schema, Some(record)),
            "README record {record}"
        );
    }

    // Every enumerated value (outcomes, block kinds, codes) is named.
    for (name, def) in schema["$defs"].as_object().unwrap() {
        // Variants come as `enum` lists, or as `oneOf` entries holding a
        // `const` (documented variants) or an `enum` list.
        let listed = |v: &Value| -> Vec<String> {
            v["enum"]
                .as_array()
                .into_iter()
                .flatten()
                .chain(v.get("const"))
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        };
        let mut values = listed(def);
        for variant in def["oneOf"].as_array().into_iter().flatten() {
            values.extend(listed(variant));
        }
        for value in values {
            assert!(
                readme.contains(&format!("`{value}`")),
                "README does not name {name} value `{value}`"
            );
        }
    }
}
