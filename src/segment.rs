//! Stage 4, segment: classified lines in, agenda items out, each a list
//! of [`Part`]s (discussion point, resolution, document, attendance list,
//! verbatim block) that own whole lines. Every non-blank line lands in
//! exactly one place: an item's heading, its purpose, or one part, or a
//! part of the preamble before the first item. Reading names, dates and
//! motions out of the parts is `extract`'s job.

use crate::classify::{Classified, Kind, Marker, Section, item_number_text};
use crate::model::BlockKind;
use smallvec::{SmallVec, smallvec};

/// What a [`Part`] holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartKind {
    /// A discussion point, with its own number if it has one.
    Discussion {
        number: Option<String>,
    },
    Resolution,
    /// A supporting document: a title line and/or a format line.
    Document,
    /// A list of people ("Rose Durban, Interim Strategic Director").
    Attendance,
    /// Kept verbatim.
    Other(BlockKind),
}

/// Consecutive non-blank lines (indices into the line list) of one kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub kind: PartKind,
    pub lines: SmallVec<[usize; 2]>,
}

/// An agenda item as line indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawItem {
    pub number: Option<String>,
    pub heading: Option<usize>,
    /// Lines the heading wraps onto ("... Agreement for the" / "design,
    /// bid and award of the ... Improvements").
    pub heading_more: Vec<usize>,
    pub purpose: Vec<usize>,
    pub parts: Vec<Part>,
    /// True when a "Minutes:" (or like) label opened a minutes section.
    pub has_minutes_label: bool,
}

/// A document as line indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    /// Parts before the first agenda item of a multi-item document.
    pub preamble: Vec<Part>,
    pub items: Vec<RawItem>,
}

re!(
    NONE_LINE,
    r"(?i)^(?:there (?:were|was|are) )?(?:none|nil|no [a-z ]+)\.?$"
);

// "Rose Durban, Interim Strategic Director of ...": a name of two to
// four capitalised words, a comma, then a capitalised role.
re!(
    NAME_ROLE,
    r"^(?:(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]*){1,3},\s+\p{Lu}"
);

/// Where the parser is inside an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Before any section: heading, purpose, documents.
    Header,
    Minutes,
    /// After "It was agreed" or "Decision:".
    Resolutions {
        seen: bool,
        decision: bool,
    },
    Documents,
    Declarations,
}

/// Where the title of a page of one agenda item stands: the line after
/// the ModernGov page's "Agenda item" at its head.
fn item_page(lines: &[Classified<'_>]) -> Option<usize> {
    let first = next_non_blank(lines, 0)?;
    let l = &lines[first];
    (l.kind == Kind::Boilerplate
        && l.line.text.eq_ignore_ascii_case("agenda item"))
    .then(|| next_non_blank(lines, first + 1))
    .flatten()
}

/// Splits classified lines into items and parts.
pub fn segment(lines: &[Classified<'_>]) -> Segments {
    let layout = Layout::of(lines);
    let lettered = lettered_agenda(lines);
    let mut listed = bulleted_headings(lines);
    listed.extend_from_slice(&lettered);
    listed.sort_unstable();
    let mut starts = item_starts(lines, layout, &listed);
    // Labelled paragraphs, where the other rules find no item, or one
    // that is among them ("Approve Minutes: Motion by ..." looks like a
    // ModernGov title before its "Minutes:" label).
    if starts.len() <= 1 {
        let labelled = labelled_paragraphs(lines);
        if starts.iter().all(|s| labelled.binary_search(s).is_ok()) {
            starts = labelled;
        }
    }
    // A ModernGov item page ("Agenda item" over the item's title) is one
    // item, whatever titles its minutes hold within ("Use of Acronyms",
    // "Late Reports" under "Any other business").
    if let Some(title) = item_page(lines) {
        starts.retain(|&s| s == title);
    }
    let mut segs = Segments::default();
    let first = starts.first().copied().unwrap_or(lines.len());
    if !starts.is_empty() {
        segs.preamble = preamble(lines, 0..first, layout);
    }
    if starts.is_empty() {
        segs.items.push(item(lines, 0..lines.len(), false, layout));
    } else {
        for (k, &s) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(lines.len());
            segs.items.push(item(lines, s..end, true, layout));
        }
    }
    for it in &mut segs.items {
        if let (Some(h), None) = (it.heading, &it.number) {
            // "A. Call to Order" in a lettered agenda: item A.
            it.number = if lettered.binary_search(&h).is_ok() {
                Some(lines[h].line.text[..1].to_string())
            } else {
                item_number(&lines[h])
            };
        }
    }
    segs
}

/// Lines that open an agenda item: an item number alone on its line
/// with a heading after it (the ModernGov item list), or a heading line
/// (see [`is_heading_line`]).
fn item_starts(
    lines: &[Classified<'_>],
    layout: Layout,
    listed: &[usize],
) -> Vec<usize> {
    let mut starts = Vec::new();
    // Lines that open an item only if the document's headings are in
    // bold (see the end).
    let mut bold = Vec::new();
    let mut prev: Option<usize> = None;
    // Inside a numbered list that a line ending in ":" opened ("... the
    // following conditions:" then "1. Standard Time", "2. Approved
    // Plans"): its entries are not agenda items.
    let mut in_list = false;
    // Whether that list is numbered: a list of lettered points ("2.
    // Public Session:" then "a) ...", "b) ...") ends at a number ("3.
    // Website:"), the next item.
    let mut numbered_list = false;
    // The list's last entry, for a list that goes on after an entry
    // wrapped onto a line without a marker.
    let mut list_end: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.kind == Kind::Blank {
            continue;
        }
        // Likewise the rows of a table under its header ("Minute No.
        // Report title" / "53 Disposal of Small Surplus Sites").
        // And the points of a resolution under its opening words ("That
        // the Council" / "1. Receives and accepts the apologies").
        let number = matches!(l.marker, Some(Marker::Number { .. }));
        let opens = !in_list
            && prev.is_some_and(|p| {
                let pt = lines[p].line.text.as_ref();
                (pt.ends_with(':')
                    || TABLE_HEADER.is_match(pt)
                    || is_that_opener(&lines[p]))
                    && l.marker.is_some()
            });
        if opens {
            // ("1. ... (CPI):" then "• Estimated ...;" then "2. ...": the
            // bullets of a numbered list's entry.)
            let goes_on = list_end.is_some_and(|e| i - e <= 6);
            numbered_list = number || (goes_on && numbered_list);
        }
        in_list = opens
            || (in_list && l.marker.is_some() && (numbered_list || !number));
        if in_list {
            list_end = Some(i);
            prev = Some(i);
            continue;
        }
        let next = next_non_blank(lines, i + 1).map(|n| &lines[n]);
        // What follows a heading, past the lines it wraps onto and a
        // minute reference ("PLA146/14", "2020/152") standing between it
        // and its text.
        // (Only a numbered or upper-case line can be such a heading.)
        let may_head = l.kind == Kind::Text
            && (l.marker.is_some() || is_upper(&l.line.text));
        let mut last = i;
        while may_head
            && last < i + 3
            && lines
                .get(last + 1)
                .is_some_and(|n| heading_wraps(l, &lines[last], n))
        {
            last += 1;
        }
        let content = next_content(lines, last + 1).map(|n| &lines[n]);
        // A number alone after a page rule ("---" then "2") is a page
        // number, not an agenda item.
        let after_rule = prev.is_some_and(|p| is_page_rule(&lines[p]));
        // "5" over "Item": a table's header, not item 5; "1" over
        // "PLANNING COMMITTEE" at the top: a page number over the title.
        // "1." over "• Moved by: ...": a numbered item whose title the
        // page left out (a page number has no full stop).
        let numbered_alone = l.kind == Kind::ItemNumber
            && !after_rule
            && next.is_some_and(|n| {
                matches!(n.kind, Kind::Text | Kind::Purpose)
                    && (n.marker.is_none()
                        || n.marker == Some(Marker::Bullet)
                            && !n.body().is_empty()
                            && l.line.text.ends_with('.'))
                    && !TABLE_WORDS
                        .iter()
                        .any(|w| n.line.text.eq_ignore_ascii_case(w))
                    // "77" over "1.49%": a table's columns (not "2024
                    // Committee Appointments").
                    && (n.line.text.contains(' ')
                        || !n.line.text.starts_with(|c: char| c.is_ascii_digit()))
                    && !(starts.is_empty() && names_body(n))
                    // "88/17" over "MINUTES OF A MEETING OF FULL
                    // COUNCIL ...": a folio over the title in capitals
                    // (not "126." over the item "Minutes of the meeting
                    // held on 20 September").
                    && !n.line.text.starts_with("MINUTES OF ")
                    // (Nor "15" over "MINUTES Ordinary Council Meeting
                    // 6.00pm Tuesday 23 April 2019 ...", a page's count
                    // over the title; but "E." over "Next Meeting Date
                    // – Tuesday, June 30, 2020" is item E.)
                    && !(!l.line.text.ends_with('.')
                        && has_date(&n.line.text)
                        && has_weekday(&n.line.text.to_lowercase()))
                    // "2" over "AUBURN COUNCIL", the document's first
                    // line again: a page number over the running head.
                    && !lines[..i]
                        .iter()
                        .filter(|p| p.kind != Kind::Blank)
                        .take(10)
                        .any(|p| p.line.text == n.line.text)
            });
        // "APOLOGIES" over the minute reference "PLA146/14": an item,
        // whatever its words.
        let referenced = l.kind == Kind::Text
            && l.marker.is_none()
            && is_upper(&l.line.text)
            && l.line.text.len() <= 160
            && (l.line.text.contains('(') || !l.line.text.contains(')'))
            && prev.is_none_or(|p| !lines[p].line.text.ends_with(','))
            && next.is_some_and(|n| is_reference(&n.line.text));
        let after_item_number =
            prev.is_some_and(|p| lines[p].kind == Kind::ItemNumber);
        // "LICTON SPRINGS COMMUNITY COUNCIL" above the first item: the
        // body's name in the title, not an item.
        // Nor "STATE OF MINNESOTA" over "Minutes of the Regular
        // Meeting": a line of the title block.
        // Nor "COUNCIL CHAMBERS" (where it met), nor "Minutes of the
        // Meeting" straight over "1) Call to order" (a title with no text
        // of its own).
        let title = starts.is_empty()
            && bold.is_empty()
            && l.marker.is_none()
            && (names_body(l)
                || names_venue(l)
                || crate::extract::meeting::is_town_of(&l.line.text)
                || dated_running_head(&l.line.text)
                || next.is_some_and(|n| {
                    matches!(n.marker, Some(Marker::Number { .. }))
                        && n.kind == Kind::Text
                })
                || is_upper(&l.line.text)
                    && !l.line.text.ends_with(':')
                    && next.is_some_and(|n| {
                        n.line.text.get(..11).is_some_and(|h| {
                            h.eq_ignore_ascii_case("minutes of ")
                        })
                    }));
        // "Seconded by Councillor Ryan:" before "And Resolved:": the
        // record of a motion, however short.
        let seconding = || is_moved_by(&l.line.text);
        // "1. Mr. Barry Cunich – Mr. Cunich addressed Council ..." ...
        // "3. Mr. Dean Thompson – ..." then "4. Mr. David Hain – Mr. Hain
        // address": the next point of a numbered list of points, however
        // short.
        let next_point = prev.is_some_and(|p| {
            let pl = &lines[p];
            starts.last().is_none_or(|&s| s != p)
                && pl.line.text.len() > 80
                && matches!(
                    (pl.number(), l.number()),
                    (Some(a), Some(b)) if a.parse::<u32>().is_ok_and(|a| {
                        b.parse::<u32>().is_ok_and(|b| b == a + 1)
                    })
                )
        });
        let may_open = || {
            !after_item_number
                && !title
                && !next_point
                && !seconding()
                && !is_that_opener(l)
        };
        if numbered_alone
            || referenced
            || listed.binary_search(&i).is_ok()
            || (may_open()
                && is_heading_line(prev.map(|p| &lines[p]), l, content))
        {
            starts.push(i);
        } else if may_open() && is_standalone_heading(lines, i, prev, layout) {
            if is_bold(&l.line.text) {
                bold.push(i);
            } else {
                starts.push(i);
            }
        }
        prev = Some(i);
    }
    // Titles in bold set apart ("**Minutes of last meeting**") are the
    // items where they are most of the headings and the items are not
    // numbered; among numbered items they label parts of one
    // ("**REPLY**", "**Travel and Transportation Strategic Policy
    // Committee**" over its nominees).
    let numbered = starts
        .iter()
        .filter(|&&s| matches!(lines[s].marker, Some(Marker::Number { .. })))
        .count();
    if bold.len() > starts.len() && numbered <= 1 {
        starts.extend(bold);
        starts.sort_unstable();
    }
    drop_out_of_sequence(lines, &mut starts);
    starts
}

/// Whether a line is all in bold: "**Correspondence**".
fn is_bold(text: &str) -> bool {
    text.len() > 4 && text.starts_with("**") && text.ends_with("**")
}

/// Drops a sub-item whose number breaks the run around it: "2 Public
/// Participation", then a table row "8.3 Options for ..." naming the
/// agenda item a speaker spoke to, then "3 Late Items". (Whole numbers
/// out of order are kept: text taken from a PDF's columns may put item
/// 4 before item 3.)
fn drop_out_of_sequence(lines: &[Classified<'_>], starts: &mut Vec<usize>) {
    let major = |i: usize| {
        lines[i]
            .number()
            .and_then(|n| n.split('.').next())
            .and_then(|n| n.parse::<u32>().ok())
    };
    let sub = |i: usize| lines[i].number().is_some_and(|n| n.contains('.'));
    let numbered: Vec<(usize, u32)> = starts
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| major(i).map(|m| (k, m)))
        .collect();
    let mut drop = Vec::new();
    for w in numbered.windows(3) {
        let [(_, before), (k, m), (_, after)] = [w[0], w[1], w[2]];
        if before < after && after < m && sub(starts[k]) {
            drop.push(k);
        }
    }
    for k in drop.into_iter().rev() {
        starts.remove(k);
    }
}

// (In bold, the separator may stand apart: "**Item 3** **–** **Title**".)
// "Item 6: ...", "**Item 3** **–** ...", "ITEM - 1    APPLICATIONS FOR
// LEAVE OF ABSENCE" (InfoCouncil, a dash before the number).
re!(
    ITEM_WORD,
    r"(?i)^item\s+(?:\d+[a-z]?\**\s*\**[.:\-–]|[\-–]\s*\d+[a-z]?[.:]?\s)\s*\S"
);
/// "Item 6: ...": the pattern runs only on lines starting with "i".
fn is_item_word(text: &str) -> bool {
    after_item_word(text).is_some()
}

/// The text after "Item 6:" (in bold or not: "**Item 1: Confirm minutes
/// ...**"), from its first character.
fn after_item_word(text: &str) -> Option<&str> {
    let text = text.trim_start_matches('*');
    if !matches!(text.as_bytes().first(), Some(b'i' | b'I')) {
        return None;
    }
    ITEM_WORD.find(text).map(|m| &text[m.end() - 1..])
}

// ("20-0112", "2020-0112"; not a span of years, "2013-2015".)
re!(FILE_NUMBER, r"^(?:\d{2}-\d{3,5}|\d{4}-0\d{2,4})\s+");

/// The text after a Legistar file number that opens `text` ("20-0112
/// Approval of the Minutes ..."); the pattern runs only on lines
/// starting with a digit.
fn after_file_number(text: &str) -> Option<&str> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    FILE_NUMBER.find(text).map(|m| &text[m.end()..])
}

