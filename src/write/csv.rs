//! CSV through the `csv` crate (RFC 4180 quoting). The nested model is
//! not flattened generically: each [`Table`] has its own flat row type,
//! and every row carries `path` and `item_index` so tables join.

use std::io::{self, Write};

use serde::Serialize;

use crate::model::{Document, Item, Person};

/// Which rows a CSV holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Table {
    /// One row per agenda item (a document with none still gets a row).
    #[default]
    Items,
    /// One row per person, meeting-level and per item.
    Attendees,
    /// One row per discussion point.
    Discussion,
    /// One row per resolution.
    Resolutions,
    /// One row per supporting document.
    Documents,
    /// One row per diagnostic.
    Diagnostics,
    /// One row per declaration of interest.
    Declarations,
    /// One row per action.
    Actions,
}

impl Table {
    /// The column names, in order.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            Table::Items => &[
                "path",
                "item_index",
                "number",
                "heading",
                "meeting_body",
                "meeting_date",
                "attendees",
                "discussion_points",
                "resolutions",
                "diagnostics",
                "line",
            ],
            Table::Attendees => &[
                "path",
                "item_index",
                "list",
                "name",
                "honorific",
                "role",
                "line",
            ],
            Table::Discussion => &[
                "path",
                "item_index",
                "point_index",
                "number",
                "speakers",
                "text",
                "line",
            ],
            Table::Resolutions => &[
                "path",
                "item_index",
                "resolution_index",
                "text",
                "mover",
                "seconder",
                "outcome",
                "votes_for",
                "votes_against",
                "abstentions",
                "line",
            ],
            Table::Documents => {
                &["path", "item_index", "title", "format", "size", "line"]
            }
            Table::Diagnostics => {
                &["path", "item_index", "code", "level", "message", "line"]
            }
            Table::Declarations => &[
                "path",
                "item_index",
                "members",
                "subject",
                "kind",
                "left_room",
                "none",
                "line",
            ],
            Table::Actions => &["path", "item_index", "owner", "text", "line"],
        }
    }
}

#[derive(Serialize)]
struct ItemRow<'a> {
    path: &'a str,
    item_index: Option<usize>,
    number: Option<&'a str>,
    heading: Option<&'a str>,
    meeting_body: Option<&'a str>,
    meeting_date: Option<String>,
    attendees: String,
    discussion_points: usize,
    resolutions: String,
    diagnostics: String,
    line: Option<usize>,
}

#[derive(Serialize)]
struct AttendeeRow<'a> {
    path: &'a str,
    item_index: Option<usize>,
    list: &'static str,
    name: &'a str,
    honorific: Option<&'a str>,
    role: Option<&'a str>,
    line: usize,
}

#[derive(Serialize)]
struct DiscussionRow<'a> {
    path: &'a str,
    item_index: usize,
    point_index: usize,
    number: Option<&'a str>,
    speakers: String,
    text: &'a str,
    line: usize,
}

#[derive(Serialize)]
struct ResolutionRow<'a> {
    path: &'a str,
    item_index: usize,
    resolution_index: usize,
    text: &'a str,
    mover: Option<&'a str>,
    seconder: Option<&'a str>,
    outcome: Option<crate::model::MotionOutcome>,
    votes_for: Option<u32>,
    votes_against: Option<u32>,
    abstentions: Option<u32>,
    line: usize,
}

#[derive(Serialize)]
struct DocumentRow<'a> {
    path: &'a str,
    item_index: usize,
    title: &'a str,
    format: Option<&'a str>,
    size: Option<&'a str>,
    line: usize,
}

#[derive(Serialize)]
struct DeclarationRow<'a> {
    path: &'a str,
    item_index: usize,
    members: String,
    subject: Option<&'a str>,
    kind: Option<crate::model::InterestKind>,
    left_room: bool,
    none: bool,
    line: usize,
}

