//! The meeting's body and date from the top of the document, when no
//! "Meeting: 17/07/2025 - Cabinet" line gives them: "Minutes of Stoke
//! Ferry Parish Council Meeting", "MEETING OF LIMERICK CITY AND COUNTY
//! COUNCIL HELD ON MONDAY, 8TH MARCH, 2021", "Environment & Transport
//! Cabinet Committee - Wednesday, 28th November, 2018", a line that is
//! only a body's name ("Cabinet", "LICTON SPRINGS COMMUNITY COUNCIL").
//! Dates of previous meetings, deadlines and approvals are passed over.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::dates::{DateOrder, find_dates};
use super::head;
use crate::classify::{Classified, Kind};
use crate::model::Span;

/// How many non-blank lines at the top count as the header.
const HEADER_LINES: usize = 15;
/// A meeting date stands early in its line, not at the end of a long
/// paragraph ("... by 31st March 2022").
const DATE_WITHIN: usize = 120;
/// Likewise a body's name, after "Minutes of" or "Meeting of".
const NAME_WITHIN: usize = 100;

re!(
    BODY_WORD,
    r"(?i)^(?:council|committee|sub-committee|subcommittee|cabinet|board|panel|commission|authority|forum|assembly|township)$"
);
/// Kinds of meeting that may stand before the body's name.
const MEETING_KINDS: &[&str] = &[
    "special",
    "regular",
    "ordinary",
    "extraordinary",
    "annual",
    "monthly",
];
/// Words that cannot be part of a body's name (nor can
/// [`MEETING_KINDS`]).
const NOT_NAME: &[&str] = &[
    "meeting",
    "meetings",
    "held",
    "minutes",
    "proceedings",
    "at",
    "on",
    // "... OF LIMERICK IN THE COUNCIL CHAMBER": where, not who.
    "in",
    "previous",
    "last",
    "online",
    "remote",
    "this",
    "a",
    "an",
    "was",
];
/// Words that end the place after "District of" or "Board of": where
/// or why the body met ("... OF LIMERICK TO CONSIDER THE BUDGET").
const AFTER_NAME: &[&str] = &["to", "for", "via"];
// "minutes of [the] NAME", "meeting of [the] NAME"
// "summary of the NAME meeting" (a US committee's minutes)
// "SPECIAL MEETING (QUORUM ONLY) OF ...": a note in brackets may stand
// before the "of".
re!(
    PHRASE,
    r"(?i)(?:minutes|meeting|summary)(?: \([^)]{1,30}\))? of (?:the )?(?:proceedings (?:of|at) (?:the )?)?"
);
re!(HELD, r"^(.{3,80}?) (?:held|met) ");
// A Welsh council's name: "Cyngor Cymuned Manordeilo a Salem" (the
// community council of Manordeilo and Salem), "Cyngor Tref Llandeilo",
// "Cyngor Sir Gâr": the kind of council, then the place's words and the
// "a" (and) between them.
re!(
    WELSH_BODY,
    r"Cyngor (?:Cymuned|Tref|Sir|Dinas|Bwrdeistref Sirol)(?: (?:\p{Lu}[\p{L}'’\-]*|a|ac)(?-u:\b))+"
);
// "Environment & Transport Cabinet Committee - Wednesday, 28th ..."
re!(
    TITLE_DASH,
    r"(?i)^(?:.*, )?(.+?) - (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)"
);
re!(
    TOWN_OF,
    r"(?i)^(?:(?:the )?corporation of the )?(?:rural |regional )?(?:town|city|village|township|county|borough|shire|municipality|district) of \p{Lu}[\p{L} \-'’]{1,40}$"
);
// "Copies of Golden Plains Shire Council's Agendas & Minutes": a body
// named in the possessive, where no title names it.
re!(
    POSSESSIVE,
    r"((?:\p{Lu}[\p{L}'’-]+ ){1,5}(?:Council|Board|Committee|Commission|Authority))[’‘']s(?-u:\b)"
);
re!(
    NOT_MEETING_DATE,
    r"(?i)(confirm|to approve|approval|previous|last meeting|next meeting|moved from|minutes of\W*$|minutes of the (?:last |previous )?meeting|deadline|(?-u:\b)by(?-u:\b)|(?-u:\b)before(?-u:\b)|(?-u:\b)until(?-u:\b)|(?-u:\b)since(?-u:\b)|(?-u:\b)posted(?-u:\b)|(?-u:\b)post on(?-u:\b))"
);

re!(
    APPROVED_AFTER,
    r"(?i)^\W{0,3}(?:\([^)]*\)\s*)?(?:were|was|be|are)\s+(?:\w+\s+)?(?:approved|agreed|confirmed|signed|adopted)"
);

re!(
    VENUE_LABEL,
    r"(?i)^(?:venue|location|place of meeting|meeting place|place)\s*[:|]\s*(.*)$"
);
re!(
    HELD_AT,
    r"(?i)(?-u:\b)held(?:\s+on\s+[^.]{3,25}?,?)?\s+(?:at|in)\s+((?:the\s+)?\p{Lu}[^.;]{3,160})"
);
// Where a venue phrase stops: a date or time after it.
re!(
    VENUE_END,
    r"(?i)(?:,?\s+on\s|,?\s+commencing|,?\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m(?-u:\b)|,?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)|\s+view directions)"
);
// "7.30pm", "10 a.m.", "4.00pm1 July 2021" (a date after it with no
// space).
re!(
    TIME,
    r"(?i)(?-u:\b)(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m(?:(?-u:\b)\.?|\d)"
);
re!(
    COMMENCED,
    r"(?i)(?:commenced|opened|began|started|called\s+(?:the\s+meeting\s+)?to\s+order|convened|was\s+held)[^.]{0,60}?\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2})"
);

