//! Stage 5, extract: segmented lines in, a [`Document`] out. Turns each
//! part into its output record (text without bullets or numbers, span
//! into the source), reads the meeting's body and date, finds the people
//! named in the text and merges their mentions into persons, and writes
//! diagnostics for anything odd. Decides no structure of its own.

pub mod actions;
pub mod dates;
pub mod declarations;
pub mod meeting;
pub mod motion;
pub mod outcome;
pub mod para;
pub mod people;

use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::{SmallVec, smallvec};
use std::borrow::Cow;

use crate::classify::{Classified, Kind};
use crate::model::{
    Action, Block, BlockKind, Declaration, Diagnostic, DiagnosticCode, Item,
    Level, Meeting, Motion, Person, Point, Resolution, Span,
    SupportingDocument,
};
use crate::segment::{
    Part, PartKind, RawItem, Segments, heading_title, is_moved_by,
};
use dates::{DateOrder, find_date};
use para::{Para, Trigger, Triggers};
use people::{Mention, compatible, mentions};

re!(
    MEETING_LINE,
    r"(?i)^(?:decided at )?meeting\s*:\s*(\S+)\s*-\s*(.*?)\s*(?:\(item\s+([^)]+)\))?$"
);
// A document's format and size: "PDF 411 KB", "pdf icon PDF 65 KB".
macro_rules! doc_format {
    () => {
        r"(?:pdf icon\s+)?(?-u:\b)(pdf|docx?|xlsx?|pptx?|odt|rtf|html?|csv|zip)\s+(\d+(?:\.\d+)?\s*(?:[kmg]b|bytes))"
    };
}
re!(DOC_FORMAT, concat!(r"(?i)\s*", doc_format!(), "$"));
re!(EMPHASIS, r"\*{2,}");

/// `s` without the bold marks a converted PDF leaves inside a heading
/// ("... held on 22nd** **February 2024", "up**-date").
fn unemphasised(s: String) -> String {
    if !s.contains("**") {
        return s;
    }
    let plain = EMPHASIS.replace_all(&s, "");
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}
re!(
    TRUNCATED,
    r"(?i)\s*(?:\.\.\.|…)\s*view the full minutes text for item\s*\S*\s*$"
);
// Words run together into capitals ("ChildrenCHTHE") or UTF-8 read
// as Windows-1252 ("councilâ€™s").
re!(
    GARBLED,
    r"\p{Ll}{2,}\p{Lu}{2,}|â€|Ã[\x{80}-\x{BF}]|Â[·\x{a0}]|\x{FFFD}"
);
re!(
    APOLOGIES,
    r"(?i)^(?:apolog(?:y|ies)(?-u:\b)|(?:(?:(?:board |council |committee )?members?|councillors?|commissioners?|trustees?|directors?|selectmen|supervisors?)\s+)?absent(?-u:\b)|not present(?-u:\b)|excused(?-u:\b)|(?:members\s+)?on\s+leave\s+of\s+absence)"
);

// "Council Member Walker was absent.", "Councilmember Johnson asked to be
// excused.": the names before it stayed away.
re!(
    WERE_ABSENT,
    r"(?i)\s(?:(?:was|were)\s+(?:absent|excused)|asked to be excused)(?-u:\b)"
);

// "That the apology from Councillors Mawson and Wright be accepted",
// "Apologies for absence were received from ...", "that an apology for
// non attendance due to illness by Clr Zreika be accepted".
re!(
    APOLOGY_FROM,
    r"(?i)apolog(?:y|ies)(?: (?-i:[a-z][a-z\-]*)){0,7}? (?:from|by)(?-u:\b)|ymddiheuriad(?:au)? (?:gan|oddi wrth)(?-u:\b)"
);

