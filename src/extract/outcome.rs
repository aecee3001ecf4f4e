//! Decisions written as sentences rather than "RESOLVED" blocks: "It was
//! proposed by X, seconded by Y and unanimously agreed that ...", "The
//! minutes ... were approved and signed", "Cllr A proposed ..., seconded
//! by Cllr B. Carried", "It was unanimously agreed to ...". Finds the
//! sentence and the wording of the decision in a discussion point's text.
//! A plain "It was agreed that" inside a paragraph counts only after a
//! proposal: on its own it is often a note of what was discussed.

use super::para::{Para, Trigger};

/// A decision found in a point's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The wording of the decision ("the Annual Return be approved").
    pub text: String,
    /// Whether the decision is all the point says.
    pub whole: bool,
}

// After "seconded by ...": the outcome words before the decision, on
// lower-case text.
re!(
    AGREED_TAIL,
    r"(?:unanimously |duly )?(?:agreed|resolved|carried),?(?: that| to)?(?:\s*[-–:])?\s+"
);
re!(
    UNANIMOUSLY,
    r"(?i)^(?:it was |the (?:council|committee|members) )?unanimously (?:agreed|resolved|approved)(?: that)?\s+(.+)$"
);
// What follows "was"/"were" in a decision ("unanimously approved",
// "circulated and agreed"), on lower-case text.
re!(
    PASSIVE_TAIL,
    r"^(?:[a-z]+ and )?(?:unanimously |duly |then |also |formally )?(?:approved|agreed|adopted|accepted|ratified|confirmed|carried)(?-u:\b)"
);
re!(
    PROPOSED_THEN_OUTCOME,
    r"(?i)^(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr)\.?\s+)+(?:Mrs?\.?\s+|Ms\.?\s+)?\S+(?: \S+)?? (?:proposed|moved) (.+?),? seconded by "
);
re!(
    CARRIED,
    r"(?i)(?-u:\b)(?:unanimously agreed|agreed|carried|approved)(?-u:\b)"
);
re!(AGREED_THAT, r"(?i)^it was agreed that\s+(.+)$");
// "... was discussed. It was agreed that Councillors should ...", "It
// was also resolved that future minutes ...", "It was decided to ...":
// the meeting's decision in a later sentence of a paragraph.
re!(
    IT_WAS_DECIDED,
    r"(?i)^it was (?:(?:also|further|then|therefore|subsequently|unanimously|duly|finally|generally)\s+)*(?:agreed|resolved|decided)(?:\s+unanimously)?,?\s+(?:that\s+(.+)|(to\s.+))$"
);
// Welsh: "... a chytunwyd yn unfrydol bod X" (and it was unanimously
// agreed that X), "... ac roedd pawb yn unfrydol bod X" (and all were
// unanimous that X), "Cytunwyd yn unfrydol i X" (it was agreed to X),
// "Penderfynwyd y dylid X": the decision after "bod" (that), or from
// "i" (to) or "y dylid" / "y dylai" (that ... should).
re!(
    WELSH_AGREED,
    r"(?i)(?:^|\s)(?:a |ac |fe )?(?:chytunwyd|cytunwyd|gytunwyd|penderfynwyd|roedd pawb yn unfrydol)(?:\s+yn\s+unfrydol)?,?\s+(?:[^,]{1,120},\s+)??(?:(?:bod|fod)\s+(.+)|((?:i|y dylid|y dylai|y dylai’r|y dylai'r)\s.+))$"
);
// US forms: "Motion by Gary Mantay, second by Dick Dillon to approve the
// minutes." The decision is the "to ..." clause.
re!(
    US_MOTION,
    r"(?i:^(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by)\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}?\p{Lu}[\p{L}'’\-]*,?\s+(?i:and\s+)?(?i:second(?:ed)?\s+by)\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}?\p{Lu}[\p{L}'’\-]*[,:]?\s+((?:to|that)\s.+)$"
);
// New England select boards: "There being no errors ..., moved, seconded
// and voted 3-0 to accept them as written.", "Moved, seconded and
// carried that ...": a motion without its movers' names and its outcome,
// in one sentence.
re!(
    SECONDED_VOTED,
    r"(?i)(?:^|,\s+)moved,?\s+(?:and\s+)?seconded,?\s+(?:and\s+)?(?:unanimously\s+)?(?:voted|carried|approved|passed|agreed)(?:\s+(?:unanimously|\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?))?,?\s+((?:to|that)\s.+)$"
);
// "Janet Keough made a motion to increase ...".
// "There was a motion to approve the minutes ...", "A motion was made
// to adopt the budget", "A motion was made by Mike to ...": a motion
// with no mover named first, passed in a later sentence.
re!(
    MOTION_WAS,
    r"(?i)^(?:there\s+was\s+an?\s+|an?\s+)motion(?:\s+was\s+(?:made|moved|put forward|raised))?(?:\s+by\s+[^,.]{1,40}?)?,?\s+((?:to|that)\s.+)$"
);
re!(
    MADE_MOTION,
    r"(?i)^.{0,80}?(?-u:\b)made (?:a |the )?motion,?\s+(?:seconded by [^,]+?,?\s+)?((?:to|for|that)\s.+)$"
);
// "Councilmember Ortiz moved to approve the consent calendar.",
// "Councilmember Duggan moved adoption of the agenda as presented.",
// "After noting a correction, Commissioner Garner moved to approve ...".
re!(
    MOVED_TO,
    r"^(?:\p{Lu}[^,]+,\s+)?(?:(?i:director|commissioner|councilmember|council member|councilman|councilwoman|trustee|supervisor|alderman|alderperson|mayor|vice mayor|vice chair|chair|member|mr|mrs|ms|dr)\.?\s+)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?\s+moved\s+((?:to|that|(?:adoption|approval|acceptance|denial|passage)\s+of)\s.+)$"
);
// "Councilmember Ryan moved and Councilmember Lawrence-Anderson seconded
// to approve the Agenda.", "Willmus moved, Etten seconded, approval of
// the agenda as presented." (Unbounded repeats: a bounded one, `.{2,60}`,
// is compiled into sixty copies of a UTF-8 automaton, and its lazy DFA
// cache grows with them in every thread.)
re!(
    MOVED_SECONDED_TO,
    r"^(?:(?i:director|commissioner|councilmember|council member|councilman|councilwoman|trustee|supervisor|alderman|alderperson|mayor|member|mr|mrs|ms|dr)\.?\s+)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?\s+moved(?:\s+and|,)\s+\S.*?\s+seconded,?\s+((?:to|that|(?:adoption|approval|acceptance|denial|passage)\s+of)\s.+)$"
);
// "MOTION: Vice Mayor Filseth moved, seconded by Mayor Kniss to go into
// Closed Session.": the mover, "moved, seconded by" and the seconder.
re!(
    MOVED_SECONDED_BY,
    r"^(?:(?i:motion)\s*:\s*)?(?:(?i:vice mayor|mayor|council member|councilmember|commissioner|director|trustee|vice chair|chair|alderman|alderperson|supervisor)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?\s+moved,?\s+(?i:seconded by)\s+.+?,?\s+((?:to|that)\s.+)$"
);
// "MOVED by Councillor Ward that Council adopt the minutes ...",
// "Moved by Cr A, seconded by Cr B, that ...": the movers, then the
// motion in the same sentence.
re!(
    MOVED_BY_THAT,
    r"^(?i:moved by)\s+[^,]+?,?\s+(?:(?i:seconded by)\s+[^,]+?,?\s+)?((?i:that|to)\s.+)$"
);
// "Referring to Item B, it was MOVED by Foy, seconded by Buchanan, to
// approve the expenditure of $1500.", "It was moved by Councillor A and
// seconded by Councillor B “That Dublin City Council approves ...”."
re!(
    IT_WAS_MOVED,
    r#"^(?:\p{Lu}[^.]*?(?:,|\s[-–—]+)\s+)?(?i:it was moved by)\s+[^,]+?,?\s+(?i:and\s+)?(?i:seconded by)\s+[^,]+?,?\s+["“]?((?:to|that|That)\s.+)$"#
);
// "Motion to accept the substitute ordinance: Moved by Commissioner Fish
// and seconded by Commissioner Fritz. (Y-5)": the motion, then who moved
// it and the vote.
re!(
    MOTION_MOVED,
    r"^(Motion to [^:]{3,200}):\s*(?i:moved|made) by .{2,80}?(?i:seconded) by .{2,80}?(?:\(Y-\d+|(?i:carried|passed|approved|adopted))"
);
// "M/S/A to elect ...": moved, seconded and approved (or carried).
re!(
    MSA,
    r"(?:^|[:;]\s*|\sand\s+)(?:M/S/[ACP]|M/S/C|MSC|MSA)\s*:?\s+(.+)$"
);
// "It was proposed by Councillor C. Sheehan that X." then "This was
// seconded by Councillor Secas, and unanimously agreed."
re!(
    PROPOSED_THAT,
    r"(?i)^it was (?:proposed|moved) by .{2,60}? that (.+)$"
);
// "Proposal: Agreement to the content of the minutes was proposed by Mr
// Berry and seconded by Mrs Mitchell and was unanimously agreed by the
// meeting.": the subject of the passive motion is the decision.
re!(
    PROPOSED_PASSIVE,
    r"^(?:\pL+:\s*)?(\p{Lu}.+?)\s+(?:was|were)\s+(?:proposed|moved)\s+by\s.+?seconded\s+by\s.+?(?:agreed|carried|approved)(?-u:\b)"
);
// "Proposal: Mrs Mitchell proposed and Mr Berry seconded payment of this
// subscription and the meeting unanimously agreed.": what was seconded.
re!(
    SECONDED_OBJECT,
    r"^(?:\pL+:\s*)?(?:\S+\s+){1,4}?(?:proposed|moved)\s+and\s+(?:\S+\s+){1,4}?seconded\s+(.+?),?\s+and\s+(?:the meeting|the council|the committee|members|all|it was)\s+(?:\S+\s+)?(?:agreed|carried|approved)(?-u:\b)"
);
re!(
    SECONDED_AGREED,
    r"(?i)seconded(?-u:\b).*(?-u:\b)(?:agreed|carried|approved)(?-u:\b)"
);
re!(
    RESOLVED_WITHIN,
    r"\sRESOLVED\s*(?:,\s*that\b|that\b)?\s*(?::-|[:\-–—])?\s*(\pL.*)$"
);
// "The Board agreed to ask Liz ...", "The Sub Committee resolved: to note
// the paper.", "The meeting agreed the minutes represented a true
// record": the meeting as a whole decided. (Not "Members agreed the
// logistics involved were considerable": a view, not a decision.)
re!(
    COLLECTIVE,
    r"^(?:The\s+|All\s+)?(?i:(?:parish|town|community)\s+council|board|council|committee|cabinet|panel|commission|trustees|sub[- ]committee|forum|meeting|members|councillors)\s+(?i:unanimously\s+)?(?:(?i:agreed|resolved|decided|voted)(?:\s+(?i:to|that)(?-u:\b)|\s*:)|(?i:agreed\s+the\s+(?:minutes|following|proposed|recommendations?|report|accounts|budget|dates?|terms|schedule|revised|draft|amended|updated|new)(?-u:\b)|(?:approved|authori[sz]ed|adopted|endorsed|ratified)\s+\S))"
);
// "... all agreed that the minutes were a true record".
re!(
    ALL_AGREED,
    r"(?i)(?:^|\s)all (?:members )?agreed that\s+(.+)$"
);
// How a motion ended, in the sentences after it.
re!(
    PASSED,
    r#"(?i)(?-u:\b)(?:carried|passed|approved|adopted|unanimous|all in favou?r|all voted ["“]?(?:aye|yes|in favou?r))(?-u:\b)"#
);
re!(FAILED, r"(?i)(?-u:\b)(?:failed|defeated|lost|died)(?-u:\b)");
// A planning decision in capitals: "NO OBJECTIONS", "APPROVED"; in
// Welsh, "DIM GWRTHWYNEBIAD" (no objection), "DIM SYLWADAU" (no
// comments), "CEFNOGI" (support), "GWRTHWYNEBU" (object).
// A planning body's view in words: "Approval recommended", "Recommend
// refusal", "Recommended for approval" (on lower-case text).
re!(
    PLANNING_VIEW,
    r"^(?:(?:approval|refusal|deferral)\s+(?:is\s+|was\s+)?(?:unanimously\s+)?recommended|(?:the\s+(?:committee|council|board)\s+)?(?:unanimously\s+)?recommend(?:s|ed)?\s+(?:that\s+the\s+application\s+be\s+)?(?:approval|refusal|approved|refused)|recommended\s+for\s+(?:approval|refusal))(?-u:\b)"
);
re!(
    VERDICT,
    r"^(?:NO OBJECTIONS?|NO OBSERVATIONS|NO COMMENTS?|APPROVED|REFUSED|GRANTED|DEFERRED|CARRIED|SUPPORTED|OBJECTION|DIM GWRTHWYNEBIAD|DIM SYLW(?:ADAU)?|CEFNOGI|GWRTHWYNEBU)(?-u:\b)"
);