/// The first clock time in `text` as "HH:MM" (24-hour).
fn time_in(text: &str) -> Option<String> {
    let clock = text.bytes().any(|b| b.is_ascii_digit())
        && text.bytes().any(|b| matches!(b, b'm' | b'M' | b':'));
    if !clock {
        return None;
    }
    if let Some(c) = TIME.captures(text) {
        let h: u32 = c[1].parse().ok()?;
        let m: u32 = c.get(2).map_or(Some(0), |m| m.as_str().parse().ok())?;
        if !(1..=12).contains(&h) || m > 59 {
            return None;
        }
        let pm = c[3].eq_ignore_ascii_case("p");
        let h = match (h, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        return Some(format!("{h:02}:{m:02}"));
    }
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    // No council meets between 1 and 7 in the morning: "started the
    // meeting at 6:35" is in the evening.
    let h = if (1..7).contains(&h) { h + 12 } else { h };
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// Where and when the meeting was held, from the top of the document:
/// "Venue: County Hall", "held ... in the Council Chambers", "The meeting
/// commenced at 5.00pm", or a time on the meeting's own line.
pub fn venue_and_time(
    lines: &[Classified<'_>],
    meeting_line: Option<usize>,
) -> (Option<String>, Option<String>) {
    let top: Vec<&Classified<'_>> = lines
        .iter()
        .filter(|l| l.kind != Kind::Blank)
        .take(HEADER_LINES * 3)
        .collect();
    let mut venue = None;
    for (k, l) in top.iter().enumerate() {
        let text = l.line.text.as_ref();
        let label = matches!(
            text.as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b'v' | b'l' | b'p' | b'm')
        );
        if let Some(c) = label.then(|| VENUE_LABEL.captures(text)).flatten() {
            let v = if c[1].trim_matches(['|', ' ']).is_empty() {
                // "Venue |" over a table cell that may wrap onto more
                // lines, the last closed by "|".
                let cell: Vec<&str> = top[k + 1..]
                    .iter()
                    .take(3)
                    .map(|n| n.line.text.as_ref())
                    .collect();
                match cell.iter().position(|t| t.ends_with('|')) {
                    Some(end) if text.ends_with('|') => cell[..=end].join(" "),
                    _ => cell.first().map_or(String::new(), |t| t.to_string()),
                }
            } else {
                c.get(1).map_or(String::new(), |m| m.as_str().to_string())
            };
            venue = Some(v);
            break;
        }
        // "... Meeting held in The Community Centre" opens the minutes;
        // later a "held" is another meeting's.
        let held = k < 6 && has_any!(head(text, 400), "held");
        let lower = if held {
            text.to_lowercase()
        } else {
            String::new()
        };
        if held
            && !lower.contains("to be held")
            && !NOT_MEETING_DATE.is_match(head(&lower, 120))
        {
            if let Some(c) = HELD_AT.captures(head(text, 400)) {
                venue = Some(c[1].to_string());
                break;
            }
        }
    }
    let venue = venue.and_then(|v| {
        let v = v.trim_end_matches(['|', ' ']);
        let v = VENUE_END.find(v).map_or(v, |m| &v[..m.start()]);
        let v = v.trim().trim_end_matches([',', '.']).trim();
        (!v.is_empty()).then(|| v.to_string())
    });
    // A start time needs a digit and " at ".
    let may_time = |t: &str| {
        let t = head(t, 400);
        t.bytes().any(|b| b.is_ascii_digit()) && has_any!(t, " at ")
    };
    let commenced = top
        .iter()
        .filter(|l| may_time(&l.line.text))
        .find_map(|l| COMMENCED.captures(head(&l.line.text, 400)))
        .and_then(|c| time_in(&c[1]));
    let time = commenced.or_else(|| {
        let on_line = meeting_line
            .and_then(|no| top.iter().find(|l| l.line.no == no))
            .and_then(|l| time_in(head(&l.line.text, 300)));
        on_line.or_else(|| {
            top.iter()
                .take(HEADER_LINES)
                .map(|l| l.line.text.as_ref())
                .take_while(|t| !has_any!(t, "next"))
                // "Councillor Paul Funnell (until 6.31pm)": when a member
                // came or went.
                .find_map(|t| {
                    let time = time_in(head(t, 300))?;
                    let went = has_any!(
                        t, "until", "arrived", "left", "departed", "(from"
                    );
                    (!went).then_some(time)
                })
        })
    });
    (venue, time)
}

/// What the header says of the meeting.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub body: Option<String>,
    pub date: Option<NaiveDate>,
    pub span: Option<Span>,
}

/// `s` without the Markdown marks around it and bold marks within it,
/// borrowed when it has no bold marks (the common case).
fn clean_markup(s: &str) -> Cow<'_, str> {
    let s = s.trim_matches(|c: char| {
        c == '#' || c == '*' || c == '_' || c.is_whitespace()
    });
    if has_bytes!(s, "**") {
        Cow::Owned(s.replace("**", ""))
    } else {
        Cow::Borrowed(s)
    }
}

