//! Open Civic Data output: each [`Document`] as one OCD Event object
//! (`_type: "event"`), followed by one Popolo-style vote event
//! (`_type: "vote_event"`) per resolution, each on its own line. The
//! objects follow the pupa scrape schemas (event, vote_event); the ids
//! are derived from the document's SHA-256, so the same file always
//! gives the same ids and agenda items can name their vote events. The
//! README's "Open Civic Data" section documents the mapping.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use crate::model::{Document, Item, MotionOutcome, Person, Resolution};

#[derive(Serialize)]
struct Event<'a> {
    _type: &'static str,
    _id: String,
    name: String,
    description: String,
    classification: &'static str,
    start_date: String,
    all_day: bool,
    status: &'static str,
    location: Location<'a>,
    participants: Vec<Participant<'a>>,
    agenda: Vec<AgendaItem<'a>>,
    documents: Vec<Value>,
    media: [(); 0],
    links: [(); 0],
    sources: [Source<'a>; 1],
    extras: Value,
}

#[derive(Serialize)]
struct Location<'a> {
    name: &'a str,
    note: &'static str,
    coordinates: Option<()>,
}

#[derive(Serialize)]
struct Participant<'a> {
    name: &'a str,
    entity_type: &'static str,
    note: &'a str,
}

#[derive(Serialize)]
struct AgendaItem<'a> {
    description: &'a str,
    order: Option<&'a str>,
    classification: [(); 0],
    subjects: [(); 0],
    notes: Vec<&'a str>,
    related_entities: Vec<Value>,
    media: [(); 0],
    extras: Value,
}

#[derive(Serialize)]
struct Source<'a> {
    url: &'a str,
    note: &'static str,
}

#[derive(Serialize)]
struct VoteEvent<'a> {
    _type: &'static str,
    _id: String,
    identifier: String,
    motion_text: &'a str,
    motion_classification: [(); 0],
    start_date: String,
    result: &'static str,
    organization: Option<&'a str>,
    counts: Vec<Count>,
    votes: Vec<Value>,
    sources: [Source<'a>; 1],
    extras: Value,
}

#[derive(Serialize)]
struct Count {
    option: &'static str,
    value: u32,
}

/// "pass" unless the motion was lost or withdrawn: a resolution the
/// minutes record without a vote is one the meeting made.
fn result(r: &Resolution) -> &'static str {
    match r.motion.as_ref().and_then(|m| m.outcome) {
        Some(MotionOutcome::Lost | MotionOutcome::Withdrawn) => "fail",
        _ => "pass",
    }
}

fn counts(r: &Resolution) -> Vec<Count> {
    let Some(m) = &r.motion else {
        return Vec::new();
    };
    [
        ("yes", m.votes_for),
        ("no", m.votes_against),
        ("abstain", m.abstentions),
    ]
    .into_iter()
    .filter_map(|(option, value)| {
        Some(Count {
            option,
            value: value?,
        })
    })
    .collect()
}

fn person_note<'a>(p: &'a Person, fallback: &'static str) -> &'a str {
    p.role.as_deref().unwrap_or(fallback)
}

fn media_type(format: Option<&str>) -> Option<&'static str> {
    Some(match format?.to_ascii_lowercase().as_str() {
        "pdf" => "application/pdf",
        "doc" => "application/msword",
        "docx" => {
            "application/vnd.openxmlformats-officedocument.\
             wordprocessingml.document"
        }
        "xls" => "application/vnd.ms-excel",
        "xlsx" => {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
        "html" | "htm" => "text/html",
        "txt" => "text/plain",
        _ => return None,
    })
}

/// The vote-event id of resolution `n` of item `k`.
fn vote_id(base: &str, k: usize, n: usize) -> String {
    format!("{base}/vote/{k}/{n}")
}

fn agenda_item<'a>(base: &str, k: usize, it: &'a Item) -> AgendaItem<'a> {
    let people = it.attendees.iter().map(|p| {
        json!({
            "entity_type": "person",
            "name": p.name,
            "note": person_note(p, "participant"),
        })
    });
    let votes = it.resolutions.iter().enumerate().map(|(n, r)| {
        json!({
            "entity_type": "vote_event",
            "id": vote_id(base, k, n),
            "name": r.text,
            "note": "consideration",
        })
    });
    AgendaItem {
        description: it
            .heading
            .as_deref()
            .or(it.number.as_deref())
            .unwrap_or(""),
        order: it.number.as_deref(),
        classification: [],
        subjects: [],
        notes: it.discussion.iter().map(|p| p.text.as_str()).collect(),
        related_entities: people.chain(votes).collect(),
        media: [],
        extras: json!({
            "purpose": it.purpose,
            "line": it.span.line,
            "declarations": it.declarations,
            "actions": it.actions,
        }),
    }
}