#[derive(Serialize)]
struct ActionRow<'a> {
    path: &'a str,
    item_index: usize,
    owner: Option<&'a str>,
    text: &'a str,
    line: usize,
}

#[derive(Serialize)]
struct DiagnosticRow<'a> {
    path: &'a str,
    item_index: Option<usize>,
    code: crate::model::DiagnosticCode,
    level: crate::model::Level,
    message: &'a str,
    line: Option<usize>,
}

/// Writes the header line of `table`.
pub fn header(table: Table, out: &mut impl Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(table.header())?;
    w.flush()
}

/// Appends the rows of `table` for one document (no header) to `out`.
pub fn rows(
    doc: &Document,
    table: Table,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    let mut w = ::csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    write_rows(doc, table, &mut w)?;
    w.flush()
}

fn row(
    w: &mut ::csv::Writer<impl Write>,
    row: impl Serialize,
) -> io::Result<()> {
    w.serialize(row).map_err(io::Error::other)
}

fn people(list: &[Person]) -> String {
    list.iter()
        .map(|p| match &p.role {
            Some(r) => format!("{} ({r})", p.name),
            None => p.name.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The item whose lines hold `line`.
fn item_of(doc: &Document, line: Option<usize>) -> Option<usize> {
    let line = line?;
    doc.items.iter().rposition(|it| it.span.line <= line)
}

fn item_row<'a>(
    doc: &'a Document,
    k: Option<usize>,
    it: Option<&'a Item>,
) -> ItemRow<'a> {
    let diags = doc
        .diagnostics
        .iter()
        .filter(|d| match k {
            Some(k) => {
                item_of(doc, d.line) == Some(k) || (k == 0 && d.line.is_none())
            }
            None => true,
        })
        .map(|d| super::enum_name(&d.code))
        .collect::<Vec<_>>()
        .join("; ");
    ItemRow {
        path: &doc.source.path,
        item_index: k,
        number: it.and_then(|i| i.number.as_deref()),
        heading: it.and_then(|i| i.heading.as_deref()),
        meeting_body: doc.meeting.body.as_deref(),
        meeting_date: doc.meeting.date.map(|d| d.to_string()),
        attendees: it.map(|i| people(&i.attendees)).unwrap_or_default(),
        discussion_points: it.map_or(0, |i| i.discussion.len()),
        resolutions: it
            .map(|i| {
                i.resolutions
                    .iter()
                    .map(|r| r.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
        diagnostics: diags,
        line: it.map(|i| i.span.line),
    }
}

fn write_rows(
    doc: &Document,
    table: Table,
    w: &mut ::csv::Writer<impl Write>,
) -> io::Result<()> {
    {
        let path = doc.source.path.as_str();
        match table {
            Table::Items => {
                if doc.items.is_empty() {
                    row(w, item_row(doc, None, None))?;
                }
                for (k, it) in doc.items.iter().enumerate() {
                    row(w, item_row(doc, Some(k), Some(it)))?;
                }
            }
            Table::Attendees => {
                let meeting = doc
                    .meeting
                    .attendees
                    .iter()
                    .map(|p| (None, "present", p))
                    .chain(
                        doc.meeting
                            .apologies
                            .iter()
                            .map(|p| (None, "apologies", p)),
                    );
                let items =
                    doc.items.iter().enumerate().flat_map(|(k, it)| {
                        it.attendees
                            .iter()
                            .map(move |p| (Some(k), "present", p))
                    });
                for (item_index, list, p) in meeting.chain(items) {
                    row(
                        w,
                        AttendeeRow {
                            path,
                            item_index,
                            list,
                            name: &p.name,
                            honorific: p.honorific.as_deref(),
                            role: p.role.as_deref(),
                            line: p.span.line,
                        },
                    )?;
                }
            }
            Table::Discussion => {
                for (k, it) in doc.items.iter().enumerate() {
                    for (n, p) in it.discussion.iter().enumerate() {
                        row(
                            w,
                            DiscussionRow {
                                path,
                                item_index: k,
                                point_index: n,
                                number: p.number.as_deref(),
                                speakers: p.speakers.join("; "),
                                text: &p.text,
                                line: p.span.line,
                            },
                        )?;
                    }
                }
            }
            Table::Resolutions => {
                for (k, it) in doc.items.iter().enumerate() {
                    for (n, r) in it.resolutions.iter().enumerate() {
                        row(
                            w,
                            ResolutionRow {
                                path,
                                item_index: k,
                                resolution_index: n,
                                text: &r.text,
                                mover: r
                                    .motion
                                    .as_ref()
                                    .and_then(|m| m.mover.as_deref()),
                                seconder: r
                                    .motion
                                    .as_ref()
                                    .and_then(|m| m.seconder.as_deref()),
                                outcome: r
                                    .motion
                                    .as_ref()
                                    .and_then(|m| m.outcome),
                                votes_for: r
                                    .motion
                                    .as_ref()
                                    .and_then(|m| m.votes_for),
                                votes_against: r
                                    .motion
                                    .as_ref()
                                    .and_then(|m| m.votes_against),
                                abstentions: r
                                    .motion
                                    .as_ref()
                                    .and_then(|m| m.abstentions),
                                line: r.span.line,
                            },
                        )?;
                    }
                }
            }
            Table::Documents => {
                for (k, it) in doc.items.iter().enumerate() {
                    for d in &it.documents {
                        row(
                            w,
                            DocumentRow {
                                path,
                                item_index: k,
                                title: &d.title,
                                format: d.format.as_deref(),
                                size: d.size.as_deref(),
                                line: d.span.line,
                            },
                        )?;
                    }
                }
            }
            Table::Declarations => {
                for (k, it) in doc.items.iter().enumerate() {
                    for d in &it.declarations {
                        row(
                            w,
                            DeclarationRow {
                                path,
                                item_index: k,
                                members: d.members.join("; "),
                                subject: d.subject.as_deref(),
                                kind: d.kind,
                                left_room: d.left_room,
                                none: d.none,
                                line: d.span.line,
                            },
                        )?;
                    }
                }
            }
            Table::Actions => {
                for (k, it) in doc.items.iter().enumerate() {
                    for a in &it.actions {
                        row(
                            w,
                            ActionRow {
                                path,
                                item_index: k,
                                owner: a.owner.as_deref(),
                                text: &a.text,
                                line: a.span.line,
                            },
                        )?;
                    }
                }
            }
            Table::Diagnostics => {
                for d in &doc.diagnostics {
                    row(
                        w,
                        DiagnosticRow {
                            path,
                            item_index: item_of(doc, d.line),
                            code: d.code,
                            level: d.level,
                            message: &d.message,
                            line: d.line,
                        },
                    )?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, parse_str};

    /// Each table's header names the fields its row type serialises, in
    /// order, so the two cannot drift apart.
    #[test]
    fn headers_match_row_fields() {
        let doc = parse_str(
            "Agenda item\nX\nMinutes:\nCouncillor A Smith said ChildrenCHTHE.\n\
             It was agreed:\n· Done\nCllr A Smith declared a personal \
             interest in item 4. ACTION: Clerk to write.\n\
             Supporting documents:\n- A\nPDF 1 MB\n",
            &Options::default(),
        );
        for table in [
            Table::Items,
            Table::Attendees,
            Table::Discussion,
            Table::Resolutions,
            Table::Documents,
            Table::Diagnostics,
            Table::Declarations,
            Table::Actions,
        ] {
            // A writer with headers on takes them from the row type.
            let mut w = ::csv::Writer::from_writer(Vec::new());
            write_rows(&doc, table, &mut w).unwrap();
            let body = String::from_utf8(w.into_inner().unwrap()).unwrap();
            let header = body.lines().next().unwrap_or_else(|| {
                panic!("{table:?}: the example writes no row")
            });
            assert_eq!(header, table.header().join(","), "{table:?}");
        }
    }
}
