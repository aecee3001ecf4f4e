//! The motion behind a resolution, where the text records one: who
//! proposed and seconded it ("It was proposed by Cllr. P. Harries,
//! seconded by Cllr. W. Loynton", "Cllr Mrs Clements proposed ...,
//! seconded by Cllr Mrs Hull", "Moved Cr Smith, Seconded Cr Jones"), the
//! outcome (carried, lost, agreed, noted, deferred, withdrawn), whether
//! it was unanimous, and the counts ("4 Votes for 2 Votes against",
//! "Motion carried 5-0", "For 6, Against 1, Abstain 2").

use super::para::{Para, Trigger};
use crate::model::{Motion, MotionOutcome, Vote, VoteOption};
use smallvec::SmallVec;

// A name as minutes write it: initials and capitalised words.
macro_rules! name {
    () => {
        r"(?:\p{Lu}\.?\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?"
    };
}
const TITLE: &str = r"(?:(?i:cllrs?|clrs?|councillor|cr|mr|mrs|ms|dr|commissioner|councilmember|alderman|trustee)\.?\s+)*";

re!(
    MOVER_BY,
    r"(?:(?i:proposed|moved) (?i:by)|(?i:motion\s+(?:was\s+)?(?:made\s+)?by)|(?:^|[.;\d]\s+)(?:Moved|MOVED):?|(?:^|[.;]\s+)Proposed(?::|\s+[-–—])?\s+(?i:cllrs?|clrs?|councillor|cr)\.?|(?i:on\s+the\s+motion\s+of))(?::\s*|\s+)(?:(?i:cllrs?|clrs?|councillor|cr|mr|mrs|ms|dr|sir|dame|alderman|alderwoman|commissioner|council member|councilmember|councilman|councilwoman|director|supervisor|trustee|(?:deputy )?mayor)\.?\s+)*((?:\p{Lu}\.?\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)"
);
re!(
    MOVER_SUBJECT,
    r"(?:^|\s)(?:(?:Cllrs?|Councillor|Councilmember|Council Member|Commissioner|Trustee|Alderman|Alderperson|Director|Supervisor|Cr|Mr|Mrs|Ms|Dr)\.?\s+)+((?:\p{Lu}\.?\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?) (?:proposed|moved)"
);
/// Titles before a member's name in US minutes, as well as UK ones.
macro_rules! us_title {
    () => {
        r"(?:(?i:director|commissioner|councilmember|council member|councilman|councilwoman|trustee|supervisor|alderman|alderperson|mayor|vice mayor|vice chair|chair|chairman|chairperson|board member|member|cllrs?|councillor|cr|mr|mrs|ms|dr)\.?\s+)*"
    };
}
// "Janet Keough made a motion to ...", "Director Broom made the motion
// to approve ...".
re!(
    MADE_MOTION_BY,
    concat!(
        r"^(?:(?i:motion)\s*:\s*)?",
        us_title!(),
        "(",
        name!(),
        ") made (?:a |the )?motion"
    )
);
// "Willmus moved, Etten seconded, approval of the agenda", "Councilmember
// Ryan moved and Councilmember Lawrence-Anderson seconded to ...": the
// mover, then the seconder, each named once.
re!(
    MOVED_SECONDED,
    concat!(
        "^",
        us_title!(),
        "(",
        name!(),
        r") moved(?:,|\s+and)\s+",
        us_title!(),
        "(",
        name!(),
        r"),? seconded(?-u:\b)"
    )
);
// "MOTION: Vice Mayor Filseth moved, seconded by Mayor Kniss to ...":
// the mover, then the seconder after "seconded by".
re!(
    MOVED_SECONDED_BY,
    concat!(
        r"^(?:(?i:motion)\s*:\s*)?",
        us_title!(),
        "(",
        name!(),
        r") moved,?\s+(?i:seconded by)\s+",
        us_title!(),
        "(",
        name!(),
        ")"
    )
);
// "Director Tisdale seconded the motion.", "Councillor Dale proposed and
// Councillor Hart seconded that ...".
re!(
    SECONDED_SUBJECT,
    concat!(
        r"(?:(?:^|[.;]\s+)",
        us_title!(),
        r"|\s(?i:and)\s+(?i:councillor|cllr|cr|councilmember|council member|director|commissioner|trustee|alderperson|alderman|supervisor)\.?\s+)",
        "(",
        name!(),
        r") seconded (?:(?:the|this) motion|that(?-u:\b)|to(?-u:\b))"
    )
);
re!(
    SECONDER,
    r"(?:(?i:seconded)(?i: by)?|(?i:second by))(?::\s*|\s+[-–—]\s+|\s+)(?:(?i:cllrs?|clrs?|councillor|cr|mr|mrs|ms|dr|sir|dame|alderman|alderwoman|commissioner|council member|councilmember|councilman|councilwoman|director|supervisor|trustee|(?:deputy )?mayor)\.?\s+)*((?:\p{Lu}\.?\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)"
);
re!(
    OUTCOME,
    r"(?i)(?-u:\b)(?:(?:carried|passed|lost|defeated|failed|fell|agreed|approved|adopted|accepted|resolved|noted|deferred|withdrawn)(?-u:\b)|unanimous(?:\s*[.;,)\]]|\s*$))"
);
re!(
    FOR_AGAINST,
    r"(?i)(\d+)\s*(?:votes?\s*)?(?:for|in favour|ayes?|yes)[,;.]?\s*(?:and\s*)?(\d+)\s*(?:votes?\s*)?(?:against|nays?|no)(?:[,;.]?\s*(?:and\s*)?(\d+)\s*(?:abstentions?|abstained|abstain))?"
);
re!(
    LABELLED_COUNTS,
    r"(?i)(?:for|ayes?)\s*[:\-–—]?\s*(\d+)[,;]?\s*(?:against|nays?|noes)\s*[:\-–—]?\s*(\d+)(?:[,;]?\s*(?:abstain(?:ed|s|ing)?|abstentions?)\s*[:\-–—]?\s*(\d+))?"
);
// "Resolved (Cr George Cecato / Cr Paul Amos)": mover / seconder.
static SLASH_MOVERS: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| {
        crate::compile(&format!(
            r"\({TITLE}({n})\s*/\s*{TITLE}({n})\)",
            n = name!()
        ))
    });