re!(
    THAT_BE,
    r"^That\s[^;]*?\sbe\s+(?:[a-z]+\s+)?(?:agreed|approved|adopted|accepted|confirmed|ratified)(?-u:\b)"
);

/// Words that open a clause without naming what it is about.
const PRONOUNS: &[&str] =
    &["I", "It", "This", "That", "They", "We", "He", "She"];

const ABBREVIATIONS: &[&str] = &[
    "Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Dr", "Cr", "St", "No", "Nos", "Rev",
    "Prof", "Ltd", "Co", "Inc", "approx", "ref", "Ref", "Vol", "Chr", "Clk",
    "Commr", "Supt", "Hon", "Jr", "Sr",
];

/// "proposed by X, seconded by Y and unanimously agreed that THE
/// DECISION": where the decision starts, in a lower-case sentence.
fn seconded_agreed(lower: &str) -> Option<usize> {
    let motion = lower.find("proposed").or_else(|| lower.find("moved"))?;
    let seconded = motion + lower[motion..].find("seconded")?;
    if seconded - motion > 160 {
        return None;
    }
    let from = seconded + "seconded".len();
    let m = AGREED_TAIL.find(&lower[from..])?;
    if m.start() > 160 {
        return None;
    }
    let at = from + m.end();
    // "... and agreed by all the Members that the Scheme be amended.",
    // "... by all the Members “That the Plan be made", "... by all the
    // Members to proceed with these works.": the decision follows who
    // agreed; "... and was unanimously agreed by the meeting.": no
    // decision follows.
    let Some(agent) = lower[at..].strip_prefix("by ") else {
        return Some(at);
    };
    // (Past "that"; a quoted decision keeps its quote, a "to" its word.)
    [(" that ", 6), (" “that ", 1), (" \"that ", 1), (" to ", 1)]
        .iter()
        .filter_map(|&(w, skip)| agent.find(w).map(|t| at + 3 + t + skip))
        .min()
}