/// Whether part `p` comes right after a vote's record (within its three
/// lines before, which may wrap): "ABSENT: Archuleta, Menten" under
/// "AYES: ..." names who missed the vote, not who sent apologies.
fn after_vote(lines: &[Classified<'_>], p: &Part) -> bool {
    let first = p.lines.first().copied().unwrap_or(0);
    lines[..first]
        .iter()
        .rev()
        .filter(|l| l.kind != Kind::Blank)
        .take(3)
        .any(|l| motion::is_vote_line(&l.line.text))
}

/// The first `n` bytes of `s`, cut back to a character boundary.
pub(crate) fn head(s: &str, n: usize) -> &str {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

/// What extraction needs from the caller.
#[derive(Debug, Clone, Copy, Default)]
pub struct Settings {
    pub date_order: DateOrder,
}

/// The records read out of one document, before its source is attached.
#[derive(Debug, Default)]
pub struct Extracted {
    pub meeting: Meeting,
    pub items: Vec<Item>,
    pub other: Vec<Block>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where a mention was found, for merging and attribution.
struct Found {
    mention: Mention,
    span: Span,
    /// The item index, or `None` for the preamble.
    item: Option<usize>,
    /// The discussion point index within the item, if any.
    point: Option<usize>,
    apology: bool,
    /// An apology in words ("Apologies received from ..."), not a
    /// roll call's mark of absence, which a late arrival may belie.
    sent_apologies: bool,
}

/// Builds the records of one document.
pub fn extract(
    lines: &[Classified<'_>],
    segs: &Segments,
    settings: Settings,
) -> Extracted {
    let mut ex = Extracted::default();
    let mut found: Vec<Found> = Vec::new();

    // Decisions recorded before the first agenda item ("Minutes of Nov.
    // 18 were approved as circulated.") open an item of their own, with
    // no number or heading, from there to the first item.
    let lead_from = if segs.items.iter().any(|i| i.heading.is_some()) {
        segs.preamble.iter().position(|p| {
            // (Or a resolution of its own: "RESOLVED that the minutes ...
            // be approved" above the first title.)
            if resolves(lines, p) {
                return true;
            }
            let text = joined(lines, &p.lines, 0);
            p.kind == PartKind::Other(BlockKind::Text)
                && (!outcome::find_all(Para::new(&text), false).is_empty()
                    || (is_motion_wording(&text)
                        && motion::trailing_vote(&text).is_some()))
        })
    } else {
        None
    };
    let (preamble, lead) = segs
        .preamble
        .split_at(lead_from.unwrap_or(segs.preamble.len()));
    let lead = (!lead.is_empty()).then(|| RawItem {
        parts: lead
            .iter()
            .map(|p| Part {
                kind: match p.kind {
                    PartKind::Other(BlockKind::Text) if resolves(lines, p) => {
                        PartKind::Resolution
                    }
                    PartKind::Other(BlockKind::Text) => {
                        PartKind::Discussion { number: None }
                    }
                    ref k => k.clone(),
                },
                lines: p.lines.clone(),
            })
            .collect(),
        ..RawItem::default()
    });

    ex.other = preamble
        .iter()
        .map(|p| block(lines, p, kind_of_other(&p.kind)))
        .collect();
    let mut list_label: Option<&str> = None;
    for p in preamble {
        let label = list_label.take();
        match label {
            Some(label) if is_text(&p.kind) => {
                collect_names(lines, p, label, label, None, None, &mut found)
            }
            None if is_text(&p.kind) && unlabelled_names(lines, p) => {
                collect_names(
                    lines, p, PRESENT, PRESENT, None, None, &mut found,
                )
            }
            _ => collect_mentions(lines, p, None, None, &mut found),
        }
        list_label = next_list_label(lines, p, label);
    }

    for (k, raw) in lead.iter().chain(&segs.items).enumerate() {
        let item = build_item(lines, raw, k, &mut found, &mut ex.diagnostics);
        ex.items.push(item);
    }

    meeting_line(lines, settings, &mut ex);
    if ex.meeting.body.is_none() || ex.meeting.date.is_none() {
        let purpose = segs.items.first().map_or(&[][..], |i| &i.purpose[..]);
        let h = meeting::header(lines, purpose, settings.date_order);
        if ex.meeting.body.is_none() {
            ex.meeting.body = h.body;
        }
        if ex.meeting.date.is_none() {
            ex.meeting.date = h.date;
            ex.meeting.span = ex.meeting.span.or(h.span);
        }
    }
    title_lines_are_not_points(&mut ex, &mut found);
    let (venue, time) =
        meeting::venue_and_time(lines, ex.meeting.span.map(|s| s.line));
    ex.meeting.venue = venue;
    ex.meeting.start_time = time;
    attach_people(&mut ex, found);
    diagnose(lines, &mut ex);
    ex
}

fn kind_of_other(k: &PartKind) -> BlockKind {
    match k {
        PartKind::Other(b) => *b,
        PartKind::Attendance => BlockKind::Attendance,
        _ => BlockKind::Text,
    }
}

/// The span from the first to the last of `idx`.
fn span_of(lines: &[Classified<'_>], idx: &[usize]) -> Span {
    let first = &lines[idx[0]].line;
    let last = &lines[*idx.last().expect("non-empty part")].line;
    first.span().to(last.span())
}

/// The text of a part: marker stripped from its first line; later lines
/// joined with a space when they carry on a sentence, a newline when they
/// open a sub-point.
fn joined(
    lines: &[Classified<'_>],
    idx: &[usize],
    first_from: usize,
) -> String {
    let len = idx.iter().map(|&i| lines[i].line.text.len() + 1).sum();
    let mut s = String::with_capacity(len);
    for (n, &i) in idx.iter().enumerate() {
        let l = &lines[i];
        if n == 0 {
            s.push_str(&l.line.text[first_from..]);
        } else if l.marker.is_some() {
            s.push('\n');
            s.push_str(&l.line.text);
        } else if s.ends_with('-')
            && s[..s.len() - 1].ends_with(char::is_alphabetic)
            && l.line.text.starts_with(char::is_lowercase)
        {
            // "recog-" + "nise": a word split across lines.
            s.pop();
            s.push_str(&l.line.text);
        } else if joins_at_hyphen(&s, &l.line.text) {
            // "Lawrence-" + "Anderson": a hyphenated name.
            s.push_str(&l.line.text);
        } else {
            s.push(' ');
            s.push_str(&l.line.text);
        }
    }
    s
}

/// Whether the line `next` goes on a hyphenated name or word that
/// `text` broke at its hyphen ("Kris Lawrence-" / "Anderson, and ...",
/// "ADARE-" / "RATHKEALE").
fn joins_at_hyphen(text: &str, next: &str) -> bool {
    text.ends_with('-')
        && text[..text.len() - 1].ends_with(char::is_alphabetic)
        && next.starts_with(char::is_uppercase)
}

fn block(lines: &[Classified<'_>], p: &Part, kind: BlockKind) -> Block {
    let texts = p.lines.iter().map(|&i| lines[i].line.text.as_ref());
    let mut text =
        String::with_capacity(texts.clone().map(|t| t.len() + 1).sum());
    for (n, t) in texts.enumerate() {
        if n > 0 {
            text.push('\n');
        }
        text.push_str(t);
    }
    Block {
        kind,
        text,
        span: span_of(lines, &p.lines),
    }
}

/// Whether the item's heading is about declarations of interest, so
/// that "None" under it means none were made.
fn on_declarations(item: &Item) -> bool {
    has_any!(
        item.heading.as_deref().unwrap_or(""),
        "declaration",
        "interest",
        "conflict",
        "disclos"
    )
}

/// Adds the declarations of interest and the actions in a point's text;
/// `under_heading` as [`on_declarations`] says.
fn push_declarations(
    item: &mut Item,
    p: Para<'_>,
    span: Span,
    under_heading: bool,
) {
    for d in declarations::find(p, under_heading) {
        item.declarations.push(Declaration {
            members: d.members,
            subject: d.subject,
            kind: d.kind,
            left_room: d.left_room,
            none: d.none,
            span,
        });
    }
    if let Some(a) = actions::find(p) {
        item.actions.push(Action {
            text: a.text,
            owner: a.owner,
            span,
        });
    }
}

/// Adds the decisions found in a point's `text` as resolutions. Each
/// one's motion is read from its own stretch of the text: from the
/// sentence it starts in to the sentence the next one starts in.
fn push_decisions(
    item: &mut Item,
    decisions: Vec<outcome::Outcome>,
    text: &str,
    span: Span,
    in_discussion: bool,
) {
    let sentence_start = |o: &outcome::Outcome| {
        let at = text.find(o.text.as_str()).unwrap_or(0);
        text[..at].rfind(". ").map_or(0, |i| i + 2)
    };
    let starts: Vec<usize> = decisions.iter().map(sentence_start).collect();
    for (n, o) in decisions.into_iter().enumerate() {
        let from = starts[n];
        let to = starts
            .get(n + 1)
            .copied()
            .filter(|&t| t > from)
            .unwrap_or(text.len());
        item.resolutions.push(Resolution {
            text: o.text,
            span,
            in_discussion,
            motion: motion::read(&text[from..to]).map(Box::new),
        });
    }
}

re!(
    LIST_CELL,
    r"(?i)^(present|in attendance|also present|also in attendance|members|councillors|staff|officers|(?:members\s+)?on\s+leave\s+of\s+absence|(?:members|officers|officials|staff|councillors|directors|trustees|commissioners|councilmembers|aldermen|supervisors|council|board|committee|others|guests|visitors) (?:present|in attendance)|apologies(?: for absence)?|absent|public forum|(?:yn )?bresennol|presennol|ymddiheuriadau|absennol)\s*[:|]?$"
);

/// Whether a part before the first item is a formal resolution with
/// its text ("RESOLVED that the minutes ... be approved"; a narrative
/// "It was agreed ..." is read for its decisions as a point).
fn resolves(lines: &[Classified<'_>], p: &Part) -> bool {
    let l = &lines[p.lines[0]];
    p.kind == PartKind::Other(BlockKind::Text)
        && matches!(l.kind, Kind::ResolutionIntro { rest } if rest < l.line.text.len())
        && l.line
            .text
            .get(..8)
            .is_some_and(|w| w.eq_ignore_ascii_case("resolved"))
}

/// The text after a "Minutes:" label that opens it on the same line.
fn after_minutes_label(text: &str) -> &str {
    text.strip_prefix("Minutes:").map_or(text, str::trim_start)
}

/// "Present |", "Apologies |": a table cell that labels the list of
/// names in the part after it, as the label to read that list with.
fn list_cell(lines: &[Classified<'_>], p: &Part) -> Option<&'static str> {
    let text = &lines[*p.lines.first()?].line.text;
    // A cell is a few words: "Present |", "Officers in attendance:".
    if p.lines.len() != 1 || text.len() > 40 {
        return None;
    }
    // Most short parts are not cells: test before taking the groups.
    if !LIST_CELL.is_match(text) {
        return None;
    }
    let c = LIST_CELL.captures(text)?;
    Some(if APOLOGIES.is_match(&c[1]) {
        "Apologies:"
    } else {
        "Present:"
    })
}

fn is_text(k: &PartKind) -> bool {
    matches!(
        k,
        PartKind::Discussion { .. } | PartKind::Other(BlockKind::Text)
    )
}

/// How far a list's label reaches over the parts after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// A table's cell ("Present", "Absent" in a roll call's status
    /// column): the discussion part after it only.
    Next,
    /// A label with a colon or set apart ("Council in Attendance:"): on
    /// over a list one name to a line, while its lines are names.
    On,
    /// Carried over from a line of the list: the next part only if it
    /// is such a line too.
    Carried,
}

/// The label to read the part after `p` with: `p`'s own, when it is one
/// ("Present |"), or the label `p` was read with, when `p` is a line of
/// a list one name or post to a line ("IN ATTENDANCE" over "Monique
/// Davidson" / "Chief Executive" / "Daniel Haigh" / ...).
fn next_list_label(
    lines: &[Classified<'_>],
    p: &Part,
    label: Option<&'static str>,
) -> Option<&'static str> {
    list_cell(lines, p).or_else(|| {
        label.filter(|_| {
            is_text(&p.kind)
                && p.lines.len() == 1
                && is_list_line(&lines[p.lines[0]].line.text)
        })
    })
}

/// The label an unlabelled list of who was there is read with.
const PRESENT: &str = "Present:";

/// Whether part `p`, before the first item, is a list of three names or
/// more and nothing else but the initials or posts in brackets after
/// them: "Penny Brandram-Jones (PBJ), Julie Brandram Jones (JBJ), Andrew
/// Eames (AE)", the members present under the title, with no label.
fn unlabelled_names(lines: &[Classified<'_>], p: &Part) -> bool {
    let text = joined(lines, &p.lines, 0);
    // (Whole names: "Housing Welfare and Traveller" after a post is no
    // list of "Welfare" and "Traveller".)
    text.matches(',').count() >= 2
        && people::names_listed(&text).is_some_and(|ms| {
            ms.len() >= 3 && ms.iter().all(|m| m.words.len() >= 2)
        })
}

/// A line of a list with one name or post to a line: a few words, no
/// sentence, no table cell ("Monique Davidson", "Group Manager -
/// Community Infrastructure", "Via audio/visual link").
fn is_list_line(text: &str) -> bool {
    text.len() <= 60
        && text.split(' ').count() <= 6
        && !text.ends_with(['.', ':', '|'])
        && !text.contains('|')
}

/// Whether a heading (in lower case) has a word that says the text after
/// it lists people: "present", "attendance", "apologies", "absent",
/// "declarations"; not "Representative on the Village Hall Committee"
/// nor "Presentations".
fn lists_people(lower: &str) -> bool {
    lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w == "present"
            || ["attend", "apolog", "absen", "declaration"]
                .iter()
                .any(|s| w.starts_with(s))
    })
}

/// Words with no sentence ending that are too few to make a point, or
/// a row of a table or list ("Friday 24 May 2019", "Zurich Municipal,
/// Council Insurance, Chq No 1369 £277.10"): not a discussion point.
fn is_fragment(text: &str) -> bool {
    // "Contact: Sue Whitehead Tel: ...", "Venue: County Hall": details of
    // the meeting, not a point made in it.
    let label = text.bytes().take(24).any(|b| b == b':');
    if label && DETAIL_LABEL.is_match(text) {
        return true;
    }
    // "Wednesday, 25 March 2015": a date alone.
    if text.len() < 40
        && dates::find_date(text, DateOrder::Dmy).is_some_and(|(_, r)| {
            r.end + 1 >= text.trim_end_matches('.').len()
                && text[..r.start]
                    .trim_end_matches([',', ' '])
                    .split(' ')
                    .count()
                    <= 1
        })
    {
        return true;
    }
    // "(Ordinance; amend Contract No. 32000289)": an agenda item's kind
    // of business, in brackets; not a remark in brackets ("(Other
    // correspondence had been circulated by email)").
    if text.starts_with('(')
        && text.ends_with(')')
        && text.matches('(').count() == 1
        && (text.contains(';') || text.split(' ').count() <= 6)
    {
        return true;
    }
    // "PASSED TO SECOND READING ...", "REFERRED TO COMMISSIONER OF ...":
    // where an item went, in capitals; "Minute No. Report title".
    let disposed =
        matches!(text.as_bytes().first(), Some(b'S' | b'P' | b'R' | b'C'))
            && DISPOSED_TO.is_match(text);
    if disposed || crate::segment::is_table_header(text) {
        return true;
    }
    let sentence = text
        .trim_end_matches(['*', '"', '”', ')'])
        .ends_with(['.', '!', '?']);
    if sentence {
        return false;
    }
    let words = text.split_whitespace().count();
    words < 4
        // (Dots inside a web address or a number are not punctuation.)
        || (words <= 8
            && !text.contains(", ")
            && !text.contains("; ")
            && !text.contains(". "))
        || (words <= 25 && has_amount(text))
        || (words <= 15 && is_title_case(text))
}

/// "Modernising Domestic Abuse Services and Sexual Violence Services": a
/// title (a table row, a report's name), every long word capitalised.
fn is_title_case(text: &str) -> bool {
    let mut long = text.split_whitespace().filter(|w| w.chars().count() >= 4);
    long.clone().count() >= 3
        && long.all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
        })
}

// "PDF 65 KB Any county ...": a report's format and size, then text.
re!(LEADING_DOC, concat!("(?i)^", doc_format!(), r"\s+"));
re!(
    DISPOSED_TO,
    r"^(?:(?:SUBSTITUTE )?PASSED TO|SECOND READING|REFERRED TO|PLACED ON FILE|CONTINUED TO)(?-u:\b)"
);
re!(
    DETAIL_LABEL,
    r"(?i)^(?:venue|contact|contact officer|tel|telephone|phone|e-?mail|location|place|page \d+)\s*:"
);

/// A sum of money: "£4,400.64", "$94,710".
fn has_amount(text: &str) -> bool {
    text.match_indices(['£', '$', '€']).any(|(i, c)| {
        text[i + c.len()..].starts_with(|d: char| d.is_ascii_digit())
    })
}

/// Cheap test before the garbled-text regex: a lower-case letter right
/// before a capital, or the lead bytes of mojibake (Ã, Â, â, U+FFFD).
fn may_be_garbled(text: &str) -> bool {
    let b = text.as_bytes();
    // Pairs are tested a block at a time, without stopping early inside
    // one, so that the test runs as vector code.
    memchr::memchr3(0xC2, 0xC3, 0xEF, b).is_some()
        || b.len() > 1
            && (0..b.len() - 1).step_by(64).any(|at| {
                let pairs = &b[at..(at + 65).min(b.len())];
                pairs.iter().zip(&pairs[1..]).fold(false, |hit, (x, y)| {
                    hit | (x.is_ascii_lowercase() & y.is_ascii_uppercase())
                })
            })
}

/// Cheap test before the regex: most lines hold no truncation marker.
fn may_be_truncated(text: &str) -> bool {
    has_bytes!(text, "full minutes")
}

fn strip_truncation(mut text: String) -> String {
    if !may_be_truncated(&text) {
        return text;
    }
    if let Some(m) = TRUNCATED.find(&text) {
        text.truncate(m.start());
    }
    text
}

/// A decision said twice in one item (ModernGov's "Decision:" and
/// "Minutes:" sections) is one resolution; the second statement stays in
/// `other`, verbatim, so no line is lost.
fn drop_repeated_resolutions(item: &mut Item) {
    let mut seen = FxHashSet::default();
    let mut kept = Vec::with_capacity(item.resolutions.len());
    for r in std::mem::take(&mut item.resolutions) {
        // Short decisions ("NO OBJECTIONS", "The following payments were
        // approved") are made again and again about different things.
        let long = r.text.split(' ').count() >= 8;
        if r.in_discussion || !long || seen.insert(r.text.clone()) {
            kept.push(r);
        } else {
            item.other.push(Block {
                kind: BlockKind::Text,
                text: r.text,
                span: r.span,
            });
        }
    }
    item.resolutions = kept;
}

fn build_item(
    lines: &[Classified<'_>],
    raw: &RawItem,
    k: usize,
    found: &mut Vec<Found>,
    diags: &mut Vec<Diagnostic>,
) -> Item {
    let mut item = Item {
        number: raw.number.clone(),
        ..Item::default()
    };
    let mut all: Vec<usize> = Vec::new();
    let formal = raw.parts.iter().any(|p| p.kind == PartKind::Resolution);
    if let Some(h) = raw.heading {
        let l = &lines[h];
        let title = heading_title(l);
        // "A. Call to Order": the letter is the item's number.
        let title = match &raw.number {
            Some(n) if n.len() == 1 => title
                .strip_prefix(n.as_str())
                .and_then(|t| t.strip_prefix(". "))
                .unwrap_or(title),
            _ => title,
        };
        // Where the title starts in the line's cleaned text.
        let at = title.as_ptr() as usize - l.line.text.as_ptr() as usize;
        let (heading, doc) = match DOC_FORMAT.find(title) {
            Some(m) if m.start() > 0 => (&title[..m.start()], Some(m)),
            _ => (title, None),
        };
        let mut full = heading.trim().to_string();
        let mut hs = l.line.span();
        // A heading wrapped onto the lines after it.
        for &m in &raw.heading_more {
            full.push(' ');
            full.push_str(lines[m].line.text.trim_end_matches(':'));
            hs.end = lines[m].line.span().end;
        }
        item.heading = Some(unemphasised(full));
        item.heading_span = Some(hs);
        if let Some(m) = doc {
            // "Minutes of ... pdf icon PDF 129 KB": the heading names
            // the report; split the line between heading and document.
            let c = DOC_FORMAT.captures(&title[m.start()..]).expect("matched");
            let lead = m.len() - m.as_str().trim_start().len();
            let doc_at = l.line.source_offset(at + m.start() + lead);
            item.heading_span = Some(Span {
                end: l.line.source_offset(at + m.start()),
                ..hs
            });
            item.documents.push(SupportingDocument {
                title: heading.trim().to_string(),
                format: Some(c[1].to_uppercase()),
                size: Some(c[2].to_string()),
                span: Span {
                    start: doc_at,
                    ..hs
                },
            });
        }
        // Text after the title on the same line: a list of people
        // ("Those Attending: Cllr J Nicholas-Letch ...") or the item's
        // first point ("PUBLIC FORUM A member of the public said ...").
        let rest = &l.line.text[at + title.len()..];
        let text = rest.trim_start_matches([':', ' ', '-', '–', '.', '*']);
        // "... Minutes: Apologies were received": the section label
        // between the title and the text.
        let text = after_minutes_label(text);
        if doc.is_none() && !text.is_empty() {
            let from = at + title.len() + (rest.len() - text.len());
            let span = Span {
                start: l.line.source_offset(from),
                ..hs
            };
            // The heading keeps the separator (": ", " – ").
            item.heading_span = Some(Span {
                end: l.line.source_offset(from),
                ..hs
            });
            // "PDF 65 KB Any county councillor may ...": the report the
            // heading names, then the text.
            let (text, span) = match LEADING_DOC.captures(text) {
                Some(c) if doc.is_none() => {
                    let m = c.get(0).expect("whole match");
                    let size_end = c.get(2).expect("size").end();
                    item.documents.push(SupportingDocument {
                        title: title.trim().to_string(),
                        format: Some(c[1].to_uppercase()),
                        size: Some(c[2].to_string()),
                        span: Span {
                            start: span.start,
                            end: l.line.source_offset(from + size_end),
                            ..hs
                        },
                    });
                    let rest = &text[m.end()..];
                    let at = from + m.end();
                    (
                        rest,
                        Span {
                            start: l.line.source_offset(at),
                            ..hs
                        },
                    )
                }
                _ => (text, span),
            };
            let part = Part {
                kind: PartKind::Other(BlockKind::Heading),
                lines: smallvec::smallvec![h],
            };
            let lower = title.to_lowercase();
            let decisions = outcome::find_all(Para::new(text), formal);
            let lists_people = lists_people(&lower) || people::is_list(text);
            if let Some(c) = DOC_FORMAT.captures(text) {
                // "Minutes of Previous Meeting: 30 March 2021 pdf icon PDF
                // 365 KB": the report the heading names.
                let m = c.get(0).expect("whole match");
                let title = &l.line.text[at..from + m.start()];
                item.documents.push(SupportingDocument {
                    title: title.trim().to_string(),
                    format: Some(c[1].to_uppercase()),
                    size: Some(c[2].to_string()),
                    span,
                });
            } else if lists_people
                || (is_fragment(text) && decisions.is_empty())
            {
                // "ACCEPTANCE OF APOLOGIES FOR ABSENCE Cllrs M. Peak and R.
                // Crisp": the heading says what the list is.
                let opening =
                    if lower.contains("apolog") || lower.contains("absen") {
                        "Apologies"
                    } else {
                        text
                    };
                collect_mentions_in(
                    lines,
                    &part,
                    opening,
                    Some(k),
                    None,
                    found,
                );
                let kind = if lists_people {
                    BlockKind::Attendance
                } else {
                    BlockKind::Text
                };
                item.other.push(Block {
                    kind,
                    text: text.to_string(),
                    span,
                });
            } else if matches!(decisions.as_slice(), [o] if o.whole) {
                // "6. Business members: The Board agreed to ask Liz ...":
                // the decision is all the item records.
                collect_mentions_in(lines, &part, text, Some(k), None, found);
                let text = strip_truncation(text.to_string());
                push_decisions(&mut item, decisions, &text, span, false);
            } else {
                let point = Some(item.discussion.len());
                collect_mentions_in(lines, &part, text, Some(k), point, found);
                let text = strip_truncation(text.to_string());
                push_decisions(&mut item, decisions, &text, span, true);
                let under = on_declarations(&item);
                push_declarations(&mut item, Para::new(&text), span, under);
                item.discussion.push(Point {
                    number: None,
                    text,
                    speakers: Vec::new(),
                    span,
                });
            }
        }
        all.push(h);
        all.extend(&raw.heading_more);
    }
    if !raw.purpose.is_empty() {
        item.purpose = Some(joined(lines, &raw.purpose, 0));
        item.purpose_span = Some(span_of(lines, &raw.purpose));
        all.extend(&raw.purpose);
    }
    // The text of each discussion point and its trigger words, read once.
    let mut texts: Vec<Option<(String, Triggers)>> = raw
        .parts
        .iter()
        .map(|p| match p.kind {
            PartKind::Discussion { .. } => {
                let first = &lines[p.lines[0]];
                let text = joined(lines, &p.lines, first.body_at);
                // "Minutes: The Minutes of the meeting held on ...": the
                // section's label before its text on the same line.
                let rest = after_minutes_label(&text);
                let text = if rest.len() < text.len() {
                    rest.to_string()
                } else {
                    text
                };
                let text = strip_truncation(text);
                let words = Triggers::of(&text);
                Some((text, words))
            }
            _ => None,
        })
        .collect();
    let mut roles = pair_motions(&texts);
    let declaring = on_declarations(&item);
    // A label over the list of names in the parts after it ("Present
    // |", "Council in Attendance:"), and how far it reaches.
    let mut list: Option<(&str, Reach)> = None;
    // The "Moved by ..." and "Seconded by ..." parts just before.
    let mut movers = String::new();
    // The motion an intro on a line of its own records, for the
    // resolutions after it.
    let mut intro_motion: Option<Motion> = None;
    // The last discussion point that may record a motion, by its part's
    // index: read only if a resolution follows it.
    let mut motion_point: Option<usize> = None;
    let apologies_heading = item.heading.as_ref().is_some_and(|h| {
        let h = h.to_lowercase();
        // ("NON-ATTENDANCE": members who stayed away unexcused; not
        // "RECORD OF ATTENDANCE/APOLOGIES", who came and who did not.)
        (h.contains("apolog")
            || h.starts_with("absen")
            || h.starts_with("non-attendance")
            || h.starts_with("not present"))
            && !h.contains(" attendance")
            && !h.contains("present")
    });
    for (pi, p) in raw.parts.iter().enumerate() {
        all.extend(&p.lines);
        let span = span_of(lines, &p.lines);
        let first = &lines[p.lines[0]];
        // "Moved by A" / "Seconded by B" over "RESOLVED that ...": the
        // movers of the resolution below, read when it comes.
        let moved_before = std::mem::take(&mut movers);
        if matches!(
            p.kind,
            PartKind::Discussion { .. } | PartKind::Other(BlockKind::Text)
        ) && is_moved_by(&first.line.text)
        {
            movers = moved_before.clone();
            push_record(&mut movers, &joined(lines, &p.lines, 0));
        }
        let label = list.take();
        // (A label with a colon, or set apart by a blank line: "Members"
        // over "Cr C Crosby", "Cr M Tuffley", each a paragraph.)
        let apart = || {
            first.line.text.ends_with(':')
                || lines
                    .get(p.lines[0] + 1)
                    .is_some_and(|n| n.kind == Kind::Blank)
        };
        list = list_cell(lines, p)
            .map(|l| (l, if apart() { Reach::On } else { Reach::Next }));
        let listed = label.filter(|&(_, reach)| match reach {
            Reach::Next => matches!(p.kind, PartKind::Discussion { .. }),
            Reach::On => is_text(&p.kind),
            Reach::Carried => {
                is_text(&p.kind)
                    && p.lines.len() == 1
                    && is_list_line(&first.line.text)
            }
        });
        if let Some((label, reach)) = listed {
            let before = found.len();
            collect_names(lines, p, label, label, Some(k), None, found);
            item.other.push(block(lines, p, BlockKind::Attendance));
            // (The list goes on while its lines are names.)
            if reach != Reach::Next && found.len() > before && list.is_none() {
                list = next_list_label(lines, p, Some(label))
                    .map(|l| (l, Reach::Carried));
            }
            continue;
        }
        match &p.kind {
            PartKind::Discussion { number } => {
                let (text, words) = texts[pi].take().unwrap_or_default();
                let vote = match roles[pi].take() {
                    Some(Paired::Motion { wording, record }) => {
                        collect_mentions(lines, p, Some(k), None, found);
                        let mut m = motion::read(&format!("{text} {record}"))
                            .map(Box::new);
                        motion::merge(&mut m, &record);
                        item.resolutions.push(Resolution {
                            text: wording,
                            span,
                            in_discussion: false,
                            motion: m,
                        });
                        continue;
                    }
                    Some(Paired::Record) => {
                        collect_mentions(lines, p, Some(k), None, found);
                        item.other.push(block(lines, p, BlockKind::Text));
                        continue;
                    }
                    Some(Paired::Vote) => true,
                    None => false,
                };
                // "(Y-5) 184350" under "*43 Authorize a grant ...": the
                // item's title is what was decided; the span is the line
                // that records the decision.
                let disposed = item
                    .heading
                    .as_ref()
                    .filter(|h| {
                        !item.resolutions.iter().any(|r| r.text == **h)
                    })
                    .and_then(|h| {
                        motion::disposition(&text).map(|m| (h.clone(), m))
                    });
                if let Some((heading, m)) = disposed {
                    item.resolutions.push(Resolution {
                        text: heading,
                        span,
                        in_discussion: false,
                        motion: Some(Box::new(m)),
                    });
                    continue;
                }
                // "It was RESOLVED that ..." over "Proposed by: Cllr A
                // Seconded by: Cllr B": the movers of the resolution just
                // before, when nothing came between.
                // (Not when a resolution follows, whose movers they are:
                // "Proposed by ...;" / "Seconded by ...;" / "And
                // Resolved: ...".)
                let next_decides = || {
                    raw.parts.get(pi + 1).is_some_and(|n| {
                        matches!(
                            n.kind,
                            PartKind::Resolution
                                | PartKind::Other(BlockKind::ResolutionIntro)
                        ) || texts
                            .get(pi + 1)
                            .and_then(Option::as_ref)
                            .is_some_and(|(t, _)| is_moved_by(t))
                    })
                };
                let movers_after = !vote
                    && is_moved_by(&text)
                    && !next_decides()
                    && item.resolutions.last().is_some_and(|r| {
                        r.motion.as_ref().is_none_or(|m| m.mover.is_none())
                            && item
                                .discussion
                                .last()
                                .is_none_or(|d| d.span.start < r.span.start)
                    });
                if vote || movers_after {
                    if let Some(last) = item.resolutions.last_mut() {
                        // "The Motion ... was carried unanimously": how the
                        // resolution before it was voted on.
                        motion::merge(&mut last.motion, &text);
                        collect_mentions(lines, p, Some(k), None, found);
                        item.other.push(block(lines, p, BlockKind::Text));
                        continue;
                    }
                }
                if people::is_list(&text) {
                    // "Officers in Attendance: Tim Archer (Principal
                    // Planning Officer), ...": who was there.
                    collect_mentions(lines, p, Some(k), None, found);
                    item.other.push(block(lines, p, BlockKind::Attendance));
                    continue;
                }
                let para = Para::read(&text, words);
                let decisions = outcome::find_all(para, formal);
                push_declarations(&mut item, para, span, declaring);
                // "APOLOGIES FOR ABSENCE" over "Cllr L Watson and Cllr J
                // Foster (family commitment), ...", "NON-ATTENDANCE" over
                // "Mr P. Lake": the item's first point names who sent
                // apologies or stayed away.
                let apologies = apologies_heading
                    && item.discussion.is_empty()
                    && people::names_only(&text);
                let opening =
                    if apologies { "Apologies" } else { first.body() };
                if is_fragment(&text) && decisions.is_empty() {
                    // "Capel Isaac", "SA19 7TE": a scrap of a list or an
                    // address, not a point made in discussion.
                    collect_mentions_in(
                        lines,
                        p,
                        opening,
                        Some(k),
                        None,
                        found,
                    );
                    item.other.push(block(lines, p, BlockKind::Text));
                    continue;
                }
                match decisions.as_slice() {
                    // The point is the decision and nothing else. When
                    // it says more than the decision's wording (who
                    // proposed it, the cheques approved), the paragraph is
                    // kept verbatim in `other`.
                    [o] if o.whole => {
                        collect_mentions(lines, p, Some(k), None, found);
                        let list = text.len() > o.text.len() + 40;
                        push_decisions(
                            &mut item, decisions, &text, span, list,
                        );
                        if list {
                            item.other.push(block(lines, p, BlockKind::Text));
                        }
                    }
                    _ => {
                        collect_mentions_in(
                            lines,
                            p,
                            opening,
                            Some(k),
                            Some(item.discussion.len()),
                            found,
                        );
                        push_decisions(
                            &mut item, decisions, &text, span, true,
                        );
                        // "Councillor Dale proposed and Councillor Hart
                        // seconded that ... the motion was carried" over
                        // "RESOLVED: That ...": the motion of the
                        // resolution below.
                        if para.has(Trigger::Motion)
                            || para.has(Trigger::Decision)
                        {
                            motion_point = Some(pi);
                        }
                        item.discussion.push(Point {
                            number: number.clone(),
                            text,
                            speakers: Vec::new(),
                            span,
                        });
                    }
                }
            }
            PartKind::Resolution => {
                collect_mentions(lines, p, Some(k), None, found);
                let from = match first.kind {
                    Kind::ResolutionIntro { rest } => rest,
                    _ => first.body_at,
                };
                // The motion may stand in the intro ("RESOLVED (proposed by
                // X, seconded by Y)"), so it is read from the whole part;
                // the decision is the part after the marker or intro.
                let whole = joined(lines, &p.lines, 0);
                // Or in an intro on a line of its own before it
                // ("RESOLVED on the motion of Clr Curtin, seconded Clr
                // Simms that" over the decision).
                let motion = motion::read(&whole)
                    .or_else(|| intro_motion.clone())
                    .or_else(|| {
                        (!moved_before.is_empty())
                            .then(|| motion::read(&moved_before))
                            .flatten()
                    })
                    .or_else(|| {
                        // (That point is the item's last so far.)
                        motion_point.take().filter(|&at| at + 1 == pi)?;
                        motion::read(&item.discussion.last()?.text)
                    })
                    .map(Box::new);
                // (Without a table cell's closing bar, nor the bullets
                // alone on their lines before the text.)
                let text = whole[from..]
                    .trim_end_matches(['|', ' '])
                    .trim_start_matches(|c: char| {
                        c.is_whitespace() || crate::classify::is_bullet(c)
                    });
                if text.is_empty() {
                    item.other.push(block(lines, p, BlockKind::Text));
                    continue;
                }
                item.resolutions.push(Resolution {
                    text: strip_truncation(text.to_string()),
                    span,
                    in_discussion: false,
                    motion,
                });
            }
            PartKind::Document => {
                item.documents.push(document(lines, p, &item))
            }
            PartKind::Attendance => {
                collect_mentions(lines, p, Some(k), None, found);
                item.other.push(block(lines, p, BlockKind::Attendance));
            }
            PartKind::Other(kind) => {
                if *kind == BlockKind::Text {
                    collect_mentions(lines, p, Some(k), None, found);
                }
                if *kind == BlockKind::ResolutionIntro {
                    collect_mentions(lines, p, Some(k), None, found);
                    intro_motion = motion::read(&joined(lines, &p.lines, 0));
                }
                item.other.push(block(lines, p, *kind));
            }
        }
    }
    all.sort_unstable();
    if let (Some(&a), Some(&b)) = (all.first(), all.last()) {
        item.span = lines[a].line.span().to(lines[b].line.span());
    }
    if item.discussion.is_empty() && item.resolutions.is_empty() {
        let what = item_label(&item, k);
        let message = if raw.has_minutes_label {
            format!("{what}: the minutes section is empty")
        } else {
            format!("{what}: no minutes section")
        };
        diags.push(Diagnostic::new(
            DiagnosticCode::NoMinutes,
            Level::Warning,
            message,
            Some(item.span.line),
        ));
    }
    drop_repeated_resolutions(&mut item);
    for r in &mut item.resolutions {
        despace_that(&mut r.text);
    }
    item
}

/// "T H A T Councillor M. Lloyd be appointed": the word spaced out for
/// emphasis, as some councils set it, written whole.
fn despace_that(text: &mut String) {
    if let Some(rest) = text.strip_prefix("T H A T") {
        if rest.starts_with([' ', ':', ',']) {
            *text = format!("THAT{rest}");
        }
    }
}

/// In a document with no item headings, the lines at the top down to
/// the one that dates the meeting ("MINUTES OF PROCEEDINGS AT ONLINE
/// SPECIAL MEETING OF LIMERICK" / "CITY AND COUNTY COUNCIL HELD ON
/// MONDAY, 8TH MARCH, 2021") are its title, not points made: they are
/// kept verbatim in the item's `other`.
fn title_lines_are_not_points(ex: &mut Extracted, found: &mut [Found]) {
    let Some(dated) = ex.meeting.span else { return };
    let Some(item) = ex.items.first_mut() else {
        return;
    };
    if item.heading.is_some()
        || !item.resolutions.iter().all(|r| r.span.start > dated.end)
    {
        return;
    }
    let n = item
        .discussion
        .iter()
        .take_while(|p| p.span.start <= dated.end)
        .count();
    if n == 0 {
        return;
    }
    for p in item.discussion.drain(..n) {
        item.other.push(Block {
            kind: BlockKind::Text,
            text: p.text,
            span: p.span,
        });
    }
    item.other.sort_by_key(|b| b.span.start);
    for f in found.iter_mut().filter(|f| f.item == Some(0)) {
        f.point = f.point.and_then(|p| p.checked_sub(n));
    }
}

/// A motion put in a point of its own, completed by later points that
/// record its seconding and its vote ("Director Broom made the motion to
/// approve the minutes." / "Director Tisdale seconded the motion." /
/// "The motion passed with 15 in favor ..."), or worded after the points
/// that name its mover and seconder ("Moved by: Councillor S. Martin" /
/// "Seconded by: Councillor S. Cressman" / "THAT ..." / "Motion
/// Carried").
enum Paired {
    /// The motion: its wording, and the text of the points that complete it.
    Motion { wording: String, record: String },
    /// A mover, a seconding or a vote taken into a motion.
    Record,
    /// A vote record with no open motion before it.
    Vote,
}

/// A motion still waiting for its vote.
struct Open {
    /// The point that words it.
    part: usize,
    wording: String,
    /// The points that name its mover and seconder, in order.
    records: SmallVec<[usize; 2]>,
}

/// Pairs each recorded vote with the earliest motion still open before
/// it; motions left open (moved in debate, never voted on) stay points.
fn pair_motions(texts: &[Option<(String, Triggers)>]) -> Vec<Option<Paired>> {
    let mut roles: Vec<Option<Paired>> = texts.iter().map(|_| None).collect();
    // Open motions, earliest first.
    let mut open: Vec<Open> = Vec::new();
    // "Moved by ..." and "Seconded by ..." points just before, waiting
    // for the wording they move.
    // (With whether one is only "It was moved and seconded", whose
    // wording need not open with "That".)
    let mut movers: SmallVec<[(usize, bool); 2]> = SmallVec::new();
    // Whether those movers' points record the vote too.
    let mut voted = false;
    // The motion the point just before completed: "Ayes: 5" over "Nays:
    // 0" records one vote over two points.
    let mut closed: Option<usize> = None;
    for (j, t) in texts.iter().enumerate() {
        let Some((t, words)) = t else { continue };
        let para = Para::read(t, *words);
        let just_closed = closed.take();
        if motion::is_vote_record(para) {
            movers.clear();
            voted = false;
            if let (true, Some(m)) = (open.is_empty(), just_closed) {
                if let Some(Paired::Motion { record, .. }) = &mut roles[m] {
                    push_record(record, t);
                }
                roles[j] = Some(Paired::Record);
                closed = Some(m);
                continue;
            }
            if open.is_empty() {
                roles[j] = Some(Paired::Vote);
                continue;
            }
            let m = open.swap_remove(0);
            let mut record = String::new();
            for &r in &m.records {
                let t = texts[r].as_ref().map_or("", |(t, _)| t.as_str());
                push_record(&mut record, t);
                roles[r] = Some(Paired::Record);
            }
            push_record(&mut record, t);
            roles[j] = Some(Paired::Record);
            roles[m.part] = Some(Paired::Motion {
                wording: m.wording,
                record,
            });
            closed = Some(m.part);
            open.clear();
        } else if let Some(wording) = outcome::proposal(para) {
            movers.clear();
            voted = false;
            open.push(Open {
                part: j,
                wording,
                records: SmallVec::new(),
            });
        } else if motion::is_seconding(t) {
            if let Some(last) = open.last_mut() {
                if last.records.is_empty() {
                    last.records.push(j);
                }
            }
        } else if is_moved_by(t) || motion::introduces_motion(t) {
            movers.push((j, false));
            // "Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved"
            // over "That ...": the vote is recorded with the movers.
            voted |= motion::ends_with_outcome(t);
        } else if motion::is_moved_and_seconded(t) {
            movers.push((j, true));
        } else if (!movers.is_empty()
            && (is_motion_wording(t)
                || movers.iter().any(|&(_, unnamed)| unnamed)))
            // "THAT the minutes ... are confirmed. CARRIED": a motion and
            // its vote, whoever moved it.
            || (is_motion_wording(t) && motion::trailing_vote(t).is_some())
        {
            let records: SmallVec<[usize; 2]> =
                movers.drain(..).map(|(m, _)| m).collect();
            let trailing = motion::trailing_vote(t)
                .or_else(|| std::mem::take(&mut voted).then_some(t.len()));
            match trailing {
                // "Be it resolved that ... as amended. Carried": the
                // wording records its own vote.
                Some(at) => {
                    let mut record = String::new();
                    for &r in &records {
                        let t =
                            texts[r].as_ref().map_or("", |(t, _)| t.as_str());
                        push_record(&mut record, t);
                        roles[r] = Some(Paired::Record);
                    }
                    if at < t.len() {
                        push_record(&mut record, t[at..].trim());
                    }
                    roles[j] = Some(Paired::Motion {
                        wording: t[..at].trim().to_string(),
                        record,
                    });
                    closed = Some(j);
                }
                None => open.push(Open {
                    part: j,
                    wording: t.trim().to_string(),
                    records,
                }),
            }
        } else {
            movers.clear();
            voted = false;
        }
    }
    roles
}

/// Whether a point after "Moved by ..." words the motion: "THAT ...",
/// "Be it resolved that ...", or either in quotes ("“That the agenda
/// ... be adopted.”").
fn is_motion_wording(t: &str) -> bool {
    let t = t.trim_start_matches(['"', '“', '\'', '‘']);
    ["THAT ", "That ", "Be it resolved", "BE IT RESOLVED"]
        .iter()
        .any(|w| t.starts_with(w))
}

/// Adds a point's text to a motion's record. Each point ends with a
/// full stop or a semicolon, so that a name ("Moved by: A" over
/// "Seconded by: B") or a label's list ("AYES:" over "NAYS:") never runs
/// into the next point.
fn push_record(record: &mut String, t: &str) {
    if !record.is_empty() {
        if !record.ends_with(['.', ';']) {
            record.push(';');
        }
        record.push(' ');
    }
    record.push_str(t);
}

fn item_label(item: &Item, k: usize) -> String {
    match (&item.number, &item.heading) {
        (Some(n), _) => format!("item {n}"),
        (None, Some(h)) => format!("item \"{h}\""),
        (None, None) => format!("item {}", k + 1),
    }
}

/// A document part: a title line, a "PDF 1 MB" line, or both. A format
/// line alone belongs to the item's own report, titled by its heading.
fn document(
    lines: &[Classified<'_>],
    p: &Part,
    item: &Item,
) -> SupportingDocument {
    let mut title = None;
    let (mut format, mut size) = (None, None);
    for &i in &p.lines {
        let l = &lines[i];
        let body = l.body();
        match DOC_FORMAT.captures(body) {
            Some(c) => {
                let before = body[..c.get(0).expect("match").start()].trim();
                if !before.is_empty() {
                    title = Some(before.to_string());
                }
                format = Some(c[1].to_uppercase());
                size = Some(c[2].to_string());
            }
            None => title = Some(body.to_string()),
        }
    }
    SupportingDocument {
        title: title.or_else(|| item.heading.clone()).unwrap_or_default(),
        format,
        size,
        span: span_of(lines, &p.lines),
    }
}

fn collect_mentions(
    lines: &[Classified<'_>],
    p: &Part,
    item: Option<usize>,
    point: Option<usize>,
    found: &mut Vec<Found>,
) {
    let first = lines[p.lines[0]].body();
    collect_mentions_in(lines, p, first, item, point, found);
}

/// Finds the people named in the lines of `p`; `opening` is the text
/// that decides whether the part lists apologies.
fn collect_mentions_in(
    lines: &[Classified<'_>],
    p: &Part,
    opening: &str,
    item: Option<usize>,
    point: Option<usize>,
    found: &mut Vec<Found>,
) {
    collect_names(lines, p, opening, "", item, point, found);
}

/// Finds the people named in the lines of `p`, read as if `label`
/// ("Present: ") stood before them: the list under a "Present |" cell.
fn collect_names(
    lines: &[Classified<'_>],
    p: &Part,
    opening: &str,
    label: &str,
    item: Option<usize>,
    point: Option<usize>,
    found: &mut Vec<Found>,
) {
    let opening = opening.trim_start_matches([':', ' ', '-', '–']);
    // (Far enough for "RESOLVED on the motion of Clr A, seconded Clr B
    // that an apology for non attendance due to illness by Clr C".)
    let start = head(opening, 200);
    // ("Apologies", "Absent", "Members Absent", "Not present"; but not
    // "ABSENT: ..." under "AYES: ..." / "NAYS: ...", who missed a vote.)
    // (Every opening the pattern takes starts with an "a" or an "n", or
    // holds "absent" or "excused".)
    let absent = (matches!(
        opening.as_bytes().first(),
        Some(b'a' | b'A' | b'n' | b'N')
    ) || has_any!(head(opening, 40), "absent", "excused"))
        && APOLOGIES.is_match(opening);
    if absent && label.is_empty() && after_vote(lines, p) {
        // (The vote's record names them.)
        return;
    }
    let apology = absent
        || (has_any!(start, "apolog", "ymddiheur")
            && APOLOGY_FROM.is_match(start));
    // Names are read over the part's lines joined, so that a list or a
    // name wrapped onto the next line stays whole; each offset maps back
    // to the line it came from. A single line is read where it is.
    let (text, starts): (Cow<'_, str>, SmallVec<[(usize, usize); 2]>) =
        match &p.lines[..] {
            &[i] if label.is_empty() => {
                (Cow::Borrowed(&lines[i].line.text), smallvec![(0, i)])
            }
            more => {
                let mut text = String::from(label);
                let mut starts = SmallVec::with_capacity(more.len());
                for &i in more {
                    if !text.is_empty()
                        && !joins_at_hyphen(&text, &lines[i].line.text)
                    {
                        text.push(' ');
                    }
                    starts.push((text.len(), i));
                    text.push_str(&lines[i].line.text);
                }
                (Cow::Owned(text), starts)
            }
        };
    let locate = |at: usize| {
        let k = starts.partition_point(|&(s, _)| s <= at).saturating_sub(1);
        let (s, i) = starts[k];
        let l = &lines[i].line;
        (l.source_offset((at - s).min(l.text.len())), l.no)
    };
    let mut later = apology.then(|| LaterSentences::of(&text));
    // (Where the part is no list of apologies of its own, a sentence may
    // name the absent.)
    // (Read in the source, not the label the caller gives: a roll call's
    // "Absent" cell is read as "Apologies:" too.)
    let first = p.lines.first().copied().unwrap_or(0);
    let sent_apologies = apology
        && lines[..=first]
            .iter()
            .rev()
            .filter(|l| l.kind != Kind::Blank)
            .take(2)
            .any(|l| has_any!(head(&l.line.text, 80), "apolog", "ymddiheur"));
    let plain = !apology && label.is_empty();
    let (absent_to, absent) = plain
        .then(|| absent_before(&text))
        .flatten()
        .unwrap_or_default();
    let absent_sentences = if plain {
        absent_sentences(&text)
    } else {
        Vec::new()
    };
    let ms = mentions(&text)
        .into_iter()
        .filter(|m| m.start >= absent_to)
        .map(|m| (m, false))
        .chain(absent.into_iter().map(|m| (m, true)));
    for (m, absent) in ms {
        if m.start < label.len() {
            continue;
        }
        let (start, line) = locate(m.start);
        let (end, _) = locate(m.end);
        let apology = (apology
            && !late_or_leaving(&text, m.start)
            && !moved_by(&text, m.start)
            && !later.as_mut().is_some_and(|l| l.off_topic(&text, m.start)))
            || absent
            || absent_sentences.iter().any(|r| r.contains(&m.start));
        found.push(Found {
            mention: m,
            span: Span {
                start,
                end: end.max(start),
                line,
            },
            item,
            point,
            apology,
            sent_apologies: apology && sent_apologies,
        });
    }
}

/// The sentences of an apologies paragraph after its first, each read
/// once for whether it is about something else: "Apologies were
/// received from Cllr Purves. With the absence of the Vice Chairman it
/// was proposed by Councillor P Batty that Councillor Beck be elected
/// ..." names members present in its second sentence. (Not "Cllr B
/// (holiday).", names alone, nor one that speaks of apologies or
/// absence too.)
struct LaterSentences {
    /// Where each sentence ends.
    ends: Vec<usize>,
    /// Whether each is off the topic, once read.
    off: Vec<Option<bool>>,
}

impl LaterSentences {
    fn of(text: &str) -> LaterSentences {
        let ends = people::sentence_ends(text);
        let off = vec![None; ends.len()];
        LaterSentences { ends, off }
    }

    /// Whether offset `at` stands in a later sentence off the topic.
    fn off_topic(&mut self, text: &str, at: usize) -> bool {
        let k = self.ends.partition_point(|&e| e <= at);
        if k == 0 || k >= self.ends.len() {
            return false;
        }
        *self.off[k].get_or_insert_with(|| {
            let s = text[self.ends[k - 1]..self.ends[k]].trim();
            !has_any!(s, "apolog", "absent") && !people::names_only(s)
        })
    }
}

/// "Council Member Walker was absent.", "Chair Tobiassen and Directors
/// Deadwyler and Solano were absent.": where the first sentence says so,
/// and the names before it, read as the list they are, when they are
/// all the sentence holds before it.
fn absent_before(text: &str) -> Option<(usize, Vec<Mention>)> {
    if !has_any!(head(text, 200), "absent", "excused") {
        return None;
    }
    let first = &text[..people::sentence_end(text, 0)];
    let k = WERE_ABSENT.find(first)?.start();
    Some((k, people::names_listed(&first[..k])?))
}

/// "COUNCIL PRESENT: Mayor A, Councilmembers B and C. ABSENT:
/// Councilmember D. STAFF PRESENT: ...": the later sentences of `text`
/// labelled as the absent, but not one after a vote's line ("AYES: A,
/// B. ABSENT: C.").
fn absent_sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    if !has_any!(text.get(12..).unwrap_or(""), "absent:", "apologies:") {
        return Vec::new();
    }
    let ends = people::sentence_ends(text);
    ends.windows(2)
        .filter(|w| {
            let s = text[w[0]..w[1]].trim_start();
            let before = text[..w[0]].trim_end();
            let last = before.rfind(". ").map_or(before, |k| &before[k + 2..]);
            APOLOGIES.is_match(s)
                && s.split_once(':').is_some_and(|(l, _)| l.len() <= 30)
                && !motion::is_vote_line(last)
        })
        .map(|w| w[0]..w[1])
        .collect()
}

/// Whether the name at offset `at` moved or seconded a motion
/// ("Apologies Council’s Resolution Proposed by Mayor McDouall, seconded
/// by Cr Duncan: THAT apologies from ... are received", "RESOLVED on the
/// motion of Clr Curtin, seconded Clr Simms that an apology ..."): not
/// an apology of its own.
fn moved_by(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end().as_bytes();
    let tail = &before[before.len().saturating_sub(12)..];
    [
        &b"proposed by"[..],
        b"moved by",
        b"motion of",
        b"seconded by",
        b"seconded",
        b"proposed",
    ]
    .iter()
    .any(|w| {
        tail.len() >= w.len()
            && tail[tail.len() - w.len()..].eq_ignore_ascii_case(w)
    })
}

/// Whether the clause around offset `at` of an apologies paragraph says
/// its names came late or left early ("...; and for lateness from
/// Councillors A and B.", "Councillor C gave his apologies for having to
/// leave the meeting"): they were there.
fn late_or_leaving(text: &str, at: usize) -> bool {
    let from = text[..at].rfind([';', '.']).map_or(0, |k| k + 1);
    let to = text[at..].find([';', '.']).map_or(text.len(), |k| at + k);
    let clause = &text[from..to];
    has_any!(
        clause,
        "lateness",
        "late arrival",
        "arriving late",
        "to leave",
        "leaving early",
        "left early"
    )
}

/// The meeting's body and date from a "Meeting: 17/07/2025 - Cabinet
/// (Item 17)" line.
fn meeting_line(
    lines: &[Classified<'_>],
    settings: Settings,
    ex: &mut Extracted,
) {
    let Some(l) = lines.iter().find(|l| l.kind == Kind::MeetingLine) else {
        return;
    };
    let Some(c) = MEETING_LINE.captures(&l.line.text) else {
        return;
    };
    ex.meeting.date = find_date(&c[1], settings.date_order).map(|(d, _)| d);
    let body = c[2].trim();
    if !body.is_empty() {
        ex.meeting.body = Some(body.to_string());
    }
    ex.meeting.span = Some(l.line.span());
    if let (Some(n), [only]) = (c.get(3), &mut ex.items[..]) {
        only.number
            .get_or_insert_with(|| n.as_str().trim().to_string());
    }
}

/// One person as merged from mentions.
struct Entry {
    words: Vec<String>,
    honorific: Option<String>,
    role: Option<String>,
    span: Span,
}

impl Entry {
    fn person(&self) -> Person {
        Person {
            name: self.words.join(" "),
            honorific: self.honorific.clone(),
            role: self.role.clone(),
            span: self.span,
        }
    }
}

/// Merges mentions into persons and hands them to items, points and the
/// meeting's apologies.
/// Whether two titles name different people of the same surname: a
/// member ("Councillors Benson, ..., Daly") and an officer ("Chief
/// Executive (Mr. P. Daly)").
fn other_rank(a: &Option<String>, b: &Option<String>) -> bool {
    let officer = |h: &str| {
        matches!(
            h,
            "Mr" | "Mr."
                | "Mrs"
                | "Mrs."
                | "Ms"
                | "Ms."
                | "Miss"
                | "Dr"
                | "Dr."
        )
    };
    match (a.as_deref(), b.as_deref()) {
        (Some(a), Some(b)) => {
            (member_title(a) && officer(b)) || (officer(a) && member_title(b))
        }
        _ => false,
    }
}

/// Whether a role is an officer's post ("Lawyer", "Principal Planning
/// Officer"), which no member holds: not a chair, a mayor or a leader.
fn officer_post(role: &Option<String>) -> bool {
    role.as_deref().is_some_and(|r| {
        !has_any!(r, "chair", "mayor", "leader")
            && !has_any!(r, "member", "councillor", "president")
            && !has_any!(r, "cathaoirleach", "cadeirydd", "warden")
    })
}

/// Whether two mentions of one surname are a member ("Councillors ...,
/// Smith, ...") and an officer named in full with a post ("Jo Smith
/// (Lawyer)"): two people.
fn member_and_officer(
    a: (&Option<String>, &Option<String>),
    b: (&Option<String>, &Option<String>),
) -> bool {
    let member = |h: &Option<String>| h.as_deref().is_some_and(member_title);
    (member(a.0) && b.0.is_none() && officer_post(b.1))
        || (member(b.0) && a.0.is_none() && officer_post(a.1))
}

/// Whether a title is a member's: "Councillor", "Cllr", "County
/// Councillor", "Cr", "Alderman".
fn member_title(h: &str) -> bool {
    let h = h.trim_start_matches("County ");
    ["Councillor", "Cllr", "Cr", "Alderman", "Alderwoman"]
        .iter()
        .any(|t| h.starts_with(t))
}

fn attach_people(ex: &mut Extracted, found: Vec<Found>) {
    let mut people: Vec<Entry> = Vec::new();
    // Persons by lower-case surname and by first name, so that merging
    // stays linear in the number of mentions.
    let mut by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut who: Vec<Option<usize>> = vec![None; found.len()];
    // Full mentions first, in order, so that short ones can refer back
    // to a name given later in the text.
    for (f_i, f) in found.iter().enumerate() {
        if f.mention.short {
            continue;
        }
        let m = &f.mention;
        let key = people::surname(&m.words).to_lowercase();
        let candidates = by_surname.entry(key).or_default();
        let at = candidates.iter().copied().find(|&p| {
            compatible(&people[p].words, &m.words)
                && !other_rank(&people[p].honorific, &m.honorific)
                && !member_and_officer(
                    (&people[p].honorific, &people[p].role),
                    (&m.honorific, &m.role),
                )
        });
        let idx = match at {
            Some(at) => {
                let p = &mut people[at];
                // "E. Ryan" over "Ryan (E)": the initial where names
                // are written.
                let fuller = m.words.len() > p.words.len()
                    || (m.words.len() == p.words.len()
                        && (m.name().len() > p.words.join(" ").len()
                            || people::has_bracket_initial(&p.words)));
                if fuller {
                    p.words = m.words.clone();
                    p.span = f.span;
                }
                if p.honorific.is_none() {
                    p.honorific = m.honorific.clone();
                }
                if p.role.is_none() {
                    p.role = m.role.clone();
                }
                at
            }
            None => {
                people.push(Entry {
                    words: m.words.clone(),
                    honorific: m.honorific.clone(),
                    role: m.role.clone(),
                    span: f.span,
                });
                candidates.push(people.len() - 1);
                people.len() - 1
            }
        };
        who[f_i] = Some(idx);
    }
    // A lone first name or surname refers to the first person named in
    // full with it.
    let mut by_word: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, p) in people.iter().enumerate() {
        if p.words.len() > 1 {
            for w in [&p.words[0], &p.words[p.words.len() - 1]] {
                by_word.entry(w.as_str()).or_insert(i);
            }
        }
    }
    for (f_i, f) in found.iter().enumerate() {
        if f.mention.short {
            who[f_i] = by_word.get(f.mention.words[0].as_str()).copied();
        }
    }

    let names: Vec<String> =
        people.iter().map(|p| p.words.join(" ")).collect();
    // Who sent apologies took part in no item, however often named ("Vice
    // Chairperson Cllr. K. Davies remain in post").
    let absent: FxHashSet<usize> = found
        .iter()
        .zip(&who)
        .filter_map(|(f, p)| p.filter(|_| f.sent_apologies))
        .collect();
    let mut apologies_seen = FxHashSet::default();
    let mut meeting_seen = FxHashSet::default();
    let mut item_seen: Vec<FxHashSet<usize>> =
        vec![FxHashSet::default(); ex.items.len()];
    for (f, p) in found.iter().zip(&who) {
        let Some(p) = *p else { continue };
        if f.apology {
            if apologies_seen.insert(p) {
                ex.meeting.apologies.push(people[p].person());
            }
            continue;
        }
        match f.item {
            Some(_) if absent.contains(&p) => {}
            Some(k) => {
                let item = &mut ex.items[k];
                if item_seen[k].insert(p) {
                    item.attendees.push(people[p].person());
                }
                if let Some(pt) = f.point {
                    let sp = &mut item.discussion[pt].speakers;
                    if !sp.contains(&names[p]) {
                        sp.push(names[p].clone());
                    }
                }
            }
            None => {
                if meeting_seen.insert(p) {
                    ex.meeting.attendees.push(people[p].person());
                }
            }
        }
    }
}

fn diagnose(lines: &[Classified<'_>], ex: &mut Extracted) {
    for l in lines {
        let text = &l.line.text;
        if may_be_truncated(text) && TRUNCATED.is_match(text) {
            ex.diagnostics.push(Diagnostic::new(
                DiagnosticCode::Truncated,
                Level::Warning,
                "the text is cut off here (\"view the full minutes text\"); \
                 the rest of the item is missing",
                Some(l.line.no),
            ));
        }
        if let Some(m) =
            may_be_garbled(text).then(|| GARBLED.find(text)).flatten()
        {
            let word_start = text[..m.start()].rfind(' ').map_or(0, |i| i + 1);
            let shown: String = text[word_start..].chars().take(40).collect();
            ex.diagnostics.push(Diagnostic::new(
                DiagnosticCode::Garbled,
                Level::Warning,
                format!("text looks garbled: \"{shown}\""),
                Some(l.line.no),
            ));
        }
    }
    let resolutions: usize =
        ex.items.iter().map(|i| i.resolutions.len()).sum();
    if resolutions == 0 && !ex.items.is_empty() {
        ex.diagnostics.push(Diagnostic::new(
            DiagnosticCode::NoResolutions,
            Level::Info,
            "no resolutions found",
            None,
        ));
    }
    ex.diagnostics
        .sort_by_key(|d| (d.line.unwrap_or(usize::MAX), d.code));
}

#[cfg(test)]
mod tests {
    use super::{absent_sentences, may_be_garbled};
    use crate::model::MotionOutcome;
    use crate::{Options, parse_str};

    #[test]
    fn a_later_sentence_labelled_absent_names_the_absent() {
        let text = "COUNCIL PRESENT: Mayor Tierney, Councilmembers Hewitt and \
                    Stein. ABSENT: Councilmember Jonas. STAFF PRESENT: City \
                    Clerk Paulson.";
        let ranges = absent_sentences(text);
        assert_eq!(ranges.len(), 1, "{ranges:?}");
        assert!(text[ranges[0].clone()].trim().starts_with("ABSENT:"));
        // After a vote's line it is who missed the vote; the text before
        // it may end with a sentence's space.
        for text in [
            "The motion carried. AYES: Hewitt, Stein. ABSENT: Jonas.",
            "AYES: Hewitt, Stein. ABSENT: Jonas. ",
        ] {
            assert!(absent_sentences(text).is_empty(), "{text}");
        }
    }

    const RTD: &str = "VIII.\n\nApproval of Board Meeting Minutes of June 24, 2014\nMotion:\n\nDirector Rivera Malpiede made the motion to approve\nthe Board meeting minutes from June 24, 2014.\nDirector Anderson seconded the motion.\n\nDiscussion:\n\nDirector Folska indicated that she could not approve these minutes.\nDirector Solano made a motion to table the whole\nminutes until the full requested document had been received.\nDirector Folska seconded this motion.\nVote on the\nMinutes:\n\nThe minutes passed with 11 in favor (Anderson, Bagley, Deadwyler) and 1\nopposed (Lubow).\n\nRESULT:\nACCEPTED [11 TO 1]\nAYES: Anderson, Bagley, Deadwyler\nNAYS: Judy Lubow\n\nChair Sisk declared the motion PASSED.\n\nIX.\n\nChair's Report\nPresented by Chair Sisk.\n";

    #[test]
    fn decisions_before_the_first_item_open_an_item() {
        let text = "LICTON SPRINGS COMMUNITY COUNCIL\n\nMinutes Jan. 27, 2021\n\nJanice started the meeting at 6:35.\n\nMinutes of Nov. 18, 2020 were approved as circulated.\n\n1. Board members: M/S/A to elect Bekah Gautrowski to the Board.\n\n2. Parks: Liz Kearns sent in a note about the work groups.\n";
        let doc = parse_str(text, &Options::default());
        assert_eq!(doc.items.len(), 3, "{:#?}", doc.items);
        assert_eq!(doc.items[0].heading, None);
        assert_eq!(
            doc.items[0].resolutions[0].text,
            "Minutes of Nov. 18, 2020 were approved as circulated."
        );
        assert_eq!(doc.items[1].heading.as_deref(), Some("Board members"));
        // What came before the decision stays in the document's preamble.
        assert!(
            doc.other
                .iter()
                .any(|b| b.text.contains("started the meeting"))
        );
    }

    #[test]
    fn the_garbled_test_sees_a_capital_after_a_small_letter_anywhere() {
        for at in [1, 62, 63, 64, 65, 127, 128, 200] {
            let mut t = "a".repeat(at);
            t.push('B');
            t.push_str(&"c".repeat(70));
            assert!(may_be_garbled(&t), "capital at {at}");
            // The same capital after a space is not a run-together word.
            let spaced = format!("{} B{}", "a".repeat(at), "c".repeat(70));
            assert!(!may_be_garbled(&spaced), "spaced at {at}");
        }
        assert!(!may_be_garbled("B"));
        assert!(!may_be_garbled(""));
        assert!(may_be_garbled("council\u{FFFD}s"));
    }

    #[test]
    fn a_vote_completes_the_first_open_motion() {
        let doc = parse_str(RTD, &Options::default());
        let headings: Vec<_> =
            doc.items.iter().map(|i| i.heading.as_deref()).collect();
        assert_eq!(
            headings,
            [
                Some("Approval of Board Meeting Minutes of June 24, 2014"),
                Some("Chair's Report")
            ]
        );
        assert_eq!(doc.items[0].number.as_deref(), Some("VIII"));
        let item = &doc.items[0];
        assert_eq!(item.resolutions.len(), 1, "{:#?}", item.resolutions);
        let r = &item.resolutions[0];
        assert_eq!(
            r.text,
            "to approve the Board meeting minutes from June 24, 2014."
        );
        let m = r.motion.as_ref().unwrap();
        assert_eq!(m.mover.as_deref(), Some("Rivera Malpiede"));
        assert_eq!(m.seconder.as_deref(), Some("Anderson"));
        assert_eq!((m.votes_for, m.votes_against), (Some(11), Some(1)));
        assert!(matches!(m.outcome, Some(MotionOutcome::Carried)));
        // The motion to table was moved in debate and never voted on: it
        // stays a point; the seconding and the vote are not points.
        let points: Vec<_> =
            item.discussion.iter().map(|p| p.text.as_str()).collect();
        assert!(points.iter().any(|p| p.contains("to table the whole")));
        assert!(!points.iter().any(|p| p.contains("Anderson seconded")));
        assert!(!points.iter().any(|p| p.contains("minutes passed")));
        assert!(!points.iter().any(|p| p.starts_with("AYES")));
    }
}
