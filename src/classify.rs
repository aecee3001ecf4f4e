//! Stage 3, classify: each normalised [`Line`] gets a [`Kind`] and, if it
//! opens with one, a list [`Marker`] (bullet, number, letter). This looks
//! at one line at a time and knows nothing of its neighbours; deciding
//! what a line means in context (heading or numbered point?) is
//! `segment`'s job.

use crate::extract::head;
use crate::normalize::Line;

/// What a line is, judged on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Blank,
    /// Page furniture: "Agenda item", "Issue - meetings", "Share this item".
    Boilerplate,
    /// A section label with its colon: "Minutes:", "Decision:".
    Label(Section),
    /// "Meeting: 17/07/2025 - Cabinet (Item 17)".
    MeetingLine,
    /// An agenda number alone on its line: "124.", "77/21".
    ItemNumber,
    /// A document's format and size alone: "PDF 411 KB".
    DocFormat,
    /// "It was agreed:", "RESOLVED –"; `rest` is the byte offset in the
    /// line's text where any resolution text on the same line begins.
    ResolutionIntro {
        rest: usize,
    },
    /// "The purpose of this report is ...", "Report of the ...".
    Purpose,
    Text,
}

/// The sections a label opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Minutes,
    Declarations,
    Documents,
    Decision,
}

/// A list marker that opens a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marker {
    /// `·`, `•`, `-`, `*` and other glyphs.
    Bullet,
    /// "1.", "(2)", "33.1", or a bare "17".
    Number { value: String, bare: bool },
    /// "a.", "(b)", "iv)".
    Letter(String),
}

/// A line with its classification.
#[derive(Debug, Clone)]
pub struct Classified<'a> {
    pub line: Line<'a>,
    pub kind: Kind,
    pub marker: Option<Marker>,
    /// Byte offset in `line.text` where the text after the marker starts.
    pub body_at: usize,
}

impl Classified<'_> {
    /// The line's text after its marker.
    pub fn body(&self) -> &str {
        &self.line.text[self.body_at..]
    }

    pub fn number(&self) -> Option<&str> {
        match &self.marker {
            Some(Marker::Number { value, .. }) => Some(value),
            _ => None,
        }
    }
}

re!(
    LABEL,
    r"(?i)^(minutes|declarations? of interests?|key points raised in (?:the )?discussion|discussion|additional documents|supporting documents|accompanying documents|background (?:papers|documents)|decisions?|purpose|reasons? for (?:the )?decisions?|alternative options? considered(?: and rejected)?)\s*:$"
);
re!(
    MEETING,
    r"(?i)^(?:decided at )?meeting\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*-\s*\S"
);
// The fields of a ModernGov decision's page: "Decision Maker: Cabinet",
// "Decision status: For Determination", "Is Key decision?: No",
// "Publication date: 19/05/2023".
re!(
    DECISION_FIELD,
    r"(?i)^(?:decision maker|decision status|is key decision\??|is subject to call[ -]?in\??|is callable in\??|publication date|date of decision|effective from|wards? affected|lead officer|outcome)\s*\??:"
);
re!(ITEM_NUMBER, r"^\d{1,4}(?:/\d{2,4}|\.\d{1,2})?\.?$");
// "VIII." or "A." alone on its line: US agendas number items in Roman
// numerals and sub-items in capital letters.
re!(ROMAN_ITEM_NUMBER, r"^(?:[IVX]{1,6}|[A-Z])\.$");
// "Item 1:" alone on its line, its title on the next.
re!(ITEM_ALONE, r"(?i)^item\s+(\d{1,3}[a-z]?)\s*[.:]?$");