// "A. Call to Order": a capital letter, then a short title.
re!(LETTERED, r"^([A-Z])\. (\p{Lu}[^.:;]{0,60})$");

/// "A. Call to Order", "B. Recommended Actions", "C. Updates": an agenda
/// lettered in order from A, most letters over text of their own (not a
/// list of initialled names, "A. Smith" over "B. Jones"). The lines of
/// every such run of three letters or more, in order.
fn lettered_agenda(lines: &[Classified<'_>]) -> Vec<usize> {
    let mut out = Vec::new();
    // (letter, line, whether text of its own follows)
    let mut run: Vec<(u8, usize, bool)> = Vec::new();
    let mut flush = |run: &mut Vec<(u8, usize, bool)>| {
        let own = run.iter().filter(|r| r.2).count();
        if run.len() >= 3 && own * 2 >= run.len() {
            out.extend(run.iter().map(|r| r.1));
        }
        run.clear();
    };
    for (i, l) in lines.iter().enumerate() {
        if l.kind != Kind::Text || l.line.text.as_bytes().get(1) != Some(&b'.')
        {
            continue;
        }
        let Some(c) = LETTERED.captures(&l.line.text) else {
            continue;
        };
        // "P. Dowling)," from "(Mr. / P. / Dowling)," in a staff list.
        let title = &c[2];
        if title.ends_with(',')
            || title.matches('(').count() != title.matches(')').count()
        {
            continue;
        }
        let letter = c[1].as_bytes()[0];
        let own_text = next_non_blank(lines, i + 1)
            .is_none_or(|n| !LETTERED.is_match(&lines[n].line.text));
        if letter == b'A' {
            flush(&mut run);
        }
        if run.last().map_or(letter == b'A', |r| letter == r.0 + 1) {
            run.push((letter, i, own_text));
        }
    }
    flush(&mut run);
    out
}

/// "- MEMBERS PRESENT", "- MINUTES OF PREVIOUS MEETING", "- Risk
/// Assessment", each over its paragraph: an agenda whose numbers a web
/// page turned into bullets. Each short bulleted title with text of its
/// own under it (not another bullet) opens an item where three at least
/// are so laid out and they are most of the document's bullets.
fn bulleted_headings(lines: &[Classified<'_>]) -> Vec<usize> {
    let mut bullets = 0;
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.kind != Kind::Text || l.marker != Some(Marker::Bullet) {
            continue;
        }
        bullets += 1;
        let title = l.body();
        let headed = next_non_blank(lines, i + 1).is_some_and(|n| {
            lines[n].marker != Some(Marker::Bullet)
                && matches!(
                    lines[n].kind,
                    Kind::Text | Kind::Purpose | Kind::ResolutionIntro { .. }
                )
        });
        // Not the last entry of a list ("... which are:" / " Service
        // along Morrison Road" / "neighborhood" / " Civic Center
        // Station construction detours" / text).
        let mut before =
            lines[..i].iter().rev().filter(|p| p.kind != Kind::Blank);
        let listed = before.next().is_some_and(|p| {
            p.marker == Some(Marker::Bullet)
                || p.line.text.ends_with(':')
                || p.line.text.starts_with(char::is_lowercase)
                    && before
                        .next()
                        .is_some_and(|q| q.marker == Some(Marker::Bullet))
        });
        if headed
            && !listed
            && (1..=8).contains(&title.split(' ').count())
            && !title.ends_with(['.', ';', '!', '?'])
            // Not "DS-045-18" (a reference), "Caillum Hedderman, Scout
            // Group" (a person and whom they stand for), "Benefits o
            // Greater ..." (sub-bullets run together).
            && !title.contains([',', ':'])
            && !title.contains(" o ")
            && title.split(' ').any(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            })
            // "Statement of internal control": a short title may be in
            // sentence case.
            && (is_title(title)
                || title.starts_with(char::is_uppercase)
                    && title.split(' ').count() <= 5)
        {
            out.push(i);
        }
    }
    if out.len() >= 3 && out.len() * 2 > bullets {
        out
    } else {
        Vec::new()
    }
}

/// Labels that open a paragraph without naming an agenda item: who was
/// there, the parts of a motion, a memo's fields (a label holding
/// "present", "attendance", "invitee" or "absent" is never one, see
/// [`inline_label`]).
const NOT_ITEM_LABELS: &[&str] = &[
    "apologies",
    "attendees",
    "attending",
    "others",
    "also",
    "members",
    "guests",
    "staff",
    "officers",
    "councillors",
    "action",
    "actions",
    "motion",
    "moved",
    "second",
    "seconded",
    "proposed",
    "resolved",
    "agreed",
    "vote",
    "votes",
    "note",
    "notes",
    "correction",
    "corrections",
    "date",
    "time",
    "location",
    "venue",
    "place",
    "re",
    "subject",
    "to",
    "from",
    "cc",
    "page",
];

/// "Call to Order: The Chair called ...", "Old Business: The Chair
/// ...", "Code Enforcement – The board met ...": minutes whose items are
/// paragraphs opened by a short label, with no heading lines of their
/// own (small US towns' select boards). Each labelled paragraph opens
/// an item where three at least are so labelled; the caller reads
/// them only where the other rules find at most one item, and that one
/// among them.
fn labelled_paragraphs(lines: &[Classified<'_>]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev: Option<&Classified<'_>> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.kind == Kind::Blank {
            continue;
        }
        let starts_paragraph = prev.is_none_or(|p| {
            p.line.no + 1 < l.line.no
                || p.line.text.ends_with(['.', '!', '?', ')'])
        });
        // "... the following overview of the DACs:" over "Innovate
        // Limerick DAC – owner of ...": the entries of a list.
        let listed = prev.is_some_and(|p| p.line.text.ends_with(':'));
        prev = Some(l);
        if l.kind != Kind::Text
            || l.marker.is_some()
            || !starts_paragraph
            || listed
        {
            continue;
        }
        if let Some(label) = inline_label(&l.line.text) {
            out.push((i, label.to_lowercase()));
        }
    }
    // A label used again ("Discussion:", "REPLY:", a speaker's name in a
    // transcript) marks a part of an item, not an item.
    let mut uses: rustc_hash::FxHashMap<&str, usize> =
        rustc_hash::FxHashMap::default();
    for (_, label) in &out {
        *uses.entry(label.as_str()).or_default() += 1;
    }
    let once: Vec<usize> = out
        .iter()
        .filter(|(_, label)| uses[label.as_str()] == 1)
        .map(|&(i, _)| i)
        .collect();
    if once.len() < 3 || once.len() * 2 < out.len() {
        return Vec::new();
    }
    once
}

/// The label that opens `text` before a colon or a dash and the text
/// after it: a few words, the first capitalised and neither a word that
/// opens a sentence nor one of [`NOT_ITEM_LABELS`].
fn inline_label(text: &str) -> Option<&str> {
    let text = text.trim_start_matches('*');
    let end = text
        .match_indices([':', '–', '—', '-'])
        .map(|(i, _)| i)
        .find(|&i| {
            let b = text.as_bytes();
            // A colon inside a time ("7:00") or a hyphen inside a word
            // ("Pre-School") ends no label.
            match b[i] {
                b':' => {
                    !(b[..i].last().is_some_and(u8::is_ascii_digit)
                        && b.get(i + 1).is_some_and(u8::is_ascii_digit))
                }
                b'-' => b[..i].ends_with(b" ") && b.get(i + 1) == Some(&b' '),
                _ => b[..i].ends_with(b" "),
            }
        })?;
    let label = text[..end].trim_end().trim_end_matches('*').trim_end();
    let rest = text[end..]
        .trim_start_matches([':', '–', '—', '-', '*'])
        .trim_start();
    let words = label.split_whitespace().count();
    let first = label.split_whitespace().next()?;
    let plain = first.trim_end_matches([',', ':']).to_lowercase();
    let ok = (1..=6).contains(&words)
        && label.len() <= 50
        && first.starts_with(char::is_uppercase)
        && !label.contains(['.', '?', '!', ';', '(', '"', '“'])
        && !SENTENCE_STARTS.contains(&first)
        && !TITLES.contains(&first)
        && !NOT_ITEM_LABELS.contains(&plain.as_str())
        // "Circulated: Statistics re ...": a verb, not a title.
        && !(words == 1 && plain.ends_with("ed"))
        // "Select Board: A, B, C": the body's members.
        && !label
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "Board" | "Selectmen" | "Council" | "Committee" | "Commission"))
        // "Officials Present", "In Attendance", "Other Invitees": who
        // was there.
        && !has_any!(label, "present", "attendance", "invitee", "absent")
        // The item's text after it: a few words at least.
        && rest.split_whitespace().nth(2).is_some();
    ok.then_some(label)
}

re!(
    MOVED_BY,
    r"(?i)^\**(?:(?:(?:council|committee|board)(?:['’]s)?\s+)?(?:motion|resolution)(?:\s+no\.?)?\s*:?\s*(?:[0-9A-Za-z/]*[0-9][0-9A-Za-z/\-]*\s+)?)?(?:proposed|seconded|moved)(?:\s+by(?:\s|:)|\s*:\s*\S|\s+[-–—]\s+\S|\s+(?:cllrs?|clrs?|councillor|cr|mayor|deputy mayor)\.?\s)"
);

/// "Proposed by ...", "Seconded by ...", "Moved by ..." (in bold or not,
/// "Moved by:Councillor" as web pages run it together), "Moved: Mayor
/// A", "Seconded Cr B", after the motion's number or not ("Motion:
/// 494-2011 Moved by A Seconded by B", "Council’s Resolution Proposed by
/// A, seconded by B:"): the first letter decides before the pattern
/// runs.
pub(crate) fn is_moved_by(text: &str) -> bool {
    let first = text.trim_start_matches('*').bytes().next();
    match first.map(|b| b.to_ascii_lowercase()) {
        Some(b'p' | b's' | b'm' | b'r') => MOVED_BY.is_match(text),
        // ("Council’s Resolution ...", "Board Resolution ...".)
        Some(b'c' | b'b') => {
            has_any!(crate::extract::head(text, 40), "resolution")
                && MOVED_BY.is_match(text)
        }
        _ => false,
    }
}
// "Minute No. Report title", "Item No. Subject": a table's header.
re!(
    TABLE_HEADER,
    r"^(?:Minute|Item|Agenda|Ref)\.? No\.?\s+\p{Lu}\p{L}+(?:\s+\p{L}+)?$"
);