/// How many words `s` has, split at single spaces.
fn word_count(s: &str) -> usize {
    s.bytes().filter(|&b| b == b' ').count() + 1
}

/// Cuts a body's name out of the words at the start of `s`: the run of
/// name words there, up to its last body word ("Council", "Committee").
fn name_at(s: &str) -> Option<String> {
    let mut words = Vec::new();
    // "Special Board Meeting": the kind of meeting before the body.
    let s = s.trim_start();
    let kind = s
        .split(' ')
        .take_while(|w| {
            MEETING_KINDS.iter().any(|k| k.eq_ignore_ascii_case(w))
        })
        .map(|w| w.len() + 1)
        .sum::<usize>();
    for w in s[kind.min(s.len())..].split(' ').take(10) {
        // "ANOKA CITY COUNCIL ANOKA CITY HALL": the place named again
        // starts where the body met.
        // (Not "CITY COUNCIL OF THE CITY OF ...".)
        if words.first().is_some_and(|f: &&str| {
            f.len() > 2
                && f.eq_ignore_ascii_case(w)
                && ![
                    "city", "town", "county", "village", "borough", "district",
                ]
                .iter()
                .any(|c| c.eq_ignore_ascii_case(f))
        }) {
            break;
        }
        let w =
            w.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | ';' | '*'));
        let name_like = !w.is_empty()
            && !NOT_NAME
                .iter()
                .chain(MEETING_KINDS)
                .any(|n| n.eq_ignore_ascii_case(w))
            // "Financial/Administration Committee": two joined by a slash.
            && w.chars().all(|c| c.is_alphabetic() || "&'’-/".contains(c));
        if !name_like {
            break;
        }
        words.push(w);
    }
    // "Municipal District of Adare-Rathkeale", "Metropolitan District
    // of Limerick": a district named after a place is a body too (but
    // not "Regional Transportation District" alone).
    let district_of = |k: usize| {
        words[k].eq_ignore_ascii_case("district")
            && words
                .get(k + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && words
                .get(k + 2)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let mut last = (0..words.len())
        .rev()
        .find(|&k| BODY_WORD.is_match(words[k]) || district_of(k))?;
    // "Board of Directors", "Committee of the Whole": "of" and the
    // capitalised words after it name the body too.
    if words
        .get(last + 1)
        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
    {
        let more = words[last + 2..]
            .iter()
            .take_while(|w| {
                // In a title set in capitals, "IN ARAS SEAN FINN" is where
                // the meeting was, not the body's name.
                // "Board of Directors/RTD Staff" (whom a memo is to):
                // a slash after "of" joins the body to another.
                (w.starts_with(char::is_uppercase)
                    && !w.contains('/')
                    && !AFTER_NAME.iter().any(|a| a.eq_ignore_ascii_case(w)))
                    || w.eq_ignore_ascii_case("the")
            })
            .count();
        if more > 0 && !words[last + 1 + more].eq_ignore_ascii_case("the") {
            last += 1 + more;
        }
    }
    // "ordinary council meeting": a body word alone in lower case is a
    // common noun, not a name.
    if last == 0 && !words[0].starts_with(char::is_uppercase) {
        return None;
    }
    Some(words[..=last].join(" "))
}

// "SYCAMORE CITY COUNCIL – REGULAR MEETING": the body, then the kind of
// meeting after a dash.
re!(
    DASH_KIND,
    r"(?i)^(.+?)\s+[–—-]\s+(?:(?:regular|special|ordinary|annual|adjourned|extraordinary|emergency|budget|work)\s+)?(?:meeting|session)$"
);

/// A line (cleaned of markup) that is nothing but a body's name, or
/// that name and the kind of meeting after a dash.
/// "Township of Elm Ridge", "MUNICIPALITY OF NORTH-BRAY": a line that
/// names a place's council by the place alone.
pub(crate) fn is_town_of(line: &str) -> bool {
    has_any!(line, " of ") && TOWN_OF.is_match(line)
}

fn standalone(line: &str) -> Option<String> {
    if TOWN_OF.is_match(line) {
        return Some(line.to_string());
    }
    // "CALL TO ORDER INFORMAL OPEN FORUM": an agenda's step, not a body.
    if line
        .get(..13)
        .is_some_and(|w| w.eq_ignore_ascii_case("call to order"))
    {
        return None;
    }
    let line = if has_any!(line, "meeting", "session") {
        DASH_KIND
            .captures(line)
            .and_then(|c| c.get(1))
            .map_or(line, |m| m.as_str())
    } else {
        line
    };
    // (Words counted up to the seventh, which is one too many.)
    let n = line.bytes().filter(|&b| b == b' ').take(6).count() + 1;
    if n > 6 {
        return None;
    }
    let name = name_at(line)?;
    (word_count(&name) == n).then_some(name)
}

/// Whether `text` may hold a possessive "'s" (or "’s", "‘s"): the
/// test before [`POSSESSIVE`] runs. (0x98 and 0x99 end the curly
/// quotes; another character ending so only lets the pattern run.)
fn has_possessive(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[1] == b's' && matches!(w[0], b'\'' | 0x98 | 0x99))
}

