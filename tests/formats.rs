//! The outputs people take elsewhere: the SQLite database (a round trip
//! against the JSON), Open Civic Data events and spreadsheet-ready CSV.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{fixtures, minutes, ndjson, stdout_in};
use serde_json::Value;

/// Copies the fixtures (not the edge cases) into a fresh folder.
fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, path) in common::fixture_files() {
        if !rel.starts_with("edge/") {
            fs::copy(&path, dir.path().join(&rel)).unwrap();
        }
    }
    dir
}

fn json_docs(dir: &Path) -> Vec<Value> {
    ndjson(&stdout_in(dir, ["parse", ".", "-q", "--format", "ndjson"]))
}

fn to_db(dir: &Path, db: &Path) -> String {
    let out = minutes()
        .args(["parse", ".", "--format", "sqlite", "-o"])
        .arg(db)
        .current_dir(dir)
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    String::from_utf8(out).unwrap()
}

fn count(conn: &rusqlite::Connection, sql: &str) -> usize {
    conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap() as usize
}

fn len(v: &Value) -> usize {
    v.as_array().map_or(0, Vec::len)
}

/// The totals of the JSON output that the database must hold.
fn json_counts(docs: &[Value]) -> Vec<(&'static str, usize)> {
    let items = || docs.iter().flat_map(|d| d["items"].as_array().unwrap());
    let resolutions =
        || items().flat_map(|i| i["resolutions"].as_array().unwrap());
    vec![
        ("documents", docs.len()),
        ("items", items().count()),
        (
            "attendance",
            docs.iter()
                .map(|d| {
                    len(&d["meeting"]["attendees"])
                        + len(&d["meeting"]["apologies"])
                })
                .sum::<usize>()
                + items().map(|i| len(&i["attendees"])).sum::<usize>(),
        ),
        (
            "discussion_points",
            items().map(|i| len(&i["discussion"])).sum(),
        ),
        ("resolutions", resolutions().count()),
        (
            "motions",
            resolutions().filter(|r| !r["motion"].is_null()).count(),
        ),
        (
            "votes",
            resolutions().map(|r| len(&r["motion"]["votes"])).sum(),
        ),
        (
            "supporting_documents",
            items().map(|i| len(&i["documents"])).sum(),
        ),
        (
            "declarations",
            items().map(|i| len(&i["declarations"])).sum(),
        ),
        ("actions", items().map(|i| len(&i["actions"])).sum()),
        (
            "diagnostics",
            docs.iter().map(|d| len(&d["diagnostics"])).sum(),
        ),
        (
            "blocks",
            docs.iter().map(|d| len(&d["other"])).sum::<usize>()
                + items().map(|i| len(&i["other"])).sum::<usize>(),
        ),
    ]
}

fn db_counts(conn: &rusqlite::Connection) -> Vec<(&'static str, usize)> {
    [
        "documents",
        "items",
        "attendance",
        "discussion_points",
        "resolutions",
        "motions",
        "votes",
        "supporting_documents",
        "declarations",
        "actions",
        "diagnostics",
        "blocks",
    ]
    .into_iter()
    .map(|t| (t, count(conn, &format!("SELECT count(*) FROM {t}"))))
    .collect()
}