/// "Minute No. Report title": a table's header row.
pub(crate) fn is_table_header(t: &str) -> bool {
    matches!(t.as_bytes().first(), Some(b'M' | b'I' | b'A' | b'R'))
        && TABLE_HEADER.is_match(t)
}

/// Words of an upper-case line that say it lists people or titles the
/// whole document, not an agenda item.
const NOT_HEADINGS: &[&str] = &[
    "present",
    "absent",
    // Welsh: present, absent, apologies.
    "presennol",
    "yn bresennol",
    "absennol",
    "ymddiheuriadau",
    "in attendance",
    "also present",
    "members present",
    "minutes",
    "agenda",
    "apologies",
    "public document pack",
    "item",
    "venue",
    // A label over a motion ("RESOLUTION" / "Moved: Cr A" / ...).
    "resolution",
    "recommendation",
    "officer recommendation",
    "officer's recommendation",
    "officers recommendation",
];

/// Whether a line (in lower case) heads one side of a vote's count:
/// "For", "Against the Proposal", "In Favour", "Abstentions", "For
/// Councillor Leddin".
fn is_vote_side(lower: &str) -> bool {
    let first = lower.split(' ').next().unwrap_or("");
    matches!(
        first,
        "for"
            | "against"
            | "abstain"
            | "abstained"
            | "abstentions"
            | "abstention"
    ) || lower.starts_with("in favour")
        || lower.starts_with("all in favour")
}

/// Whether a line (in lower case) is a sentence, not a title: it has a
/// verb "is", "are", "was", "were" or "will" ("MEMBERS OF THE PUBLIC ARE
/// WELCOME TO ATTEND").
fn is_sentence(lower: &str) -> bool {
    lower
        .split(' ')
        .any(|w| matches!(w, "is" | "are" | "was" | "were" | "will"))
}

/// "Minutes by Lindsey Webb, Secretary", "Respectfully submitted": who
/// wrote the minutes, under them.
fn is_signature(title: &str) -> bool {
    let lower = crate::extract::head(title, 40).to_lowercase();
    [
        "minutes by ",
        "minutes taken by ",
        "minutes recorded by ",
        "minutes prepared by ",
        "prepared by ",
        "submitted by ",
        "respectfully submitted",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
}

/// A bullet alone on its line ("•"), its text on the next (PDF text).
fn bare_bullet(l: &Classified<'_>) -> bool {
    l.marker == Some(Marker::Bullet) && l.body().trim().is_empty()
}

/// A rule across the page ("---", "___"), where a page ends.
fn is_page_rule(l: &Classified<'_>) -> bool {
    l.kind == Kind::Boilerplate
        && l.line.text.starts_with(['-', '_', '*', '='])
}

/// Whether `s` holds a word: three letters or more and no figure (not
/// "SA19 7TE").
fn wordy(s: &str) -> bool {
    s.split(' ').any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && w.chars().all(|c| !c.is_ascii_digit())
    })
}

/// Whether the letters of `s` are all capitals (and there are some).
fn is_upper(s: &str) -> bool {
    // A small ASCII letter settles it; ASCII text needs only its capitals.
    let b = s.as_bytes();
    if b.iter().any(u8::is_ascii_lowercase) {
        return false;
    }
    if b.is_ascii() {
        return b.iter().any(u8::is_ascii_uppercase);
    }
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// A heading that opens an agenda item: "## CALL TO ORDER"; an upper-case
/// line followed by ordinary text ("WELCOME AND APOLOGIES"); "Item 6:
/// ..."; or a numbered title ("5. Minutes of Previous Meeting", "1.
/// Those Attending: Cllr ...", "1\\. PUBLIC FORUM A member of ...").
fn is_heading_line(
    prev: Option<&Classified<'_>>,
    l: &Classified<'_>,
    next: Option<&Classified<'_>>,
) -> bool {
    if l.kind != Kind::Text {
        return false;
    }
    let text = l.line.text.as_ref();
    if text.starts_with("##") {
        let title = text.trim_start_matches('#').trim();
        return title.len() > 1 && !is_signature(title);
    }
    // A list introduced by "...the following conditions:" is a list.
    if prev.is_some_and(|p| p.line.text.ends_with(':')) {
        return false;
    }
    if is_item_word(text) {
        return true;
    }
    // A ModernGov table row after its rule: "Apologies for Absence
    // Minutes: Apologies were received ...", "Questions from County
    // Councillors PDF 65 KB Any county councillor may ...".
    // (Or without the rule: "Minute of Previous Meeting Minutes: The Sub
    // Committee had before it ...".)
    if l.marker.is_none() {
        // (The label marks a title however long: "To elect a Chairman of
        // the County Council for the Civic Year 2020/21 Minutes: ...".)
        let most = if minutes_label_at(text).is_some() {
            Some(25)
        } else if prev.is_some_and(|p| is_table_rule(&p.line.text)) {
            Some(12)
        } else {
            None
        };
        let title = heading_title(l);
        if most.is_some_and(|most| title.split(' ').count() <= most)
            && title.len() < text.len()
            && is_title(title)
        {
            return true;
        }
    }
    // Cheap tests first: most lines are neither numbered nor capitals.
    if l.marker.is_none() && !is_upper(text) {
        return false;
    }
    let title = heading_title(l);
    let words = title.split_whitespace().count();
    let most = match l.marker {
        // "48 Call for bids and authorize contract for ..." over
        // "(Ordinance)": an agenda's item title, however long.
        Some(_) if next.is_some_and(is_item_type) => 80,
        // "16. To discuss the purchase of a projector (to show planning
        // applications) against the cost of ...": the agenda's wording.
        Some(_) if is_agenda_wording(title) => 30,
        Some(_) => 20,
        None => 15,
    };
    // "APOLOGIES FOR ABSENCE.": a numbered title of words in capitals
    // may end in a full stop (not "11.00 A.M."); a sentence may not.
    let stopped = title.ends_with(['.', ';', ','])
        && !(l.marker.is_some()
            && title.ends_with('.')
            && is_upper(title)
            && words >= 2
            // (A stop set apart counts too: "... 13 NOVEMBER 2023 .")
            && title
                .trim_end_matches('.')
                .trim_end()
                .split(' ')
                .all(|w| w.trim_end_matches('.').len() > 1))
        // "14. To Approve Payments to be Made;": a numbered title in
        // capitals may end in a semicolon too.
        && !(l.marker.is_some()
            && title.ends_with(';')
            && words <= 10
            && is_title(title));
    if words == 0 || words > most || stopped {
        return false;
    }
    match &l.marker {
        None => {
            let lower = title.to_lowercase();
            // "SA19 7TE", "TOTAL £6,393.08", "NO OBSERVATIONS": a
            // postcode, a sum or a verdict, not a heading.
            // "PARAGRAPH 6.6)": the tail of a bracket.
            let sum = title.contains(['£', '$', '€'])
                || (title.contains(')') && !title.contains('('))
                || (has_date(title) && has_weekday(&lower));
            // "ACCEPTED [UNANIMOUS]", "PASSED COMMITTEE [7 TO 0]": the
            // result of a vote.
            let verdict = lower.starts_with("no objection")
                || lower.starts_with("no observation")
                || lower.starts_with("no comment")
                || title.contains('[')
                || VOTE_RESULTS.iter().any(|w| lower.starts_with(w));
            wordy(title)
                && !sum
                && !verdict
                && is_upper(title)
                && title.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && title.len() == l.body().len()
                && !NOT_HEADINGS.contains(&lower.trim_end_matches(':'))
                && !lower.contains("meeting of")
                && !is_sentence(&lower)
                // "OFFICIAL MINUTES", "REGULAR AGENDA": the document's
                // parts, not items.
                && !is_banner(&lower)
                // "BOARD OF DIRECTORS MEETING", "REMOTE MEETING": the
                // document's title.
                && !lower.ends_with(" meeting")
                && !(lower.starts_with("next ") && lower.contains("meeting"))
                // (Over "E/40480", an application's number, it may.)
                && next.is_some_and(|n| {
                    let t = &n.line.text;
                    !is_upper(t)
                        || (!t.contains(' ')
                            && t.contains('/')
                            && t.contains(|c: char| c.is_ascii_digit()))
                })
        }
        Some(Marker::Number { value, .. }) => {
            // "10 June 2020" is a date, not item 10.
            let date = crate::extract::dates::find_date(
                text,
                crate::extract::dates::DateOrder::Dmy,
            )
            .is_some_and(|(_, r)| r.start == 0);
            // Item numbers are small whole numbers, 1.2-style, or
            // minute numbers within the year ("061/08").
            let roman = value.bytes().all(|b| b"IVX".contains(&b));
            // "3. Ad-hoc committee on by-laws revision: M/S/A to ...": a
            // short label before a colon and the item's text.
            let body = l.body();
            let end = (title.as_ptr() as usize)
                .wrapping_sub(body.as_ptr() as usize)
                .wrapping_add(title.len());
            let labelled = body.get(end..).is_some_and(|r| r.starts_with(':'))
                && title.split(' ').count() <= 6;
            // "2. Apologies were accepted from Councillors Charles Smith,
            // Tom Turner and Ian Griffiths": a numbered sentence, however
            // many capitals its names give it.
            // (Not "V. August 2009 Financial Status Report – Robert
            // Merriman stated that boardings were down": a title, a
            // dash, then its text.)
            let before_dash = [" – ", " — ", " - ", "- "]
                .iter()
                .filter_map(|d| title.find(d))
                .min()
                .map_or(title, |k| &title[..k]);
            let sentence =
                before_dash.split(' ').any(|w| matches!(w, "was" | "were"));
            // (Or minutes numbered on through the years, "1358
            // DECLARATIONS OF INTEREST", which the classifier marks only
            // before a title in capitals.)
            let long =
                value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit());
            // "4A. ANNUAL RETURN" is an item put between two others;
            // "4.4.5iv) The identification of ..." a point under an old
            // minute: a number with a letter after it opens an item only
            // before a title in capitals.
            let suffixed =
                value.ends_with(|c: char| c.is_ascii_alphabetic()) && !roman;
            // "MM21/03        Environmental Planning ... Bill 2021": a
            // report's number (letters, then figures) set apart from its
            // title by a column's gap (not "SI20/13 Toormina BMX Upgrade
            // Project", a report named in a table of interests).
            let report = value.starts_with(|c: char| c.is_ascii_uppercase())
                && value.contains('/')
                && l.line.raw.get(value.len()..).is_some_and(|r| {
                    r.starts_with("  ") || r.starts_with('\t')
                });
            !date
                && (!suffixed || is_upper(title))
                && (roman
                    || long
                    || report
                    || value.split(['.', '/']).all(|p| p.len() <= 3))
                && (((is_title(title) || labelled) && !sentence)
                    || next.is_some_and(is_item_type)
                    // "3. Election of other offices" over "3.1. Internal
                    // Auditor – ...": a title over its own sub-items.
                    || (words <= 10
                        && !sentence
                        && !title.ends_with(['.', ',', ';'])
                        && next.is_some_and(|n| {
                            n.number().is_some_and(|v| {
                                v.strip_prefix(value.as_str())
                                    .is_some_and(|r| r.starts_with('.'))
                            })
                        }))
                    || is_agenda_wording(title)
                    // "2. 20-0120 An ordinance amending ...": a numbered
                    // line with a Legistar file number.
                    || after_file_number(l.body()).is_some()
                    // "24/047 Minutes of the previous meeting": a minute
                    // number opens an item whatever the title's case.
                    || (value.contains('/')
                        && words <= 10
                        && title.starts_with(char::is_uppercase)))
        }
        _ => false,
    }
}