/// Reads the meeting's body and date from the first lines.
pub fn header(
    lines: &[Classified<'_>],
    purpose: &[usize],
    order: DateOrder,
) -> Header {
    let from = after_cover_letter(lines).unwrap_or(0);
    let top: Vec<&Classified<'_>> = lines
        .iter()
        .enumerate()
        .skip(from)
        .filter(|(i, l)| l.kind != Kind::Blank && !purpose.contains(i))
        .map(|(_, l)| l)
        .take(HEADER_LINES)
        .collect();
    let mut h = Header::default();

    'lines: for (k, l) in top.iter().enumerate() {
        // "To approve as a correct record the minutes of:" over "(a) The
        // Special Council meeting held on the 25 July 2019;": a list of
        // earlier meetings, not this one.
        let listed =
            matches!(l.marker, Some(crate::classify::Marker::Letter(_)))
                || k.checked_sub(1).is_some_and(|p| {
                    let pt = &top[p].line.text;
                    pt.ends_with(':') && NOT_MEETING_DATE.is_match(pt)
                });
        if listed {
            continue;
        }
        // Only the start of a line can hold the meeting's date.
        let text = head(&l.line.text, 3 * DATE_WITHIN);
        let mut prev_end = 0;
        for (date, range) in find_dates(text, order) {
            // Later in a line only as "... was held this 12th day of".
            let mut from = range.start.saturating_sub(30);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let before = text[from..range.start].to_lowercase();
            let held =
                before.contains("was held") || before.contains("held this");
            if range.start > DATE_WITHIN && !held {
                continue 'lines;
            }
            // The words just before the date (after any earlier date)
            // say what date it is.
            let mut cut = range.start.saturating_sub(60).max(prev_end);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            prev_end = range.end;
            // "MINUTES OF APRIL 20, 2015" on a line of its own is the
            // title, not minutes of an earlier meeting.
            // Nor "Minutes of the meeting held on 8th June, 2016" under
            // the body's name at the top.
            let lead = text[..range.start].trim().trim_matches('*');
            let title = (lead.eq_ignore_ascii_case("minutes of")
                || (k <= 2
                    && l.marker.is_none()
                    && head(lead, 22)
                        .eq_ignore_ascii_case("minutes of the meeting")
                    && !has_any!(lead, "last", "previous")))
                && text[range.end..].trim().len() <= 20;
            if !title && NOT_MEETING_DATE.is_match(&text[cut..range.start]) {
                continue;
            }
            // "... held on the 25th July 2019 were approved and signed":
            // the date of minutes being approved.
            if APPROVED_AFTER.is_match(head(&text[range.end..], 60)) {
                continue;
            }
            h.date = Some(date);
            h.span = Some(l.line.span());
            break 'lines;
        }
    }

    if h.date.is_none() {
        h.title_date(&top, order);
    }
    if h.date.is_none() {
        h.date_line(lines, order);
    }
    h.body = body(&top);
    h
}

re!(
    LETTER_OPENS,
    r"^Dear (?:Councillors?|Members?|Sir|Madam|All|Colleague)"
);
re!(
    LETTER_ENDS,
    r"(?i)^(?:this page is intentionally left blank|yours (?:sincerely|faithfully)|encs?\.?|enc(?:losure)?s?:?)$"
);

/// A PDF pack opens with a covering letter ("Please ask for: ...",
/// "Date: 7 April 2015", "Dear Councillor", ..., "Encs"): its date is
/// the letter's. The index of the first line after the letter, when the
/// document starts with one.
fn after_cover_letter(lines: &[Classified<'_>]) -> Option<usize> {
    let mut seen = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.kind != Kind::Blank);
    let (dear, _) = seen
        .by_ref()
        .take(HEADER_LINES + 5)
        .find(|(_, l)| LETTER_OPENS.is_match(&l.line.text))?;
    let mut end = None;
    for (i, l) in lines.iter().enumerate().skip(dear + 1).take(60) {
        if l.kind == Kind::Blank {
            continue;
        }
        if l.line.text.len() <= 40 && LETTER_ENDS.is_match(&l.line.text) {
            end = Some(i + 1);
        } else if end.is_some() {
            break;
        }
    }
    end
}

// A title that says what meeting this is: "MINUTES OF PROCEEDINGS AT
// MEETING OF ...", "Draft Minutes of the Meeting of ...".
re!(
    TITLE_OPENS,
    r"(?i)^(?:draft\s+)?(?:minutes|meeting) of(?-u:\b)"
);
// What stands just before a title's date: "... LIMERICK, ON MONDAY, ",
// "held on the ", "HELD ".
re!(
    BEFORE_TITLE_DATE,
    r"(?i)(?:(?-u:\b)on|(?-u:\b)held)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$"
);
/// How many lines a title may wrap onto.
const TITLE_WRAP: usize = 5;

/// How far down a title block may go (past a list of members, say)
/// for a line that is nothing but the meeting's date.
const TITLE_LINES: usize = 45;