#[test]
fn sqlite_holds_what_the_json_holds() {
    let dir = fixture_copy();
    let db = dir.path().join("out").with_extension("db");
    let docs = json_docs(dir.path());
    let expected = json_counts(&docs);
    assert!(
        expected
            .iter()
            .all(|(t, n)| *n > 0 || ["votes", "actions"].contains(t)),
        "{expected:?}"
    );

    let said = to_db(dir.path(), &db);
    let n = docs.len();
    assert!(
        said.contains(&format!("{n} documents added, 0 updated, 0 unchanged"))
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    assert_eq!(db_counts(&conn), expected);

    // Text searches go through the full-text indexes.
    let ofsted_json = docs
        .iter()
        .flat_map(|d| d["items"].as_array().unwrap())
        .flat_map(|i| i["resolutions"].as_array().unwrap())
        .filter(|r| r["text"].as_str().unwrap().contains("Ofsted"))
        .count();
    assert!(ofsted_json > 0);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM resolutions_fts \
             WHERE resolutions_fts MATCH 'ofsted'"
        ),
        ofsted_json
    );
    let people: BTreeSet<String> = docs
        .iter()
        .flat_map(|d| {
            d["meeting"]["attendees"]
                .as_array()
                .unwrap()
                .iter()
                .chain(d["meeting"]["apologies"].as_array().unwrap())
                .chain(
                    d["items"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .flat_map(|i| i["attendees"].as_array().unwrap()),
                )
                .map(|p| p["name"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(count(&conn, "SELECT count(*) FROM people"), people.len());
    assert_eq!(
        count(&conn, "SELECT count(*) FROM pragma_foreign_key_check"),
        0,
        "dangling keys"
    );
}

#[test]
fn sqlite_reruns_update_in_place() {
    let dir = fixture_copy();
    let db = dir.path().join("out.db");
    to_db(dir.path(), &db);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let before = db_counts(&conn);
    let n = before[0].1;

    // Unchanged files are left alone.
    let said = to_db(dir.path(), &db);
    assert!(
        said.contains(&format!("0 documents added, 0 updated, {n} unchanged"))
    );
    assert_eq!(db_counts(&conn), before);

    // A changed file replaces its rows; a new one is added.
    let f = dir.path().join("003_e6b71e0253cb7a34.txt");
    let text = fs::read_to_string(&f).unwrap();
    fs::write(&f, text.replace("Ofsted", "inspectorate")).unwrap();
    fs::copy(
        dir.path().join("004_a9e56c05149d4963.txt"),
        dir.path().join("005_copy.txt"),
    )
    .unwrap();
    let said = to_db(dir.path(), &db);
    let rest = n - 1;
    assert!(
        said.contains(&format!(
            "1 documents added, 1 updated, {rest} unchanged"
        ))
    );
    let expected = json_counts(&json_docs(dir.path()));
    assert_eq!(db_counts(&conn), expected);
    conn.execute_batch(
        "INSERT INTO resolutions_fts (resolutions_fts) \
         VALUES ('integrity-check'); \
         INSERT INTO discussion_points_fts (discussion_points_fts) \
         VALUES ('integrity-check');",
    )
    .unwrap();
}

#[test]
fn sqlite_needs_an_output_file() {
    minutes()
        .args(["parse", "002_b4865b49f35dfa24.txt", "--format", "sqlite"])
        .current_dir(fixtures())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--output"));
}

#[test]
fn sqlite_refuses_a_file_that_is_not_a_database() {
    let dir = fixture_copy();
    let db = dir.path().join("notes.db");
    fs::write(&db, "these are not the tables you are looking for").unwrap();
    minutes()
        .args(["parse", ".", "--format", "sqlite", "-o"])
        .arg(&db)
        .current_dir(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("notes.db"));
}

#[test]
fn ocd_gives_an_event_per_document_and_a_vote_event_per_resolution() {
    let dir = fixture_copy();
    let docs = json_docs(dir.path());
    let objects = ndjson(&stdout_in(
        dir.path(),
        ["parse", ".", "-q", "--format", "ocd"],
    ));
    let of = |t: &'static str| objects.iter().filter(move |o| o["_type"] == t);
    assert_eq!(of("event").count(), docs.len());
    let resolutions: usize = docs
        .iter()
        .flat_map(|d| d["items"].as_array().unwrap())
        .map(|i| len(&i["resolutions"]))
        .sum();
    assert_eq!(of("vote_event").count(), resolutions);

    // Every vote event is named by an agenda item of its event, and
    // every id is unique.
    let ids: BTreeSet<&str> =
        objects.iter().map(|o| o["_id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), objects.len());
    let linked: BTreeSet<&str> = of("event")
        .flat_map(|e| e["agenda"].as_array().unwrap())
        .flat_map(|a| a["related_entities"].as_array().unwrap())
        .filter(|r| r["entity_type"] == "vote_event")
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let votes: BTreeSet<&str> = of("vote_event")
        .map(|v| v["_id"].as_str().unwrap())
        .collect();
    assert_eq!(linked, votes);
    for v in of("vote_event") {
        assert!(["pass", "fail"].contains(&v["result"].as_str().unwrap()));
        assert!(!v["motion_text"].as_str().unwrap().is_empty());
    }
    // The meeting of fixture 002 carries its body and date over.
    let e002 = of("event")
        .find(|e| e["sources"][0]["url"] == "./002_b4865b49f35dfa24.txt")
        .unwrap();
    assert_eq!(e002["start_date"], "2025-07-17");
    assert_eq!(e002["participants"][0]["name"], "Cabinet");
    assert_eq!(e002["agenda"][0]["order"], "17");
}

fn csv_out(args: &[&str]) -> Vec<u8> {
    let mut all = vec!["parse", "002_b4865b49f35dfa24.txt", "--format", "csv"];
    all.extend(args);
    stdout_in(&fixtures(), all)
}

#[test]
fn csv_bom_only_when_asked() {
    const BOM: &[u8] = "\u{feff}".as_bytes();
    let plain = csv_out(&[]);
    assert!(plain.starts_with(b"path,item_index,"));
    let with = csv_out(&["--bom"]);
    assert!(with.starts_with(BOM));
    assert_eq!(&with[BOM.len()..], &plain[..]);

    // In --out-dir every file gets one.
    let out = tempfile::tempdir().unwrap();
    minutes()
        .args(["parse", ".", "--format", "csv", "--bom", "-q", "--out-dir"])
        .arg(out.path())
        .current_dir(fixture_copy().path())
        .assert()
        .success();
    let files: Vec<_> = walkdir::WalkDir::new(out.path())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .collect();
    assert_eq!(files.len(), common::fixture_files().len() - 2);
    for f in files {
        assert!(fs::read(f.path()).unwrap().starts_with(BOM));
    }
}

#[test]
fn every_csv_table_starts_with_the_join_keys() {
    for table in [
        "items",
        "attendees",
        "discussion",
        "resolutions",
        "documents",
        "diagnostics",
        "declarations",
        "actions",
    ] {
        let out = csv_out(&["--table", table]);
        let mut r = csv::Reader::from_reader(&out[..]);
        let header = r.headers().unwrap().clone();
        assert_eq!(&header[0], "path", "{table}");
        assert_eq!(&header[1], "item_index", "{table}");
        for row in r.records() {
            let row = row.unwrap();
            assert_eq!(row.len(), header.len(), "{table}");
            assert_eq!(&row[0], "002_b4865b49f35dfa24.txt", "{table}");
        }
    }
}