/// The number an item-number line gives: "1" for "**1.**", "Item 1:" or
/// "1.".
pub(crate) fn item_number_text(text: &str) -> &str {
    let bare = unbold(text);
    match ITEM_ALONE.captures(bare).and_then(|c| c.get(1)) {
        Some(m) => m.as_str(),
        None => bare.trim_end_matches('.'),
    }
}
// "*43 Authorize a grant": an agenda number with an emergency mark.
re!(STARRED, r"^\*(\d{1,3}) +");
// "XIV. Old Business": a Roman numeral before a title.
re!(ROMAN, r"^([IVX]{1,6})\.\s+");
re!(
    DOC_FORMAT,
    r"(?i)^(?:pdf icon\s+)?(pdf|docx?|xlsx?|pptx?|odt|rtf|html?|csv|zip)\s+(\d+(?:\.\d+)?\s*(?:[kmg]b|bytes))$"
);
re!(
    RESOLUTION,
    r"(?i)^(?P<pre>it\s+was\s+(?:further\s+|also\s+|unanimously\s+)*|the\s+(?:committee|council|cabinet|panel|board|sub-committee)\s+|and\s+)?(?P<kw>resolved|agreed)(?-u:\b)(?:\s+unanimously)?(?P<moved>\s+on\s+the\s+motion\s+of\s+[^,;]{2,60},?\s+seconded(?:\s+by)?\s+[^,;]{2,60}?,?\s+that(?-u:\b))?(?P<tail>\s*(?:,\s*that(?-u:\b)|that(?-u:\b))?\s*(?::-|[:.\-–—])?\**\s*)"
);
// (New South Wales councils name the movers after the keyword:
// "RESOLVED on the motion of Clr Curtin, seconded Clr Simms that ...".)
// "Resolution 449/2019 Moved: Cr Dennis Palmer Seconded: Cr Leigh Bowden
// Council adjourn for Open Forum.": a numbered resolution (New South
// Wales councils), its movers, then the decision. New Zealand councils
// write "Resolution Number CO/2024/342" and "Resolved CL/2019/101".
re!(
    NUMBERED_RESOLUTION,
    r"^(?:(?i:resolution)\s+(?:(?i:no|number)\.?\s*)?(?:[A-Z]{1,5}/)?\d{1,4}(?:[/\-]\d{2,4})?|(?i:resolved)\s+(?:[A-Z]{1,5}/)?\d{2,4}/\d{1,4}(?:/\d{1,4})?)(?:\s+(?i:moved):?\s*(?:(?:Cr|Clr|Councillor|Mayor|Deputy Mayor)\.?\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)?)?(?:\s+(?i:seconded):?\s*(?:(?:Cr|Clr|Councillor|Mayor|Deputy Mayor)\.?\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)?)?\s*"
);
// "Council resolution", "Committee Resolution": a heading over the
// decision (New Zealand minutes).
re!(
    RESOLUTION_LABEL,
    r"(?i)^(?:officer recommendation\s*/\s*)?(?:council|committee|cabinet|board|panel|sub-committee|officer) resolution(?:\s+(?:no\.?\s*)?(?:[a-z]{1,5}/)?\d{1,4}(?:/\d{1,4})?)?:?$"
);
re!(
    PURPOSE,
    r"(?i)^(?:purpose of (?:the )?report(?-u:\b)|the purpose of (?:this|the) report(?-u:\b)|(?:a )?report (?:of|from|by) the(?-u:\b)|verbal (?:update|report)(?-u:\b)|to (?:consider|receive|note|approve|agree|review|confirm|determine|discuss)(?-u:\b))"
);
// "The Cabinet Committee is asked to note ...": what the report asks.
re!(
    ASKED_TO,
    r"(?i)^(?:the )?[a-z ]{0,40}?(?:council|committee|cabinet|board|panel|members?) (?:is|are) (?:also )?(?:asked|recommended) to(?-u:\b)"
);
// "(2)", "33.1", "17 " (bare, before a title); "4A. ANNUAL RETURN",
// "11i)", "4.4.5viii)": a number with a letter or numeral after it, an
// item added between two others or a point under an old minute (the
// group `sub` holds the delimiter).
re!(
    NUMBER,
    r"^(?:\((?<br>\d{1,3})\)|(?<sub>\d{1,3}[A-Za-z][.)]|\d{1,3}(?:\.\d{1,3})*\s?[ivx]{1,4}\))|(?<num>\d{1,3}(?:\.\d{1,3})*)(?:\\?[.)]|(?<bare>\s)))\s*"
);
re!(LETTER, r"^\(?([a-hj-z]|[ivx]{1,4})[.)]\s*");
re!(REF_PREFIX, r"^([A-Z]{1,6}\s?\d{1,4}/\d{2,4})\s+");
re!(MINUTE_NUMBER, r"^(\d{1,3}/\d{2,3})\.?\s+");
// "60 Snyder's Road West", "1 Susan Street, Auburn": a street address
// (the words after a bare number), not an item's title.
re!(
    STREET,
    r"^(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Drive|Lane|Boulevard|Blvd|Crescent|Court|Place|Terrace|Parkway|Highway|Hwy|Square|Close)\.?(?:\s+(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)\.?)?(?:,.*)?$"
);

re!(
    PAGE_FURNITURE,
    r"(?i)^(?:\\?[-_*]{3,}|page \d+(?: of \d+)?|\d+ of \d+|- ?\d+ ?-)$"
);

// "(Image omitted)", "[Picture]": where a converter left out a picture.
re!(
    PLACEHOLDER,
    r"(?i)^(?:[\[(<]\s*(?:image|picture|figure|graphic|chart|photo|logo)s?(?:\s+(?:omitted|removed|not shown|redacted))?\s*[\])>]\s*)+$"
);

// "*<small>Scanned page, text may contain errors. See original file for
// clarity</small>*": a converter's note in small print, not the minutes.
re!(CONVERTER_NOTE, r"^\**<small>[^<]*</small>\**$");