// "Noonan/McGurk Carried" under a resolution (New Zealand councils):
// mover / seconder, then the outcome.
re!(
    SLASH_PAIR,
    r"(?:^|\s)(\p{Lu}[\p{L}'’\-]+)\s*/\s*(\p{Lu}[\p{L}'’\-]+)\s+(?i:carried|lost|defeated|failed|agreed)(?-u:\b)"
);
// A vote result's counts in brackets: "ACCEPTED [11 TO 1]".
re!(BRACKET_COUNTS, r"\[(\d+) TO (\d+)\]");
// A roll call in brackets: "(Y-5)", "(Y-4 N-1)".
re!(ROLL_CALL, r"\(Y-(\d+)(?:\s*N-(\d+))?\)");
// "Ayes: Fish, Fritz and Adams; Nays: Leonard": a list after a label.
re!(
    VOTE_LIST,
    r"(?i)(?-u:\b)(ayes?|yeas?|in favou?r|(?-i:For)|nays?|noes|against|abstained|abstaining|abstentions?|abstain|absent)\s*[:\-–]\s*([^;:.\n]+)"
);
// "Janet Keough yea, Dick Dillon nay": a name then its vote; "no" only
// where a comma, "and" or the end follows it.
static NAME_VOTE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(
    || {
        crate::compile(&format!(
            r"{TITLE}({n})\s+((?:yea|aye|nay|abstain(?:ed)?)(?-u:\b)|no(?:[,;.)]|\s+and(?-u:\b)|$))",
            n = name!()
        ))
    },
);
re!(
    DASH_COUNTS,
    r"(?i)(?:carried|lost|defeated|passed|failed|voted)\s*\(?(\d+)\s*[-–:/]\s*(\d+)(?:\s*[-–:/]\s*(\d+))?"
);