impl Header {
    /// "MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK / CITY AND COUNTY
    /// COUNCIL HELD IN THE COUNCIL / CHAMBER, DOORADOYLE, LIMERICK, ON
    /// MONDAY, 12TH / JANUARY, 2015, AT 2.30 P.M.": the date of a title
    /// that wraps over several lines, after "on" or "held".
    fn title_date(&mut self, top: &[&Classified<'_>], order: DateOrder) {
        let Some(first) = top
            .iter()
            .take(8)
            .position(|l| TITLE_OPENS.is_match(&clean_markup(&l.line.text)))
        else {
            return;
        };
        let mut text = String::new();
        for (k, l) in top.iter().enumerate().skip(first).take(TITLE_WRAP) {
            let t = clean_markup(&l.line.text);
            // A label ("PRESENT IN THE CHAIR:") ends the title.
            if k > first && t.ends_with(':') {
                return;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&t);
            let found = find_dates(&text, order).into_iter().find(|(_, r)| {
                let mut from = r.start.saturating_sub(40);
                while !text.is_char_boundary(from) {
                    from -= 1;
                }
                let before = &text[from..r.start];
                BEFORE_TITLE_DATE.is_match(before)
                    && !NOT_MEETING_DATE.is_match(before)
            });
            if let Some((date, _)) = found {
                self.date = Some(date);
                self.span = Some(top[first].line.span().to(l.line.span()));
                return;
            }
        }
    }

    /// "May 11, 2021 at 5:30 PM" on a line of its own below a long
    /// title block.
    fn date_line(&mut self, lines: &[Classified<'_>], order: DateOrder) {
        let dated = lines
            .iter()
            .filter(|l| l.kind != Kind::Blank)
            .take(TITLE_LINES)
            .skip(HEADER_LINES);
        let mut prev: Option<&str> = None;
        for l in dated {
            let text = l.line.text.as_ref();
            // "... draft Minutes of the Meeting of the Municipal District"
            // over "held on 2nd July, 2014.", or "... of Newcastle West
            // held on" over "11th January, 2017.": an earlier meeting's
            // date, in a sentence wrapped onto this line.
            // (A title set in capitals, a word a line, may end "ON" over
            // its own date.)
            let earlier = prev.is_some_and(|p| {
                NOT_MEETING_DATE.is_match(p)
                    || (BEFORE_TITLE_DATE.is_match(p)
                        && p.bytes().any(|b| b.is_ascii_lowercase()))
            }) || text.starts_with(char::is_lowercase);
            prev = Some(text);
            let digits = text.bytes().any(|b| b.is_ascii_digit());
            if text.len() > 60 || l.marker.is_some() || !digits || earlier {
                continue;
            }
            let found = find_dates(text, order).into_iter().next();
            if let Some((date, range)) = found {
                if range.start <= 12 && !NOT_MEETING_DATE.is_match(text) {
                    self.date = Some(date);
                    self.span = Some(l.line.span());
                    return;
                }
            }
        }
    }
}

/// Whether a body's name is only its kind, with no place: "Council",
/// "Parish Council", "Town Council".
fn is_generic(name: &str) -> bool {
    let mut words = name.rsplit(' ');
    words.next().is_some_and(|w| BODY_WORD.is_match(w))
        && words.all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "parish"
                    | "town"
                    | "city"
                    | "county"
                    | "district"
                    | "borough"
                    | "community"
                    | "village"
                    | "full"
            )
        })
}