/// Lines of page furniture, compared case-insensitively.
const BOILERPLATE: &[&str] = &[
    "agenda item",
    "issue - meetings",
    "issue - decisions",
    "decision details",
    "transcript",
    "related meeting",
    "share this item",
    "• share this item",
    "agenda and minutes",
    "agenda, decisions and minutes",
    "councillors and committees",
    "items",
    "no. item",
    "item no. item",
    "media",
    "view directions",
];

const BULLETS: &[char] = &[
    '·', '•', '▪', '●', '◦', '‣', '○', '■', '□', '-', '*', '–', '—',
    '\u{f0b7}', '\u{f0a7}', '\u{2043}',
];

/// Whether `c` is a bullet's glyph ("•", "▪"; not "-" or "*", which
/// text holds for other ends too).
pub(crate) fn is_bullet(c: char) -> bool {
    BULLETS.contains(&c) && !"-*–—".contains(c)
}

/// "**1.**" → "1.": a line set in bold, without its marks.
pub(crate) fn unbold(text: &str) -> &str {
    text.strip_prefix("**")
        .and_then(|t| t.strip_suffix("**"))
        .unwrap_or(text)
}

/// Classifies one line.
pub fn classify(line: Line<'_>) -> Classified<'_> {
    let (marker, body_at) = marker(&line.text);
    let mut kind = kind(&line.text);
    // "b) RESOLVED to approve payments ...", "11.2 It was agreed that
    // ...": a lettered or numbered decision.
    if kind == Kind::Text
        && matches!(marker, Some(Marker::Letter(_) | Marker::Number { .. }))
    {
        if let Kind::ResolutionIntro { rest } =
            self::kind(&line.text[body_at..])
        {
            kind = Kind::ResolutionIntro {
                rest: body_at + rest,
            };
        }
    }
    Classified {
        line,
        kind,
        marker,
        body_at,
    }
}

/// "12/05/01 RESOLVED (Clr Culverson/Clr Davison)": the kind of a line
/// that opens with a resolution's number.
/// (What follows the number is read as any other line that opens with
/// "RESOLVED": movers in brackets, a colon, a dash.)
fn numbered_resolution(text: &str) -> Option<Kind> {
    let rest = after_resolution_number(text)?;
    match kind(rest) {
        Kind::ResolutionIntro { rest: r } => Some(Kind::ResolutionIntro {
            rest: text.len() - rest.len() + r,
        }),
        _ => None,
    }
}

/// The text after a resolution's number ("12/05/01", "2021/197") when
/// "RESOLVED" follows it.
fn after_resolution_number(text: &str) -> Option<&str> {
    let (number, rest) = text.split_once(' ')?;
    let rest = rest.trim_start();
    (number.contains('/')
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        && rest
            .get(..8)
            .is_some_and(|w| w.eq_ignore_ascii_case("resolved")))
    .then_some(rest)
}

fn kind(text: &str) -> Kind {
    if text.is_empty() {
        return Kind::Blank;
    }
    // Cheap tests on the first and last characters decide which
    // patterns can match at all, so most lines meet no regex.
    let first = text.as_bytes()[0].to_ascii_lowercase();
    if text.len() <= 20
        && (matches!(first, b'\\' | b'-' | b'_' | b'*' | b'p')
            || first.is_ascii_digit())
        && PAGE_FURNITURE.is_match(text)
    {
        return Kind::Boilerplate;
    }
    // A rule of any length: "*****...", "* * * *", "=====".
    if text.len() >= 3
        && text
            .bytes()
            .all(|b| matches!(b, b'*' | b'-' | b'_' | b'=' | b' '))
        && text.bytes().filter(|&b| b != b' ').count() >= 3
    {
        return Kind::Boilerplate;
    }
    if matches!(first, b'(' | b'[' | b'<')
        && text.len() <= 80
        && PLACEHOLDER.is_match(text)
    {
        return Kind::Boilerplate;
    }
    if matches!(first, b'*' | b'<') && CONVERTER_NOTE.is_match(text) {
        return Kind::Boilerplate;
    }
    if text.len() <= 40 {
        if BOILERPLATE.iter().any(|b| b.eq_ignore_ascii_case(text)) {
            return Kind::Boilerplate;
        }
        if text.ends_with(':') {
            if let Some(section) = label(text) {
                return Kind::Label(section);
            }
        }
        // ModernGov's "Decision" heading over its text, without a colon.
        // (Capitalised: "decision" alone is a sentence's last word.)
        if matches!(text, "Decision" | "DECISION") {
            return Kind::Label(Section::Decision);
        }
        let bare = unbold(text);
        // "2008" alone is a year (a wrapped date), not item 2008.
        let digits = bare.trim_end_matches('.');
        let year = digits.len() == 4
            && (digits.starts_with("19") || digits.starts_with("20"));
        if bare.starts_with(|c: char| c.is_ascii_digit())
            && !year
            && ITEM_NUMBER.is_match(bare)
        {
            return Kind::ItemNumber;
        }
        if bare.len() <= 7 && ROMAN_ITEM_NUMBER.is_match(bare) {
            return Kind::ItemNumber;
        }
        if matches!(bare.as_bytes().first(), Some(b'I' | b'i'))
            && ITEM_ALONE.is_match(bare)
        {
            return Kind::ItemNumber;
        }
        // Every size ends "KB", "MB", "GB" or "bytes".
        let last = text.as_bytes()[text.len() - 1].to_ascii_lowercase();
        if matches!(last, b'b' | b's') && DOC_FORMAT.is_match(text) {
            return Kind::DocFormat;
        }
    }
    if matches!(first, b'm' | b'd') && MEETING.is_match(text) {
        return Kind::MeetingLine;
    }
    if matches!(first, b'd' | b'i' | b'p' | b'e' | b'w' | b'l' | b'o')
        && text.len() <= 120
        && memchr::memchr(b':', text.as_bytes()).is_some()
        && DECISION_FIELD.is_match(text)
    {
        return Kind::Boilerplate;
    }
    if first.is_ascii_digit() {
        if let Some(k) = numbered_resolution(text) {
            return k;
        }
    }
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| {
                BULLETS.contains(&c) || c.is_whitespace()
            })
            .len();
    // A table cell's closing bar ("Council resolution |") is not text.
    let body = text[lead..].trim_end_matches(['|', ' ']);
    // (Or with its number: "COUNCIL RESOLUTION 2019/01".)
    let named = body
        .trim_end_matches(':')
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '/')
        .trim_end_matches(' ')
        .as_bytes();
    if body.len() <= 60
        && named.len() > 10
        && named[named.len() - 10..].eq_ignore_ascii_case(b"resolution")
        && RESOLUTION_LABEL.is_match(body)
    {
        return Kind::ResolutionIntro { rest: text.len() };
    }
    // "RECOMMENDED - T H A T the minutes ... be approved": a committee's
    // decision that goes to the council, in capitals (not "Recommended
    // that ..." in a report's text).
    if let Some(after) = body.strip_prefix("RECOMMENDED") {
        let after = after.trim_start();
        let sep = after.trim_start_matches(['-', '–', '—', ':']);
        if sep.len() < after.len() || after.is_empty() {
            return Kind::ResolutionIntro {
                rest: lead + body.len() - sep.trim_start().len(),
            };
        }
    }
    if first == b'r' {
        // Not "Resolution Number 10, Series of 1984 says ...": the
        // decision after the number starts a sentence.
        if let Some(m) = NUMBERED_RESOLUTION.find(text).filter(|m| {
            text[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| c.is_uppercase() || c == '(')
        }) {
            return Kind::ResolutionIntro { rest: m.end() };
        }
    }
    let body_first = body.bytes().next().map(|b| b.to_ascii_lowercase());
    if matches!(body_first, Some(b'i' | b'r' | b'a' | b't')) {
        if let Some(c) = RESOLUTION.captures(body) {
            let end = c.get(0).expect("match").end();
            let rest = &body[end..];
            // "Agreed" opens a resolution when it is marked as one: "It
            // was agreed", "RESOLVED", "Agreed that", "Agreed:"; not in
            // "Agreed actions were listed".
            let tail = c.name("tail").map_or("", |m| m.as_str()).trim();
            // "Resolved (Cr A / Cr B)": the movers, then the decision
            // on the lines after.
            let movers = rest.starts_with('(') && rest.ends_with(')');
            if movers {
                return Kind::ResolutionIntro { rest: text.len() };
            }
            // "And Resolved:" after "Proposed by ...; Seconded by ...;"
            // (Irish councils); not "and agreed that" wrapped from the
            // line above.
            let and = c
                .name("pre")
                .is_some_and(|p| p.as_str().eq_ignore_ascii_case("and "));
            if and && !(body.starts_with('A') && tail.contains(':')) {
                return Kind::Text;
            }
            // "... seconded by Councillor Collins and" over "agreed.": the
            // last word of a sentence wrapped, in small letters.
            if c.name("pre").is_none()
                && body.starts_with(|c: char| c.is_lowercase())
                && !tail.contains(':')
                && rest.trim_end_matches('.').is_empty()
            {
                return Kind::Text;
            }
            let marked = c.name("pre").is_some()
                || c["kw"].chars().all(|ch| ch.is_uppercase())
                || !tail.is_empty()
                || rest.is_empty();
            if marked {
                return Kind::ResolutionIntro { rest: lead + end };
            }
        }
    }
    // "TO CONFIRM THE MINUTES OF THE LAST MEETING" in capitals is an
    // item's heading, not the purpose under one.
    let capitals =
        text.len() < 100 && !text.bytes().any(|b| b.is_ascii_lowercase());
    if matches!(first, b'p' | b't' | b'r' | b'a' | b'v')
        && !capitals
        && PURPOSE.is_match(text)
    {
        return Kind::Purpose;
    }
    if matches!(first, b't' | b'm' | b'c')
        && has_any!(head(text, 80), "asked to", "recommended to")
        && ASKED_TO.is_match(text)
    {
        return Kind::Purpose;
    }
    Kind::Text
}

