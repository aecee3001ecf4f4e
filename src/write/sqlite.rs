//! SQLite output (rusqlite, bundled SQLite): the [`Document`] model as
//! normalised tables with keys, indexes and full-text search (FTS5) over
//! discussion and resolution text. A document is keyed by its path; a
//! re-run replaces a document whose content or parser version changed
//! and leaves an unchanged one alone, so nothing is duplicated. Each
//! [`Database::write_batch`] is one transaction: an interrupted run
//! leaves every document either whole or absent.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::enum_name;
use crate::model::{Block, Document, Person, Span};

/// The layout version written into `meta`; a database of another
/// layout is refused rather than half-updated.
pub const LAYOUT: &str = "minutes-sqlite/1";

/// Which parser wrote a document's rows; a new version re-parses.
const PARSER: &str = concat!("minutes ", env!("CARGO_PKG_VERSION"));

const CREATE: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,
    sha256       TEXT NOT NULL,
    bytes        INTEGER NOT NULL,
    encoding     TEXT NOT NULL,
    parser       TEXT NOT NULL,
    schema       TEXT NOT NULL,
    body         TEXT,
    date         TEXT,
    start_time   TEXT,
    venue        TEXT,
    meeting_line INTEGER
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_body ON documents(body);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
CREATE TABLE IF NOT EXISTS items (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL
                  REFERENCES documents(id) ON DELETE CASCADE,
    item_index    INTEGER NOT NULL,
    number        TEXT,
    heading       TEXT,
    purpose       TEXT,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    line          INTEGER NOT NULL,
    UNIQUE (document_id, item_index)
);
CREATE INDEX IF NOT EXISTS items_heading ON items(heading);
CREATE TABLE IF NOT EXISTS people (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS attendance (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL
                REFERENCES documents(id) ON DELETE CASCADE,
    item_id     INTEGER REFERENCES items(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    list        TEXT NOT NULL CHECK (list IN ('present', 'apologies')),
    honorific   TEXT,
    role        TEXT,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    line        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS attendance_person ON attendance(person_id);
CREATE INDEX IF NOT EXISTS attendance_document ON attendance(document_id);
CREATE INDEX IF NOT EXISTS attendance_item ON attendance(item_id);
CREATE TABLE IF NOT EXISTS discussion_points (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    point_index INTEGER NOT NULL,
    number      TEXT,
    text        TEXT NOT NULL,
    speakers    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    line        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS discussion_item ON discussion_points(item_id);
CREATE TABLE IF NOT EXISTS resolutions (
    id               INTEGER PRIMARY KEY,
    item_id          INTEGER NOT NULL
                     REFERENCES items(id) ON DELETE CASCADE,
    resolution_index INTEGER NOT NULL,
    text             TEXT NOT NULL,
    in_discussion    INTEGER NOT NULL,
    start            INTEGER NOT NULL,
    end              INTEGER NOT NULL,
    line             INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS resolutions_item ON resolutions(item_id);
CREATE TABLE IF NOT EXISTS motions (
    resolution_id INTEGER PRIMARY KEY
                  REFERENCES resolutions(id) ON DELETE CASCADE,
    mover         TEXT,
    seconder      TEXT,
    outcome       TEXT,
    unanimous     INTEGER NOT NULL,
    votes_for     INTEGER,
    votes_against INTEGER,
    abstentions   INTEGER,
    tally         TEXT
);
CREATE INDEX IF NOT EXISTS motions_outcome ON motions(outcome);
CREATE TABLE IF NOT EXISTS votes (
    id            INTEGER PRIMARY KEY,
    resolution_id INTEGER NOT NULL
                  REFERENCES motions(resolution_id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL REFERENCES people(id),
    option        TEXT NOT NULL
                  CHECK (option IN ('yes', 'no', 'abstain', 'absent'))
);
CREATE INDEX IF NOT EXISTS votes_resolution ON votes(resolution_id);
CREATE INDEX IF NOT EXISTS votes_person ON votes(person_id);
CREATE TABLE IF NOT EXISTS supporting_documents (
    id      INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    title   TEXT NOT NULL,
    format  TEXT,
    size    TEXT,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    line    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS supporting_documents_item
    ON supporting_documents(item_id);
CREATE TABLE IF NOT EXISTS declarations (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    members   TEXT NOT NULL,
    subject   TEXT,
    kind      TEXT,
    left_room INTEGER NOT NULL,
    none      INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    line      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS declarations_item ON declarations(item_id);
CREATE TABLE IF NOT EXISTS actions (
    id      INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    owner   TEXT,
    text    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    line    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS actions_item ON actions(item_id);
CREATE INDEX IF NOT EXISTS actions_owner ON actions(owner);
CREATE TABLE IF NOT EXISTS blocks (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL
                REFERENCES documents(id) ON DELETE CASCADE,
    item_id     INTEGER REFERENCES items(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    line        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS blocks_document ON blocks(document_id);
CREATE TABLE IF NOT EXISTS diagnostics (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL
                REFERENCES documents(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    level       TEXT NOT NULL,
    message     TEXT NOT NULL,
    line        INTEGER
);
CREATE INDEX IF NOT EXISTS diagnostics_document ON diagnostics(document_id);
CREATE INDEX IF NOT EXISTS diagnostics_code ON diagnostics(code);

"#;

/// The full-text index `{table}_fts` over `{table}.text`, kept in step
/// with its table by triggers.
fn fts(table: &str) -> String {
    format!(
        r#"
CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts USING fts5(
    text, content = '{table}', content_rowid = 'id'
);
CREATE TRIGGER IF NOT EXISTS {table}_fts_insert
AFTER INSERT ON {table} BEGIN
    INSERT INTO {table}_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS {table}_fts_delete
AFTER DELETE ON {table} BEGIN
    INSERT INTO {table}_fts ({table}_fts, rowid, text)
    VALUES ('delete', old.id, old.text);
END;
"#
    )
}

/// Why the database could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", .path.display())]
pub struct DbError {
    pub path: PathBuf,
    #[source]
    pub source: rusqlite::Error,
}

/// What a write did to one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Not in the database before.
    Inserted,
    /// There before with other content or from another parser version;
    /// its rows were replaced.
    Updated,
    /// There already with the same content and parser: left alone.
    Unchanged,
}

/// Counts of [`Change`]s over a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Changes {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl Changes {
    fn add(&mut self, c: Change) {
        match c {
            Change::Inserted => self.inserted += 1,
            Change::Updated => self.updated += 1,
            Change::Unchanged => self.unchanged += 1,
        }
    }
}

/// A minutes database, created if need be.
pub struct Database {
    conn: Connection,
    path: PathBuf,
    /// What the writes so far did.
    pub changes: Changes,
}

impl Database {
    /// Opens (or creates) the database at `path` and its tables.
    pub fn open(path: &Path) -> Result<Database, DbError> {
        let err = |source| DbError {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(path).map_err(err)?;
        Self::init(conn, path).map_err(err)
    }

    /// An in-memory database, for tests and one-off queries.
    pub fn in_memory() -> Result<Database, DbError> {
        let path = Path::new(":memory:");
        let err = |source| DbError {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open_in_memory().map_err(err)?;
        Self::init(conn, path).map_err(err)
    }

    fn init(conn: Connection, path: &Path) -> rusqlite::Result<Database> {
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.execute_batch(CREATE)?;
        for table in ["discussion_points", "resolutions"] {
            conn.execute_batch(&fts(table))?;
        }
        let layout: Option<String> = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'layout'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        match layout {
            None => {
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('layout', ?1)",
                    [LAYOUT],
                )?;
            }
            Some(l) if l == LAYOUT => {}
            Some(other) => {
                return Err(rusqlite::Error::InvalidParameterName(format!(
                    "the database has layout {other:?}, not {LAYOUT:?}; \
                     write to a new file"
                )));
            }
        }
        Ok(Database {
            conn,
            path: path.to_path_buf(),
            changes: Changes::default(),
        })
    }

    /// The connection, for queries.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Writes `docs` in one transaction: all of them or none.
    pub fn write_batch<'d>(
        &mut self,
        docs: impl IntoIterator<Item = &'d Document>,
    ) -> Result<Changes, DbError> {
        let path = self.path.clone();
        let err = |source| DbError {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(err)?;
        let mut batch = Changes::default();
        for doc in docs {
            batch.add(upsert(&tx, doc).map_err(err)?);
        }
        tx.commit().map_err(err)?;
        self.changes.inserted += batch.inserted;
        self.changes.updated += batch.updated;
        self.changes.unchanged += batch.unchanged;
        Ok(batch)
    }
}

fn upsert(tx: &Transaction, doc: &Document) -> rusqlite::Result<Change> {
    let existing: Option<(i64, String, String)> = tx
        .prepare_cached(
            "SELECT id, sha256, parser FROM documents WHERE path = ?1",
        )?
        .query_row([&doc.source.path], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    let change = match existing {
        Some((_, sha, parser))
            if sha == doc.source.sha256 && parser == PARSER =>
        {
            return Ok(Change::Unchanged);
        }
        Some((id, ..)) => {
            // The full-text indexes follow their tables through
            // triggers, so delete those rows first; the cascade takes
            // the rest.
            tx.execute(
                "DELETE FROM discussion_points WHERE item_id IN \
                 (SELECT id FROM items WHERE document_id = ?1)",
                [id],
            )?;
            tx.execute(
                "DELETE FROM resolutions WHERE item_id IN \
                 (SELECT id FROM items WHERE document_id = ?1)",
                [id],
            )?;
            tx.execute("DELETE FROM documents WHERE id = ?1", [id])?;
            Change::Updated
        }
        None => Change::Inserted,
    };
    insert(tx, doc)?;
    Ok(change)
}

fn insert(tx: &Transaction, doc: &Document) -> rusqlite::Result<()> {
    let m = &doc.meeting;
    tx.prepare_cached(
        "INSERT INTO documents (path, sha256, bytes, encoding, parser, \
         schema, body, date, start_time, venue, meeting_line) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        doc.source.path,
        doc.source.sha256,
        doc.source.bytes,
        doc.source.encoding,
        PARSER,
        doc.schema,
        m.body,
        m.date.map(|d| d.to_string()),
        m.start_time,
        m.venue,
        m.span.map(|s| s.line),
    ])?;
    let doc_id = tx.last_insert_rowid();

    for (list, people) in
        [("present", &m.attendees), ("apologies", &m.apologies)]
    {
        attend(tx, doc_id, None, list, people)?;
    }
    blocks(tx, doc_id, None, &doc.other)?;
    let mut diag = tx.prepare_cached(
        "INSERT INTO diagnostics (document_id, code, level, message, line) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for d in &doc.diagnostics {
        diag.execute(params![
            doc_id,
            enum_name(&d.code),
            enum_name(&d.level),
            d.message,
            d.line
        ])?;
    }

    for (k, it) in doc.items.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO items (document_id, item_index, number, heading, \
             purpose, start, end, line) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            doc_id,
            k,
            it.number,
            it.heading,
            it.purpose,
            it.span.start,
            it.span.end,
            it.span.line
        ])?;
        let item_id = tx.last_insert_rowid();
        attend(tx, doc_id, Some(item_id), "present", &it.attendees)?;
        blocks(tx, doc_id, Some(item_id), &it.other)?;

        let mut point = tx.prepare_cached(
            "INSERT INTO discussion_points (item_id, point_index, number, \
             text, speakers, start, end, line) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (n, p) in it.discussion.iter().enumerate() {
            let Span { start, end, line } = p.span;
            point.execute(params![
                item_id,
                n,
                p.number,
                p.text,
                p.speakers.join("; "),
                start,
                end,
                line
            ])?;
        }

        for (n, r) in it.resolutions.iter().enumerate() {
            let Span { start, end, line } = r.span;
            tx.prepare_cached(
                "INSERT INTO resolutions (item_id, resolution_index, text, \
                 in_discussion, start, end, line) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                item_id,
                n,
                r.text,
                r.in_discussion,
                start,
                end,
                line
            ])?;
            let Some(mo) = &r.motion else { continue };
            let res_id = tx.last_insert_rowid();
            tx.prepare_cached(
                "INSERT INTO motions (resolution_id, mover, seconder, \
                 outcome, unanimous, votes_for, votes_against, \
                 abstentions, tally) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                res_id,
                mo.mover,
                mo.seconder,
                mo.outcome.map(|o| enum_name(&o)),
                mo.unanimous,
                mo.votes_for,
                mo.votes_against,
                mo.abstentions,
                mo.tally
            ])?;
            for v in &mo.votes {
                let person_id = person(tx, &v.name)?;
                tx.prepare_cached(
                    "INSERT INTO votes (resolution_id, person_id, option) \
                     VALUES (?1, ?2, ?3)",
                )?
                .execute(params![
                    res_id,
                    person_id,
                    enum_name(&v.option)
                ])?;
            }
        }

        for d in &it.declarations {
            let Span { start, end, line } = d.span;
            tx.prepare_cached(
                "INSERT INTO declarations (item_id, members, subject, kind, \
                 left_room, none, start, end, line) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                item_id,
                d.members.join("; "),
                d.subject,
                d.kind.map(|k| enum_name(&k)),
                d.left_room,
                d.none,
                start,
                end,
                line
            ])?;
        }
        for a in &it.actions {
            let Span { start, end, line } = a.span;
            tx.prepare_cached(
                "INSERT INTO actions (item_id, owner, text, start, end, \
                 line) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![item_id, a.owner, a.text, start, end, line])?;
        }
        let mut sdoc = tx.prepare_cached(
            "INSERT INTO supporting_documents (item_id, title, format, size, \
             start, end, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for d in &it.documents {
            let Span { start, end, line } = d.span;
            sdoc.execute(params![
                item_id, d.title, d.format, d.size, start, end, line
            ])?;
        }
    }
    Ok(())
}

fn attend(
    tx: &Transaction,
    doc_id: i64,
    item_id: Option<i64>,
    list: &str,
    people: &[Person],
) -> rusqlite::Result<()> {
    let mut row = tx.prepare_cached(
        "INSERT INTO attendance (document_id, item_id, person_id, list, \
         honorific, role, start, end, line) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for p in people {
        let person_id = person(tx, &p.name)?;
        let Span { start, end, line } = p.span;
        row.execute(params![
            doc_id,
            item_id,
            person_id,
            list,
            p.honorific,
            p.role,
            start,
            end,
            line
        ])?;
    }
    Ok(())
}

/// The id of the person called `name`, added if new.
fn person(tx: &Transaction, name: &str) -> rusqlite::Result<i64> {
    tx.prepare_cached(
        "INSERT INTO people (name) VALUES (?1) \
         ON CONFLICT (name) DO UPDATE SET name = excluded.name \
         RETURNING id",
    )?
    .query_row([name], |r| r.get(0))
}

fn blocks(
    tx: &Transaction,
    doc_id: i64,
    item_id: Option<i64>,
    blocks: &[Block],
) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO blocks (document_id, item_id, kind, text, start, end, \
         line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for b in blocks {
        let Span { start, end, line } = b.span;
        stmt.execute(params![
            doc_id,
            item_id,
            enum_name(&b.kind),
            b.text,
            start,
            end,
            line
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, parse_str};

    const TEXT: &str = "Cabinet - Tuesday, 2nd October, 2018 2.00 pm\n\
        Present: Councillor A Smith (Chair), Councillor B Jones\n\
        1. Budget\n\
        Minutes:\n\
        The Ofsted report was discussed at length.\n\
        RESOLVED: That the Ofsted report be noted.\n";

    fn count(db: &Database, sql: &str) -> i64 {
        db.connection().query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn rerun_updates_instead_of_duplicating() {
        let mut db = Database::in_memory().unwrap();
        let doc = parse_str(TEXT, &Options::default());
        let c = db.write_batch([&doc]).unwrap();
        assert_eq!(c.inserted, 1);
        let c = db.write_batch([&doc]).unwrap();
        assert_eq!(c.unchanged, 1);
        assert_eq!(count(&db, "SELECT count(*) FROM documents"), 1);

        let changed = parse_str(
            &TEXT.replace("Ofsted report", "audit letter"),
            &Options::default(),
        );
        let c = db.write_batch([&changed]).unwrap();
        assert_eq!(c.updated, 1);
        assert_eq!(count(&db, "SELECT count(*) FROM documents"), 1);
        assert_eq!(count(&db, "SELECT count(*) FROM items"), 1);
        // The old text is gone from the full-text index too.
        assert_eq!(
            count(
                &db,
                "SELECT count(*) FROM resolutions_fts \
                 WHERE resolutions_fts MATCH 'Ofsted'"
            ),
            0
        );
        assert_eq!(
            count(
                &db,
                "SELECT count(*) FROM resolutions_fts \
                 WHERE resolutions_fts MATCH 'audit'"
            ),
            1
        );
        db.connection()
            .execute_batch(
                "INSERT INTO resolutions_fts (resolutions_fts) \
                 VALUES ('integrity-check'); \
                 INSERT INTO discussion_points_fts (discussion_points_fts) \
                 VALUES ('integrity-check');",
            )
            .unwrap();
        // People are shared across documents, not duplicated.
        assert_eq!(count(&db, "SELECT count(*) FROM people"), 2);
    }

    #[test]
    fn a_failed_batch_leaves_nothing_behind() {
        let mut db = Database::in_memory().unwrap();
        let doc = parse_str(TEXT, &Options::default());
        db.conn
            .execute_batch(
                "CREATE TRIGGER refuse BEFORE INSERT ON items \
                 BEGIN SELECT RAISE(ABORT, 'refused'); END;",
            )
            .unwrap();
        assert!(db.write_batch([&doc]).is_err());
        assert_eq!(count(&db, "SELECT count(*) FROM documents"), 0);
        assert_eq!(count(&db, "SELECT count(*) FROM people"), 0);
    }
}