/// What a motion put in the passive ("X was proposed by A and seconded
/// by B and agreed") or seconded as an object ("A proposed and B
/// seconded X and the meeting agreed") decided: X, when it is a subject
/// of its own (not "The Motion", whose words stand elsewhere, "It", or
/// "The Schedule, as circulated,") and no text is announced after it.
fn seconded_subject(plain: &str) -> Option<&str> {
    let c = PROPOSED_PASSIVE
        .captures(plain)
        .or_else(|| SECONDED_OBJECT.captures(plain))?;
    let subject = c.get(1)?.as_str();
    let first = subject.split(' ').next().unwrap_or("");
    (subject.split(' ').count() >= 3
        && !subject.contains(',')
        && !PRONOUNS.contains(&first)
        && !has_any!(subject, "motion", "amendment")
        && !plain.trim_end().ends_with(':'))
    .then_some(subject)
}

/// "X was unanimously approved": a "was"/"were" early in a lower-case
/// sentence followed by a decision word.
fn passive(lower: &str) -> bool {
    [" was ", " were "].iter().any(|w| {
        lower
            .match_indices(w)
            .take_while(|(i, _)| *i <= 200)
            .any(|(i, _)| {
                let tail = &lower[i + w.len()..];
                // "... it was confirmed by Cllr. J. Davies that the
                // application is ...": what someone told the meeting.
                let reported = lower[..i].ends_with(" it")
                    && (tail.starts_with("confirmed")
                        || tail.starts_with("accepted"));
                // "Apologies were accepted from ...": who sent them, not
                // a decision.
                let apologies = lower[..i].ends_with("apologies");
                !reported && !apologies && PASSIVE_TAIL.is_match(tail)
            })
    })
}