fn label(text: &str) -> Option<Section> {
    let c = LABEL.captures(text)?;
    let name = c[1].to_lowercase();
    Some(if name.starts_with("declaration") {
        Section::Declarations
    } else if name.contains("documents") || name.contains("papers") {
        Section::Documents
    } else if name.starts_with("decision") {
        Section::Decision
    } else {
        Section::Minutes
    })
}

/// Finds the list marker at the start of `text` and where its body starts.
fn marker(text: &str) -> (Option<Marker>, usize) {
    // "C048/23 1. APOLOGIES FOR ABSENCE.": a minute reference before the
    // item's number, or before its title alone.
    let b = text.as_bytes();
    if b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().take(12).any(|&b| b == b'/')
    {
        if let Some(c) = REF_PREFIX.captures(text) {
            let at = c.get(0).expect("match").end();
            let rest = &text[at..];
            return match own_marker(rest) {
                (Some(m @ Marker::Number { .. }), end) => (Some(m), at + end),
                _ if rest.starts_with(char::is_uppercase) => (
                    Some(Marker::Number {
                        value: c[1].to_string(),
                        bare: false,
                    }),
                    at,
                ),
                _ => (None, 0),
            };
        }
    }
    // "1. **2.**       **Councillor Vacancy**": a word processor's list
    // number before the item's own number in bold.
    let listed = (b.first().is_some_and(u8::is_ascii_digit)
        && b.get(1..4).is_some_and(|w| w.contains(&b'.')))
    .then(|| text.find(". **"))
    .flatten()
    .filter(|&k| {
        (1..=2).contains(&k)
            && text[..k].bytes().all(|b| b.is_ascii_digit())
            && text[k + 4..].starts_with(|c: char| c.is_ascii_digit())
    });
    if let Some(k) = listed {
        let at = k + 2;
        if let (Some(m @ Marker::Number { .. }), end) = marker(&text[at..]) {
            return (Some(m), at + end);
        }
    }
    // "**1/16      Public Comments**", "**14/16**    **Playground ...**",
    // "**5.1.** **Chairman’s Report**", "**5.2 Clerk’s Report**": a
    // minute's or an item's number in bold; "**1.Adoption of Minutes**":
    // a title in bold, its number run into it.
    if let Some(inner) = text
        .strip_prefix("**")
        .filter(|i| i.starts_with(|c: char| c.is_ascii_digit()))
    {
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        let b = inner.as_bytes();
        if digits <= 2
            && text.ends_with("**")
            && b.get(digits) == Some(&b'.')
            && b.get(digits + 1).is_some_and(u8::is_ascii_uppercase)
        {
            return (
                Some(Marker::Number {
                    value: inner[..digits].to_string(),
                    bare: false,
                }),
                2 + digits + 1,
            );
        } else if let (Some(Marker::Number { value, bare }), _) =
            own_marker(&inner.replace("**", ""))
        {
            if (value.contains('/') || !bare)
                && inner.starts_with(value.as_str())
            {
                // The title starts past the number, its bold marks and
                // the spaces after them.
                let after = &inner[value.len()..];
                let rest = after.trim_start_matches(['*', ' ', '.']);
                let at = text.len() - rest.len();
                return (Some(Marker::Number { value, bare }), at);
            }
        }
    }
    let (m, mut end) = own_marker(text);
    // "1. | Election of Chairman:": a table's bar between the number and
    // the cell's text.
    if m.is_some() {
        if let Some(rest) = text[end..].strip_prefix("| ") {
            end = text.len() - rest.trim_start().len();
        }
    }
    (m, end)
}