// "The Motion on being put to the meeting was carried unanimously.",
// "CARRIED", "Motion carried 5-0": how the vote on the resolution before
// went, and nothing more.
re!(
    VOTE_RECORD,
    r"(?i)^(?:(?:the )?motion(?-u:\b)[^.]{0,80}?(?-u:\b)(?:carried|lost|defeated|passed|failed|fell|approved|adopted)(?-u:\b)(?:[^.(]|\([^)]*\))*|(?:the )?(?:minutes|resolution|ordinance|amendment|consent (?:agenda|calendar)) (?:passed|failed)(?-u:\b)(?:[^.(]|\([^)]*\))*|(?:carried|lost|defeated|passed)(?: unanimously)?(?:\s*\(?\d{1,2}\s*[/\-–]\s*\d{1,2}\)?)?)\.?$"
);
// "Chair Sisk declared the motion PASSED unanimously.", "The Chairperson
// ruled the motion had been adopted unanimously."
re!(
    DECLARED,
    r"(?i)^.{0,60}?(?-u:\b)(?:declared|ruled) (?:that )?the motion (?:had been |has been |was )?(?:passed|carried|failed|defeated|lost|adopted)(?-u:\b)[^.]{0,40}\.?$"
);
// The lines of a vote's record in US minutes: "RESULT: ADOPTED [10 TO
// 2]", "MOVER: ...", "AYES: ...", "Aye: Garner, Matthews and Paschal",
// "Nay: None", or the result alone ("ACCEPTED [UNANIMOUS]") where the
// layout parted labels and values.
re!(
    VOTE_DETAIL,
    r"^(?:(?:RESULT|MOVER|SECONDER|AYES|YEAS|NAYS|NOES|ABSENT|ABSTAIN|ABSTENTIONS|RECUSED|AWAY|EXCUSED)\s*:|(?:Ayes|Yeas|Nays|Noes|Abstain(?:ed|s)?|Abstentions)\s*:\s*\d|(?:Ayes?|Yeas?|Nays?|Noes|For|Against)\s*:\s*(?:(?:Crs?|Cllrs?|Councillors?|Councilmembers?)\.?\s+)?(?:\p{Lu}[\p{L}'’\-]+(?:,\s*|\s+and\s+|\.?\s*$))+$|[A-Z][A-Z ]{2,40}\[(?:UNANIMOUS|\d+ TO \d+)\]$)"
);

// "On Motion:", "On being put to the vote, the motion was carried",
// "Disposition: Carried".
re!(
    VOTE_LABEL,
    r"(?i)^(?:(?:on |vote on (?:the )?)?motion\s*:\s*|(?:up)?on being put to the (?:vote|meeting),?\s*|disposition\s*:?\s*)"
);

// A line of a vote's record by its label: "AYES: Anderson, Bagley",
// "Nays: None".
re!(
    VOTE_LINE,
    r"(?i)^\**(?:ayes?|nays?|yeas?|noes|abstain(?:ed|ing|s)?|abstentions?|for|against)\**\s*[:\-–]"
);

/// Whether the line `text` opens with a vote's label ("AYES: ...",
/// "Nays: None"), as the lines of a roll-call record do.
pub fn is_vote_line(text: &str) -> bool {
    VOTE_LINE.is_match(text)
}

// "Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved", "...,
// seconded Cr B and carried:": the outcome at the end of the movers.
re!(
    MOVERS_OUTCOME,
    r"(?i)(?-u:\b)and\s+(?:unanimously\s+)?(?:resolved|carried|agreed)\s*[:.]?$"
);

// "Apologies Council’s Resolution Proposed by Mayor A, seconded by Cr
// B:": who moved the motion worded next, after a title.
re!(
    MOVERS_INTRO,
    r"(?i)(?-u:\b)(?:proposed|moved) by [^:]{2,60}?,? seconded by [^:]{2,60}:$"
);

/// Whether `text` ends by naming the movers of the motion worded next.
pub fn introduces_motion(text: &str) -> bool {
    text.ends_with(':')
        && has_any!(text, "seconded")
        && MOVERS_INTRO.is_match(text)
}

/// Whether the line naming a motion's movers ends with its outcome.
pub fn ends_with_outcome(text: &str) -> bool {
    MOVERS_OUTCOME.is_match(text.trim_end())
}

/// Where the vote's record starts when a motion's wording ends with it
/// as a sentence of its own ("... as amended. Carried", "... THAT the
/// report be received. CARRIED UNANIMOUSLY"); `None` when the last
/// sentence is not a vote or is all the text.
pub fn trailing_vote(text: &str) -> Option<usize> {
    let text = text.trim_end();
    let last = *super::outcome::sentences(text).last()?;
    let at = last.as_ptr() as usize - text.as_ptr() as usize;
    (at > 0 && VOTE_RECORD.is_match(last.trim_end_matches(['”', '"'])))
        .then_some(at)
}

// A count of hands with no outcome word: "All in favour", "For – 6
// Abstention - 1".
re!(
    HANDS,
    r"(?i)^(?:all (?:members |councillors )?(?:were )?in favou?r|for\s*[-–—:]?\s*\d{1,2}(?:[,;]?\s+(?:against|abstentions?|abstained|abstain)\s*[-–—:]?\s*\d{1,2})+)\.?$"
);