/// The decision a "that ..." or "to ..." pattern captured: its first
/// group or its second.
fn that_or_to<'a>(c: &regex::Captures<'a>) -> &'a str {
    c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str())
}

/// Where "it was ..." starts after a clause of how the meeting came to
/// its decision ("upon being put to the vote it was resolved that ...",
/// "following discussion, it was agreed to ..."): a short clause, or
/// one a comma ends.
fn vote_lead(lower: &str) -> Option<usize> {
    let first = lower.split(' ').next()?;
    if !matches!(first, "upon" | "on" | "after" | "following" | "having") {
        return None;
    }
    let at = lower.find(" it was ")? + 1;
    let clause = &lower[..at];
    let plain = at <= 80 && !clause.contains(',');
    (!clause.contains([';', ':']) && (plain || clause.ends_with(", ")))
        .then_some(at)
}

/// "Item Nos. 47 and 51 were pulled for discussion and on a Y-5 roll
/// call, the balance of the Consent Agenda was adopted.": the clause
/// that holds the decision, after the last comma before its verb, when
/// that clause has a subject of its own (four words or more).
fn passive_clause(sentence: &str) -> &str {
    let verb = [" was ", " were "]
        .iter()
        .filter_map(|w| sentence.rfind(w))
        .max();
    let Some(verb) = verb else { return sentence };
    // "Cllr Pointer is carrying out this job – and copies of the figures
    // were circulated and agreed": the clause after a dash and "and".
    if let Some(k) = [" – and ", " - and ", " — and "]
        .iter()
        .filter_map(|d| sentence[..verb].rfind(d).map(|k| k + d.len()))
        .max()
    {
        if sentence[k..verb].split(' ').count() >= 4 {
            return &sentence[k..];
        }
    }
    match sentence[..verb].rfind(", ") {
        Some(comma)
            if sentence[comma + 2..verb].split(' ').count() >= 4
                && !sentence[..verb].ends_with(',') =>
        {
            &sentence[comma + 2..]
        }
        _ => sentence,
    }
}

/// Whether a sentence (in lower case) starts with the meeting as a
/// whole, as [`COLLECTIVE`] needs: "the board", "council", "members".
fn collective_subject(lower: &str) -> bool {
    let rest = ["the ", "all "]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .unwrap_or(lower)
        .trim_start();
    let first = rest.split([' ', '-']).next().unwrap_or("");
    matches!(
        first,
        "board"
            | "council"
            | "councillors"
            | "parish"
            | "town"
            | "community"
            | "committee"
            | "cabinet"
            | "panel"
            | "commission"
            | "trustees"
            | "sub"
            | "forum"
            | "meeting"
            | "members"
    )
}

/// Words one of which a sentence must hold to record a decision.
const DECIDED: &[&str] = &[
    "approved",
    "agreed",
    "adopted",
    "accepted",
    "ratified",
    "confirmed",
    "carried",
    "resolved",
];

/// Splits text into sentences: a full stop, question or exclamation mark
/// and white space before a capital, a quote or a `*`.
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for i in 0..b.len() {
        if matches!(b[i], b'.' | b'!' | b'?')
            && b.get(i + 1).is_some_and(|c| c.is_ascii_whitespace())
        {
            let next = text[i + 1..].trim_start();
            // "Cllr. P. Harries": a dot after an initial or a title does
            // not end a sentence.
            let word = text[start..i]
                .rsplit(|c: char| c.is_whitespace() || c == '.')
                .next()
                .unwrap_or("");
            let abbreviation = (word.chars().count() == 1
                && word.chars().all(char::is_uppercase))
                || ABBREVIATIONS.contains(&word);
            if !abbreviation
                && next.starts_with(|c: char| {
                    c.is_uppercase() || "*\"“'".contains(c)
                })
            {
                out.push(text[start..=i].trim());
                start = i + 1;
            }
        }
    }
    let last = text[start..].trim();
    if !last.is_empty() {
        out.push(last);
    }
    out
}

// "...; unanimous.", ", passed 3-0.": the outcome after the wording.
re!(
    OUTCOME_TAIL,
    r"(?i)[;,]\s*(?:motion\s+)?(?:unanimous(?:ly)?|carried|passed|approved)(?:\s+(?:unanimously|\d{1,2}\s*[-–]\s*\d{1,2}))?\.?$"
);

fn clean(s: &str) -> String {
    let s = match OUTCOME_TAIL.find(s) {
        Some(m) if m.start() > 0 => &s[..m.start()],
        _ => s,
    };
    // (Nor a table cell's closing bar.)
    let s = s
        .trim()
        .trim_matches('*')
        .trim_end_matches(['|', ' '])
        .trim();
    // "That ... the questions lodged”.": the quote the motion was put in
    // closes, unopened, after its wording.
    match s.strip_suffix("\".").or_else(|| s.strip_suffix("”.")) {
        Some(w) if !w.contains(['"', '“']) => format!("{w}."),
        _ => s.to_string(),
    }
}