/// "OFFICIAL MINUTES", "REGULAR AGENDA", "CONSENT AGENDA - NO
/// DISCUSSION", "Ordinary Meeting of Council": the document's title or
/// its parts, not agenda items (`lower` is the line in lower case).
fn is_banner(lower: &str) -> bool {
    // (Not "APPROVAL OF MINUTES", "ADDITIONS TO AGENDA", "BUSINESS
    // ARISING FROM THE MINUTES": items about them.)
    let about = || {
        [" of ", " to ", " from ", " on "]
            .iter()
            .any(|w| lower.contains(w))
    };
    ((lower.ends_with("minutes") || lower.ends_with(" agenda")) && !about())
        // "VOTE ON THE / MOTION:": a label in US board minutes.
        || lower.starts_with("vote on")
        || lower.starts_with("consent agenda")
        || lower.contains("meeting of")
        || lower == "table of contents"
        || lower == "contents"
        // "VIA AUDIO VISUAL LINK": how the meeting met, in its title.
        || lower.starts_with("via ")
        // "PART ONE", "PART 2": the open and closed parts of a meeting.
        || lower.strip_prefix("part ").is_some_and(|p| {
            matches!(p, "one" | "two" | "1" | "2" | "a" | "b" | "i" | "ii")
        })
}

/// The words for a body that meets, which end its name.
const BODY_WORDS: &[&str] = &[
    "council",
    "committee",
    "cabinet",
    "board",
    "commission",
    "authority",
    "assembly",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether the line ends in the word for a body that meets ("PLANNING
/// COMMITTEE", "Licton Springs Community Council").
fn names_body(l: &Classified<'_>) -> bool {
    ends_in(l, BODY_WORDS)
}

/// Whether the line's last word is one of `words` (in any case).
fn ends_in(l: &Classified<'_>, words: &[&str]) -> bool {
    let last = l
        .line
        .text
        .trim_matches('*')
        .rsplit(' ')
        .next()
        .unwrap_or("");
    words.iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// Whether `l` hangs under the text of `prev` in a column: "PRESENT:
/// Mayor Graham Smith, Cr Stuart" over "Barwood, Cr Murray Cox", indented
/// to where the list after the label starts, or a long line of such a
/// column under another at the same indent.
fn hangs(
    prev: &crate::normalize::Line<'_>,
    l: &crate::normalize::Line<'_>,
) -> bool {
    // (Not over a blank line.)
    if l.indent < 8 || l.no != prev.no + 1 {
        return false;
    }
    if prev.indent == l.indent {
        return prev.raw.len() >= 40;
    }
    let head = &prev.raw[..prev.raw.len().min(30)];
    let Some(colon) = head.find(':') else {
        return false;
    };
    let after = &prev.raw[colon + 1..];
    let gap = after.len() - after.trim_start().len();
    gap >= 2 && prev.indent + colon + 1 + gap == l.indent
}

/// Whether the line ends in the word for a place that hosts meetings
/// ("COUNCIL CHAMBERS", "Village Hall", "Civic Centre").
fn names_venue(l: &Classified<'_>) -> bool {
    ends_in(
        l,
        &[
            "chamber", "chambers", "hall", "centre", "center", "pavilion",
        ],
    )
}

/// "|||||||", "---|---|---": the rule between the rows of a table.
fn is_table_rule(t: &str) -> bool {
    t.len() >= 3
        && t.contains('|')
        && t.bytes().all(|b| matches!(b, b'|' | b'-' | b' ' | b':'))
}

// "... PDF 65 KB ...": a document's format and size inside a line.
re!(
    INLINE_DOC,
    r"(?i)\s(?:pdf icon\s+)?pdf\s+\d+(?:\.\d+)?\s*[km]b(?-u:\b)"
);

/// "To authorise payment of outstanding invoices": an agenda item worded
/// as what the meeting is to do.
fn is_agenda_wording(title: &str) -> bool {
    let mut words = title.split(' ');
    words.next() == Some("To")
        && words.next().is_some_and(|w| {
            w.len() > 2 && w.starts_with(|c: char| c.is_ascii_lowercase())
        })
}

/// "Public forum commenced": three words at most in sentence case, with
/// no verb that would make them a sentence ("Apologies were received")
/// nor a vote's words ("Motion passed unanimously", "And resolved").
fn short_heading(text: &str) -> bool {
    let words: SmallVec<[&str; 4]> = text.split(' ').collect();
    words.len() <= 3
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && !SENTENCE_STARTS.contains(&words[0])
        && !TITLES.contains(&words[0])
        && !words.iter().any(|w| {
            let w = w.to_ascii_lowercase();
            NO_SHORT_HEADING.contains(&w.as_str())
        })
}

/// Words a short heading in sentence case never holds: a verb that
/// makes it a sentence, a little word that joins a longer title, a
/// vote's words.
const NO_SHORT_HEADING: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "be",
    "been",
    "will",
    "would",
    "to",
    "and",
    "of",
    "the",
    "motion",
    "moved",
    "seconded",
    "passed",
    "carried",
    "resolved",
    "agreed",
    "approved",
    "adopted",
    "lost",
    "defeated",
    "favour",
    "favor",
    "unanimously",
    "vote",
    "voted",
];

/// "(Ordinance)", "(Second Reading Agenda 12)", "(Report)": the kind of
/// business under an agenda item's title in US council agendas.
fn is_item_type(l: &Classified<'_>) -> bool {
    let t = l.line.text.as_ref();
    t.len() <= 120
        && t.starts_with('(')
        && t.ends_with(')')
        && t[1..].starts_with(char::is_uppercase)
        && t.matches('(').count() == 1
}

/// Roles that sign minutes ("Clerk of the Council", "Auditor of the City").
const SIGNATORIES: &[&str] =
    &["Clerk", "Secretary", "Auditor", "Treasurer", "Chair"];

/// A table's column headings, which a number alone above is not an
/// item's.
const TABLE_WORDS: &[&str] =
    &["item", "subject", "title", "no", "page", "report"];

/// Words that open the result of a vote written in capitals.
const VOTE_RESULTS: &[&str] = &[
    "accepted",
    "adopted",
    "passed",
    "failed",
    "defeated",
    "approved",
    "carried",
    "tabled",
    "postponed",
    "confirmed",
    "placed on file",
    "referred to",
    "substitute",
    "continued",
    "withdrawn",
    "(",
];

/// Whether line `l` carries on the heading `first` whose last line so
/// far is `last`: the title fills its line (no text after it on the
/// line), and the line before ends where a title cannot (a bracket left
/// open, a comma, "the", "FOR") or `l` starts in lower case.
fn heading_wraps(
    first: &Classified<'_>,
    last: &Classified<'_>,
    l: &Classified<'_>,
) -> bool {
    if l.kind != Kind::Text || l.marker.is_some() {
        return false;
    }
    // The cheap tests first: most lines are not wrapped headings.
    let pt = last.line.text.as_ref();
    let last_word = pt.rsplit(' ').next().unwrap_or("").to_lowercase();
    let open = first.line.text.matches('(').count()
        > first.line.text.matches(')').count();
    let wraps = pt.ends_with(',')
        || open
        || RUNS_ON.contains(&last_word.as_str())
        || l.line.text.starts_with(char::is_lowercase);
    wraps
        && l.line.text.split(' ').count() <= 15
        && !is_item_type(l)
        && !is_reference(&l.line.text)
        && first.body().trim_end().ends_with(heading_title(first))
}

/// Lower-case words that cannot end a sentence: a line ending in one
/// was wrapped ("... to approve the" / "Platte Boiler Project.").
/// Whether a line ends in a word that cannot end a sentence ("... and",
/// "... of the"), so that the sentence goes on on the next line.
fn runs_on(text: &str) -> bool {
    RUNS_ON.contains(&text.rsplit(' ').next().unwrap_or(""))
}

const RUNS_ON: &[&str] = &[
    "the", "a", "an", "of", "to", "for", "and", "or", "with", "in", "on",
    "by", "from", "at", "that", "as", "into", "its", "their", "his", "her",
];

/// Words of a short line that make it a vote, a name or a list label
/// rather than a heading.
const NOT_STANDALONE: &[&str] = &[
    // "2 APOLOGIES" over "Nil": what the item records, not the next one.
    "nil",
    "none",
    "n/a",
    "unanimous",
    "carried",
    "lost",
    "agreed",
    "approved",
    "noted",
    "resolved",
    "resolution",
    "recommendation",
    "council resolution",
    "committee resolution",
    "present",
    "absent",
    "presennol",
    "yn bresennol",
    "absennol",
    "staff",
    "in attendance",
    "also present",
    "chairman",
    "chair",
    "signed",
    "date",
    "councillor",
    "items",
    "item",
    "venue",
    "location",
    "time",
    "date",
    // The label of a vote's record in US minutes ("Alderperson A moved
    // ..." / "Voice vote" / "... Motion carried").
    "voice vote",
    "roll call vote",
    // The state of the minutes over their title ("OPEN MINUTES" /
    // "Confirmed").
    "confirmed",
    "unconfirmed",
    "draft",
    "approved minutes",
];

/// A short title-case line set apart by blank lines and followed by a
/// paragraph: "Acknowledgement of Country", "Public forum". Minutes laid
/// out this way (common in Australian and New Zealand councils) give
/// headings no number and no capitals.
fn is_standalone_heading(
    lines: &[Classified<'_>],
    i: usize,
    prev: Option<usize>,
    layout: Layout,
) -> bool {
    let l = &lines[i];
    let text = l.line.text.as_ref();
    // "**Minutes of last meeting**": a title in bold, in whatever case
    // ("**Chairman's reports/ updates**").
    let bold = is_bold(text);
    let text = if bold {
        text[2..text.len() - 2].trim()
    } else {
        text
    };
    let blank = |j: usize| lines.get(j).is_none_or(|x| x.kind == Kind::Blank);
    let apart = (i == 0 || blank(i - 1)) && blank(i + 1);
    // "Police Matters:" set apart: a short heading may end in a colon,
    // unless it labels a list of people ("MEMBERS PRESENT:").
    let text = match text.strip_suffix(':') {
        Some(t)
            if apart
                && t.split(' ').count() <= 4
                && !has_any!(t, "present", "attend", "apolog", "absen")
                // ("IN THE CHAIR :", "MEMBERS :", "GARDA NOMINATIONS :".)
                && !has_any!(t, "chair", "members", "nominat", "official") =>
        {
            t
        }
        _ => text,
    };
    // "Declarations of Interest pdf icon PDF 55 KB": a ModernGov title
    // with its report's format and size, which its figures do not make
    // a date or an address.
    let documented = has_any!(text, "pdf")
        .then(|| INLINE_DOC.find(text))
        .flatten()
        .filter(|m| m.start() > 0 && m.end() == text.len());
    let text = documented.map_or(text, |m| &text[..m.start()]);
    // (Such a title may be the agenda's wording, however long: "To
    // confirm the accuracy of the minutes of the meeting of the Cabinet
    // held on 11th September 2024 pdf icon PDF 272 KB".)
    let (longest, most_words) = if documented.is_some() {
        (160, 25)
    } else {
        (60, 8)
    };
    let kind_ok = l.kind == Kind::Text
        || (documented.is_some() && l.kind == Kind::Purpose);
    if !kind_ok
        || l.marker.is_some()
        || text.len() > longest
        || text.ends_with(['.', ',', ';', ':', '!', '?', ')'])
        || !text.starts_with(char::is_uppercase)
        || memchr::memchr2(b':', b'|', text.as_bytes()).is_some()
        // ("ON", "OF": too short a title.)
        || text.chars().filter(|c| c.is_alphabetic()).count() < 3
    {
        return false;
    }
    if !apart && !layout.unspaced {
        return false;
    }
    if text.split_whitespace().count() > most_words
        || !(is_title(text)
            || short_heading(text)
            || bold
            || (documented.is_some() && is_agenda_wording(text)))
    {
        return false;
    }
    let lower = text.to_lowercase();
    if NOT_STANDALONE.contains(&lower.as_str())
        || (is_upper(text) && is_banner(&lower))
        || is_sentence(&lower)
        || is_vote_side(&lower)
        // "Clerk of the Council" under a signature.
        || (SIGNATORIES.iter().any(|w| text.starts_with(w)) && lower.contains(" of the "))
        || (documented.is_none() && lower.contains("meeting of"))
        || TITLES.iter().any(|t| {
            text.strip_prefix(t).is_some_and(|r| r.starts_with(' '))
        })
        || (documented.is_none()
            && text.chars().any(|c| c.is_ascii_digit())
            && (apart || has_date(text) || is_reference(text)))
    {
        return false;
    }
    // Not the tail of a wrapped paragraph (but "Police Matters:" set
    // apart after a numbered item's one line labels what follows,
    // whatever ends that line).
    let labels = text.len() < l.line.text.len();
    if let Some(p) = prev {
        let pt = lines[p].line.text.trim_end_matches([' ', '|']);
        if pt.len() >= 60
            && !pt.ends_with(['.', ':', '!', '?', ')'])
            && !(labels && lines[p].marker.is_some())
        {
            return false;
        }
    }
    // A paragraph follows (past a minute reference): a sentence, not
    // another short line.
    let Some(n) = next_content(lines, i + 1) else {
        return false;
    };
    let next = &lines[n];
    let nt = next.line.text.as_ref();
    // "Roll Call" over "Ayes: A, B and C": how the motion above was
    // voted, not an item.
    if lower.starts_with("roll call")
        && crate::extract::motion::is_vote_line(nt)
    {
        return false;
    }
    let words = nt.split_whitespace().count();
    // "Council Minutes" over "Wednesday June 7, 2023 @ 9:00 a.m.": a
    // title over the meeting's date, not a heading over a sentence.
    let date_line = words <= 8 && has_date(nt);
    if !apart {
        // Paragraphs one per line with no blank lines between (web
        // pages): the heading stands over a full sentence, a resolution
        // or a sub-heading ("Public forum" / "Year 8 Students" / text).
        return matches!(next.kind, Kind::ResolutionIntro { .. })
            || (n == i + 1
                && is_standalone_heading(lines, n, Some(i), layout))
            || (matches!(next.kind, Kind::Text | Kind::Purpose)
                && next.marker.is_none()
                && nt.ends_with(['.', '!', '?'])
                && words >= 6
                && !date_line);
    }
    // (Over any text, a title in bold: "**Payments for approval**" over
    // "Clerk £ 287.70"; but not "**Mayor**" over "Date:", a signature.)
    // ("**Members Present**" over their names labels a list.)
    if bold && has_any!(&lower, "present", "in attendance") {
        return false;
    }
    let over_any = bold
        && (is_title(text) || short_heading(text))
        && words >= 2
        && !nt.ends_with(':')
        && !is_bold(nt);
    // (Not "ON" over "THURSDAY, 6TH NOVEMBER, 2014, AT 10.30 A.M.": the
    // last word of a title block over the meeting's date.)
    if date_line {
        return false;
    }
    matches!(next.kind, Kind::ResolutionIntro { .. })
        || (matches!(next.kind, Kind::Text | Kind::Purpose)
            && ((nt.ends_with(['.', '!', '?']) && words >= 2)
                || words >= 8
                || over_any
                || standard_item(&lower)))
}

/// Whether a title (in lower case) is one of the items every council's
/// agenda holds, a heading over whatever follows: "Disclosure of
/// Interest" over a table's "Councillor" / "Items" / "Type of Interest".
fn standard_item(lower: &str) -> bool {
    [
        "apologies",
        "declarations of interest",
        "declaration of interest",
        "disclosure of interest",
        "disclosures of interest",
        "confirmation of minutes",
        "confirmation of the minutes",
        "matters arising",
        "correspondence",
        "any other business",
        "leave of absence",
        "urgent business",
    ]
    .iter()
    .any(|w| {
        lower
            .strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r == "s" || r.starts_with(' '))
    })
}

/// "PLANNING COMMITTEE - WEDNESDAY, 8TH APRIL, 2015": a meeting's title
/// names the day.
fn has_weekday(lower: &str) -> bool {
    WEEKDAYS.iter().any(|d| lower.contains(d))
}

/// "ORDINARY COUNCIL 22/11/2017": a few words in capitals that end in
/// the meeting's date, the running head of the minutes' pages.
fn dated_running_head(text: &str) -> bool {
    text.len() <= 60
        && text.ends_with(|c: char| c.is_ascii_digit())
        && is_upper(text)
        && crate::extract::dates::find_dates(
            text,
            crate::extract::dates::DateOrder::Dmy,
        )
        .last()
        .is_some_and(|(_, at)| at.end == text.len())
}

fn has_date(text: &str) -> bool {
    crate::extract::dates::find_date(
        text,
        crate::extract::dates::DateOrder::Dmy,
    )
    .is_some()
}

/// Title case: the first word and at least half of the longer words
/// capitalised ("Application for Free Trees", "Bank Mandate").
fn is_title(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|w| w.len() >= 4).collect();
    let caps = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.is_empty() || caps * 2 >= long.len()
}

/// Words that open a sentence of minutes, and so end a heading that
/// runs into its text on one line ("Chair's report The chair said ...",
/// "PARISH NOTICEBOARDS – update on options The chair said ...").
const SENTENCE_STARTS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "This",
    "That",
    "These",
    "There",
    "He",
    "She",
    "They",
    "We",
    "No",
    "Not",
    "Nothing",
    "None",
    "Nil",
    "Following",
    "Copies",
];