/// Whether `text` only records the vote on a resolution before it.
pub fn is_vote_record(p: Para<'_>) -> bool {
    let t = p.text.trim().trim_matches('*').trim();
    if t.len() >= 400 {
        return false;
    }
    // "UNANIMOUS" under a resolution (New South Wales councils).
    let bare = t.trim_end_matches('.');
    if bare.eq_ignore_ascii_case("unanimous")
        || bare.eq_ignore_ascii_case("unanimously")
    {
        return true;
    }
    // "All in favour", "For – 6 Against - 1", "For 2 Against 4
    // Abstention 1": the show of hands alone.
    if t.len() < 60
        && matches!(t.as_bytes().first(), Some(b'A' | b'a' | b'F' | b'f'))
        && HANDS.is_match(t)
    {
        return true;
    }
    // Every record names its outcome; most points name none.
    if p.has(Trigger::Outcome) {
        // "On Motion: The motion passed unanimously".
        let t = VOTE_LABEL.find(t).map_or(t, |m| &t[m.end()..]);
        if VOTE_RECORD.is_match(t)
            || (has_any!(t, "declared", "ruled") && DECLARED.is_match(t))
            || (t.len() < 80
                && t.contains('/')
                && SLASH_PAIR.find(t).is_some_and(|m| m.start() == 0))
        {
            return true;
        }
        // "The motion passed with 11 in favor and 0 against. Directors
        // Cohen and Tayer were absent.": who did not vote may follow.
        let sents = super::outcome::sentences(t);
        if sents.len() > 1
            && VOTE_RECORD.is_match(sents[0])
            && sents[1..].iter().all(|s| {
                has_any!(s, "absent", "abstain", "excused", "recus")
                    || DECLARED.is_match(s)
            })
        {
            return true;
        }
        // "Mayor Mundy called for a voice vote to approve the motion. All
        // Alderpersons voted aye. Motion carried 7 - 0.": the call for
        // the vote and how it went.
        if let [calls @ .., last] = &sents[..] {
            if !calls.is_empty()
                && calls.len() <= 3
                && VOTE_RECORD.is_match(last)
                // ("Vote taken. All ayes present. Motion carried.")
                && calls.iter().all(|s| {
                    has_any!(s, "vote", "roll call") || has_any!(s, "aye", "in favo")
                })
            {
                return true;
            }
        }
    }
    t.starts_with(|c: char| c.is_ascii_uppercase())
        && memchr::memchr2(b':', b'[', t.as_bytes()).is_some()
        && VOTE_DETAIL.is_match(t)
}

// "(Y-5) 184350", "(Y-5) CONFIRMED": the roll call that disposed of an
// agenda item, with the ordinance number or the disposition after it.
re!(
    DISPOSITION,
    r"^\(Y-\d+(?:\s*N-\d+)?\)(?:\s+\d{4,8})?(?:\s+[A-Z]{3,}(?:\s+[A-Z]{2,})*)?(?:\s+[A-Z(]|\s*$)"
);