/// Whether one of the next sentences says the motion passed (and none
/// that it failed): up to four sentences ("... made a motion to X.
/// Commissioner B seconded the motion. All voted aye. The motion has
/// passed."), and none past the next motion.
fn passed_after(sents: &[&str], i: usize) -> bool {
    let mut rest = String::from(sents[i]);
    for s in sents[i + 1..].iter().take(3) {
        if starts_motion(s) {
            break;
        }
        rest.push(' ');
        rest.push_str(s);
    }
    PASSED.is_match(&rest) && !FAILED.is_match(&rest)
}

/// The wording of a motion without the seconding that closes its
/// sentence: "to vote on the goals as amended and Chair Tobiassen
/// seconded." is moved "to vote on the goals as amended".
fn without_seconder(wording: &str) -> &str {
    let w = wording.trim_end_matches(['.', ' ']);
    // (Or "... with the changes and Alderperson Taylor seconded the
    // motion.")
    let seconded = w.ends_with(" seconded")
        || w.ends_with(" seconded the motion")
        || w.ends_with(" seconded it");
    match w.rfind(" and ") {
        Some(at) if seconded && w.len() - at < 70 => &w[..at],
        _ => wording,
    }
}

/// The wording of the motion sentence `s` puts, in any of the forms of
/// a motion in a sentence ("Motion by A, second by B to ...", "A made a
/// motion to ...", "A moved to ...", "A moved and B seconded to ...",
/// "it was MOVED by A, seconded by B, to ...").
fn moved_wording(s: &str) -> Option<regex::Captures<'_>> {
    if !has_any!(s, "motion", "moved") {
        return None;
    }
    US_MOTION
        .captures(s)
        .or_else(|| MADE_MOTION.captures(s))
        .or_else(|| moved_form(s))
}

/// The forms of a motion in a sentence that say "moved" ("A moved to
/// ...", "A moved and B seconded to ...", "it was MOVED by A, seconded
/// by B, to ...", "MOVED by A that ...").
fn moved_form(s: &str) -> Option<regex::Captures<'_>> {
    MOVED_TO
        .captures(s)
        .or_else(|| MOVED_SECONDED_TO.captures(s))
        .or_else(|| MOVED_SECONDED_BY.captures(s))
        .or_else(|| IT_WAS_MOVED.captures(s))
        .or_else(|| MOVED_BY_THAT.captures(s))
}

/// Whether sentence `s` puts a motion of its own.
fn starts_motion(s: &str) -> bool {
    moved_wording(s).is_some()
}