/// Words that open a sentence inside a line only before two small words:
/// "Tree Survey Two quotes have been received", "Neighbourhood Plan Some
/// discussion took place" (not "Option Year Two for Maintenance").
const QUANTIFIERS: &[&str] =
    &["Some", "Two", "Three", "Several", "Both", "All"];

/// Titles that open a sentence ("... receipts Cllr Pointer is ...") when
/// they follow an ordinary word, not a name ("County Councillor").
const TITLES: &[&str] = &[
    "Cllr",
    "Cllrs",
    "Cllr.",
    "Cllrs.",
    "Councillor",
    "Councillors",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
];

/// Where the heading that opens `body` ends when the item's text follows
/// on the same line: at a word that opens a sentence, or (after an
/// upper-case title) at the first capitalised ordinary word. `None`
/// when the whole of `body` may be the heading.
fn inline_heading_end(body: &str) -> Option<usize> {
    let mut words = body.split(' ').scan(0, |pos, w| {
        let at = *pos;
        *pos += w.len() + 1;
        Some((at, w))
    });
    let (_, first) = words.next()?;
    // (Not "Councillor photographs for the website The ...": a title
    // before a word in small letters names no one.)
    let titled = TITLES.contains(&first)
        && body[first.len()..]
            .trim_start()
            .starts_with(|c: char| !c.is_lowercase());
    if SENTENCE_STARTS.contains(&first) || titled {
        return None; // a sentence from its first word
    }
    let upper = is_upper(first)
        && first.chars().filter(|c| c.is_alphabetic()).count() > 1;
    let mut uppers = usize::from(upper);
    let mut prev = first;
    let mut depth = first
        .matches('(')
        .count()
        .saturating_sub(first.matches(')').count());
    for (at, w) in words {
        if w.is_empty() {
            continue;
        }
        let opens = w.matches('(').count();
        let closes = w.matches(')').count();
        if depth > 0 || w.starts_with('(') {
            depth = (depth + opens).saturating_sub(closes);
            prev = w;
            continue;
        }
        // Two words at least from here on: a sentence, not a last word.
        let more = || body[at..].split_whitespace().nth(1).is_some();
        let capital = w.starts_with(char::is_uppercase);
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let after_number = prev.starts_with(|c: char| c.is_ascii_digit());
        let ordinary_before = prev
            .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            || (upper && is_upper(prev))
            || prev.ends_with(')');
        // "Question submitted by Councillor Sean Hartigan": the person
        // after "by" or "from" is part of the title.
        let names_who = matches!(prev, "by" | "from" | "of" | "to" | "for");
        // "Church Survey Cllr Wyett and Cllr Mack both declared ...": in
        // a title of capitalised words, a member's title opens the text.
        let titled_text = !upper
            && prev.starts_with(char::is_uppercase)
            && at > first.len() + 1;
        // "5.3 Risk Assessment • The work advised ...": a bullet opens
        // the text.
        if matches!(w, "•" | "·") && more() {
            return Some(at);
        }
        let quantifies = || {
            QUANTIFIERS.contains(&w)
                && body[at..]
                    .split(' ')
                    .skip(1)
                    .take(2)
                    .filter(|w| w.starts_with(char::is_lowercase))
                    .count()
                    == 2
        };
        if (SENTENCE_STARTS.contains(&w)
            || quantifies()
            || (TITLES.contains(&w)
                && (ordinary_before || titled_text)
                && !names_who))
            && more()
        {
            return Some(at);
        }

        if upper {
            // ("INTEREST(s)": a capital word with its optional plural.)
            let stem = w.strip_suffix("(s)").unwrap_or(w);
            if is_upper(stem) && letters > 1 {
                uppers += 1;
            } else if capital
                && letters > 1
                && !crate::extract::dates::is_month_name(
                    w.trim_end_matches([',', '.']),
                )
                && !after_number
                && (uppers >= 2
                    || (at == first.len() + 1
                        && one_word_title(first, &body[at..])))
            {
                // "LOCAL AUTHORITY REPORTS Norfolk County Council ...",
                // "APOLOGIES Apologies were received from ...".
                return Some(at);
            } else if !capital
                && letters > 0
                && w.ends_with([')', '.'])
                && w.len() <= 4
            {
                // A list marker ("i.", "a)") opens the text.
                return (uppers >= 2).then_some(at);
            }
        }
        prev = w;
    }
    None
}

/// Whether an upper-case word alone ("APOLOGIES") is a title before
/// `rest`, a sentence that opens with the same word or with a subject
/// and its verb ("Apologies were received ...", "Forms were ..."); not
/// "DRCOG Board meeting on October 15".
fn one_word_title(first: &str, rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let (Some(subject), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    first.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && (subject.eq_ignore_ascii_case(first)
            || matches!(verb, "was" | "were" | "is" | "are" | "has" | "had"))
        && words.next().is_some()
}

/// Where the ModernGov section label " Minutes: " stands in `text`
/// after an item's title ("Apologies for Absence Minutes: Apologies
/// were ..."); not "Approve Minutes: Motion by ...", where "Minutes" is
/// the title's own word.
fn minutes_label_at(text: &str) -> Option<usize> {
    static LABEL: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" Minutes: "));
    let i = LABEL.find(text.as_bytes())?;
    let before = text[..i].rsplit(' ').next().unwrap_or("");
    // ("Matters Arising from the Minutes: None": nor after a preposition
    // or an article.)
    let own = [
        "approve", "adopt", "accept", "confirm", "review", "amend", "from",
        "of", "on", "the", "previous",
    ]
    .iter()
    .any(|v| before.eq_ignore_ascii_case(v));
    (!own).then_some(i)
}

/// "None", "Nil", "N/A", "None declared": the whole of an item with
/// nothing to record.
fn is_nil(text: &str) -> bool {
    let t = text.trim_end_matches('.').trim();
    [
        "none",
        "nil",
        "n/a",
        "none declared",
        "none received",
        "no items",
    ]
    .iter()
    .any(|w| t.eq_ignore_ascii_case(w))
}