/// "1358 DECLARATIONS OF INTEREST FROM MEMBERS": a minute numbered on
/// through the years, four digits that are no year, before a title in
/// capitals of two words or more. The number and where the title starts.
fn long_minute_number(text: &str) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b' ' {
        return None;
    }
    let value = &text[..4];
    let year = value
        .parse::<u32>()
        .is_ok_and(|n| (1900..=2099).contains(&n));
    let title = text[5..].trim_start();
    let upper = title.split(' ').filter(|w| !w.is_empty()).count() >= 2
        && title.chars().any(char::is_alphabetic)
        && !title.chars().any(char::is_lowercase);
    (!year && upper && title.starts_with(char::is_uppercase))
        .then(|| (value, text.len() - title.len()))
}

/// The list marker at the very start of `text` and where its body starts.
fn own_marker(text: &str) -> (Option<Marker>, usize) {
    // "*43 Authorize ...": an item number marked with an asterisk.
    if text.starts_with('*') {
        let starred = STARRED.captures(text).filter(|c| {
            let end = c.get(0).expect("match").end();
            text[end..].starts_with(char::is_uppercase)
        });
        if let Some(c) = starred {
            // Up to the title's capital letter.
            let end = c.get(0).expect("match").end();
            return (
                Some(Marker::Number {
                    value: c[1].to_string(),
                    bare: true,
                }),
                end,
            );
        }
    }
    if let Some(c) = text.chars().next() {
        if BULLETS.contains(&c) {
            let rest = &text[c.len_utf8()..];
            // "-" and "*" only count as bullets before a space; "–" and
            // "—" likewise, so "—2020" is not a list item.
            if c.is_alphanumeric()
                || (!rest.starts_with(' ') && "-*–—".contains(c))
            {
                return (None, 0);
            }
            let body = rest.trim_start();
            return (Some(Marker::Bullet), text.len() - body.len());
        }
    }
    let b0 = text.as_bytes().first().copied().unwrap_or(b' ');
    if matches!(b0, b'I' | b'V' | b'X') {
        if let Some(c) = ROMAN.captures(text) {
            let end = c.get(0).expect("match").end();
            let body = &text[end..];
            // "I. Smith said": one letter before a lone capitalised word
            // is an initial; a numeral opens a title.
            let initial = c[1].len() == 1
                && body
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
            if !initial && body.starts_with(char::is_uppercase) {
                return (
                    Some(Marker::Number {
                        value: c[1].to_string(),
                        bare: false,
                    }),
                    end,
                );
            }
        }
    }
    // A number starts with a digit or a bracket; a letter's "." or ")"
    // comes within its first six bytes ("(iv)").
    let numeric = b0.is_ascii_digit() || b0 == b'(';
    let lettered = (b0 == b'(' || b0.is_ascii_lowercase())
        && text.bytes().take(6).any(|b| b == b'.' || b == b')');
    if !(numeric || lettered) {
        return (None, 0);
    }
    // "061/08 Disclosure of Interests", "45/21. Apologies": a minute
    // numbered within the year (a year, "2016/2017", has four digits).
    if b0.is_ascii_digit() {
        if let Some(c) = MINUTE_NUMBER.captures(text) {
            let end = c.get(0).expect("match").end();
            if text[end..].starts_with(char::is_uppercase) {
                return (
                    Some(Marker::Number {
                        value: c[1].to_string(),
                        bare: false,
                    }),
                    end,
                );
            }
        }
    }
    if let Some((value, end)) = long_minute_number(text) {
        return (
            Some(Marker::Number {
                value: value.to_string(),
                bare: true,
            }),
            end,
        );
    }
    if let Some(c) = numeric.then(|| NUMBER.captures(text)).flatten() {
        let value = match c.name("sub") {
            Some(m) => &m.as_str()[..m.len() - 1],
            None => {
                c.name("br").or(c.name("num")).expect("one group").as_str()
            }
        };
        let bare = c.name("bare").is_some() && !value.contains('.');
        let end = c.get(0).expect("match").end();
        // "4A. ANNUAL RETURN": a letter after the number and a full stop
        // only before a title in capitals ("15L. He thinks ..." wraps a
        // sentence about the 15L bus).
        let lettered_title = || {
            let word = text[end..].split(' ').next().unwrap_or("");
            word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !word.chars().any(char::is_lowercase)
        };
        if value.ends_with(|c: char| c.is_ascii_alphabetic())
            && text[..end].trim_end().ends_with('.')
            && !lettered_title()
        {
            return (None, 0);
        }
        // A bare number must be followed by words, not "2021 budget"
        // style years or sums, so require a capital letter after it.
        let next = text[end..].chars().next();
        // "9.46pm), Campbell": a time or a decimal, not "9." and text.
        let decimal = text[..end].ends_with('.')
            && next.is_some_and(|c| c.is_ascii_digit());
        // "10.00 a.m.", "7.30pm": a time at the start of a line.
        let time = value.contains('.') && {
            let rest = text[end..].trim_start().as_bytes();
            rest.len() >= 2
                && matches!(rest[0].to_ascii_lowercase(), b'a' | b'p')
                && (rest[1].eq_ignore_ascii_case(&b'm')
                    || (rest[1] == b'.'
                        && rest
                            .get(2)
                            .is_some_and(|b| b.eq_ignore_ascii_case(&b'm'))))
                && rest
                    .get(if rest[1] == b'.' { 3 } else { 2 })
                    .is_none_or(|b| !b.is_ascii_alphabetic())
        };
        let ok = end < text.len()
            && !decimal
            && !time
            && (!bare
                || next.is_some_and(char::is_uppercase)
                    && !STREET.is_match(&text[end..]));
        if ok {
            return (
                Some(Marker::Number {
                    value: value.to_string(),
                    bare,
                }),
                end,
            );
        }
    }
    if let Some(c) = lettered.then(|| LETTER.captures(text)).flatten() {
        let end = c.get(0).expect("match").end();
        if end < text.len() {
            return (Some(Marker::Letter(c[1].to_string())), end);
        }
    }
    (None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lines;

    fn kind_of(s: &str) -> Kind {
        classify(lines(s).remove(0)).kind
    }

    #[test]
    fn kinds() {
        let table: &[(&str, Kind)] = &[
            ("", Kind::Blank),
            ("Agenda item", Kind::Boilerplate),
            ("---", Kind::Boilerplate),
            ("Page 3 of 12", Kind::Boilerplate),
            ("2 of 18", Kind::Boilerplate),
            ("Issue - meetings", Kind::Boilerplate),
            ("(Image omitted)", Kind::Boilerplate),
            ("(Image omitted)(Image omitted)", Kind::Boilerplate),
            ("[Picture]", Kind::Boilerplate),
            (&"*".repeat(67), Kind::Boilerplate),
            ("* * * *", Kind::Boilerplate),
            (
                "*<small>Scanned page, text may contain errors.</small>*",
                Kind::Boilerplate,
            ),
            ("(Image of the site plan shown to members)", Kind::Text),
            ("Minutes:", Kind::Label(Section::Minutes)),
            ("MINUTES :", Kind::Label(Section::Minutes)),
            ("Minutes", Kind::Text),
            (
                "Key points raised in the discussion:",
                Kind::Label(Section::Minutes),
            ),
            (
                "Declarations of Interest:",
                Kind::Label(Section::Declarations),
            ),
            ("Additional documents:", Kind::Label(Section::Documents)),
            ("Supporting documents:", Kind::Label(Section::Documents)),
            ("Decision:", Kind::Label(Section::Decision)),
            ("Meeting: 17/07/2025 - Cabinet (Item 17)", Kind::MeetingLine),
            ("124.", Kind::ItemNumber),
            ("77/21", Kind::ItemNumber),
            ("2008", Kind::Text),
            ("2008.", Kind::Text),
            ("VIII.", Kind::ItemNumber),
            ("B.", Kind::ItemNumber),
            ("VIII", Kind::Text),
            ("PDF 411 KB", Kind::DocFormat),
            ("It Was agreed", Kind::ResolutionIntro { rest: 13 }),
            ("It was Agreed that:", Kind::ResolutionIntro { rest: 19 }),
            ("It was agreed:", Kind::ResolutionIntro { rest: 14 }),
            // A numbered point that is a decision.
            (
                "2.1 It was agreed that x.",
                Kind::ResolutionIntro { rest: 23 },
            ),
            ("RESOLVED, that – the", Kind::ResolutionIntro { rest: 19 }),
            ("Decision", Kind::Label(Section::Decision)),
            ("RESOLVED that:-", Kind::ResolutionIntro { rest: 15 }),
            ("**Resolved:** (1) That", Kind::ResolutionIntro { rest: 14 }),
            ("RESOLVED", Kind::ResolutionIntro { rest: 8 }),
            ("RESOLVED – That x", Kind::ResolutionIntro { rest: 13 }),
            ("AGREED – That x", Kind::ResolutionIntro { rest: 11 }),
            ("Agreement was reached", Kind::Text),
            ("Resolved issues were listed", Kind::Text),
            ("It was RESOLVED that x", Kind::ResolutionIntro { rest: 21 }),
            ("Agreed.", Kind::ResolutionIntro { rest: 7 }),
            (
                "Resolved (Cr A Smith / Cr B Jones)",
                Kind::ResolutionIntro { rest: 34 },
            ),
            ("Council resolution |", Kind::ResolutionIntro { rest: 20 }),
            (
                "RECOMMENDED - T H A T x",
                Kind::ResolutionIntro { rest: 14 },
            ),
            ("RECOMMENDED", Kind::ResolutionIntro { rest: 11 }),
            ("Recommended that x", Kind::Text),
            // A table row's closing bar is no part of where the
            // decision starts; nor a bullet before it.
            ("Resolved: Council x |", Kind::ResolutionIntro { rest: 10 }),
            ("· Resolved: Council x", Kind::ResolutionIntro { rest: 13 }),
            ("Board resolution", Kind::ResolutionIntro { rest: 16 }),
            ("Committee Resolution:", Kind::ResolutionIntro { rest: 21 }),
            ("- 3 -", Kind::Boilerplate),
            ("DOCX 12.5 kb", Kind::DocFormat),
            (
                "Resolution 449/2019 Moved: Cr Dennis Palmer Seconded: Cr Leigh Bowden Council adjourn.",
                Kind::ResolutionIntro { rest: 70 },
            ),
            ("Resolution 12/2020", Kind::ResolutionIntro { rest: 18 }),
            ("And Resolved:", Kind::ResolutionIntro { rest: 13 }),
            ("**12.**", Kind::ItemNumber),
            ("and agreed that the report be noted", Kind::Text),
            ("Resolutions were passed", Kind::Text),
            ("Purpose of the report: To provide", Kind::Purpose),
            ("TO CONFIRM THE MINUTES OF THE LAST MEETING", Kind::Text),
            ("The purpose of this report is to present", Kind::Purpose),
            ("Report of the Deputy Leader is attached.", Kind::Purpose),
            ("Verbal update to be provided by", Kind::Purpose),
            ("A report from the Cabinet Member", Kind::Purpose),
            ("INSPECTION OF CHILDREN'S SERVICES", Kind::Text),
        ];
        for (line, want) in table {
            assert_eq!(kind_of(line), *want, "{line:?}");
        }
    }

    fn marker_of(s: &str) -> (Option<Marker>, String) {
        let c = classify(lines(s).remove(0));
        (c.marker.clone(), c.body().to_string())
    }

    fn num(v: &str, bare: bool) -> Option<Marker> {
        Some(Marker::Number {
            value: v.into(),
            bare,
        })
    }

    #[test]
    fn markers() {
        let table: &[(&str, Option<Marker>, &str)] = &[
            ("· The update be noted", Some(Marker::Bullet), "The update"),
            ("- Appendix A", Some(Marker::Bullet), "Appendix A"),
            ("-2 degrees", None, "-2 degrees"),
            ("1.\u{a0}\u{a0} The Strategic", num("1", false), "The"),
            ("10. Members", num("10", false), "Members"),
            ("(2) that the", num("2", false), "that the"),
            ("33.1 The minutes", num("33.1", false), "The minutes"),
            ("1\\. PUBLIC FORUM", num("1", false), "PUBLIC FORUM"),
            ("17 Children and", num("17", true), "Children and"),
            // A street address is not an item; a numbered title naming
            // a street is.
            ("60 Snyder's Road West", None, "60 Snyder's"),
            ("1 Susan Street, Auburn", None, "1 Susan"),
            ("4 Street Lighting", num("4", true), "Street Lighting"),
            ("9.46pm), Campbell", None, "9.46pm"),
            (
                "061/08 Disclosure of Interests",
                num("061/08", false),
                "Disclosure",
            ),
            ("45/21. Apologies", num("45/21", false), "Apologies"),
            ("C048/23 1. APOLOGIES", num("1", false), "APOLOGIES"),
            (
                "PLA146/14 Planning Matters",
                num("PLA146/14", false),
                "Planning",
            ),
            ("CAB 12/21 Budget", num("CAB 12/21", false), "Budget"),
            ("PLA146/14 was noted", None, "PLA146/14"),
            ("2. | Election of Chairman:", num("2", false), "Election"),
            ("2016/2017 General", None, "2016/2017"),
            ("12/05 was the date", None, "12/05"),
            ("3.5% of the levy", None, "3.5%"),
            ("5. Main Street", num("5", false), "Main Street"),
            ("2021 was a year", None, "2021 was"),
            (
                "1358 DECLARATIONS OF INTEREST",
                num("1358", true),
                "DECLARATIONS",
            ),
            ("2017 BUDGET REVIEW", None, "2017 BUDGET"),
            ("1358 people attended", None, "1358 people"),
            ("XIV. Old Business", num("XIV", false), "Old Business"),
            ("4A. ANNUAL RETURN", num("4A", false), "ANNUAL RETURN"),
            ("11i) Cllr. H. Gwynne", num("11i", false), "Cllr. H. Gwynne"),
            ("4.4.5viii) The Clerk", num("4.4.5viii", false), "The Clerk"),
            ("5 vi) With regard", num("5 vi", false), "With regard"),
            // A bus route wrapped to the start of a line; "i.e.".
            ("15L. He thinks", None, "15L. He"),
            ("3 i.e. 120kg per bin.", None, "3 i.e."),
            ("IV. PUBLIC COMMENT", num("IV", false), "PUBLIC COMMENT"),
            ("I. Smith said so", None, "I. Smith"),
            (
                "a. Embedding",
                Some(Marker::Letter("a".into())),
                "Embedding",
            ),
            ("(b) Matters", Some(Marker::Letter("b".into())), "Matters"),
            ("(viii) Eight", Some(Marker::Letter("viii".into())), "Eight"),
            ("iv. Four", Some(Marker::Letter("iv".into())), "Four"),
            ("word. Not a letter", None, "word."),
            ("Officers noted", None, "Officers noted"),
        ];
        for (line, want, body) in table {
            let (m, b) = marker_of(line);
            assert_eq!(&m, want, "{line:?}");
            assert!(b.starts_with(body), "{line:?}: {b:?}");
        }
    }
}