/// A decision in sentence `i` of `sents`, and whether that sentence is
/// the whole of the point; `proposed` carries a motion seen earlier.
fn decision_in(
    sents: &[&str],
    i: usize,
    proposed: &mut bool,
    formal: bool,
) -> Option<Outcome> {
    let s = sents[i];
    // "The following cheques were approved at the meeting." over the
    // list of cheques and sums: the decision is all the point says.
    let sums = || {
        sents[1..]
            .iter()
            .map(|t| t.matches(['£', '$', '€']).count())
            .sum::<usize>()
            >= 2
    };
    let whole = sents.len() == 1
        || (i == 0 && sents.len() == 2 && sents[1].len() < 40)
        || (i == 0 && sums());
    let plain = s.trim_matches('*').trim();
    let out = |text: &str, whole: bool| {
        Some(Outcome {
            text: clean(text),
            whole,
        })
    };
    // Words each pattern needs, looked for first: the patterns are
    // costly and most sentences hold none of the words.
    let lower = plain.to_ascii_lowercase();
    let has = |w: &str| lower.contains(w);
    // "The motion was approved by a unanimous vote": the outcome of a
    // decision already found, not one of its own.
    if super::motion::is_vote_record(Para::new(plain)) {
        return None;
    }
    // Welsh: "Cynigiwyd gan y Cyng. A, eiliwyd gan y Cyng. B a chytunwyd
    // yn unfrydol bod ...", "Cytunwyd yn unfrydol i ...", "Cymeradwywyd
    // yr Asesiad Risg ...".
    if lower.starts_with("cymeradwywyd") {
        return out(plain, whole);
    }
    // "Approval recommended.", "Refusal recommended on highway grounds":
    // a planning body's view of an application.
    if has("recommend") && PLANNING_VIEW.is_match(&lower) {
        return out(plain, whole);
    }
    // (Each of the pattern's verbs ends in "wyd".)
    if has("wyd") || has("unfrydol") {
        if let Some(c) = WELSH_AGREED.captures(plain) {
            *proposed = false;
            return out(that_or_to(&c), whole);
        }
    }
    if has("motion") && plain.starts_with("Motion to ") {
        if let Some(c) = MOTION_MOVED.captures(plain) {
            return out(&c[1], sents.len() <= 2);
        }
    }
    if has("motion") {
        let c = US_MOTION
            .captures(plain)
            .or_else(|| MADE_MOTION.captures(plain))
            .or_else(|| {
                ["there was a", "a motion", "an motion"]
                    .iter()
                    .any(|w| lower.starts_with(w))
                    .then(|| MOTION_WAS.captures(plain))
                    .flatten()
            });
        if let Some(c) = c {
            return if passed_after(sents, i) {
                out(&c[1], whole)
            } else {
                None
            };
        }
    }
    if has("moved") {
        if let Some(c) = SECONDED_VOTED.captures(plain) {
            return out(&c[1], whole);
        }
        if let Some(c) = moved_form(plain) {
            if passed_after(sents, i) {
                return out(without_seconder(&c[1]), whole);
            }
        }
    }
    if has("m/s") || has("msc") || has("msa") {
        if let Some(c) = MSA.captures(plain) {
            return out(&c[1], whole);
        }
    }
    // Where the item records its decisions formally, "the committee
    // agreed to ..." in the discussion is narrative, not a decision.
    if !formal
        && collective_subject(&lower)
        // (Not "The Council adopted a Strategy at its Meeting of May
        // 2021.": an earlier meeting's decision.)
        && !has("at its meeting")
        && COLLECTIVE.is_match(plain)
    {
        return out(plain, whole);
    }
    if !formal && (has("all agreed") || has("all members agreed")) {
        if let Some(c) = ALL_AGREED.captures(plain) {
            return out(&c[1], whole);
        }
    }
    let decided = DECIDED.iter().any(|w| has(w));
    let motion = has("proposed") || has("moved");
    if !decided && !motion && !has("seconded") {
        return None;
    }
    if let Some(at) = seconded_agreed(&lower) {
        return out(&plain[at..], whole);
    }
    if has("seconded") {
        if let Some(subject) = seconded_subject(plain) {
            return out(subject, whole);
        }
    }
    let unanimous = has("unanimously").then(|| UNANIMOUSLY.captures(plain));
    if let Some(c) = unanimous.flatten() {
        return out(&c[1], whole);
    }
    if motion && !has("seconded") {
        if let Some(c) = PROPOSED_THAT.captures(plain) {
            let next = sents.get(i + 1).copied().unwrap_or("");
            if SECONDED_AGREED.is_match(next) {
                // The proposal and its seconding are the whole point.
                return out(&c[1], i == 0 && sents.len() == 2);
            }
        }
    }
    let moved = motion.then(|| PROPOSED_THEN_OUTCOME.captures(plain));
    if let Some(c) = moved.flatten() {
        // "It was agreed that ..." after the motion words the decision.
        for later in &sents[i + 1..] {
            if let Some(a) =
                AGREED_THAT.captures(later.trim_matches('*').trim())
            {
                *proposed = false;
                return out(&a[1], false);
            }
        }
        // Otherwise the motion counts when the point records its
        // outcome.
        let rest = sents[i..].join(" ");
        if CARRIED.is_match(&rest[c.get(0).map_or(0, |m| m.end())..]) {
            return out(&c[1], sents.len() <= 3);
        }
        *proposed = true;
        return None;
    }
    // (Narrative where the item records its decisions formally.)
    if !formal && i > 0 && lower.starts_with("it was ") {
        if let Some(c) = IT_WAS_DECIDED.captures(plain) {
            *proposed = false;
            return out(that_or_to(&c), false);
        }
    }
    if *proposed {
        if let Some(c) = AGREED_THAT.captures(plain) {
            *proposed = false;
            return out(&c[1], false);
        }
    }
    // "These meeting minutes were approved at the November 2020
    // meeting.": a note on the record itself, made later.
    let this_record =
        ["these minutes", "these meeting minutes", "these draft"]
            .iter()
            .any(|w| lower.starts_with(w));
    if decided
        && !lower.starts_with("it was")
        && !this_record
        && passive(&lower)
    {
        return out(passive_clause(plain), whole);
    }
    // "Upon being put to the vote it was resolved that ...": the
    // decision after a clause of how the meeting came to it.
    if decided && !formal {
        if let Some(at) = vote_lead(&lower) {
            if let Some(c) = IT_WAS_DECIDED.captures(&plain[at..]) {
                *proposed = false;
                return out(that_or_to(&c), whole);
            }
        }
    }
    // "... it was proposed by Councillor P Batty that Councillor Beck be
    // elected Vice Chairman for the meeting the Council RESOLVED to
    // elect Councillor Beck as Vice Chairman": the word in capitals
    // within a sentence (a flattened page) marks the decision.
    if !formal && has_bytes!(plain, "RESOLVED") {
        if let Some(c) = RESOLVED_WITHIN.captures(plain) {
            return out(&c[1], whole);
        }
    }
    if has("seconded") {
        *proposed = true;
    }
    None
}

/// A motion put in a point of its own ("Director Broom made the motion
/// to approve the minutes.", "Councilmember Ortiz moved to adopt ...")
/// whose outcome the point does not give: the wording of the motion,
/// for a vote recorded in a later point to complete.
pub fn proposal(p: Para<'_>) -> Option<String> {
    let text = p.text.trim();
    if !p.has(Trigger::Motion) {
        return None;
    }
    let sents = sentences(text);
    if sents.len() > 3 {
        return None;
    }
    // A point that gives the outcome too is a decision of its own.
    if sents[1..]
        .iter()
        .any(|s| PASSED.is_match(s) || FAILED.is_match(s))
    {
        return None;
    }
    // "The Board reviewed the minutes. Commissioner A moved to approve
    // them. Upon a vote, the results were as follows: ...": the motion
    // may follow a sentence of what led to it.
    sents.iter().take(2).find_map(|s| {
        let c = moved_wording(s.trim_matches('*').trim())?;
        Some(clean(without_seconder(&c[1])))
    })
}