/// Appends the OCD objects for `doc`, one per line, to `out`.
pub fn write(doc: &Document, out: &mut Vec<u8>) -> io::Result<()> {
    let m = &doc.meeting;
    let base = format!("minutes:{}", &doc.source.sha256);
    let start_date = match (m.date, &m.start_time) {
        (Some(d), Some(t)) => format!("{d}T{t}"),
        (Some(d), None) => d.to_string(),
        (None, _) => String::new(),
    };
    let source = || Source {
        url: &doc.source.path,
        note: "minutes text",
    };
    let name = match (&m.body, m.date) {
        (Some(b), Some(d)) => format!("{b}, {d}"),
        (Some(b), None) => b.clone(),
        (None, _) => doc.source.path.clone(),
    };
    let body = m.body.as_deref().map(|b| Participant {
        name: b,
        entity_type: "organization",
        note: "host",
    });
    let people = m.attendees.iter().map(|p| Participant {
        name: &p.name,
        entity_type: "person",
        note: person_note(p, "participant"),
    });
    let documents = doc
        .items
        .iter()
        .flat_map(|it| it.documents.iter().map(move |d| (it, d)))
        .map(|(it, d)| {
            json!({
                "note": d.title,
                "media_type": media_type(d.format.as_deref()),
                "links": [],
                "extras": { "item": it.number, "size": d.size },
            })
        })
        .collect();
    let event = Event {
        _type: "event",
        _id: format!("{base}/event"),
        name,
        description: String::new(),
        classification: "committee-meeting",
        start_date: start_date.clone(),
        all_day: false,
        status: "passed",
        location: Location {
            name: m.venue.as_deref().unwrap_or(""),
            note: "",
            coordinates: None,
        },
        participants: body.into_iter().chain(people).collect(),
        agenda: doc
            .items
            .iter()
            .enumerate()
            .map(|(k, it)| agenda_item(&base, k, it))
            .collect(),
        documents,
        media: [],
        links: [],
        sources: [source()],
        extras: json!({
            "minutes_schema": doc.schema,
            "sha256": doc.source.sha256,
            "apologies": m.apologies.iter().map(|p| &p.name).collect::<Vec<_>>(),
            "diagnostics": doc.diagnostics.iter()
                .map(|d| super::enum_name(&d.code)).collect::<Vec<_>>(),
        }),
    };
    line(&event, out)?;

    for (k, it) in doc.items.iter().enumerate() {
        for (n, r) in it.resolutions.iter().enumerate() {
            let motion = r.motion.as_ref();
            let vote = VoteEvent {
                _type: "vote_event",
                _id: vote_id(&base, k, n),
                identifier: match &it.number {
                    Some(num) => format!("{num}/{}", n + 1),
                    None => format!("{}/{}", k + 1, n + 1),
                },
                motion_text: &r.text,
                motion_classification: [],
                start_date: start_date.clone(),
                result: result(r),
                organization: m.body.as_deref(),
                counts: counts(r),
                votes: motion
                    .map(|m| {
                        m.votes
                            .iter()
                            .map(|v| {
                                json!({
                                    "option": v.option,
                                    "voter_name": v.name,
                                })
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                sources: [source()],
                extras: json!({
                    "event_id": format!("{base}/event"),
                    "agenda_order": it.number,
                    "mover": motion.and_then(|m| m.mover.as_deref()),
                    "seconder": motion.and_then(|m| m.seconder.as_deref()),
                    "outcome": motion.and_then(|m| m.outcome),
                    "unanimous": motion.is_some_and(|m| m.unanimous),
                    "tally": motion.and_then(|m| m.tally.as_deref()),
                    "line": r.span.line,
                }),
            };
            line(&vote, out)?;
        }
    }
    Ok(())
}

fn line(value: &impl Serialize, out: &mut Vec<u8>) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(super::json_err)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, parse_str};

    #[test]
    fn one_event_then_its_vote_events() {
        let doc = parse_str(
            "Cabinet - Tuesday, 2nd October, 2018 2.00 pm\n\
             Present: Councillor A Smith (Chair), Councillor B Jones\n\
             1. Budget\n\
             Minutes:\n\
             The report was discussed.\n\
             It was proposed by Councillor Smith, seconded by Councillor \
             Jones and agreed that the budget be approved. (4 for, 2 \
             against)\n",
            &Options::default(),
        );
        let mut out = Vec::new();
        write(&doc, &mut out).unwrap();
        let lines: Vec<Value> = out
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        let (event, vote) = (&lines[0], &lines[1]);
        assert_eq!(event["_type"], "event");
        assert_eq!(event["start_date"], "2018-10-02T14:00");
        assert_eq!(event["participants"][0]["entity_type"], "organization");
        assert_eq!(event["agenda"][0]["order"], "1");
        assert_eq!(
            event["agenda"][0]["related_entities"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["entity_type"] == "vote_event")
                .count(),
            1
        );
        assert_eq!(vote["_type"], "vote_event");
        assert_eq!(vote["result"], "pass");
        assert_eq!(vote["extras"]["event_id"], event["_id"]);
        assert_eq!(
            event["agenda"][0]["related_entities"]
                .as_array()
                .unwrap()
                .last()
                .unwrap()["id"],
            vote["_id"]
        );
    }
}