/// The heading words of a heading line: after its number or "#"s, before
/// a colon that ends a short title ("Those Attending: Cllr ..."), or
/// before the item's text when it follows on the same line ("PUBLIC
/// FORUM A member said ...", "Chair's report The chair said ...").
pub fn heading_title<'a>(l: &'a Classified<'_>) -> &'a str {
    let body = l
        .body()
        .trim_start_matches('#')
        .trim_start_matches(['\\', '.'])
        .trim()
        .trim_matches('*')
        .trim()
        // "1. Attendance |": a table row's closing bar.
        .trim_end_matches(['|', ' ']);
    // "20-0112 Approval of the Minutes ...": a Legistar file number
    // before the title.
    let body = after_file_number(body).unwrap_or(body);
    // "Item 6: Public Forum": the number is not part of the title.
    let body = after_item_word(body)
        .map_or(body, |rest| rest.trim_start_matches('*').trim_start());
    // A table of contents: "Opening Declaration ........ 3",
    // "DECLARATIONS OF INTEREST.. 1".
    let body = match body.find("....") {
        Some(dots) if dots > 0 => body[..dots].trim_end(),
        _ => toc_page_cut(body),
    };
    // "Questions from County Councillors PDF 65 KB Any county ...": the
    // title ends at its report's format and size.
    let inline_doc = if has_any!(body, "pdf") {
        INLINE_DOC.find(body)
    } else {
        None
    };
    let body = match inline_doc {
        Some(m) if m.start() > 0 && m.end() < body.len() => {
            body[..m.start()].trim_end()
        }
        _ => body,
    };
    // "Apologies for Absence Minutes: Apologies were ...": the title ends
    // at an inline section label.
    if let Some(i) = minutes_label_at(body) {
        return body[..i].trim_end();
    }
    // A colon that ends a label, not one inside a time ("07:30").
    let colon = body.match_indices(':').map(|(i, _)| i).find(|&i| {
        !(body[..i].ends_with(|c: char| c.is_ascii_digit())
            && body[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
    });
    if let Some(colon) = colon {
        let head = &body[..colon];
        // "MINUTES The following minutes were read and confirmed:-": the
        // title in capitals, then its text.
        if let Some(cut) =
            inline_heading_end(head).filter(|&cut| is_upper(&head[..cut]))
        {
            return head[..cut].trim_end();
        }
        // "ITEMS FOR NEXT MEETING: TO BE HELD ON ...": the capitals go on.
        let after = body[colon + 1..].split_whitespace().take(2);
        let capitals_go_on = is_upper(head)
            && after.clone().count() == 2
            && after.clone().all(is_upper);
        // "Minutes of Previous Meeting: 30 March 2021": the date is
        // part of the title.
        // (Before any "pdf icon PDF 365 KB" after it.)
        let rest = body[colon + 1..].trim();
        let rest = rest
            .find(" pdf ")
            .or_else(|| rest.find(" PDF "))
            .map_or(rest, |i| &rest[..i]);
        let dated = rest.len() <= 30
            && crate::extract::dates::find_date(
                rest,
                crate::extract::dates::DateOrder::Dmy,
            )
            .is_some_and(|(_, r)| r.start == 0 && r.end + 2 >= rest.len());
        // "Request of Dixie Johnston to address Council regarding
        // Portland Plan: Comp Plan and citizen involvement": a long title
        // with a subtitle, not a label.
        // ("Public Meetings (Other than Planning Act): None": nothing to
        // record, not a subtitle.)
        let subtitle = head.split(' ').count() >= 6
            && !is_nil(rest)
            && rest.split(' ').count() <= 8
            && !rest.ends_with(['.', ';', ','])
            && rest.starts_with(char::is_uppercase);
        if dated || subtitle {
            return body;
        }
        if !capitals_go_on
            && head.split_whitespace().count() <= 10
            && colon + 1 < body.len()
        {
            return head.trim();
        }
        if colon + 1 == body.len() {
            return head.trim();
        }
    }
    // "Agenda, minutes – With addition of ... the board approved the
    // agenda.": a short label, a dash and a sentence.
    // (Under an item's number the title may be longer, and the sentence
    // go on past its stop: "3.2. Representative on the Village Hall
    // Management Committee – Cllr A proposed ...", "3.1. Internal
    // Auditor – Clerk informed the Council ... Clerk to action".)
    if let Some((label, rest)) = body.split_once(" – ") {
        let sentence = rest.starts_with(char::is_uppercase)
            && rest.split(' ').nth(7).is_some()
            && (rest.ends_with('.')
                || l.marker.is_some() && rest.contains(". "));
        let numbered_title = l.marker.is_some()
            && label.split(' ').count() <= 10
            && is_title(label)
            && !label.contains(['.', ':', ';', '(']);
        if sentence && (numbered_title || inline_label(body) == Some(label)) {
            return label;
        }
    }
    match inline_heading_end(body) {
        Some(end) => body[..end].trim_end_matches(['.', ' ', '-', '–']),
        // "44 MINUTES -": a dash with nothing after it.
        None => match body.trim_end_matches([' ', '-', '–', '—']) {
            t if !t.is_empty() && body[t.len()..].starts_with(' ') => t,
            _ => body,
        },
    }
}

/// `body` without the two dots and the page number that end a line of
/// a table of contents ("CONFIRMATION OF THE MINUTES.. 4").
fn toc_page_cut(body: &str) -> &str {
    let page = body.trim_end_matches(|c: char| c.is_ascii_digit());
    if page.len() == body.len() {
        return body;
    }
    match page.trim_end().strip_suffix("..") {
        Some(title) if !title.is_empty() => title.trim_end_matches('.'),
        _ => body,
    }
}

/// The agenda number a heading line opens with, if any.
fn item_number(l: &Classified<'_>) -> Option<String> {
    if let Some(n) = l.number() {
        return Some(n.to_string());
    }
    let t = l.line.text.trim_start_matches('*');
    if is_item_word(t) {
        let digits: String = t[4..]
            .trim_start_matches([' ', '-', '–'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        return Some(digits);
    }
    None
}

re!(REFERENCE, r"^[A-Z]{2,6}\s?\d{1,4}/\d{2,4}(?:-\d{1,3})?$");

/// A minute reference alone: "PLA146/14", "IC13/11-2" (a capital first
/// and a slash, tested before the pattern).
fn is_reference(t: &str) -> bool {
    t.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && t.as_bytes().contains(&b'/')
        && REFERENCE.is_match(t)
}

/// The next line with content: not blank, not a minute reference.
fn next_content(lines: &[Classified<'_>], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| {
        let l = &lines[i];
        l.kind != Kind::Blank
            && l.kind != Kind::ItemNumber
            && !is_reference(&l.line.text)
    })
}

fn next_non_blank(lines: &[Classified<'_>], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| lines[i].kind != Kind::Blank)
}

/// The lines before the first item: meeting details, kept verbatim.
fn preamble(
    lines: &[Classified<'_>],
    range: std::ops::Range<usize>,
    layout: Layout,
) -> Vec<Part> {
    let mut b = Builder {
        layout,
        ..Builder::default()
    };
    let mut prev: Option<usize> = None;
    for i in range {
        let l = &lines[i];
        // A wrapped line carries its text on ("Councillors Noakes, ...,
        // Dr Hall," / "Patterson, Scholes and Webb").
        let carries = l.kind == Kind::Text
            && !b.gapped
            && b.last_kind() == Some(&PartKind::Other(BlockKind::Text))
            && prev.is_some_and(|p| b.continues(&lines[p], l));
        if l.kind != Kind::Blank {
            prev = Some(i);
        }
        if carries {
            b.extend_last(i);
            continue;
        }
        match l.kind {
            Kind::Blank => b.gap(),
            Kind::Boilerplate => {
                b.single(PartKind::Other(BlockKind::Boilerplate), i)
            }
            Kind::MeetingLine => {
                b.single(PartKind::Other(BlockKind::Meeting), i)
            }
            Kind::Label(_) => b.single(PartKind::Other(BlockKind::Label), i),
            _ => b.single(PartKind::Other(BlockKind::Text), i),
        }
    }
    b.parts
}

/// How a document's lines are laid out, for joining wrapped lines.
#[derive(Debug, Clone, Copy, Default)]
struct Layout {
    /// Almost every line is followed by one blank line (PDF text): a
    /// single blank line does not end a paragraph.
    double_spaced: bool,
    /// The width lines are wrapped at, when the text is wrapped.
    wrap: Option<usize>,
    /// Paragraphs are whole lines with hardly a blank line between them
    /// (text taken from web pages): headings are not set apart.
    unspaced: bool,
}

impl Layout {
    fn of(lines: &[Classified<'_>]) -> Layout {
        let mut lens: Vec<usize> = lines
            .iter()
            .filter(|l| l.kind != Kind::Blank)
            .map(|l| l.line.text.chars().count())
            .collect();
        if lens.len() < 20 {
            return Layout::default();
        }
        let followed_by_one_blank = lines
            .windows(3)
            .filter(|w| {
                w[0].kind != Kind::Blank
                    && w[1].kind == Kind::Blank
                    && w[2].kind != Kind::Blank
            })
            .count();
        lens.sort_unstable();
        let p90 = lens[lens.len() * 9 / 10];
        // Wrapped text has many lines near one width; free text has
        // lines of all lengths, one paragraph each.
        let near = lens
            .iter()
            .filter(|&&n| n * 10 >= p90 * 8 && n <= p90 + 5)
            .count();
        let blanks = lines.len() - lens.len();
        let wrap = ((40..=200).contains(&p90) && near * 10 >= lens.len() * 4)
            .then_some(p90);
        Layout {
            double_spaced: followed_by_one_blank * 10 >= lens.len() * 7,
            wrap,
            unspaced: wrap.is_none() && blanks * 10 < lens.len(),
        }
    }
}

/// Collects parts, joining continuation lines to the part before them.
#[derive(Default)]
struct Builder {
    layout: Layout,
    /// Blank lines in a row just now.
    blanks: usize,
    parts: Vec<Part>,
    /// A blank line has come since the last part's last line.
    gapped: bool,
    /// A line outside the parts (heading, purpose) has come since the
    /// last part's last line: that part cannot be extended any more.
    broken: bool,
}

impl Builder {
    fn gap(&mut self) {
        self.blanks += 1;
        if !self.layout.double_spaced || self.blanks >= 2 {
            self.gapped = true;
        }
    }

    /// Whether line `l` carries on the sentence of `prev`: `prev` stops
    /// without closing punctuation and `l` opens in lower case, or, in
    /// wrapped text, `prev` fills the line.
    fn continues(&self, prev: &Classified<'_>, l: &Classified<'_>) -> bool {
        let pt = prev.line.text.as_ref();
        let lt = l.line.text.as_ref();
        let open = !pt.ends_with(['.', ':', ';', '?', '!', '"', '”']);
        if l.marker.is_some() || l.kind != Kind::Text || !open {
            return false;
        }
        if lt.starts_with(|c: char| c.is_lowercase()) {
            return true;
        }
        // "Members Absent: M. Stacey" under "Members Present: ...": a
        // list of its own (but "ABSENT: ..." under "AYES: ..." goes on
        // with the vote).
        fn label(t: &str) -> Option<&str> {
            t.find(':').filter(|&c| c <= 40).map(|c| &t[..c])
        }
        let present = |l: &str| has_any!(l, "present", "attend");
        // (Asked only of a line that would otherwise go on.)
        let list_label = || {
            label(lt).is_some_and(|l| {
                present(l)
                    || has_any!(l, "apolog")
                    || (has_any!(l, "absent")
                        && label(pt).is_some_and(present))
            })
        };
        let full = self
            .layout
            .wrap
            .is_some_and(|w| pt.chars().count() * 4 >= w * 3);
        // "Training." under "... Eligibility Assessments/Travel": the
        // last word or two of a wrapped sentence.
        let tail = || {
            lt.ends_with('.')
                && lt.split(' ').count() <= 2
                && pt.split(' ').count() >= 5
        };
        // "Services Officer), Jane Lynch ...": closes a bracket that an
        // earlier line opened.
        let closes = || {
            lt.find(')')
                .is_some_and(|c| lt.find('(').is_none_or(|o| c < o))
        };
        (full
            || hangs(&prev.line, &l.line)
            // ("Councillors Noakes, Backhouse," / "(Democratic" go on.)
            || pt.ends_with([',', '(', '&', '-', '–'])
            || runs_on(pt)
            || tail()
            || pt.matches('(').count() > pt.matches(')').count()
            || closes())
            && !list_label()
    }

    fn single(&mut self, kind: PartKind, i: usize) {
        self.parts.push(Part {
            kind,
            lines: smallvec![i],
        });
        self.gapped = false;
        self.broken = false;
        self.blanks = 0;
    }

    /// Adds line `i` to the last part, or starts a part of the same kind
    /// when something else has claimed a line since, so that parts never
    /// reach across another record's lines.
    fn extend_last(&mut self, i: usize) {
        match self.parts.last_mut() {
            Some(p) if !self.broken => p.lines.push(i),
            Some(p) => {
                let kind = p.kind.clone();
                self.single(kind, i);
            }
            None => self.single(PartKind::Other(BlockKind::Text), i),
        }
        self.gapped = false;
        self.blanks = 0;
    }

    /// Notes that line `i` went to the heading or purpose.
    fn claim(&mut self) {
        self.broken = true;
    }

    fn last_kind(&self) -> Option<&PartKind> {
        self.parts.last().map(|p| &p.kind)
    }
}

fn is_heading_like(l: &Classified<'_>) -> bool {
    let body = l.body();
    // "MINUTES Ordinary Council Meeting 6.00pm Tuesday 23 April 2019":
    // the document's title.
    let dated = has_date(body) && has_weekday(&body.to_lowercase());
    !dated
        && matches!(l.kind, Kind::Text)
        && matches!(l.marker, None | Some(Marker::Number { .. }))
        && body.split_whitespace().count() <= 20
        && !body.ends_with(['.', ';', ','])
        && body.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
}

fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    norm(a) == norm(b)
}

/// Segments one item's lines.
fn item(
    lines: &[Classified<'_>],
    range: std::ops::Range<usize>,
    numbered: bool,
    layout: Layout,
) -> RawItem {
    let mut it = RawItem::default();
    let mut b = Builder {
        layout,
        ..Builder::default()
    };
    let mut mode = Mode::Header;
    let mut expect_heading = false;
    let mut last_number: Option<u32> = None;
    let mut prev: Option<usize> = None;
    let mut purpose_open = false;

    for i in range {
        let l = &lines[i];
        if l.kind == Kind::Blank {
            b.gap();
            continue;
        }
        let prev_line = prev.map(|p| &lines[p]);
        prev = Some(i);
        // Only a purpose line right before may be carried on.
        let purpose_continues = std::mem::take(&mut purpose_open);

        // Structural lines mean the same in every mode.
        match l.kind {
            Kind::ItemNumber
                if numbered && it.number.is_none() && it.heading.is_none() =>
            {
                // ("**1.**" in bold is item 1, and so is "Item 1:".)
                it.number = Some(item_number_text(&l.line.text).to_string());
                b.single(PartKind::Other(BlockKind::Label), i);
                expect_heading = true;
                continue;
            }
            // "---" then "6": the page's number under its rule, within
            // an item's text.
            Kind::ItemNumber
                if mode != Mode::Header
                    && prev_line.is_some_and(is_page_rule) =>
            {
                b.single(PartKind::Other(BlockKind::Boilerplate), i);
                continue;
            }
            Kind::Boilerplate => {
                b.single(PartKind::Other(BlockKind::Boilerplate), i);
                continue;
            }
            Kind::MeetingLine => {
                b.single(PartKind::Other(BlockKind::Meeting), i);
                continue;
            }
            Kind::Label(section) => {
                // The text before an item's first "Minutes:" label is the
                // agenda's description of the item, not points made; but
                // "Vote on the" / "Minutes:" is a phrase wrapped, not a
                // label.
                let wrapped = prev_line.is_some_and(|p| {
                    let last = p.line.text.rsplit(' ').next().unwrap_or("");
                    RUNS_ON.contains(&last.to_lowercase().as_str())
                });
                let minutes = l
                    .line
                    .text
                    .get(..7)
                    .is_some_and(|w| w.eq_ignore_ascii_case("minutes"));
                if minutes && !it.has_minutes_label && !wrapped {
                    for p in &mut b.parts {
                        if matches!(p.kind, PartKind::Discussion { .. }) {
                            p.kind = PartKind::Other(BlockKind::Text);
                        }
                    }
                }
                b.single(PartKind::Other(BlockKind::Label), i);
                mode = match section {
                    Section::Minutes => {
                        it.has_minutes_label = true;
                        Mode::Minutes
                    }
                    Section::Declarations => Mode::Declarations,
                    Section::Documents => Mode::Documents,
                    Section::Decision => {
                        it.has_minutes_label = true;
                        Mode::Resolutions {
                            seen: false,
                            decision: true,
                        }
                    }
                };
                expect_heading = false;
                continue;
            }
            _ => {}
        }

        // The first line of an item that a heading line opened is its
        // heading.
        let opens_item = numbered
            && it.heading.is_none()
            && it.number.is_none()
            && b.parts.is_empty()
            && l.kind != Kind::ItemNumber;
        if opens_item {
            mode = Mode::Header;
        }
        if mode == Mode::Header {
            // An item has one heading: a later line never replaces it.
            // "1." over "Moved by: ...": a motion, not the item's title.
            let heading_here = (opens_item
                || expect_heading
                || (it.purpose.is_empty() && is_heading_like(l)))
                && !is_moved_by(l.body());
            if it.heading.is_none() && heading_here {
                expect_heading = false;
                it.heading = Some(i);
                b.claim();
                if let Some(n) = l.number() {
                    it.number.get_or_insert_with(|| n.to_string());
                }
                continue;
            }
            if let Some(h) = it.heading {
                let last = it.heading_more.last().copied().unwrap_or(h);
                // The last words of a title over its "(Ordinance)" line.
                let over_type = l.kind == Kind::Text
                    && l.marker.is_none()
                    && l.line.text.split(' ').count() <= 8
                    && lines.get(i + 1).is_some_and(is_item_type);
                if it.purpose.is_empty()
                    && b.parts.is_empty()
                    && last + 1 == i
                    && (heading_wraps(&lines[h], &lines[last], l) || over_type)
                {
                    it.heading_more.push(i);
                    b.claim();
                    continue;
                }
            }
            if let (Some(h), Some(n)) = (it.heading, l.number()) {
                // "17 Children and ..." repeating the heading with its
                // number (ModernGov "Issue - meetings" pages).
                if same_words(lines[h].body(), l.body()) {
                    it.number.get_or_insert_with(|| n.to_string());
                    b.single(PartKind::Other(BlockKind::Heading), i);
                    continue;
                }
            }
            if l.kind == Kind::DocFormat {
                b.single(PartKind::Document, i);
                continue;
            }
            if l.kind == Kind::Purpose && it.purpose.is_empty() {
                it.purpose.push(i);
                b.claim();
                purpose_open = true;
                continue;
            }
            if purpose_continues
                && (matches!(l.marker, Some(Marker::Letter(_)))
                    || prev_line.is_some_and(|p| b.continues(p, l)))
            {
                it.purpose.push(i);
                b.claim();
                purpose_open = true;
                continue;
            }
            mode = Mode::Minutes;
        }

        match mode {
            Mode::Header => unreachable!("left above"),
            Mode::Documents => {
                let t = l.line.text.as_ref();
                // A sentence is not a document title: the minutes go on
                // ("Minutes: The Minutes of the meeting ... were agreed.").
                let sentence = l.kind != Kind::DocFormat
                    && t.ends_with('.')
                    && t.split(' ').count() >= 8;
                // ("Additional documents:" over "It was agreed:": the
                // decisions, with no document between.)
                let intro = matches!(l.kind, Kind::ResolutionIntro { .. });
                if sentence || intro {
                    mode = Mode::Minutes;
                    minutes_line(
                        lines,
                        &mut b,
                        &mut mode,
                        &mut last_number,
                        i,
                    );
                } else if l.kind == Kind::DocFormat
                    && b.last_kind() == Some(&PartKind::Document)
                    && b.parts.last().is_some_and(|p| p.lines.len() == 1)
                {
                    b.extend_last(i);
                } else {
                    b.single(PartKind::Document, i);
                }
            }
            Mode::Declarations => {
                if NAME_ROLE.is_match(&l.line.text) {
                    b.single(PartKind::Attendance, i);
                } else {
                    mode = Mode::Minutes;
                    minutes_line(
                        lines,
                        &mut b,
                        &mut mode,
                        &mut last_number,
                        i,
                    );
                }
            }
            Mode::Resolutions { seen, decision } => {
                let that = starts_with_that(l.body());
                let none = NONE_LINE.is_match(&l.line.text);
                let intro = matches!(l.kind, Kind::ResolutionIntro { .. });
                if intro || (!seen && is_moved_by(l.body())) {
                    // (A resolution under "Resolution 2020/21" that opens
                    // with "Moved: Mayor A" / "Seconded: Cr B" / "That
                    // ..." / "Carried" is read as one motion, from the
                    // minutes.)
                    if !intro {
                        mode = Mode::Minutes;
                    }
                    minutes_line(
                        lines,
                        &mut b,
                        &mut mode,
                        &mut last_number,
                        i,
                    );
                } else if seen
                    && b.last_kind() == Some(&PartKind::Resolution)
                    && prev_line.is_some_and(|p| {
                        (!b.gapped && b.continues(p, l))
                            || l.marker.is_some() && is_that_opener(p)
                            || bare_bullet(p)
                    })
                {
                    b.extend_last(i);
                } else if decision && leads_in(&l.line.text) {
                    // "The Council voted unanimously ... to make the
                    // resolution below.": what leads to the decision.
                    b.single(PartKind::Other(BlockKind::Text), i);
                } else if (l.marker.is_some() || that || !seen || decision)
                    && !none
                    && !(seen && puts_motion(l.body()))
                    && !(l.marker.is_some()
                        && !that
                        && decided_point(lines, &b))
                {
                    b.single(PartKind::Resolution, i);
                    mode = Mode::Resolutions {
                        seen: true,
                        decision,
                    };
                } else if none && decision {
                    b.single(PartKind::Other(BlockKind::Text), i);
                } else {
                    mode = Mode::Minutes;
                    minutes_line(
                        lines,
                        &mut b,
                        &mut mode,
                        &mut last_number,
                        i,
                    );
                }
            }
            Mode::Minutes => {
                minutes_line(lines, &mut b, &mut mode, &mut last_number, i)
            }
        }
    }
    it.parts = b.parts;
    it
}

/// A sentence that announces the decision after it ("... to make the
/// resolution below.", "... resolved as follows:").
fn leads_in(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(" below.")
        || t.ends_with(" as follows:")
        || t.ends_with(" below:")
}

/// "(b) It was moved by Councillor A, seconded by Councillor B and"
/// after a resolution: the next motion, not a point of that resolution.
fn puts_motion(body: &str) -> bool {
    is_moved_by(body)
        || ["it was moved", "it was proposed", "on the proposal of"]
            .iter()
            .any(|p| {
                body.get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            })
}

/// "That the Council" on a line of its own: the opening of a resolution
/// whose points follow, numbered.
fn is_that_opener(l: &Classified<'_>) -> bool {
    let t = l.line.text.as_ref();
    starts_with_that(t)
        && !t.ends_with(['.', ';'])
        && t.split(' ').count() <= 4
}

fn starts_with_that(s: &str) -> bool {
    s.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("that "))
}

/// Whether the last part is a numbered or lettered point that is a
/// decision of its own ("11i) It was agreed that the trees be felled.",
/// "(ii) It was agreed that ..."): the next numbered line is the next
/// point, not more of the decision.
fn decided_point(lines: &[Classified<'_>], b: &Builder) -> bool {
    b.parts.last().is_some_and(|p| {
        let first = &lines[p.lines[0]];
        p.kind == PartKind::Resolution
            && first.marker.is_some()
            && matches!(first.kind, Kind::ResolutionIntro { rest } if rest < first.line.text.len())
    })
}

/// One line of a minutes section: a discussion point, the sub-point or
/// continuation of one, or the start of resolutions.
fn minutes_line(
    lines: &[Classified<'_>],
    b: &mut Builder,
    mode: &mut Mode,
    last_number: &mut Option<u32>,
    i: usize,
) {
    let l = &lines[i];
    if let Kind::ResolutionIntro { rest } = l.kind {
        let inline = rest < l.line.text.len();
        if inline {
            b.single(PartKind::Resolution, i);
        } else {
            b.single(PartKind::Other(BlockKind::ResolutionIntro), i);
        }
        *mode = Mode::Resolutions {
            seen: inline,
            decision: false,
        };
        return;
    }
    let number = l.number().map(str::to_string);
    let major = number
        .as_deref()
        .and_then(|n| n.split('.').next())
        .and_then(|n| n.parse::<u32>().ok());
    // A numbered list that starts again at 1 with "That ..." after the
    // discussion is the list of resolutions.
    if starts_with_that(l.body())
        && l.marker.is_some()
        && (major == Some(1) && last_number.is_some_and(|n| n >= 1)
            || matches!(l.marker, Some(Marker::Number { .. })))
    {
        b.single(PartKind::Resolution, i);
        *mode = Mode::Resolutions {
            seen: true,
            decision: false,
        };
        return;
    }
    let in_point = matches!(b.last_kind(), Some(PartKind::Discussion { .. }));
    let prev = b
        .parts
        .last()
        .and_then(|p| p.lines.last())
        .map(|&p| &lines[p]);
    let parent_numbered = matches!(
        b.last_kind(),
        Some(PartKind::Discussion { number: Some(_) })
    );
    if in_point
        && matches!(l.marker, Some(Marker::Letter(_)))
        && parent_numbered
    {
        b.extend_last(i);
        return;
    }
    if in_point
        && prev.is_some_and(|p| {
            (!b.gapped && b.continues(p, l))
                || (bare_bullet(p) && l.marker.is_none())
                // ("... seconded by Councillor Collins and" over a blank
                // line and "agreed.": a sentence goes on over a gap.)
                || (l.marker.is_none()
                    && l.line.text.starts_with(char::is_lowercase)
                    && runs_on(&p.line.text))
        })
    {
        b.extend_last(i);
        return;
    }
    if major.is_some() {
        *last_number = major;
    }
    b.single(PartKind::Discussion { number }, i);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::classify;
    use crate::normalize::lines;

    fn seg(text: &str) -> (Vec<Classified<'_>>, Segments) {
        let ls: Vec<_> = lines(text).into_iter().map(classify).collect();
        let s = segment(&ls);
        (ls, s)
    }

    fn kinds(s: &Segments) -> Vec<PartKind> {
        s.items[0].parts.iter().map(|p| p.kind.clone()).collect()
    }

    #[test]
    fn banners_are_no_items() {
        for b in [
            "official minutes",
            "regular agenda",
            "via audio visual link",
            "table of contents",
            "part one",
            "part 2",
        ] {
            assert!(is_banner(b), "{b}");
        }
        for t in [
            "approval of agenda",
            "partnership working",
            "part of the plan",
        ] {
            assert!(!is_banner(t), "{t}");
        }
    }

    #[test]
    fn single_item_with_heading_and_purpose() {
        let (_, s) = seg(
            "Agenda item\n\nINSPECTION OF SERVICES\n\nA report from the \
             Cabinet Member.\n\nMinutes:\n\nThe DCS reported.\n\nIt was \
             agreed:\n\n· The plan be monitored\n",
        );
        assert_eq!(s.items.len(), 1);
        // The upper-case heading opens the item; the boilerplate before
        // it is the preamble.
        assert_eq!(
            s.preamble[0].kind,
            PartKind::Other(BlockKind::Boilerplate)
        );
        let it = &s.items[0];
        assert_eq!(it.heading, Some(2));
        assert_eq!(it.purpose, vec![4]);
        assert_eq!(
            kinds(&s),
            vec![
                PartKind::Other(BlockKind::Label),
                PartKind::Discussion { number: None },
                PartKind::Other(BlockKind::ResolutionIntro),
                PartKind::Resolution,
            ]
        );
    }

    #[test]
    fn sub_points_stay_in_their_point() {
        let (_, s) = seg(
            "Minutes:\n1. Officers highlighted:\na. One\nb. Two\n2. Officers noted the risk.\n",
        );
        let parts = &s.items[0].parts;
        assert_eq!(parts[1].lines[..], [1, 2, 3]);
        assert_eq!(parts[2].lines[..], [4]);
    }

    #[test]
    fn numbered_that_list_after_discussion_is_resolutions() {
        let (_, s) = seg(
            "Minutes:\n1. A point.\n2. B point.\n1. That the report be noted.\n",
        );
        assert_eq!(s.items[0].parts[3].kind, PartKind::Resolution);
    }

    #[test]
    fn plain_paragraph_ends_resolutions() {
        let (_, s) =
            seg("It was agreed:\n· A\n· B\nCllr X left the meeting.\n");
        assert_eq!(
            kinds(&s)[1..],
            [
                PartKind::Resolution,
                PartKind::Resolution,
                PartKind::Discussion { number: None }
            ]
        );
    }

    #[test]
    fn agenda_text_before_the_minutes_label_is_not_points() {
        let (_, s) = seg(
            "Agenda item\n\nDATE OF NEXT MEETING\n\nThe Committee is asked to note the dates reserved for its meetings.\n\nAll meetings will take place at County Hall.\n\nMinutes:\n\nThe dates were noted.\n",
        );
        let kinds: Vec<PartKind> =
            s.items[0].parts.iter().map(|p| p.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                PartKind::Other(BlockKind::Text),
                PartKind::Other(BlockKind::Label),
                PartKind::Discussion { number: None },
            ]
        );
    }

    #[test]
    fn moderngov_item_list() {
        let (_, s) =
            seg("Agenda and minutes\nItems\n124.\nApologies\nMinutes:\n\
             Apologies were received from Mr A Booth.\n125.\nDeclarations\n\
             Minutes:\nNone.\n");
        assert_eq!(s.preamble.len(), 2);
        assert_eq!(s.items.len(), 2);
        assert_eq!(s.items[0].number.as_deref(), Some("124"));
        assert_eq!(s.items[1].heading, Some(7));
    }

    #[test]
    fn a_list_after_a_colon_opens_no_items() {
        let (_, s) = seg(
            "Minutes:\nRESOLVED – That the application be APPROVED subject to the following conditions:\n1. Standard Time\n2. Approved Plans\n3. Materials\n",
        );
        assert_eq!(s.items.len(), 1, "{:?}", s.items);
    }

    #[test]
    fn heading_lines_open_items() {
        let (ls, s) = seg(
            "Minutes of X Parish Council\n\nWELCOME AND APOLOGIES\nCllr A Bee took the chair.\n\n\
             ## CALL TO ORDER\nThe meeting opened.\n\
             5. Minutes of the Previous Meeting\nThey were approved.\n\
             1. Those Attending: Cllr J Doe (Chairman)\n\
             1\\. PUBLIC FORUM A member of the public spoke.\n\
             The conditions were:\n1. Standard Time\n",
        );
        let titles: Vec<_> = s
            .items
            .iter()
            .map(|it| heading_title(&ls[it.heading.unwrap()]).to_string())
            .collect();
        assert_eq!(
            titles,
            [
                "WELCOME AND APOLOGIES",
                "CALL TO ORDER",
                "Minutes of the Previous Meeting",
                "Those Attending",
                "PUBLIC FORUM",
            ]
        );
        assert_eq!(s.items[2].number.as_deref(), Some("5"));
    }

    #[test]
    fn wrapped_double_spaced_text_joins_into_paragraphs() {
        // PDF text: every line followed by a blank line, wrapped at a
        // fixed width; a paragraph ends where a line ends a sentence.
        let para = "The Mayor said that the Council had convened to show its\n\n\
                    Support for the journalists of the Limerick Leader who were\n\n\
                    present at the meeting today and for their union as well.\n\n";
        let text = format!("Minutes:\n\n{}", para.repeat(8));
        let (_, s) = seg(&text);
        let points: Vec<_> = s.items[0]
            .parts
            .iter()
            .filter(|p| matches!(p.kind, PartKind::Discussion { .. }))
            .collect();
        assert_eq!(points.len(), 8);
        assert_eq!(points[0].lines.len(), 3);
    }

    #[test]
    fn continuation_lines_join_their_paragraph() {
        let (_, s) = seg(
            "Minutes:\nThe Mayor said that the\ncouncil had met.\nNext.\n",
        );
        assert_eq!(s.items[0].parts[1].lines[..], [1, 2]);
        assert_eq!(s.items[0].parts[2].lines[..], [3]);
    }
}

#[cfg(test)]
mod agenda_layouts {
    use super::*;
    use crate::classify::classify;
    use crate::normalize::lines;

    #[test]
    fn a_members_title_after_a_title_case_heading_opens_its_text() {
        assert_eq!(
            headings(
                "1\\. Church Survey Cllr Wyatt and Cllr Mack both declared a personal interest in this item.\n\n2\\. Neighbourhood Plan Cllr Mack has approached the Borough Council regarding planning.\n"
            ),
            ["Church Survey", "Neighbourhood Plan"]
        );
    }

    fn headings(text: &str) -> Vec<String> {
        let ls: Vec<_> = lines(text).into_iter().map(classify).collect();
        segment(&ls)
            .items
            .iter()
            .filter_map(|it| {
                it.heading.map(|h| heading_title(&ls[h]).to_string())
            })
            .collect()
    }

    #[test]
    fn us_disposition_agenda() {
        // Long sentence-case titles over their kind of business, with the
        // disposition after: the titles are headings, the dispositions
        // and the section banners are not.
        let text = "CONSENT AGENDA - NO DISCUSSION\n\n41 Appoint Alison Stoll and Peter Stark to the Portland Plan Community Involvement Committee to serve a term from July 2009 through December 2012\n(Report)\n(Y-5) CONFIRMED\n*42 Accept and appropriate a grant in the amount of $94,710 from Corporation for National Service\n(Ordinance)\nPLACED ON FILE\nREGULAR AGENDA\n\n57 Accept the Report on the 2011 Federal Legislative Agenda\n(Report)\n(Y-5) ACCEPTED AS AMENDED\n";
        assert_eq!(
            headings(text),
            [
                "Appoint Alison Stoll and Peter Stark to the Portland Plan Community Involvement Committee to serve a term from July 2009 through December 2012",
                "Accept and appropriate a grant in the amount of $94,710 from Corporation for National Service",
                "Accept the Report on the 2011 Federal Legislative Agenda",
            ]
        );
    }

    #[test]
    fn headings_in_text_without_blank_lines() {
        // Web minutes: every paragraph one line, no blank lines between.
        let mut text = String::from("Ordinary Meeting of Council\n");
        for i in 0..20 {
            let more = " and more".repeat(i * 3);
            text.push_str(&format!(
                "Councillor {i} spoke about the plan{more}.\n"
            ));
        }
        text.push_str("Conflicts of interest\nCouncillors Boag, Price and Taylor declared a conflict of interest in Item 1.\nPublic forum\nYear 8 Students\nThe Principal introduced the Year 8 students who displayed a video.\n");
        assert_eq!(
            headings(&text),
            ["Conflicts of interest", "Public forum", "Year 8 Students"]
        );
    }

    #[test]
    fn pdf_pack_cover_and_minute_references() {
        // A cover letter's table ("5" over "Item"), the page number over
        // the committee's name, then items known by their minute
        // references, "APOLOGIES" among them.
        let text = "Agenda No\n5\nItem\nTo approve the minutes of the meeting dated 25 March 2015\nAgenda Item 5\n1\nPLANNING COMMITTEE\nWednesday, 25 March 2015\nPresent: Councillor Mrs Soyke (Chairman)\nAPOLOGIES\nPLA146/14\nApologies for absence were recorded from Councillor Weeden.\nSITE INSPECTIONS\nPLA149/14\nThe Chairman advised that a brief site visit had been undertaken.\n";
        assert_eq!(headings(text), ["APOLOGIES", "SITE INSPECTIONS"]);
    }

    #[test]
    fn lettered_agendas() {
        let text = "MINUTES\nGovernment Relations Committee\nA. Call to Order\nThe Chair called the meeting to order at 5:38 p.m.\nB. Updates\nStaff gave an update on the session.\nC. Other Matters\nThere were none.\nD. Next Meeting Date - January 8, 2013\nE. Adjourn\nThe meeting adjourned at 6:40 p.m.\n";
        assert_eq!(
            headings(text),
            [
                "A. Call to Order",
                "B. Updates",
                "C. Other Matters",
                "D. Next Meeting Date - January 8, 2013",
                "E. Adjourn"
            ]
        );
        let ls: Vec<_> = lines(text).into_iter().map(classify).collect();
        let numbers: Vec<_> = segment(&ls)
            .items
            .into_iter()
            .filter_map(|it| it.number)
            .collect();
        assert_eq!(numbers, ["A", "B", "C", "D", "E"]);
        // Initialled names listed one a line are not an agenda, nor is a
        // run that does not start at A.
        let names =
            "Present:\nA. Smith\nB. Jones\nC. Brown\nThe meeting opened.\n";
        assert_eq!(headings(names), ["Present"]);
        let late = "Notes\nB. Budget\nText on the budget.\nC. Roads\nText on roads.\nD. Parks\nText on parks.\n";
        assert_eq!(headings(late), ["Notes"]);
    }

    #[test]
    fn bold_item_numbers_and_motion_records() {
        // Irish council minutes exported to Markdown: the number alone in
        // bold over the title; "Seconded by ...:" over "And Resolved:"
        // is the motion's record, not an item.
        let text = "**1.**\n\n**Adoption of Minutes**\n\nCirculated, copy of draft Minutes.\n\nProposed by Councillor Hourigan;\n\nSeconded by Councillor Ryan:\n\nAnd Resolved:\n\n“That, the draft Minutes be adopted.”\n\n**2.**\n\n**Standing Orders**\n\nIt was agreed to circulate a draft.\n";
        assert_eq!(headings(text), ["Adoption of Minutes", "Standing Orders"]);
        // The person a title names after "by" is part of it.
        let text = "6. **Question submitted by Councillor Sean Hartigan**\n\nI will ask what action has been taken.\n";
        assert_eq!(
            headings(text),
            ["Question submitted by Councillor Sean Hartigan"]
        );
    }

    #[test]
    fn headings_wrapped_onto_more_lines() {
        let text = "*46 Accept a grant of $304,400 and authorize an Intergovernmental Agreement for the\ndesign, bid and award of the N Killingsworth-Greeley\nIntersection Improvements\n(Ordinance)\n(Y-5) 184352\nDECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR\nMEMBERS TAKING PART IN THE PLANNING PROCESS, PART 5,\nPARAGRAPH 6.6)\nPLA148/14\nNo declarations of lobbying were made.\n";
        let ls: Vec<_> = lines(text).into_iter().map(classify).collect();
        let segs = segment(&ls);
        let more: Vec<Vec<usize>> = segs
            .items
            .iter()
            .map(|it| it.heading_more.clone())
            .collect();
        assert_eq!(segs.items.len(), 2, "{segs:#?}");
        assert_eq!(more, [vec![1, 2], vec![6, 7]]);
    }

    #[test]
    fn moderngov_table_rows() {
        let text = "No. | Item | ||||\n---|---|---|\nApologies for Absence Minutes: Apologies were received on behalf of Councillor Chapman. |\n|||||\nQuestions from County Councillors PDF 65 KB Any county councillor may ask a question.\n";
        assert_eq!(
            headings(text),
            ["Apologies for Absence", "Questions from County Councillors"]
        );
    }

    #[test]
    fn roman_numbered_board_minutes() {
        let text = "VII.\n\nGeneral Manager Oversight Update\nPresented by Committee Chair Buzek.\n\nVIII.\n\nApproval of Board Meeting Minutes of April 20, 2021\nDirector Broom made the motion to approve the\nminutes for the Board Meeting for April 20, 2021.\n\nVOTE ON THE\nMOTION:\n\nThe motion passed 13 in favor and 0 against.\n\nXIV. Old Business\nNone.\n\nACCEPTED [UNANIMOUS]\nBob Broom, Director, District F\n";
        assert_eq!(
            headings(text),
            [
                "General Manager Oversight Update",
                "Approval of Board Meeting Minutes of April 20, 2021",
                "Old Business"
            ]
        );
    }
}