/// Finds the decisions in the text of a discussion point, in order. A
/// decision is `whole` only when it is all the point says. `formal`
/// says the item records its decisions in a resolutions section, so
/// that only proposals and votes in its discussion count.
pub fn find_all(p: Para<'_>, formal: bool) -> Vec<Outcome> {
    let text = p.text.trim();
    if text.starts_with(char::is_uppercase) && VERDICT.is_match(text) {
        // ("NO OBJECTIONS BUT ONE COMMENT: Situated opposite a busy
        // junction, care needed. Extension looks significant ...": the
        // verdict is its first sentence; the rest is its comment, no
        // point of its own.)
        return vec![Outcome {
            text: clean(sentences(text)[0]),
            whole: true,
        }];
    }
    // Most points hold none of the words a decision needs: one pass over
    // the text rules them out before any sentence is looked at.
    if !p.has(Trigger::Decision) {
        // ("Approval recommended.": no decision word, but a view.)
        if !p.has(Trigger::Recommend) {
            return Vec::new();
        }
        let sents = sentences(text);
        let whole = sents.len() == 1;
        return sents
            .into_iter()
            .filter(|s| PLANNING_VIEW.is_match(&s.to_lowercase()))
            .map(|s| Outcome {
                text: clean(s),
                whole,
            })
            .collect();
    }
    // "That the minutes of the meeting held on 7 November 2011 be agreed
    // as an accurate record.": a resolution whose "RESOLVED" label the
    // page set in bold and the text lost; the paragraph is the decision.
    if text.starts_with("That ") && THAT_BE.is_match(text) {
        return vec![Outcome {
            text: clean(text),
            whole: true,
        }];
    }
    let sents = sentences(text);
    let mut proposed = false;
    let mut found: Vec<Outcome> = Vec::new();
    for i in 0..sents.len() {
        if let Some(o) = decision_in(&sents, i, &mut proposed, formal) {
            // "It was agreed that X" after a motion can word a decision
            // already taken from the motion itself.
            if !found.iter().any(|f| f.text == o.text) {
                found.push(o);
            }
        }
    }
    if found.len() > 1 {
        for o in &mut found {
            o.whole = false;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(text: &str) -> Option<(String, bool)> {
        find_all(Para::new(text), false)
            .into_iter()
            .next()
            .map(|o| (o.text, o.whole))
    }

    #[test]
    fn agreed_in_discussion_of_a_formal_item() {
        let text = "Work has begun. It was agreed that the plan would be \
                    reviewed in January.";
        assert!(find_all(Para::new(text), true).is_empty());
    }

    #[test]
    fn a_that_paragraph_whose_resolved_label_was_lost() {
        assert_eq!(
            got("That the minutes of the meeting held on 7 November 2011, including the above amendment, be agreed as an accurate record."),
            Some(("That the minutes of the meeting held on 7 November 2011, including the above amendment, be agreed as an accurate record.".to_string(), true))
        );
        // A sentence of the debate that starts "That" is not one.
        assert_eq!(got("That was the view of the members present."), None);
    }

    #[test]
    fn what_someone_confirmed_is_no_decision() {
        assert_eq!(
            got(
                "Clarification was sought and it was confirmed by Cllr. J. Davies that the application is solely to remove the condition."
            ),
            None
        );
        assert_eq!(
            got("The minutes of the last meeting were confirmed.")
                .map(|o| o.1),
            Some(true)
        );
    }

    #[test]
    fn a_passive_decision_after_a_clause() {
        assert_eq!(
            got("Item Nos. 47 and 51 were pulled for discussion and on a Y-5 roll call, the balance of the Consent Agenda was adopted.").map(|g| g.0).as_deref(),
            Some("the balance of the Consent Agenda was adopted.")
        );
        assert_eq!(
            got("The Risk Assessment for 2020/21, as previously circulated to Councillors, was unanimously approved.").map(|g| g.0).as_deref(),
            Some("The Risk Assessment for 2020/21, as previously circulated to Councillors, was unanimously approved.")
        );
    }

    #[test]
    fn a_decision_over_a_list_of_payments_is_the_whole_point() {
        assert_eq!(
            got(
                "The following cheques were approved at the meeting. Cheque Number Name Value 2069 JA Taylor £300.17 2070 Judith Taylor £139.99 2071 EON £78.80"
            ),
            Some((
                "The following cheques were approved at the meeting."
                    .to_string(),
                true
            ))
        );
    }

    #[test]
    fn motions_left_for_a_later_vote() {
        assert_eq!(
            proposal(Para::new("Director Broom made the motion to approve the minutes for April 20, 2021.")).as_deref(),
            Some("to approve the minutes for April 20, 2021.")
        );
        assert_eq!(
            proposal(Para::new(
                "Councilmember Ortiz moved to adopt the budget."
            ))
            .as_deref(),
            Some("to adopt the budget.")
        );
        // The outcome in the same point makes it a decision already.
        assert_eq!(
            proposal(Para::new(
                "Director Broom made the motion to approve the minutes. The motion passed.",
            )),
            None
        );
        assert_eq!(
            proposal(Para::new("The motion was discussed at length.")),
            None
        );
        assert_eq!(
            got(
                "Motion to accept the substitute ordinance: Moved by Commissioner Fish and seconded by Commissioner Fritz. (Y-5)"
            ),
            Some((
                "Motion to accept the substitute ordinance".to_string(),
                true
            ))
        );
    }

    #[test]
    fn several_decisions_in_one_paragraph() {
        let text = "Motion by Gary Mantay, second by Dick Dillon to approve the minutes with a few spelling corrections.  Motion carried by a unanimous vote.  Motion by Dick Dillon, second by Gary Mantay to transfer $11,166.79 from the money market account to checking.  Motion carried by a unanimous vote.  Janet Keough made a motion to increase the clerk pay to $20 per hour.  The motion was approved by a unanimous vote.";
        let got: Vec<_> = find_all(Para::new(text), false)
            .into_iter()
            .map(|o| (o.text, o.whole))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "to approve the minutes with a few spelling corrections."
                        .to_string(),
                    false
                ),
                (
                    "to transfer $11,166.79 from the money market account to checking."
                        .to_string(),
                    false
                ),
                ("to increase the clerk pay to $20 per hour.".to_string(), false),
            ]
        );
    }

    #[test]
    fn decisions_in_sentences() {
        let table: &[(&str, Option<(&str, bool)>)] = &[
            (
                "It was proposed by Cllr. P. Harries, seconded by Cllr. W. Loynton and unanimously agreed that the minutes of the last meeting were correct.",
                Some(("the minutes of the last meeting were correct.", true)),
            ),
            (
                "The Clerk presented the Annual Return. It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Annual Return be approved. The Return to be signed by the Chairperson.",
                Some(("the Annual Return be approved.", false)),
            ),
            (
                "The Risk Assessment for 2020/21, as previously circulated to Councillors, was unanimously approved.",
                Some((
                    "The Risk Assessment for 2020/21, as previously circulated to Councillors, was unanimously approved.",
                    true,
                )),
            ),
            (
                "The minutes of the meeting held on 28th August 2018 were agreed and signed as a true record.",
                Some((
                    "The minutes of the meeting held on 28th August 2018 were agreed and signed as a true record.",
                    true,
                )),
            ),
            (
                "Cllr Mrs Lintern proposed acceptance of the Minutes seconded by Cllr Hand. **Unanimously Agreed**",
                Some(("acceptance of the Minutes", true)),
            ),
            (
                "The Clerk explained. **Cllr Mrs Clements proposed Cllr Mrs Hull, seconded by Cllr Hand. It was agreed that Cllr Mrs Hull will be the third signatory.**",
                Some(("Cllr Mrs Hull will be the third signatory.", false)),
            ),
            (
                "The Clerk advised on the renewal. It was unanimously agreed to approve the renewal of insurance with Zurich Municipal at a cost of £277.10.",
                Some((
                    "to approve the renewal of insurance with Zurich Municipal at a cost of £277.10.",
                    false,
                )),
            ),
            ("NO OBJECTIONS", Some(("NO OBJECTIONS", true))),
            (
                "Copies of the figures for November were circulated and agreed.",
                Some((
                    "Copies of the figures for November were circulated and agreed.",
                    true,
                )),
            ),
            // What was agreed in a later sentence, with no proposal (as
            // narrative where the item records its decisions formally:
            // see `agreed_in_discussion_of_a_formal_item`).
            (
                "Work has begun. It was agreed that the plan would be reviewed in January.",
                Some(("the plan would be reviewed in January.", false)),
            ),
            (
                "It was noted that a training framework has been developed.",
                None,
            ),
            (
                "The plan was discussed at length and members asked questions.",
                None,
            ),
            (
                "The Board agreed to ask Liz to congratulate Pilgrim Coffee.",
                Some((
                    "The Board agreed to ask Liz to congratulate Pilgrim Coffee.",
                    true,
                )),
            ),
            (
                "Board members: M/S/A to elect Bekah Gautrowski to fill the vacancy.",
                Some(("to elect Bekah Gautrowski to fill the vacancy.", true)),
            ),
            (
                "melanie has received orders and M/S/A to spend up to $500 for the shirts.",
                Some(("to spend up to $500 for the shirts.", true)),
            ),
            // The body as a whole, in the active voice.
            (
                "The Board approved the minutes of the last meeting.",
                Some((
                    "The Board approved the minutes of the last meeting.",
                    true,
                )),
            ),
            (
                "The committee authorized 8 hours of state audit time.",
                Some((
                    "The committee authorized 8 hours of state audit time.",
                    true,
                )),
            ),
            // "RESOLVED" in capitals within a sentence.
            (
                "With the absence of the Vice Chairman it was proposed by Councillor P Batty that Councillor Beck be elected Vice Chairman the Council RESOLVED to elect Councillor Beck as Vice Chairman.",
                Some(("to elect Councillor Beck as Vice Chairman.", true)),
            ),
            // An earlier meeting's decision; a note on the record itself.
            (
                "The Council adopted a Burial Ground Strategy at its Meeting of May 2021.",
                None,
            ),
            (
                "These meeting minutes were approved at the November 2020 meeting.",
                None,
            ),
            (
                "It was proposed by Councillor C. Sheehan that the resolution be sent to each Local Authority. This was seconded by Councillor Secas, and unanimously agreed.",
                Some((
                    "the resolution be sent to each Local Authority.",
                    true,
                )),
            ),
            // A motion that failed is no decision.
            (
                "Motion by Gary Mantay, second by Dick Dillon to close the hall. Motion failed.",
                None,
            ),
        ];
        for (text, want) in table {
            let want = want.map(|(t, w)| (t.to_string(), w));
            assert_eq!(got(text), want, "{text}");
        }
    }
}