/// The item's own record of its vote: "(Y-5) 184350" under a title,
/// which is then the decision. `None` when `text` is not one.
pub fn disposition(text: &str) -> Option<Motion> {
    let t = text.trim();
    if !t.starts_with("(Y-") || !DISPOSITION.is_match(t) {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    // "PASSED TO SECOND READING", "REFERRED TO ...": not decided yet.
    if lower.contains("passed to") || lower.contains("referred") {
        return None;
    }
    read(t)
}

/// Whether `text` is only the seconding of a motion: "Director Tisdale
/// seconded the motion."
pub fn is_seconding(text: &str) -> bool {
    text.len() < 160
        && SECONDED_SUBJECT
            .find(text.trim())
            .is_some_and(|m| m.start() == 0)
}

re!(
    MOVED_AND_SECONDED,
    r"(?i)^(?:it\s+was\s+)?(?:duly\s+)?moved\s+and\s+seconded\.?$"
);

/// "It was moved and seconded": a motion put without its movers' names,
/// whose wording is the point after.
pub fn is_moved_and_seconded(text: &str) -> bool {
    text.len() < 40 && MOVED_AND_SECONDED.is_match(text.trim())
}

/// Whether the record (in lower case) says every member voted for:
/// "carried unanimously", "nem con", "all in favour".
fn is_unanimous(lower: &str) -> bool {
    lower.contains("unanimous")
        || lower.contains("nem con")
        || lower.contains("all in favour")
        || lower.contains("all in favor")
}

/// Adds what `record` says of the vote to the motion of a resolution.
pub fn merge(motion: &mut Option<Box<Motion>>, record: &str) {
    let lower = record.to_lowercase();
    let outcome = OUTCOME.find(record).map(|m| outcome_of(m.as_str()));
    let read = read(record);
    let m = motion.get_or_insert_with(Box::default);
    m.outcome = m.outcome.or(outcome);
    m.unanimous |= is_unanimous(&lower);
    if let Some(r) = read {
        // "Noonan/McGurk Carried": the record may name the movers.
        m.mover = m.mover.take().or(r.mover);
        m.seconder = m.seconder.take().or(r.seconder);
        m.votes_for = m.votes_for.or(r.votes_for);
        m.votes_against = m.votes_against.or(r.votes_against);
        m.abstentions = m.abstentions.or(r.abstentions);
        m.tally = m.tally.take().or(r.tally);
        if m.votes.is_empty() {
            m.votes = r.votes;
        }
    }
}

fn outcome_of(word: &str) -> MotionOutcome {
    // ("unanimous." with the stop that shows it closes the record, not
    // "unanimous consent".)
    let word = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
    match word.to_ascii_lowercase().as_str() {
        // ("...; unanimous." closes a motion carried by all.)
        "carried" | "passed" | "unanimous" => MotionOutcome::Carried,
        "lost" | "defeated" | "failed" | "fell" => MotionOutcome::Lost,
        "noted" => MotionOutcome::Noted,
        "deferred" => MotionOutcome::Deferred,
        "withdrawn" => MotionOutcome::Withdrawn,
        _ => MotionOutcome::Agreed,
    }
}

fn option_of(word: &str) -> VoteOption {
    let w = word.to_ascii_lowercase();
    if w.starts_with("abst") {
        VoteOption::Abstain
    } else if w == "absent" {
        VoteOption::Absent
    } else if matches!(w.as_str(), "nays" | "noes" | "against" | "nay" | "no")
    {
        VoteOption::No
    } else {
        VoteOption::Yes
    }
}

re!(LIST_SPLIT, r"\s*(?:,|\band\b|&)\s*");
re!(
    LIST_NAME,
    r"^(?:(?i:cllrs?|councillors?|crs?|mr|mrs|ms|dr|commissioners?|councilmembers?|aldermen|alderman|trustees?|mayor)\.?\s+)*((?:\p{Lu}\.?\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2})$"
);

/// The named votes of a roll call, in the order written.
fn votes(text: &str) -> Vec<Vote> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(c) = VOTE_LIST.captures_at(text, at) {
        let option = option_of(&c[1]);
        let list = c.get(2).expect("the list is a group of the pattern");
        // "Aye: A, B and C Nay: None": a list that runs on into the next
        // label ends there, and the next search starts at that label.
        let (list, end) = match VOTE_LIST.find(list.as_str()) {
            Some(next) if next.start() > 0 => {
                (&list.as_str()[..next.start()], list.start() + next.start())
            }
            _ => (list.as_str(), list.end()),
        };
        at = end;
        for part in LIST_SPLIT.split(list.trim()) {
            let part = part.trim();
            if matches!(
                part.to_ascii_lowercase().as_str(),
                "none" | "nil" | "n/a" | "nobody" | "no one"
            ) {
                continue;
            }
            if let Some(n) = LIST_NAME.captures(part) {
                out.push(Vote {
                    name: n[1].trim().to_string(),
                    option,
                });
            }
        }
    }
    if out.is_empty() {
        for c in NAME_VOTE.captures_iter(text) {
            out.push(Vote {
                name: c[1].trim().to_string(),
                // "no" with what ends it ("Seeing no other questions"
                // is not a vote).
                option: option_of(
                    c[2].split(|ch: char| !ch.is_ascii_alphabetic())
                        .next()
                        .unwrap_or(""),
                ),
            });
        }
    }
    out
}

fn count(c: &regex::Captures<'_>, i: usize) -> Option<u32> {
    c.get(i).and_then(|m| m.as_str().parse().ok())
}