fn body(top: &[&Classified<'_>]) -> Option<String> {
    // A body's name stands at the start of a line: the rest of a long
    // paragraph is not read.
    let first: Vec<&str> = top[..top.len().min(12)]
        .iter()
        .map(|l| head(&l.line.text, DATE_WITHIN + 80))
        .collect();
    // (Each pattern runs only on lines holding the words it needs.)
    for l in first.iter().filter(|l| has_bytes!(l, " - ")) {
        if let Some(c) = TITLE_DASH.captures(l) {
            if let Some(name) = name_at(c[1].trim()) {
                if word_count(&name) == word_count(c[1].trim()) {
                    return Some(name);
                }
            }
        }
    }
    // "MEETING OF LIMERICK / CITY AND COUNTY COUNCIL", "MINUTES / OF
    // Cootamundra-Gundagai / Regional Council": a name may run on over
    // the next lines, so each line is read with the two after it.
    let mut lone = None;
    let clean: Vec<Cow<'_, str>> =
        first.iter().map(|l| clean_markup(l)).collect();
    for (k, l) in first.iter().enumerate().take(8) {
        // The phrase starts on this line: most lines name no meeting.
        if !has_any!(l, "minutes", "meeting", "summary") {
            continue;
        }
        let this = &clean[k];
        let mut joined = this.to_string();
        // "MINUTES / OF / PROCEEDINGS / AT / MEETING / OF / THE / ...":
        // a title set one word to a line runs on until it has words
        // enough to hold the name.
        for (taken, n) in clean.iter().skip(k + 1).take(8).enumerate() {
            if taken >= 2 && joined.len() >= 60 {
                break;
            }
            // "ADARE-" / "RATHKEALE": a word broken at its hyphen.
            if !joined.ends_with('-') {
                joined.push(' ');
            }
            joined.push_str(n);
        }
        for m in PHRASE.find_iter(&joined) {
            if m.start() > NAME_WITHIN.min(this.len()) {
                break;
            }
            match name_at(&joined[m.end()..]) {
                // "MEETING OF COUNCIL" under "AUBURN COUNCIL", "minutes of
                // the Parish Council meeting" under "WEREHAM PARISH
                // COUNCIL": a body's kind alone may be the name a line of
                // its own gives in full.
                Some(name) if is_generic(&name) => {
                    lone.get_or_insert(name);
                }
                Some(name) => return Some(name),
                None => {}
            }
        }
    }
    for l in &clean {
        if let Some(name) = standalone(l) {
            // ("SHIRE OF MURRAYVALE" over "MEETING OF COUNCIL" names
            // the council too.)
            let fuller = TOWN_OF.is_match(l)
                || lone.as_ref().is_none_or(|w| {
                    word_count(&name) > word_count(w)
                        && name.to_lowercase().ends_with(&w.to_lowercase())
                });
            if fuller {
                return Some(name);
            }
        }
    }
    // "19 November, 2014 – Ordinary Meeting of Council – Minutes Shire
    // of Kent": a running head whose parts a dash sets apart.
    let dashed =
        |l: &&Cow<'_, str>| has_bytes!(l, " – ") || has_bytes!(l, " - ");
    for l in clean.iter().filter(dashed) {
        for part in l.split(" – ").flat_map(|p| p.split(" - ")) {
            let part = part.trim();
            let part = ["Minutes ", "MINUTES ", "Agenda ", "AGENDA "]
                .iter()
                .find_map(|w| part.strip_prefix(w))
                .unwrap_or(part);
            if TOWN_OF.is_match(part) {
                return Some(part.to_string());
            }
        }
    }
    if lone.is_some() {
        return lone;
    }
    for l in clean.iter().filter(|l| has_bytes!(l, "Cyngor ")) {
        if let Some(m) = WELSH_BODY.find(l) {
            let name =
                m.as_str().trim_end_matches(" a").trim_end_matches(" ac");
            return Some(name.to_string());
        }
    }
    let held =
        |l: &&Cow<'_, str>| has_bytes!(l, " held ") || has_bytes!(l, " met ");
    for l in clean.iter().filter(held) {
        if let Some(c) = HELD.captures(l) {
            if let Some(name) = name_at(&c[1]) {
                if word_count(&name) == word_count(&c[1]) {
                    return Some(name);
                }
            }
        }
    }
    top.iter().find_map(|l| {
        let l = head(&l.line.text, 3 * DATE_WITHIN);
        if !has_possessive(l) {
            return None;
        }
        let name = POSSESSIVE.captures(l)?.get(1)?.as_str();
        // "The Council's decision": a common noun, not a name.
        (!name.starts_with("The ") && !name.starts_with("This "))
            .then(|| name.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn venue_and_start_time() {
        let cases = [
            (
                "Venue: Council Chamber, Sessions House, County Hall, Maidstone. View directions\nContact: A\n",
                Some(
                    "Council Chamber, Sessions House, County Hall, Maidstone",
                ),
                None,
            ),
            (
                "Venue |\nVirtual meeting via Zoom |\nMeeting date | 17 December 2020\nTime | 10.00am\n",
                Some("Virtual meeting via Zoom"),
                Some("10:00"),
            ),
            (
                "A Regular Meeting of the City Council was held on March 5, 2003, in the Council Chambers of said City located at 799 Moorpark Avenue, Moorpark, California. Mayor Hunter called the meeting to order at 6:55 p.m.\n",
                Some(
                    "the Council Chambers of said City located at 799 Moorpark Avenue, Moorpark, California",
                ),
                Some("18:55"),
            ),
            (
                "Cabinet - Tuesday, 2nd October, 2018 2.00 pm\nNEXT MEETING 6.00pm\n",
                None,
                Some("14:00"),
            ),
            (
                "The meeting commenced at 5.00pm with the Mayor.\n",
                None,
                Some("17:00"),
            ),
            (
                "Janice started the meeting at 6:35 and welcomed everyone.\n",
                None,
                Some("18:35"),
            ),
            (
                "To approve the Minutes of the Meeting of the Council held on 14 July 2021 in the Chamber.\n",
                None,
                None,
            ),
        ];
        for (text, venue, time) in cases {
            let ls: Vec<_> = crate::normalize::lines(text)
                .into_iter()
                .map(crate::classify::classify)
                .collect();
            let (v, t) = venue_and_time(&ls, None);
            assert_eq!(v.as_deref(), venue, "{text}");
            assert_eq!(t.as_deref(), time, "{text}");
        }
    }
    use crate::classify::classify;
    use crate::normalize::lines;

    fn read(text: &str) -> (Option<String>, Option<String>) {
        let ls: Vec<_> = lines(text).into_iter().map(classify).collect();
        let h = header(&ls, &[], DateOrder::Dmy);
        (h.body, h.date.map(|d| d.to_string()))
    }

    #[test]
    fn bodies_and_dates() {
        let table = [
            (
                "MINUTES OF PROCEEDINGS AT ONLINE SPECIAL MEETING OF LIMERICK\n\nCITY AND COUNTY COUNCIL HELD ON MONDAY, 8TH MARCH, 2021, AT\n",
                (Some("LIMERICK CITY AND COUNTY COUNCIL"), Some("2021-03-08")),
            ),
            (
                "Minutes of Stoke Ferry Parish Council Meeting held in The Community Centre\nAt 7.30pm on Wednesday 10 July 2013\n",
                (Some("Stoke Ferry Parish Council"), Some("2013-07-10")),
            ),
            // "MEETING OF COUNCIL" names no council: the line above does.
            (
                "RIVERTON COUNCIL\n\nMINUTES OF THE\nORDINARY MEETING OF COUNCIL\nHELD ON WEDNESDAY, MARCH 5, 2008\n",
                (Some("RIVERTON COUNCIL"), Some("2008-03-05")),
            ),
            // A title set one word to a line; a note in brackets before
            // "OF".
            (
                "MINUTES\nOF\nPROCEEDINGS\nAT\nMEETING\nOF\nTHE\nMUNICIPAL DISTRICT OF WESTBURY HELD IN\nTHE HALL, ON WEDNESDAY, 1ST NOVEMBER, 2023, AT\n",
                (Some("MUNICIPAL DISTRICT OF WESTBURY"), Some("2023-11-01")),
            ),
            (
                "MINUTES OF PROCEEDINGS AT SPECIAL MEETING (QUORUM ONLY) OF\n\nELMFIELD CITY AND COUNTY COUNCIL HELD IN THE COUNCIL CHAMBER,\n\nON WEDNESDAY, 10TH JUNE, 2020, AT 2.30PM.\n",
                (Some("ELMFIELD CITY AND COUNTY COUNCIL"), Some("2020-06-10")),
            ),
            // Two committees joined by a slash; a memo's addressee is
            // no body.
            (
                "Summary of the Financial/Administration Committee held on\nTuesday, September 9, 2008\n",
                (
                    Some("Financial/Administration Committee"),
                    Some("2008-09-09"),
                ),
            ),
            (
                "Memorandum\nTo:\n\nBoard of Directors/Staff\n\nDate:\n\nJune 20, 2007\n",
                (None, Some("2007-06-20")),
            ),
            // Named only in the possessive, under an untitled heading.
            (
                "MINUTES\n\nOrdinary Council Meeting\n\n6.00pm Tuesday 23 April 2019\n\nCopies of Elm Plains Shire Council‘s Agendas & Minutes\n",
                (Some("Elm Plains Shire Council"), Some("2019-04-23")),
            ),
            (
                "Minutes of Cabinet\nTuesday 2 October 2018\n",
                (Some("Cabinet"), Some("2018-10-02")),
            ),
            // The kind of meeting after a dash; a title that is "Minutes
            // of" and the date.
            (
                "ELM CITY COUNCIL – REGULAR MEETING\nMINUTES OF APRIL 20, 2015\nROLL CALL\n",
                (Some("ELM CITY COUNCIL"), Some("2015-04-20")),
            ),
            (
                "Agenda and minutes\nEnvironment & Transport Cabinet Committee - Wednesday, 28th November, 2018 10.00 am\n",
                (
                    Some("Environment & Transport Cabinet Committee"),
                    Some("2018-11-28"),
                ),
            ),
            (
                "Agenda and minutes\nMoved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm\n",
                (Some("Cabinet"), Some("2018-10-02")),
            ),
            (
                "Agenda and minutes\nCabinet\nWednesday, 25th June, 2014 6.30 pm\n",
                (Some("Cabinet"), Some("2014-06-25")),
            ),
            (
                "10 June 2020\nManordeilo and Salem Community Council held their meeting remotely\n",
                (
                    Some("Manordeilo and Salem Community Council"),
                    Some("2020-06-10"),
                ),
            ),
            (
                "# Town of North Star\nMonthly Meeting\nOctober 19, 2020\n",
                (Some("Town of North Star"), Some("2020-10-19")),
            ),
            (
                "**LICTON SPRINGS COMMUNITY COUNCIL**\napproved Minutes Jan. 27, 2021 6:30\n",
                (Some("LICTON SPRINGS COMMUNITY COUNCIL"), Some("2021-01-27")),
            ),
            (
                "Ordinary Meeting of Council - 17 December 2020 - Open Minutes\n",
                (Some("Council"), Some("2020-12-17")),
            ),
            // A district named after its place; a word broken at its
            // hyphen over two lines.
            (
                "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF ADARE-\nRATHKEALE HELD IN ÁRAS SEÁN FINN, RATHKEALE, ON TUESDAY, 11TH APRIL, 2023\n",
                (
                    Some("MUNICIPAL DISTRICT OF ADARE-RATHKEALE"),
                    Some("2023-04-11"),
                ),
            ),
            // Where the body met is not its name.
            (
                "MINUTES OF MEETING OF THE METROPOLITAN DISTRICT OF LIMERICK IN THE COUNCIL CHAMBER\n",
                (Some("METROPOLITAN DISTRICT OF LIMERICK"), None),
            ),
            (
                "Regional Transportation District\nMemorandum\n",
                (None, None),
            ),
            (
                "Summary of the Executive Committee Meeting held on July 15, 2010, at 12:00\np.m.\n",
                (Some("Executive Committee"), Some("2010-07-15")),
            ),
            // The kind of meeting before the body is not part of it, and
            // a body word alone in lower case names nothing.
            (
                "Minutes of the Special Board Meeting held Tuesday, June 28, 2011\n",
                (Some("Board"), Some("2011-06-28")),
            ),
            ("Minutes of ordinary council meeting\n", (None, None)),
        ];
        for (text, (body, date)) in table {
            let got = read(text);
            assert_eq!(
                (got.0.as_deref(), got.1.as_deref()),
                (body, date),
                "{text:?}"
            );
        }
    }

    #[test]
    fn previous_meetings_and_deadlines_are_not_the_meeting_date() {
        assert_eq!(
            read(
                "To confirm the minutes of the meeting held on 18 March 2021\n"
            )
            .1,
            None
        );
        assert_eq!(read("The plan will be submitted to the Department by 31st March 2022.\n").1, None);
        assert_eq!(read("5. TO APPROVE AND SIGN THE MINUTES OF THE MEETING held on 15th December 2016\n").1, None);
        assert_eq!(read("minutes of ordinary council meeting\n").0, None);
        assert_eq!(read("Minutes of Nov. 18, 2020 were approved.\n").1, None);
        assert_eq!(
            read("To approve as a correct record the minutes of:\n(a) The Special Council meeting held on the 25 July 2019;\n").1,
            None
        );
        assert_eq!(
            read("33.1 The minutes of the Special meeting held on the 25th July 2019 were approved and signed by the Mayor.\n").1,
            None
        );
    }

    #[test]
    fn a_cover_letter_is_not_the_meeting() {
        let text = "Please ask for: Cheryl Clark\nDate: 7 April 2015\nDear Councillor\nPLANNING COMMITTEE - WEDNESDAY, 8TH APRIL, 2015\nI am now able to enclose the minutes.\nEncs\nThis page is intentionally left blank\nAgenda Item 5\nPLANNING COMMITTEE\nWednesday, 25 March 2015\nPresent: Councillor Mrs Soyke (Chairman)\n";
        let (body, date) = read(text);
        assert_eq!(body.as_deref(), Some("PLANNING COMMITTEE"));
        assert_eq!(date.as_deref(), Some("2015-03-25"));
    }

    /// A title block's list of `n` members, one a line.
    fn members(n: usize) -> String {
        (0..n)
            .map(|i| format!("Member Name{i}, District {i}\n"))
            .collect()
    }

    #[test]
    fn date_line_below_a_long_title_block() {
        let members = members(20);
        let text = format!(
            "Regional Transportation District\n\nBoard of Directors\n{members}\nBOARD OF DIRECTORS MEETING\nMay 11, 2021 at 5:30 PM\n"
        );
        let (body, date) = read(&text);
        assert_eq!(body.as_deref(), Some("Board of Directors"));
        assert_eq!(date.as_deref(), Some("2021-05-11"));
    }

    #[test]
    fn date_in_a_title_wrapped_over_lines() {
        let (body, date) = read(
            "MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK\nCITY AND COUNTY COUNCIL HELD IN THE COUNCIL\nCHAMBER, DOORADOYLE, LIMERICK, ON MONDAY, 12TH\nJANUARY, 2015, AT 2.30 P.M. TO CONSIDER THE BUDGET.\nPRESENT IN THE CHAIR: Councillor K. Sheahan, Mayor.\n",
        );
        assert_eq!(body.as_deref(), Some("LIMERICK CITY AND COUNTY COUNCIL"));
        assert_eq!(date.as_deref(), Some("2015-01-12"));
        // Bold runs split by the PDF's markup, and a scanned "th".
        let (_, date) = read(
            "**MINUTES OF PROCEEDINGS AT MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF**\n**ADARE-RATHKEALE HELD IN ÁRAS SEÁN FINN, RATHKEALE, CO.**\n**LIMERICK ON TUESDAY, 11™** **APRIL, 2023 AT 9.30 A.M.**\n",
        );
        assert_eq!(date.as_deref(), Some("2023-04-11"));
        let (_, date) = read(
            "1\n**Draft** **Minutes of the Meeting of Limerick City and County Council’s Travel and Transportation**\n**Strategic Policy Committee held on 17th** **October 2023 at 3:00 p.m. in the Council Chamber,**\n",
        );
        assert_eq!(date.as_deref(), Some("2023-10-17"));
    }

    #[test]
    fn an_earlier_meeting_in_a_wrapped_sentence_is_not_the_date() {
        let members = members(16);
        let text = format!(
            "Municipal District\n{members}1. Adoption of Minutes\nCirculated, copy of draft Minutes of Meeting of the District\nheld on 11th November, 2014.\n"
        );
        assert_eq!(read(&text).1, None);
        let text = format!(
            "Municipal District\n{members}1. Adoption of Minutes\nCirculated, copy of draft Minutes of Meeting of Newcastle West held on\n11\" January, 2017.\n"
        );
        assert_eq!(read(&text).1, None);
        // A title in capitals, a word a line, ends "ON" over its date.
        let text = format!(
            "Municipal District\n{members}LIMERICK,\nON\nTHURSDAY, 22ND OCTOBER 2015 AT 4.30 P.M.\n"
        );
        assert_eq!(read(&text).1.as_deref(), Some("2015-10-22"));
    }
}