/// Reads the motion in `text` (a resolution, or the paragraph it came
/// from). `None` when the text names no mover, seconder or count.
pub fn read(text: &str) -> Option<Motion> {
    let unbolded;
    let text = if has_bytes!(text, "**") {
        unbolded = text.replace("**", "");
        unbolded.as_str()
    } else {
        text
    };
    // Each pattern needs a word that most texts lack: look for the
    // words first, and run only the patterns they allow.
    let moving = has_any!(text, "propos", "moved", "motion");
    let slash = if text.contains('/') {
        SLASH_MOVERS
            .captures(text)
            .or_else(|| SLASH_PAIR.captures(text))
    } else {
        None
    };
    let pair = (moving && has_any!(text, "seconded"))
        .then(|| {
            MOVED_SECONDED.captures(text).or_else(|| {
                has_any!(text, "moved,", "moved seconded")
                    .then(|| MOVED_SECONDED_BY.captures(text))
                    .flatten()
            })
        })
        .flatten();
    let mover = moving
        .then(|| {
            MOVER_SUBJECT
                .captures(text)
                .or_else(|| MOVER_BY.captures(text))
                .or_else(|| MADE_MOTION_BY.captures(text))
        })
        .flatten()
        // "Proposed by: Cllr Taylor   Seconded by: Cllr Biggle" on one
        // line: the name ends before the next label.
        .map(|c| {
            let name = c[1].trim();
            name.strip_suffix(" Seconded")
                .or_else(|| name.strip_suffix(" Second"))
                .unwrap_or(name)
                .to_string()
        })
        .or_else(|| slash.as_ref().map(|c| c[1].trim().to_string()))
        .or_else(|| pair.as_ref().map(|c| c[1].to_string()));
    let seconder = has_any!(text, "second")
        .then(|| SECONDER.captures(text))
        .flatten()
        .map(|c| c[1].trim().to_string())
        .or_else(|| slash.as_ref().map(|c| c[2].trim().to_string()))
        .or_else(|| {
            has_any!(text, "seconded")
                .then(|| SECONDED_SUBJECT.captures(text))
                .flatten()
                .map(|c| c[1].trim().to_string())
        })
        .or_else(|| pair.as_ref().map(|c| c[2].to_string()));
    let counts = text
        .bytes()
        .any(|b| b.is_ascii_digit())
        .then(|| {
            FOR_AGAINST
                .captures(text)
                .or_else(|| LABELLED_COUNTS.captures(text))
                .or_else(|| DASH_COUNTS.captures(text))
                .or_else(|| ROLL_CALL.captures(text))
                .or_else(|| BRACKET_COUNTS.captures(text))
        })
        .flatten();
    let votes = if has_any!(
        text, "aye", "yea", "nay", "noes", "favo", "against", "abst", "absent"
    ) {
        votes(text)
    } else {
        Vec::new()
    };
    if mover.is_none()
        && seconder.is_none()
        && counts.is_none()
        && votes.is_empty()
    {
        return None;
    }
    // Counts from the named votes when the text gives no numbers.
    let named = |o: VoteOption| {
        let n = votes.iter().filter(|v| v.option == o).count();
        (n > 0).then(|| u32::try_from(n).unwrap_or(u32::MAX))
    };
    // The outcome is the last outcome word after the motion's words;
    // the vote's word rather than an aside ("declared the motion FAILED
    // but noted").
    let after = seconder
        .as_ref()
        .and_then(|s| text.find(s.as_str()).map(|i| i + s.len()))
        .unwrap_or(0);
    // ("...; unanimous." says a motion carried only where no other word
    // gives its outcome: "PASSED [UNANIMOUS]".)
    let (unanimous, outcomes): (SmallVec<[_; 4]>, SmallVec<[_; 4]>) = OUTCOME
        .find_iter(&text[after..])
        .map(|m| m.as_str())
        .partition(|w| {
            w.len() >= 9 && w[..9].eq_ignore_ascii_case("unanimous")
        });
    let outcomes: SmallVec<[MotionOutcome; 4]> =
        outcomes.into_iter().map(outcome_of).collect();
    let outcome = outcomes
        .iter()
        .rfind(|o| **o != MotionOutcome::Noted)
        .or(outcomes.last())
        .copied()
        .or_else(|| unanimous.first().map(|w| outcome_of(w)));
    // A vote with more ayes than nays carried the motion ("(Y-5)", a roll
    // call, names only the ayes); one with more nays lost it.
    let outcome = outcome.or_else(|| {
        let c = counts.as_ref()?;
        let roll_call = c[0].starts_with("(Y-");
        let ayes = count(c, 1)?;
        let nays = count(c, 2).or(roll_call.then_some(0))?;
        match ayes.cmp(&nays) {
            std::cmp::Ordering::Greater => Some(MotionOutcome::Carried),
            std::cmp::Ordering::Less if !roll_call => {
                Some(MotionOutcome::Lost)
            }
            _ => None,
        }
    });
    // Or the members named for and against ("Ayes: A, B and C. / Nays:
    // None.").
    let outcome = outcome.or_else(|| {
        let named =
            |o: VoteOption| votes.iter().filter(|v| v.option == o).count();
        match named(VoteOption::Yes).cmp(&named(VoteOption::No)) {
            std::cmp::Ordering::Greater => Some(MotionOutcome::Carried),
            std::cmp::Ordering::Less => Some(MotionOutcome::Lost),
            std::cmp::Ordering::Equal => None,
        }
    });
    let lower = text.to_lowercase();
    Some(Motion {
        mover,
        seconder,
        outcome,
        unanimous: is_unanimous(&lower),
        votes_for: counts
            .as_ref()
            .and_then(|c| count(c, 1))
            .or_else(|| named(VoteOption::Yes)),
        votes_against: counts
            .as_ref()
            .and_then(|c| count(c, 2))
            .or_else(|| named(VoteOption::No)),
        abstentions: counts
            .as_ref()
            .and_then(|c| count(c, 3))
            .or_else(|| named(VoteOption::Abstain)),
        tally: counts.map(|c| c[0].trim().to_string()),
        votes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposed_and_seconded() {
        let m = read(
            "It was proposed by Cllr. P. Harries, seconded by Cllr. W. Loynton and unanimously agreed that the minutes were correct.",
        )
        .unwrap();
        assert_eq!(m.mover.as_deref(), Some("P. Harries"));
        assert_eq!(m.seconder.as_deref(), Some("W. Loynton"));
        assert_eq!(m.outcome, Some(MotionOutcome::Agreed));
        assert!(m.unanimous);
    }

    #[test]
    fn subject_form_with_counts() {
        let m = read(
            "**Cllr Mrs Clements proposed that Draft Minutes should not be released, seconded by Cllr Mrs Hull.   4 Votes for 2 Votes against.    Carried**",
        )
        .unwrap();
        assert_eq!(m.mover.as_deref(), Some("Clements"));
        assert_eq!(m.seconder.as_deref(), Some("Hull"));
        assert_eq!(m.outcome, Some(MotionOutcome::Carried));
        assert_eq!(
            (m.votes_for, m.votes_against, m.abstentions),
            (Some(4), Some(2), None)
        );
        assert_eq!(m.tally.as_deref(), Some("4 Votes for 2 Votes against"));
        assert!(!m.unanimous);
    }

    #[test]
    fn australian_and_us_forms() {
        let m = read("Moved Cr Smith, Seconded Cr Jones that the report be received. CARRIED").unwrap();
        assert_eq!(
            (m.mover.as_deref(), m.seconder.as_deref()),
            (Some("Smith"), Some("Jones"))
        );
        assert_eq!(m.outcome, Some(MotionOutcome::Carried));
        let m = read("Motion carried 5-0.").unwrap();
        assert_eq!((m.votes_for, m.votes_against), (Some(5), Some(0)));
        let m = read("For: 6, Against: 1, Abstain: 2. Motion lost.").unwrap();
        assert_eq!(
            (m.votes_for, m.votes_against, m.abstentions),
            (Some(6), Some(1), Some(2))
        );
        assert_eq!(m.outcome, Some(MotionOutcome::Lost));
    }

    #[test]
    fn the_person_proposed_is_not_the_mover() {
        let m = read(
            "The Clerk explained. **Cllr Mrs Clements proposed Cllr Mrs Hull, seconded by Cllr Hand. It was agreed that Cllr Mrs Hull will be the third signatory.**",
        )
        .unwrap();
        assert_eq!(m.mover.as_deref(), Some("Clements"));
        assert_eq!(m.seconder.as_deref(), Some("Hand"));
    }

    #[test]
    fn roll_calls_and_named_votes() {
        let m = read("Resolved (Cr George Cecato / Cr Paul Amos)").unwrap();
        assert_eq!(
            (m.mover.as_deref(), m.seconder.as_deref()),
            (Some("George Cecato"), Some("Paul Amos"))
        );
        let m = read("Motion to accept: Moved by Commissioner Fish and seconded by Commissioner Fritz. (Y-5)").unwrap();
        assert_eq!(m.votes_for, Some(5));
        assert_eq!(m.mover.as_deref(), Some("Fish"));
        let m = read(
            "Motion carried by Janet Keough yea, Dick Dillon yea, Gary Mantay nay.",
        )
        .unwrap();
        let names: Vec<_> = m
            .votes
            .iter()
            .map(|v| (v.name.as_str(), v.option))
            .collect();
        assert_eq!(
            names,
            [
                ("Janet Keough", VoteOption::Yes),
                ("Dick Dillon", VoteOption::Yes),
                ("Gary Mantay", VoteOption::No)
            ]
        );
        assert_eq!((m.votes_for, m.votes_against), (Some(2), Some(1)));
        let m = read(
            "The motion carried. Ayes: Councilmembers Harper, Mikos and Parvin; Noes: Mayor Hunter; Absent: Millhouse.",
        )
        .unwrap();
        let got: Vec<_> = m
            .votes
            .iter()
            .map(|v| (v.name.as_str(), v.option))
            .collect();
        assert_eq!(
            got,
            [
                ("Harper", VoteOption::Yes),
                ("Mikos", VoteOption::Yes),
                ("Parvin", VoteOption::Yes),
                ("Hunter", VoteOption::No),
                ("Millhouse", VoteOption::Absent)
            ]
        );
        assert_eq!((m.votes_for, m.votes_against), (Some(3), Some(1)));
    }

    #[test]
    fn us_motion_forms() {
        let m = read("Motion by Gary Mantay, second by Dick Dillon to approve the minutes. Motion carried by a unanimous vote.").unwrap();
        assert_eq!(
            (m.mover.as_deref(), m.seconder.as_deref()),
            (Some("Gary Mantay"), Some("Dick Dillon"))
        );
        assert_eq!(m.outcome, Some(MotionOutcome::Carried));
        assert!(m.unanimous);
        let m = read("Janet Keough made a motion to increase the pay. The motion was approved by a unanimous vote.").unwrap();
        assert_eq!(m.mover.as_deref(), Some("Janet Keough"));
        assert_eq!(read("The second reading was held."), None);
    }

    #[test]
    fn vote_records() {
        for t in [
            "The Motion on being put to the meeting was carried unanimously.",
            "CARRIED",
            "Motion carried 5-0.",
            "The motion was lost.",
            "The motion passed with 15 in favor (Bouquet, Broom, Buzek, Catlin and Williams) and 0 against.",
            "Chair Sisk declared the motion PASSED unanimously.",
            "The minutes passed with 11 in favor (Anderson, Bagley) and 1 opposed (Lubow).",
            "RESULT: ADOPTED [10 TO 2]",
            "ACCEPTED [UNANIMOUS]",
            "AYES: Anderson, Bagley, Deadwyler",
            "On Motion: The motion passed unanimously",
            "The motion passed with 11 members in favor (Anderson, Bagley) and 0 against. Chair Kemp and Directors Cohen and Tayer were absent.",
        ] {
            assert!(is_vote_record(Para::new(t)), "{t}");
        }
        for t in [
            "The motion to close the library was debated at length.",
            "Carried out repairs to the pavilion roof.",
        ] {
            assert!(!is_vote_record(Para::new(t)), "{t}");
        }
        let mut m = None;
        merge(
            &mut m,
            "The Motion on being put to the meeting was carried unanimously.",
        );
        let m = m.unwrap();
        assert_eq!(m.outcome, Some(MotionOutcome::Carried));
        assert!(m.unanimous);
    }

    #[test]
    fn us_motion_records() {
        let m = read(
            "Director Broom made the motion to approve the minutes. Director Tisdale seconded the motion. ACCEPTED [11 TO 1]",
        )
        .unwrap();
        assert_eq!(m.mover.as_deref(), Some("Broom"));
        assert_eq!(m.seconder.as_deref(), Some("Tisdale"));
        assert_eq!((m.votes_for, m.votes_against), (Some(11), Some(1)));
        assert_eq!(m.outcome, Some(MotionOutcome::Agreed));
        assert!(is_seconding("Director Tisdale seconded the motion."));
        assert!(!is_seconding("The motion was seconded and debated."));
    }

    #[test]
    fn dispositions() {
        let m = disposition("(Y-5) 184350 Bureau of Planning").unwrap();
        assert_eq!(m.votes_for, Some(5));
        assert_eq!(m.outcome, Some(MotionOutcome::Carried));
        assert!(disposition("(Y-5) CONFIRMED").is_some());
        assert!(disposition("(Y-4 N-1) ACCEPTED AS AMENDED").is_some());
        assert!(disposition("PASSED TO SECOND READING").is_none());
        assert!(disposition("(Ordinance)").is_none());
        assert!(disposition("(Y-5) the members voted on the item").is_none());
    }

    #[test]
    fn no_motion_words_no_motion() {
        assert_eq!(read("The report be noted"), None);
    }
}
