//! Named people: finds mentions in a line of text ("Councillor L Smith
//! Cabinet member for ...", "Jeanette Richards Executive Director ...",
//! "Councillors Gregson, Hirrell and Witter", "Chief Executive Geoff
//! Little") and merges the mentions of one document into persons, so a
//! later "Jeanette added" or "Councillor Smith asked" is the same person.
//! Role-only mentions ("the Chair", "the DCS") are not people.

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;
use smallvec::SmallVec;

use super::head;

/// A person named in one line, with byte offsets into that line's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Name words without honorific: ["L", "Smith"].
    pub words: Vec<String>,
    pub honorific: Option<String>,
    pub role: Option<String>,
    pub start: usize,
    pub end: usize,
    /// A lone first name or surname without honorific ("Jeanette
    /// added"): only ever a reference to someone named in full.
    pub short: bool,
}

impl Mention {
    pub fn name(&self) -> String {
        self.words.join(" ")
    }
}

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

static HONORIFICS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "Councillor",
        "Councillors",
        "Cllr",
        "Cllrs",
        "Clr",
        "Clrs",
        "Cr",
        "Crs",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mx",
        "Dr",
        "Prof",
        "Professor",
        "Sir",
        "Dame",
        "Rev",
        "Reverend",
        "Alderman",
        "CC",
        "PCSO",
        // Police ranks, abbreviated: "Sgt Hall", "Supt Brian Sugrue"
        // (not "Inspector", often a post after a name, nor "PC", as
        // often a computer: "PC Support Contract").
        "Sgt",
        "Insp",
        "Supt",
        "Captain",
        "Lieutenant",
        "Sergeant",
        "Cllor",
        // Welsh: "Cyng. O. Williams", "y Cynghorydd Sir Joseph Davies",
        // "Cynghorwyr Alun Davies, Arwel Davies".
        "Cyng",
        "Cynghorydd",
        "Cynghorwyr",
        "Commissioner",
        "Supervisor",
        "Trustee",
        "Alderperson",
        "Mayor",
        "Councilmember",
        "Councilmembers",
        "Commissioners",
    ])
});

/// Honorifics that introduce a list of names.
static PLURAL: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "Councillors",
        "Cllrs",
        "Clrs",
        "Crs",
        "Councilmembers",
        "Commissioners",
        "Cynghorwyr",
    ])
});

/// Capitalised words that are never part of a name.
static STOP: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        // Departments in a staff list: "Director Sustainable
        // Infrastructure" names a post, not a person.
        "Infrastructure",
        "Sustainable",
        // What a department is called ("Acting Group Manager
        // Environmental Management (M Heale)").
        "Environmental",
        "Works",
        // "Mayor Adams, Presiding; Commissioners Fish, ...": who
        // chairs, not a name.
        "Presiding",
        // A firm's ending ("TimeSaver Off Site Secretarial, Inc.").
        "Inc",
        "Ltd",
        "LLC",
        // A list's label run into it ("Directors; Chacon, Daly").
        "Directors",
        "Members",
        "Officers",
        "Trustees",
        "Communities",
        "Corporate",
        "Governance",
        "Operations",
        // "Manager Administration, Director Planning & Environment":
        // what a department or a post is called, never a surname.
        "Assessment",
        "Audit",
        "Development",
        "Economy",
        "Education",
        "Engineering",
        "Environment",
        "Estates",
        "Finance",
        "Health",
        "Heritage",
        "Highways",
        "Housing",
        "Legal",
        "Leisure",
        "Maintenance",
        "Marketing",
        "Planning",
        "Policy",
        "Procurement",
        "Property",
        "Recreation",
        "Regeneration",
        "Resources",
        "Revenues",
        "Safety",
        "Services",
        "Strategy",
        "Sustainability",
        "Technology",
        "Tourism",
        "Transport",
        "Treasury",
        "Waste",
        "Works",
        // Places and posts: "the Southern Area Manager", "Linton
        // Customer Service Centre", "Commissioner Nick Fish Position
        // No. 2".
        "Area",
        "Customer",
        "Centre",
        "Center",
        "Position",
        // A transcript's "Adams: Please read the title".
        "Please",
        // A roll-call table's status column.
        "Arrived",
        "Departed",
        "Excused",
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "It’s",
        "It's",
        "There",
        "He",
        "She",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "For",
        "Of",
        "And",
        "But",
        "Or",
        "If",
        "As",
        "By",
        "To",
        "From",
        "With",
        "Following",
        "Responding",
        "Members",
        "Member",
        "Officers",
        "Officer",
        "Steward",
        "Warden",
        "Surveyor",
        "Lengthsman",
        "Council",
        "Councils",
        "Committee",
        "Committees",
        "Cabinet",
        "Children",
        "Childrens",
        "Children's",
        "Children’s",
        "People",
        "Services",
        "Service",
        "Director",
        "Executive",
        "Chief",
        "Head",
        "Strategic",
        "Interim",
        "Board",
        "Panel",
        "Group",
        "Ofsted",
        "Department",
        "Government",
        "County",
        "City",
        "Borough",
        "District",
        "Parish",
        "Town",
        "Community",
        "Mayor",
        "Chair",
        "Chairman",
        "Chairperson",
        "Vice-Chair",
        "Co-Chair",
        "Vice-Chairman",
        "Vice-President",
        "Leader",
        "Deputy",
        "Clerk",
        "Secretary",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Police",
        "Health",
        "Education",
        "School",
        "Schools",
        "Report",
        "Plan",
        "Minutes",
        "Agenda",
        "Item",
        "Appendix",
        "Scrutiny",
        "Select",
        "Improvement",
        "Early",
        "Help",
        "Social",
        "Care",
        "Families",
        "Family",
        "Authority",
        "Local",
        "National",
        "Trust",
        "Limited",
        "Ltd",
        "Bank",
        "Street",
        "Road",
        "Lane",
        "Hall",
        "House",
        "Centre",
        "Church",
        "Planning",
        "Finance",
        "Housing",
        "Policy",
        "Public",
        "Democratic",
        "Corporate",
        "Development",
        "Manager",
        "Assistant",
        "Lead",
        "Portfolio",
        "Holder",
        "Vice",
        "Senior",
        "Principal",
        "Team",
        "Office",
        "Officers'",
        "Members'",
        "Inspector",
        "Legal",
        "Monitoring",
        "Cllr",
        "Councillor",
        "Councillors",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "All",
        "Any",
        "Each",
        "Every",
        "Some",
        "Other",
        "No",
        "Not",
        "Yes",
        "Thanks",
        "Thank",
        "Comments",
        "Questions",
        "Question",
        "Further",
        "Also",
        "Following",
        "After",
        "Before",
        "During",
        "Once",
        "When",
        "While",
        "Whilst",
        "Where",
        "What",
        "Which",
        "Who",
        "Why",
        "How",
        "Since",
        "Despite",
        "Despite",
        "Locally",
        "Nationally",
        "Statutory",
        "Reflecting",
        "Considering",
        "Significant",
        "Key",
        "New",
        "Annual",
        "General",
        "Special",
        "Extraordinary",
        "Ordinary",
        "Full",
        "Motion",
        "Resolution",
        "Act",
        "Section",
        "Part",
        "Rule",
        "Order",
        "Standing",
        "Budget",
        "Work",
        "Programme",
        "Forward",
        "Way",
        "Update",
        "Note",
        "Notes",
        "Acting",
        "Joint",
        "Union",
        "Association",
        "Forum",
        "Partnership",
        "Region",
        "Regional",
        "State",
        "Federal",
        "Municipal",
        "Village",
        "Agency",
        "Unit",
        "Directorate",
        "Authority's",
        "Council's",
        "Council’s",
        "Hub",
        "Start",
        "Best",
        "Lord",
        "Lady",
        "Lieutenant",
        "Register",
        "Attendance",
        "Present",
        "Apologies",
        "Absent",
        "Declarations",
        "Declaration",
        "Interest",
        "Interests",
        "Unanimously",
        "Proposed",
        "Seconded",
        "Carried",
        "Agreed",
        "Resolved",
        "Moved",
        "Noted",
        "Approved",
        "Action",
        "Actions",
    ])
});

/// Words that make a phrase a role ("Executive Director for ...").
static ROLE_WORDS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "Member",
        "Director",
        "Head",
        "Officer",
        "Manager",
        "Executive",
        "Chief",
        "Leader",
        "Chair",
        "Chairman",
        "Chairperson",
        "Clerk",
        "Mayor",
        "Lead",
        "Cabinet",
        "Portfolio",
        "Commissioner",
        "Deputy",
        "Assistant",
        "Inspector",
        "Principal",
        "Solicitor",
        "Lawyer",
        "Counsel",
        "Architect",
        "Treasurer",
        "Secretary",
        "President",
        "Superintendent",
        "Sergeant",
        "Constable",
        "Adviser",
        "Advisor",
        "Coordinator",
        "Co-ordinator",
        "Consultant",
        "Engineer",
        "Analyst",
        "Specialist",
        "Technician",
        "Management",
        "Planner",
        "Accountant",
        "Auditor",
        "Representative",
        "Spokesperson",
        "Interim",
        "Strategic",
        "Corporate",
        "Senior",
        "Vice",
        "Service",
        "Governor",
        "Administrator",
        "Official",
        "Vice-Chair",
        "Co-Chair",
        "Vice-Chairman",
        "Vice-President",
        "Curator",
        "Controller",
        "Holder",
        "Councillor",
        "Ward",
        "Attorney",
        "Steward",
        "Warden",
        "Surveyor",
        "Lengthsman",
        "Manager,",
    ])
});

/// Words that join the parts of a role but cannot end one.
static CONNECTORS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(&["for", "of", "and", "the", "&", "to", "in", "on"]));

/// Lower-case words a role may contain ("Cabinet member for ... people").
static ROLE_LOWER: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "for",
        "of",
        "and",
        "the",
        "&",
        "to",
        "in",
        "on",
        "member",
        "members",
        // "Vice chair", "Deputy mayor", "Town clerk".
        "chair",
        "chairman",
        "chairperson",
        "mayor",
        "clerk",
        "people",
        "services",
        "service",
        "officer",
        "director",
        "manager",
        "council",
        "committee",
        "portfolio",
        "holder",
        "lead",
        "young",
        "children",
        "education",
        "health",
        "care",
        "planning",
        "finance",
        "housing",
        "development",
        "skills",
        "schools",
    ])
});

/// Verbs that say a named person took part ("Joanne Burns reflected").
static VERBS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "said",
        "says",
        "stated",
        "asked",
        "added",
        "explained",
        "emphasised",
        "emphasized",
        "reflected",
        "sought",
        "spoke",
        "noted",
        "reported",
        "acknowledged",
        "confirmed",
        "highlighted",
        "provided",
        "presented",
        "introduced",
        "informed",
        "advised",
        "queried",
        "questioned",
        "welcomed",
        "thanked",
        "responded",
        "replied",
        "commented",
        "suggested",
        "shared",
        "described",
        "proposed",
        "seconded",
        "moved",
        "declared",
        "raised",
        "outlined",
        "requested",
        "updated",
        "referred",
        "expressed",
        "gave",
        "took",
        "left",
        "joined",
        "arrived",
        "attended",
        "chaired",
        "summarised",
        "summarized",
        "concluded",
        "mentioned",
        "clarified",
        "indicated",
        "answered",
        "supported",
        "believed",
        "felt",
        "considered",
        "recommended",
        "urged",
        "praised",
        "tabled",
        "withdrew",
        "remarked",
        "observed",
        "assured",
        "undertook",
        "agreed",
        "voted",
        "abstained",
        "objected",
        "opposed",
        "addressed",
        "thanks",
        "welcomes",
        "asks",
        "notes",
        "reports",
        "presents",
        "confirms",
        "explains",
        "advises",
        "states",
        "wished",
        "wanted",
        "discussed",
        "detailed",
        "circulated",
        "led",
        "opened",
        "closed",
        "continued",
        "invited",
        "accepted",
        "recorded",
        "announced",
        "congratulated",
        "paid",
        "read",
        "made",
        "pointed",
        "stressed",
        "warned",
        "argued",
        "insisted",
        "offered",
        "undertook",
    ])
});

/// A word of a line with its byte offsets; `word` has trailing
/// punctuation removed, `punct` holds it.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    word: &'a str,
    start: usize,
    end: usize,
    punct: &'a str,
    /// The word opens a bracket: "(Vice-Chairman)".
    bracket: bool,
}

impl Tok<'_> {
    /// Whether the punctuation after the word holds one of `set`.
    fn ends(&self, set: &[u8]) -> bool {
        self.punct.bytes().any(|b| set.contains(&b))
    }
}

/// Words of a cleaned line, which holds single spaces only. A bracket
/// run on to a word opens a word of its own: "Austin(Chair)" is the
/// name "Austin" and the post "(Chair)".
fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = 0;
    // (Most lines have no bracket: then no word is searched for one.)
    let brackets = memchr::memchr(b'(', text.as_bytes()).is_some();
    for end in memchr::memchr_iter(b' ', text.as_bytes()).chain([text.len()]) {
        let (mut s, mut raw) = (start, &text[start..end]);
        start = end + 1;
        if let Some(at) = brackets.then(|| run_on_bracket(raw)).flatten() {
            push_token(&mut out, s, &raw[..at]);
            (s, raw) = (s + at, &raw[at..]);
        }
        push_token(&mut out, s, raw);
    }
    out
}

/// Where a bracket opens straight after a word's letters ("Austin(Chair)"),
/// not at its start nor after other punctuation ("(a)", "Cllr's(").
fn run_on_bracket(raw: &str) -> Option<usize> {
    let at = memchr::memchr(b'(', raw.as_bytes())?;
    let word = &raw[..at];
    (word.starts_with(char::is_uppercase)
        && word.ends_with(char::is_alphabetic))
    .then_some(at)
}

/// Adds the word `raw`, which starts at byte `s` of the line.
fn push_token<'a>(out: &mut Vec<Tok<'a>>, s: usize, raw: &'a str) {
    if raw.is_empty() {
        return;
    }
    // Brackets and quotes around a word are not part of it:
    // "(Mr." is the honorific "Mr".
    let lead =
        raw.len() - raw.trim_start_matches(['(', '"', '“', '*', '[']).len();
    let inner = &raw[lead..];
    let word = trim_punct(inner);
    // "C. Anderson , S. Leet": punctuation set apart by a space
    // belongs to the word before it.
    if word.is_empty() && lead == 0 {
        if let Some(last) = out.last_mut().filter(|t| t.punct.is_empty()) {
            last.punct = inner;
            return;
        }
    }
    out.push(Tok {
        word,
        start: s + lead,
        end: s + lead + word.len(),
        punct: &inner[word.len()..],
        bracket: raw[..lead].contains('('),
    });
}

/// `w` without the punctuation after it: `,;:.)"”!?*]`.
fn trim_punct(w: &str) -> &str {
    let mut end = w.len();
    let b = w.as_bytes();
    loop {
        match b[..end] {
            [
                ..,
                b',' | b';' | b':' | b'.' | b')' | b'"' | b'!' | b'?' | b'*'
                | b']',
            ] => end -= 1,
            // '”' is E2 80 9D.
            [.., 0xE2, 0x80, 0x9D] => end -= 3,
            _ => return &w[..end],
        }
    }
}

fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        || (w.len() <= 6
            && w.contains('.')
            && w.split('.').all(|p| {
                p.is_empty()
                    || (p.chars().count() == 1
                        && p.chars().all(char::is_uppercase))
            }))
}

/// A capitalised word with some lower case in it: "Smith", "McSweeney",
/// "O’Brien", "Nicholas-Letch"; not "DCS" or "SEND".
fn is_name_word(w: &str) -> bool {
    if !w.starts_with(char::is_uppercase) {
        return false;
    }
    let mut lower = false;
    for c in w.chars() {
        lower |= c.is_lowercase();
        if !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')) {
            return false;
        }
    }
    // "Co-chair", "Vice-chair": a hyphen before a lower-case word joins
    // a title, not a double-barrelled name.
    let barrelled = !w.as_bytes().contains(&b'-')
        || w.split('-')
            .skip(1)
            .all(|p| p.is_empty() || p.starts_with(char::is_uppercase));
    lower && barrelled && !is_department_noun(w) && !STOP.contains(w)
}

/// "Communications", "Facilities", "Administration": nouns that name a
/// department in a staff list ("Manager Communications and Marketing
/// (Craig Ogborn)", "Manager Administration"), and no surname ends so.
/// Not "-ments": "Clements" is a surname.
fn is_department_noun(w: &str) -> bool {
    ["tion", "sion", "tions", "sions", "ities"]
        .iter()
        .any(|end| w.len() > end.len() + 1 && w.ends_with(end))
}

fn honorific(w: &str) -> bool {
    HONORIFICS.contains(w)
}

// "Directors present:", "Attendees:", "Members present were", "Council
// in Attendance:", "There were apologies from": a label that opens a
// list of names.
re!(
    LIST_LABEL,
    r"(?i)^(?:(?:(?:others?(?: persons| people)?|(?:other |board |council |committee |general |community )?(?:members|councillors|directors|officers|officials|staff|trustees|commissioners|selectmen|supervisors|aldermen|councilmembers|guests|visitors)|council|board|committee|commission)\s+)?(?:present|in attendance|attending|also present|those present|attendees|absent|excused)(?:\s+were)?\s*[:\-–]?\s+|(?:councillors|cllrs|members|commissioners|trustees|directors|aldermen|staff)\s*:\s+|(?:there (?:were|was) (?:an? )?)?apolog(?:y|ies)(?: for absence)?(?: (?:were|was|had been|have been) (?:received|submitted|tendered|given|noted|accepted))? from:?\s+|(?:derbyniwyd )?ymddiheuriadau (?:gan|oddi wrth)\s+(?:y\s+)?|(?:yn )?(?:bresennol|presennol)\s*:\s+|roll call\s*[:\-–]\s+|(?:select\s?board|board of selectmen|selectmen|town board|board of supervisors|board of trustees)\s*:\s+)"
);

/// "Councillors: E. Ballard, J. Baskett, ...": a plural and a colon
/// open a list of names.
fn plural_label(body: &str) -> bool {
    // (Not "Members: (a) Conference on ...", a list of other things.)
    let rest = body.split_once(' ').map_or("", |(_, r)| r.trim_start());
    rest.starts_with(char::is_uppercase)
        && body.split(' ').next().is_some_and(|w| {
            w.len() > 5
                && w.ends_with(':')
                && matches!(
                    w[..w.len() - 1].to_ascii_lowercase().as_str(),
                    "councillors"
                        | "cllrs"
                        | "members"
                        | "commissioners"
                        | "trustees"
                        | "directors"
                        | "aldermen"
                        | "staff"
                )
        })
}

/// A post in lower case, as a list gives it before a name ("clerk
/// Linda Britton").
fn lower_post(w: &str) -> bool {
    matches!(
        w,
        "treasurer"
            | "clerk"
            | "clerks"
            | "secretary"
            | "supervisor"
            | "supervisors"
            | "chair"
            | "chairman"
            | "mayor"
            | "attorney"
            | "engineer"
            | "manager"
            | "director"
            | "directors"
    )
}

/// Whether `text` holds a word a label of [`later_label`] needs: the
/// test before its sentences are read, run on every paragraph. (Exact
/// searches for the usual cases, "present", "attendance", "Guests",
/// cost less than one that ignores case; a label in capitals after the
/// first sentence is left unread.)
fn later_label_words(text: &str) -> bool {
    has_bytes!(text, "resent")
        || has_bytes!(text, "ttendance")
        || has_bytes!(text, "Guests")
}

/// Where the list of names after a label that opens a later sentence
/// of a paragraph starts: "Board members present were ...", "Also
/// present: ...", "Guests were ..." (not "In attendance for the parade
/// were ...", whose label does not end so).
fn later_label(sentence: &str) -> Option<usize> {
    // (The label's words come first: most sentences hold none.)
    let start = head(sentence, 40);
    if !has_any!(start, "present", "attend") && !start.starts_with("Guests") {
        return None;
    }
    let m = LIST_LABEL
        .find(sentence)
        .or_else(|| GUESTS.find(sentence))?;
    let label = m.as_str().trim_end();
    // (Not "Attendees were from Salt Lake City, Phoenix, ...".)
    let list = &sentence[m.end()..];
    let ends = label.ends_with(':')
        || label.ends_with("were")
        || list.starts_with("included");
    (ends && !list.starts_with("from ")).then_some(m.end())
}

// "Guests were Marv and Sue Forbragd, Rory Blazevic": a sentence that
// names the guests.
re!(GUESTS, r"^Guests(?: present)? were\s+");

/// Where the sentence that runs on at `from` in `text` ends: at a full
/// stop after a word (not an initial or a title) and before a capital.
pub(crate) fn sentence_end(text: &str, from: usize) -> usize {
    text[from..]
        .match_indices(". ")
        .map(|(k, _)| from + k)
        .find(|&k| {
            let word = text[..k].rsplit(' ').next().unwrap_or("");
            word.chars().count() > 2
                && !honorific(word)
                && text[k + 1..].trim_start().starts_with(char::is_uppercase)
        })
        .map_or(text.len(), |k| k + 1)
}

/// Names listed after a label: "Janice Lichtenwaldt, Lindsey Webb, and
/// Kathleen Braden". Each element must be a name and nothing more.
fn listed(toks: &[Tok<'_>], from: usize, out: &mut Vec<Mention>) {
    let first = out.len();
    let mut i = toks.partition_point(|t| t.start < from);
    let list_start = i;
    // The element before, when it was a name: "Joseph W. Gilliam, Clerk
    // of Court, John McPherson, County Attorney" gives each name the
    // post after it.
    let mut named: Option<usize> = None;
    while i < toks.len() {
        // "Matt Alexander – Stantec, Mac Callison – City of Aurora": what
        // follows a dash is whom the person is with (but "Vice – Chair
        // Bagley" is a title).
        // (Not "Councillors – Colin Davies, Tony Berrow", a title over
        // the list.)
        if i > 0
            && matches!(toks[i - 1].word, "–" | "—" | "-")
            && !ROLE_WORDS.contains(toks[i].word)
            && !honorific(toks[i].word)
            && !(i > 1 && PLURAL.contains(toks[i - 2].word))
        {
            while i < toks.len() && !toks[i].ends(b",;") {
                i += 1;
            }
            i += 1;
            named = None;
            continue;
        }
        if let Some((role, next)) = post_element(toks, i) {
            if let Some(k) = named.take() {
                out[k].role = Some(role);
            }
            i = next;
            continue;
        }
        // "Jackie Riggs The Wingham Advance Times": after "The", the
        // capitalised words name whom the person is with.
        if toks[i].word == "The" {
            i += 1;
            while i < toks.len()
                && starts_upper(toks[i].word)
                && !toks[i - 1].ends(b",;")
            {
                i += 1;
            }
            named = None;
            continue;
        }
        // Skip "and" and lower-case words ("supervisors", "clerks").
        if !starts_upper(toks[i].word) {
            i += 1;
            continue;
        }
        // "Present: Councillors: A, B", "Councillors – A, B": a label
        // within the list.
        if honorific(toks[i].word)
            && (toks[i].ends(b":")
                || PLURAL.contains(toks[i].word)
                    && toks
                        .get(i + 1)
                        .is_some_and(|t| matches!(t.word, "–" | "—" | "-")))
        {
            i += 1;
            continue;
        }
        if honorific(toks[i].word) {
            // The main scan finds names after an honorific. (The
            // element ends at a comma, or at a bracket closed before the
            // next name: "Councillor Mac Cafferty (Chair) Appich (Joint
            // Opposition Spokesperson) and Bell".)
            while i < toks.len()
                && !toks[i].ends(b",")
                && !(toks[i].ends(b")")
                    && toks.get(i + 1).is_some_and(|t| starts_upper(t.word)))
            {
                i += 1;
            }
            i += 1;
            continue;
        }
        match read_name(toks, i) {
            Some((words, mut next))
                if words.len() >= 2 || words[0].len() > 2 =>
            {
                let end = toks[next - 1].end;
                // "Chief Executive (Mr. P. Daly)": a role with the name in
                // brackets, which the main scan reads.
                let role_first = next < toks.len()
                    && toks[next].bracket
                    && honorific(toks[next].word)
                    && toks[next..]
                        .iter()
                        .take_while(|t| !t.ends(b")"))
                        .all(|t| starts_upper(t.word));
                // "Tim Archer (Principal Planning Officer),": the role in
                // brackets belongs to the element.
                let bracket_from = next;
                if next < toks.len() && toks[next].bracket {
                    while next < toks.len() && !toks[next].ends(b")") {
                        next += 1;
                    }
                    next = (next + 1).min(toks.len());
                }
                let bracket = &toks[bracket_from..next];
                // ("D. Benware (Chair) T. Barker": a post in brackets ends
                // its element when a name follows without a comma.)
                let ends_element = toks[next - 1].ends(b",;.")
                    || next == toks.len()
                    || joins(toks, next)
                    || (words.len() >= 2 && toks[next].word == "The")
                    // (Not "Joseph (Fish) Rariwi", a nickname.)
                    || (!bracket.is_empty()
                        && words.len() >= 2
                        && starts_upper(toks[next].word)
                        && read_name(toks, next).is_some())
                    // "supervisors A, B, and Dick Dillon treasurer Ray
                    // Barnes": the next one's post, its comma missing.
                    || (words.len() >= 2 && lower_post(toks[next].word));
                // "Nancy Burns, Senior Management Analyst;": the role
                // after a name is not a name.
                let role = words.iter().any(|w| {
                    w.split('-').any(|part| ROLE_WORDS.contains(part))
                });
                named = None;
                // "TimeSaver Off Site Secretarial, Inc.": a company.
                let company = toks.get(next).is_some_and(|t| {
                    matches!(
                        t.word,
                        "Inc" | "Ltd" | "LLC" | "Limited" | "PLC" | "Corp"
                    )
                });
                if ends_element && !role_first && !role && !company {
                    // "Chief Executive (Conn Murray), Director, ...": a
                    // name in brackets has its post before it.
                    named = (toks[next - 1].ends(b",") && !toks[i].bracket)
                        .then_some(out.len());
                    out.push(Mention {
                        words,
                        honorific: None,
                        // Or "Group Manager Infrastructure (A
                        // Louverdis)": the post before the bracket.
                        role: post_words(bracket).or_else(|| {
                            toks[i]
                                .bracket
                                .then(|| post_before(toks, i))
                                .flatten()
                        }),
                        start: toks[i].start,
                        end,
                        short: false,
                    });
                } else if ends_element && !role_first && role {
                    // "Group Manager Infrastructure (A Louverdis),": the
                    // post, then the name in brackets.
                    let inner = read_name(toks, bracket_from)
                        .filter(|(w, n)| *n == next && w.len() >= 2);
                    // "Superintendent Chris Elkington,": a post, then the
                    // name (two words at least, neither a role's).
                    let posted = words
                        .iter()
                        .position(|w| !ROLE_WORDS.contains(w.as_str()))
                        .filter(|&k| {
                            k > 0
                                && bracket.is_empty()
                                // (The whole element: not "Attorney" of
                                // "City Attorney Vera Wells".)
                                && (i == list_start || toks[i - 1].ends(b",;"))
                                && words.len() - k >= 2
                                && words[k..]
                                    .iter()
                                    .all(|w| !ROLE_WORDS.contains(w.as_str()))
                        });
                    if let Some((name, _)) = inner {
                        out.push(Mention {
                            words: name,
                            honorific: None,
                            role: Some(
                                post_before(toks, bracket_from)
                                    .unwrap_or_else(|| words.join(" ")),
                            ),
                            start: toks[bracket_from].start,
                            end: toks[next - 1].end,
                            short: false,
                        });
                    } else if let Some(k) = posted {
                        out.push(Mention {
                            words: words[k..].to_vec(),
                            honorific: None,
                            role: Some(words[..k].join(" ")),
                            start: toks[i].start,
                            end,
                            short: false,
                        });
                    }
                }
                i = next;
            }
            _ => {
                named = None;
                i += 1;
            }
        }
    }
    share_surname(toks, &mut out[first..]);
}

/// The post in brackets after a name ("(Principal Planning Officer)",
/// "(General Manager Infrastructure and Asset Management)"), when the
/// words are one.
fn post_words(bracket: &[Tok<'_>]) -> Option<String> {
    let role = bracket
        .iter()
        .any(|t| t.word.split('-').any(|w| ROLE_WORDS.contains(w)));
    let plain = bracket.iter().all(|t| {
        starts_upper(t.word) || CONNECTORS.contains(t.word) || t.word == "&"
    });
    // With the commas inside ("Manager Development, Building and
    // Compliance"), not the bracket's own.
    let last = bracket.len().saturating_sub(1);
    (role && plain && !bracket.is_empty()).then(|| {
        bracket
            .iter()
            .enumerate()
            .map(|(k, t)| {
                if k < last && t.punct == "," {
                    format!("{},", t.word)
                } else {
                    t.word.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// An element of a list that is a post and nothing more ("Clerk of
/// Court,", "Director of Finance,", "Sergeant at Arms.", "County
/// Attorney" at the end): its words and the token after it.
fn post_element(toks: &[Tok<'_>], i: usize) -> Option<(String, usize)> {
    let mut has_role = false;
    let mut j = i;
    while j < toks.len() && j - i < 6 {
        // "Director of Public Works Doran Cote,", "Director of Finance
        // L. Cho": a post and a name.
        if j > i && (starts_name(toks, j) || is_initial(toks[j].word)) {
            return None;
        }
        let t = &toks[j];
        let word = starts_upper(t.word)
            && (!honorific(t.word) || ROLE_WORDS.contains(t.word));
        // A post in brackets belongs to the name before it, which
        // reads it.
        if t.bracket
            || t.punct.contains(')')
            || !(word
                || (j > i && (CONNECTORS.contains(t.word) || t.word == "at")))
        {
            return None;
        }
        has_role |= t.word.split('/').any(|w| ROLE_WORDS.contains(w));
        j += 1;
        if !t.punct.is_empty() || joins(toks, j) {
            break;
        }
    }
    let last = &toks[j - 1];
    let closed = j == toks.len() || last.ends(b",;.");
    // "Chair Kemp", "General Manager Washington": a title before a
    // surname is a person; a post goes on only by a connector ("Clerk
    // of Court"), another role word or a department ("Director
    // Planning").
    let role = |w: &str| ROLE_WORDS.contains(w);
    // (But "Chief Building Official" ends in a post's word.)
    let titled = !role(last.word)
        && toks[i..j].windows(2).any(|w| {
            role(w[0].word)
                && starts_upper(w[1].word)
                && !role(w[1].word)
                && !STOP.contains(w[1].word)
                && !is_department_noun(w[1].word)
        });
    // One word alone is a post only when no one is called it ("Ward."
    // ends a list of surnames).
    let alone = j - i == 1
        && !matches!(
            last.word,
            "Chair"
                | "Chairman"
                | "Chairperson"
                | "Clerk"
                | "Director"
                | "Mayor"
                | "President"
                | "Secretary"
                | "Treasurer"
        );
    (has_role && closed && !titled && !alone && starts_upper(last.word)).then(
        || {
            let role = toks[i..j].iter().map(|t| t.word).collect::<Vec<_>>();
            (role.join(" "), j)
        },
    )
}

/// "Bekah and Matt Gautrowski" in a list of full names: the one given
/// name alone shares the surname of the name after its "and". Not in a
/// list of surnames ("Harper, Mikos and Mary Hunter"), where more than
/// one element is a single word, nor in a list of two.
fn share_surname(toks: &[Tok<'_>], list: &mut [Mention]) {
    let mut single = (0..list.len()).filter(|&k| list[k].words.len() == 1);
    let (Some(k), None) = (single.next(), single.next()) else {
        return;
    };
    if list.len() < 3 || k + 1 == list.len() {
        return;
    }
    let (this, next) = (&list[k], &list[k + 1]);
    let at = toks.partition_point(|t| t.end < this.end);
    let joined = toks.get(at).is_some_and(|t| t.punct.is_empty())
        && toks.get(at + 1).is_some_and(|t| t.word == "and")
        && toks.get(at + 2).is_some_and(|t| t.start == next.start)
        && next.words.len() == 2;
    if joined && !is_initial(&this.words[0]) {
        let surname = next.words[1].clone();
        list[k].words.push(surname);
    }
}

/// What may stand before a list's label: emphasis, a heading's marks, a
/// bullet ("- Directors Present: ...").
const LEAD: &[char] = &['*', '#', ' ', '-', '•', '·'];

/// Whether `text` is a list of people rather than a point made:
/// "Present: ...", "Officers in Attendance: ...", "Councillors Noakes
/// (Vice-Chairman), Backhouse, Mrs Cobbold, ...".
pub fn is_list(text: &str) -> bool {
    let body = text.trim_start_matches(LEAD);
    // Every label holds "present", "attend" or "attendees" in its first
    // few words, or is a plural and a colon: look for them before running
    // the pattern.
    if (has_any!(head(body, 60), "present", "attend", "roll call")
        || plural_label(body))
        && LIST_LABEL.is_match(body)
    {
        return true;
    }
    let first = body.split(' ').next().unwrap_or("");
    if !PLURAL.contains(first) {
        return false;
    }
    let commas = body.matches(',').count();
    commas >= 2 && body.split(' ').count() <= commas * 4 + 4
}

/// Whether the first sentence of `text` is names and nothing more, but
/// for the words that join them and reasons in brackets: "Cllr L Watson
/// and Cllr J Foster (family commitment), Cllr A Hart (work).", not
/// "Cllr O. Williams took the Chair".
pub fn names_only(text: &str) -> bool {
    // (Not at an initial: "Mr G. Kingdom (Work commitments), ...".)
    let sentence = &text[..sentence_end(text, 0)];
    let ms = mentions(sentence);
    !ms.is_empty() && covered_by(sentence, &ms, |w| w == "and")
}

/// The names of `text` read as a list, when it is names, the titles
/// before them and the words that join them, and nothing more: "Council
/// Member Walker", "Chair Tobiassen and Directors Deadwyler and Solano"
/// (of "... were absent."). The offsets are `text`'s.
pub fn names_listed(text: &str) -> Option<Vec<Mention>> {
    const LABEL: &str = "Absent: ";
    let ms: Vec<Mention> = mentions(&format!("{LABEL}{text}"))
        .into_iter()
        .filter(|m| m.start >= LABEL.len())
        .map(|m| Mention {
            start: m.start - LABEL.len(),
            end: m.end - LABEL.len(),
            ..m
        })
        .collect();
    let title = |w: &str| {
        w == "and"
            || honorific(w)
            || ROLE_WORDS.contains(w)
            || ROLE_WORDS.contains(w.trim_end_matches('s'))
            || matches!(w, "Council" | "Board" | "Members")
    };
    (!ms.is_empty() && covered_by(text, &ms, title)).then_some(ms)
}

/// Whether the mentions `ms` cover `sentence` but for reasons in
/// brackets and the words `other` allows.
fn covered_by(
    sentence: &str,
    ms: &[Mention],
    other: impl Fn(&str) -> bool,
) -> bool {
    let mut covered = vec![false; sentence.len()];
    for m in ms {
        covered[m.start..m.end.min(sentence.len())].fill(true);
    }
    let mut depth = 0usize;
    for (i, b) in sentence.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => covered[i] = true,
            _ => {}
        }
    }
    let rest: String = sentence
        .char_indices()
        .map(|(i, c)| if covered[i] { ' ' } else { c })
        .collect();
    rest.split(|c: char| c.is_whitespace() || ",;.()&".contains(c))
        .all(|w| w.is_empty() || other(w))
}

/// Where each sentence of `text` ends (see [`sentence_end`]); the last
/// at the text's end.
pub(crate) fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut start = 0;
    while start < text.len() {
        start = sentence_end(text, start);
        ends.push(start);
    }
    ends
}

/// Finds the people named in one line of text.
pub fn mentions(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    // Every mention starts with a capital: a line with none has none.
    if !text.chars().any(char::is_uppercase) {
        return out;
    }
    let toks = tokens(text);
    let body = without_number(text.trim_start_matches(LEAD));
    let start = head(body, 60);
    let lead = text.len() - body.len();
    let label = (has_any!(start, "present", "attend")
        || has_any!(start, "absent", "apolog")
        || has_any!(start, "ymddiheur", "bresennol")
        || has_any!(start, "board:", "selectmen:")
        || has_any!(start, "excused", "roll call")
        || plural_label(body))
    .then(|| LIST_LABEL.find(body).map(|m| m.end()))
    .flatten();
    // "Opened the meeting. Selectmen present: A, B, C. Also present:
    // D.", "... at the Townhall. Board members present were supervisors
    // A, B and C. Guests were D and E.": lists after the paragraph's
    // first sentence, each up to the end of its own.
    let later: SmallVec<[(usize, usize); 2]> =
        if label.is_none() && later_label_words(body) {
            body.match_indices(". ")
                .filter_map(|(k, _)| {
                    let from = k + 2 + later_label(&body[k + 2..])?;
                    Some((lead + from, lead + sentence_end(body, from)))
                })
                .collect()
        } else {
            SmallVec::new()
        };
    let after_label = label
        .map(|end| lead + end)
        .or(later.first().map(|&(from, _)| from))
        .unwrap_or(0);
    let rest = &toks[toks.partition_point(|t| t.start < after_label)..];
    if let Some(m) = post_then_name(rest) {
        out.push(m);
        return out;
    }
    if label.is_some() {
        listed(&toks, after_label, &mut out);
    }
    for &(from, end) in &later {
        listed(
            &toks[..toks.partition_point(|t| t.start < end)],
            from,
            &mut out,
        );
    }
    let mut i = 0;
    while i < toks.len() {
        if !starts_upper(toks[i].word) {
            i += 1;
            continue;
        }
        if let Some((mut ms, next)) = honorific_mention(&toks, i) {
            if let [m] = &mut ms[..] {
                if m.role.is_none() {
                    m.role = role_before(&toks, i);
                }
            }
            out.extend(ms);
            i = next;
            continue;
        }
        if let Some((m, next)) = role_led(&toks, i) {
            out.push(m);
            i = next;
            continue;
        }
        // "on the Draft Flood Risk Management Plans", "the Denver Metro
        // Chamber", "A Grit Box", "Sets Up It’s Own Website": after an
        // article or "its", capitalised words name a thing.
        if i > 0
            && toks[i - 1].punct.is_empty()
            && matches!(
                toks[i - 1].word,
                "the"
                    | "The"
                    | "a"
                    | "A"
                    | "an"
                    | "An"
                    | "its"
                    | "Its"
                    | "It’s"
                    | "It's"
            )
        {
            i += 1;
            while i < toks.len()
                && starts_upper(toks[i].word)
                && !honorific(toks[i].word)
                && !ROLE_WORDS.contains(toks[i].word)
                && toks[i - 1].punct.is_empty()
            {
                i += 1;
            }
            continue;
        }
        if let Some((m, next)) = bare_mention(&toks, i) {
            out.push(m);
            i = next;
            continue;
        }
        i += 1;
    }
    // A listed name the main scan found again is one mention, with the
    // title the scan gave it ("Councillors Gregson, Hirrell": the list
    // reads "Hirrell", the scan its title).
    let mut at: rustc_hash::FxHashMap<usize, usize> =
        rustc_hash::FxHashMap::default();
    let mut kept: Vec<Mention> = Vec::with_capacity(out.len());
    for mut m in out {
        // "Mr. Hulbert's request": the name without its possessive.
        if let Some(last) = m.words.last_mut() {
            for s in ["'s", "’s"] {
                if last.len() > s.len() + 1 && last.ends_with(s) {
                    last.truncate(last.len() - s.len());
                }
            }
        }
        match at.get(&m.start) {
            Some(&k) => {
                let first = &mut kept[k];
                if first.honorific.is_none() {
                    first.honorific = m.honorific;
                }
            }
            None => {
                at.insert(m.start, kept.len());
                kept.push(m);
            }
        }
    }
    kept
}

/// "Present: Chairman Cllr P Norris, Vice chair Cllr D Deighton": the
/// post named before the title at token `i`, after a label's colon, a
/// comma or the start of the text.
fn role_before(toks: &[Tok<'_>], i: usize) -> Option<String> {
    let mut k = i;
    while k > 0
        && i - k < 4
        && toks[k - 1].punct.is_empty()
        && (ROLE_WORDS.contains(toks[k - 1].word)
            || ROLE_LOWER.contains(toks[k - 1].word))
    {
        k -= 1;
    }
    let post = &toks[k..i];
    let opens = k == 0 || toks[k - 1].ends(b",:");
    (opens
        && post.first().is_some_and(|t| starts_upper(t.word))
        && post.iter().any(|t| ROLE_WORDS.contains(t.word))
        && !post.iter().any(|t| CONNECTORS.contains(t.word)))
    .then(|| post.iter().map(|t| t.word).collect::<Vec<_>>().join(" "))
}

/// Whether a token is an initial: "D", "J.", "P.J.".
fn initial_token(t: &Tok<'_>) -> bool {
    is_initial(t.word) || (t.word.len() == 1 && t.punct.starts_with('.'))
}

/// Whether a name's words open with an initial ("D Clements", "S.
/// Benson").
fn opens_with_initial(words: &[String]) -> bool {
    words
        .first()
        .is_some_and(|w| is_initial(w.trim_end_matches('.')))
}

/// Whether token `j` joins two names: "and", or in Welsh "a", "ac" or
/// "a’r" before a capital ("Hubert Gwynne a Doris Jones").
fn joins(toks: &[Tok<'_>], j: usize) -> bool {
    toks.get(j).is_some_and(|t| {
        t.word == "and"
            || matches!(t.word, "a" | "ac" | "a’r" | "a'r")
                && t.punct.is_empty()
                && toks.get(j + 1).is_some_and(|n| starts_upper(n.word))
    })
}

/// `text` after a paragraph's number ("2. Apologies were ...", "12)
/// Present: ...", "5.1. There were apologies from ...").
fn without_number(text: &str) -> &str {
    let b = text.as_bytes();
    let digits = |from: usize| {
        b[from..].iter().take_while(|c| c.is_ascii_digit()).count()
    };
    // "5.", "12)", and a sub-item's "5.1." or "5.1".
    let mut at = digits(0);
    if !(1..=3).contains(&at) {
        return text;
    }
    while b.get(at) == Some(&b'.') && (1..=3).contains(&digits(at + 1)) {
        at += 1 + digits(at + 1);
    }
    let marked = matches!(b.get(at), Some(b'.' | b')'));
    match b.get(at + usize::from(marked)) {
        Some(b' ') if marked || at > digits(0) => {
            &text[at + usize::from(marked) + 1..]
        }
        _ => text,
    }
}

/// "Director of Community Services, C. Catania", "City Clerk, Jane
/// Doe", "Deputy Mayor – Scott Mackey": a line of a staff list that is a
/// post, a comma or a dash and the name of who holds it, and nothing
/// more.
fn post_then_name(toks: &[Tok<'_>]) -> Option<Mention> {
    // After a bullet or a dash.
    let from = toks.iter().position(|t| starts_upper(t.word))?;
    let toks_all = toks;
    let toks = &toks[from..];
    if toks.len() > 12 {
        return None;
    }
    // A list's line has no full stop: "..., Revenue Control." ends a
    // sentence.
    if !toks.last()?.punct.is_empty() {
        return None;
    }
    let sep = toks
        .iter()
        .position(|t| t.ends(b",:") || matches!(t.word, "–" | "—" | "-"))?;
    let dash = toks[sep].punct.is_empty();
    // (The post ends at its comma or colon, or before the dash.)
    let comma = if dash { sep.checked_sub(1)? } else { sep };
    // ("Mayor – Bob Pringle", "Mayor: David Mayberry": a title that is a
    // post; before a colon, only a post's words: not "Executive Office:
    // Civil Rights".)
    let colon = toks[sep].ends(b":");
    if colon && !toks[..=sep].iter().all(|t| ROLE_WORDS.contains(t.word)) {
        return None;
    }
    let titled = dash || colon;
    let post = &toks[..=comma];
    // ("CAO/Clerk".)
    let has_role = post
        .iter()
        .any(|t| t.word.split('/').any(|w| ROLE_WORDS.contains(w)));
    // Capitalised words joined by "of", "and", "/" or "&"; only the
    // comma after them.
    let plain = post.iter().all(|t| {
        (starts_upper(t.word)
            || CONNECTORS.contains(t.word)
            || matches!(t.word, "/" | "&"))
            && (t.punct.is_empty() || (!dash && std::ptr::eq(t, &post[comma])))
    });
    // "General Manager Washington, Paula Perdue": a list, whose first
    // element ends in a surname after its role.
    let surname_last = comma > 0
        && ROLE_WORDS.contains(post[comma - 1].word)
        && !ROLE_WORDS.contains(post[comma].word)
        && is_name_word(post[comma].word);
    if !has_role
        || !plain
        || surname_last
        || post.iter().any(|t| {
            honorific(t.word) && !(titled && ROLE_WORDS.contains(t.word))
        })
    {
        return None;
    }
    let (words, next) = read_name(toks, sep + 1)?;
    // "Chair Rivera-Malpiede, Treasurer Cook": two posts, not a name.
    let named = words.iter().all(|w| {
        !honorific(w) && !w.split('-').any(|p| ROLE_WORDS.contains(p))
    });
    if next != toks.len() || words.len() < 2 || !named {
        return None;
    }
    let role = post.iter().map(|t| t.word).collect::<Vec<_>>().join(" ");
    Some(Mention {
        words,
        honorific: None,
        role: Some(role),
        start: toks[sep + 1].start,
        end: toks_all[from + next - 1].end,
        short: false,
    })
}

/// The post named right before token `i` ("Head of Planning" in "Head of
/// Planning (Mr L Moss)", "Director, Housing" in "Director, Housing (Ms.
/// A. Duke)"): the capitalised words back to the last punctuation, or
/// past a comma after a role word, when they hold a role word.
fn post_before(toks: &[Tok<'_>], i: usize) -> Option<String> {
    let role = |t: &Tok<'_>| ROLE_WORDS.contains(t.word);
    let mut from = toks[..i]
        .iter()
        .rposition(|t| !t.punct.is_empty())
        .map_or(0, |k| k + 1);
    if from > 0 && role(&toks[from - 1]) && toks[from - 1].punct == "," {
        from -= 1;
        // "Executive Engineer, Roads": and the words of the post before.
        while from > 0
            && toks[from - 1].punct.is_empty()
            && starts_upper(toks[from - 1].word)
        {
            from -= 1;
        }
    }
    let post = &toks[from..i];
    let fits = !post.is_empty()
        && post.len() <= 8
        && post.iter().any(role)
        && post.iter().all(|t| {
            starts_upper(t.word)
                || CONNECTORS.contains(t.word)
                || t.word == "&"
        });
    fits.then(|| {
        let words: Vec<String> = post
            .iter()
            .map(|t| format!("{}{}", t.word, t.punct))
            .collect();
        words.join(" ")
    })
}

/// "April Graves,": a month that is a given name, first in a name of
/// two words that ends the element.
fn month_as_given_name(toks: &[Tok<'_>], j: usize, i: usize) -> bool {
    j == i
        && matches!(toks[j].word, "April" | "May" | "June")
        && toks[j].punct.is_empty()
        && toks.get(j + 1).is_some_and(|n| {
            is_name_word(n.word)
                && (n.ends(b",;.")
                    || toks.get(j + 2).is_none_or(|a| a.word == "and"))
        })
}

/// How many surname particles ("van", "de", "van der") start at token
/// `j`, when a name word follows them.
fn particles_before_name(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    const PARTICLES: &[&str] = &[
        "van", "von", "de", "der", "den", "da", "di", "du", "del", "della",
        "dos", "das", "la", "le", "ter", "ten",
    ];
    let n = toks[j..]
        .iter()
        .take(2)
        .take_while(|t| PARTICLES.contains(&t.word) && t.punct.is_empty())
        .count();
    (n > 0 && toks.get(j + n).is_some_and(|t| is_name_word(t.word)))
        .then_some(n)
}

/// Reads name words from `i`: initials and name words, at most four,
/// ending on a name word and stopping after a word followed by a comma.
fn read_name(toks: &[Tok<'_>], i: usize) -> Option<(Vec<String>, usize)> {
    let mut words: Vec<String> = Vec::new();
    let mut j = i;
    let mut last_full = None;
    while j < toks.len() && words.len() < 4 {
        let t = toks[j];
        // "Collins (B)": a letter in brackets tells two members apart.
        if last_full.is_some()
            && t.punct.starts_with(')')
            && t.word.len() == 1
            && t.word.chars().all(char::is_uppercase)
        {
            words.push(format!("({})", t.word));
            last_full = Some(words.len());
            break;
        }
        // "Noakes (Vice-Chairman)": a bracket after a name holds a role;
        // "Cllr L Pepperell Rev Fr N Cale": an honorific starts the next
        // name.
        if j > i && (t.bracket || honorific(t.word)) {
            break;
        }
        let initial = initial_token(&t);
        // "Councillors Mrs D Clements M Leamon J Taylor": an initial after
        // an initial and a surname starts the next name.
        if initial && last_full.is_some() && opens_with_initial(&words) {
            break;
        }
        if initial {
            words.push(format!(
                "{}{}",
                t.word,
                if t.punct.starts_with('.') && !t.word.ends_with('.') {
                    "."
                } else {
                    ""
                }
            ));
        } else if is_name_word(t.word) || month_as_given_name(toks, j, i) {
            words.push(t.word.to_string());
            last_full = Some(words.len());
        } else if let Some(n) = particles_before_name(toks, j)
            .filter(|_| last_full.is_some() && t.punct.is_empty())
        {
            // "Suzette van Aswegen", "Pieter van der Merwe".
            words.extend(toks[j..j + n].iter().map(|t| t.word.to_string()));
            j += n;
            continue;
        } else {
            break;
        }
        j += 1;
        // A comma or full stop after a full name word ends the name; a
        // dot after an initial does not.
        let p = t.punct.trim_start_matches('.');
        if !p.is_empty() || (!initial && t.punct.starts_with('.')) {
            break;
        }
    }
    let n = last_full?;
    words.truncate(n);
    Some((words, i + n))
}

/// "Councillor L Smith", "Cllr Mrs Hull", "Councillors A, B and C".
fn honorific_mention(
    toks: &[Tok<'_>],
    i: usize,
) -> Option<(Vec<Mention>, usize)> {
    let t = toks[i];
    let mut j = i;
    // "Cyngor Sir Gâr": in Welsh, "Sir" after "Cyngor" (council) is the
    // county, no honorific.
    if t.word == "Sir" && i > 0 && toks[i - 1].word.ends_with("yngor") {
        return None;
    }
    // "County Councillor", "Borough Councillor", "Borough Cllr"
    if (matches!(t.word, "County" | "Borough" | "District" | "Parish")
        && toks.get(i + 1).is_some_and(|n| {
            n.word.starts_with("Councillor") || n.word.starts_with("Cllr")
        })
        || t.word == "Deputy"
            && toks.get(i + 1).is_some_and(|n| n.word == "Mayor"))
        && t.punct.is_empty()
    {
        j += 1;
    }
    let h = toks[j];
    if !honorific(h.word) || h.ends(b",:") {
        return None;
    }
    let plural = PLURAL.contains(h.word);
    let mut hon = toks[i..=j]
        .iter()
        .map(|t| t.word)
        .collect::<Vec<_>>()
        .join(" ");
    j += 1;
    // "Cllr Mrs Lintern": a second honorific.
    while j < toks.len()
        && honorific(toks[j].word)
        && !PLURAL.contains(toks[j].word)
    {
        hon.push(' ');
        hon.push_str(toks[j].word);
        j += 1;
    }
    let mut out = Vec::new();
    loop {
        // "Councillors Noakes, Backhouse, Mrs Cobbold": a member's own
        // title inside the list.
        let mut own = None;
        if plural
            && j < toks.len()
            && honorific(toks[j].word)
            && !PLURAL.contains(toks[j].word)
        {
            own = Some(toks[j].word.to_string());
            j += 1;
        }
        // After a title a surname may be a common word: "Dr Hall", "Ms
        // R Hall" (past the initials).
        let initials = toks[j..]
            .iter()
            .take(3)
            .take_while(|t| is_initial(t.word))
            .count();
        let personal = matches!(
            h.word,
            "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Cllr" | "Councillor" | "Cr"
        );
        // (A singular title only with initials: "Councillor. He felt"
        // is no one.)
        let titled = (own.is_some() || (personal && initials > 0))
            && toks.get(j + initials).is_some_and(|t| {
                t.word.starts_with(char::is_uppercase)
                    && t.word.chars().skip(1).all(char::is_lowercase)
                    && t.word.len() > 1
            });
        let name = read_name(toks, j).or_else(|| {
            titled.then(|| {
                let words = toks[j..=j + initials]
                    .iter()
                    .map(|t| t.word.to_string())
                    .collect();
                (words, j + initials + 1)
            })
        });
        let Some((words, next)) = name else {
            break;
        };
        let mut m = Mention {
            words,
            honorific: Some(own.unwrap_or_else(|| hon.clone())),
            role: None,
            start: if out.is_empty() {
                t.start
            } else {
                toks[j].start
            },
            end: toks[next - 1].end,
            short: false,
        };
        j = next;
        if !plural {
            // "Head of Planning (Mr L Moss), Democratic Services Officer
            // (Ms N Owen)": a name in brackets is the post's before it;
            // the post after it is the next name's, and names no one.
            let bracketed = t.bracket && toks[j - 1].ends(b")");
            // "Cr A Ross (Mayor), Cr B Kent (Deputy Mayor)": a post in
            // brackets after the name.
            let post_after = || {
                if !toks.get(j)?.bracket {
                    return None;
                }
                let end = toks[j..]
                    .iter()
                    .take(6)
                    .position(|t| t.ends(b")"))
                    .map(|k| j + k + 1)?;
                let inner = &toks[j..end];
                // Words of a post, not a name's initials.
                if !inner
                    .iter()
                    .all(|t| starts_upper(t.word) && !is_initial(t.word))
                {
                    return None;
                }
                Some((post_words(inner)?, end))
            };
            if bracketed {
                m.role = post_before(toks, i);
                if let Some((_, after)) = read_role(toks, j) {
                    j = after;
                }
            } else if let Some((role, end)) = post_after() {
                m.role = Some(role);
                m.end = toks[end - 1].end;
                j = end;
            } else if let Some((role, after)) = read_role(toks, j)
                // "Mrs Claire Cann – Chairman, Mr Tom Foy": a post after a
                // dash.
                .or_else(|| {
                    toks.get(j)
                        .filter(|t| matches!(t.word, "–" | "—" | "-"))
                        .and_then(|_| read_role(toks, j + 1))
                })
            {
                m.role = Some(role);
                m.end = toks[after - 1].end;
                j = after;
            }
            out.push(m);
            break;
        }
        // "Lorraine Lauder MBE": letters after the name.
        while j < toks.len() && POST_NOMINALS.contains(&toks[j].word) {
            j += 1;
        }
        // "Noakes (Vice-Chairman),": the member's role in brackets (not
        // "(due to mayoral business)", why the member was away).
        if j < toks.len() && toks[j].bracket {
            let from = j;
            while j < toks.len() && !toks[j].ends(b")") {
                j += 1;
            }
            j = (j + 1).min(toks.len());
            if starts_upper(toks[from].word) {
                let role: Vec<&str> =
                    toks[from..j].iter().map(|t| t.word).collect();
                m.role = Some(role.join(" "));
                m.end = toks[j - 1].end;
            }
        }
        // ("Mrs D Clements M Leamon": the next name straight after.)
        let run_on = opens_with_initial(&m.words)
            && toks.get(j).is_some_and(initial_token);
        out.push(m);
        // Lists go on after a comma or "and".
        let sep = toks[j - 1].ends(b",") || run_on;
        if joins(toks, j) {
            j += 1;
        } else if !sep {
            break;
        }
        // "... and County Councillor Joseph Davies" starts a new mention.
        if j < toks.len()
            && (PLURAL.contains(toks[j].word)
                || toks[j].word.starts_with("Councillor")
                || toks[j].word.starts_with("Cllr")
                || toks[j].word.starts_with("Cyng")
                || matches!(toks[j].word, "County" | "Borough" | "District"))
        {
            break;
        }
    }
    if out.is_empty() {
        return None;
    }
    Some((out, j))
}

/// Honours and posts written as letters after a name.
const POST_NOMINALS: &[&str] = &[
    "MBE", "OBE", "CBE", "KBE", "DBE", "BEM", "JP", "DL", "QC", "KC", "MP",
    "MSP", "MLA", "MS", "AM",
];

/// A role phrase after a name: "Cabinet member for Children and Young
/// people", or after a comma, "Interim Strategic Director of ...".
fn read_role(toks: &[Tok<'_>], i: usize) -> Option<(String, usize)> {
    let comma = i > 0 && toks[i - 1].ends(b",");
    let first = toks.get(i)?;
    if !first.word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut j = i;
    let mut has_role_word = false;
    let mut end = i;
    while j < toks.len() && j - i < 14 {
        let t = toks[j];
        // "Doran Cote, Community Development Director Meg Beekman, ...":
        // the next person's post and name, not a role of the one before.
        if j > i && starts_name(toks, j) {
            return None;
        }
        // "David Harlow, Tracy Knights (Lengthsman & Parish Footpath
        // Officer)": the next person, with a post of her own in brackets,
        // where words with no post among them open a bracket.
        if j > i
            && t.bracket
            && !toks[i].bracket
            && !toks[i..j].iter().any(|t| ROLE_WORDS.contains(t.word))
        {
            return None;
        }
        let cap = t.word.starts_with(|c: char| c.is_uppercase());
        if cap && HONORIFICS.contains(t.word) {
            // "Mayor Graham Smith, Deputy Mayor James Leslie": the next
            // person's title, not a role of the one before.
            // (But "Staff Officer (Ms. E. Buckley)" names the holder.)
            // ("Chairman Cllr P Norris, Vice chair Cllr D Deighton".)
            if j > i
                && toks[j - 1].punct.is_empty()
                && !t.bracket
                && toks[i..j].iter().all(|t| {
                    ROLE_WORDS.contains(t.word)
                        || (ROLE_LOWER.contains(t.word)
                            && !CONNECTORS.contains(t.word))
                })
            {
                return None;
            }
            break;
        }
        if !(cap || ROLE_LOWER.contains(t.word)) {
            break;
        }
        if ROLE_WORDS.contains(t.word) {
            has_role_word = true;
        }
        j += 1;
        if !CONNECTORS.contains(t.word) {
            end = j;
        }
        // A comma before a lower-case word ends the role ("..., who").
        if t.ends(b",")
            && toks.get(j).is_some_and(|n| {
                !n.word.starts_with(|c: char| c.is_uppercase())
            })
        {
            break;
        }
        if t.ends(b".;:)") {
            break;
        }
    }
    if !has_role_word || end == i {
        return None;
    }
    // "Mayor Jones, Council Member Smith.", "Co-Chair Kinton, Co-Chair
    // McMullen, Noel Busck": the next person, titled.
    let titled = |k: usize| {
        matches!(
            toks[k].word,
            "Member"
                | "Mayor"
                | "Chair"
                | "Director"
                | "Commissioner"
                | "Inspector"
                | "Superintendent"
                | "Sergeant"
                | "President"
                | "Vice-Chair"
                | "Co-Chair"
        ) && toks[k].punct.is_empty()
            && is_name_word(toks[k + 1].word)
            && !ROLE_WORDS.contains(toks[k + 1].word)
    };
    if end - i >= 2
        && (titled(end - 2) || titled(i) || (end - i > 2 && titled(i + 1)))
    {
        return None;
    }
    // A role opens with a role word, or comes after a comma.
    if !comma && !ROLE_WORDS.contains(first.word) {
        return None;
    }
    let role = toks[i..end]
        .iter()
        .enumerate()
        .map(|(k, t)| {
            if k + 1 < end - i && t.ends(b",") {
                format!("{},", t.word)
            } else {
                t.word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some((role, end))
}

/// Whether a name of two words starts at token `j`, right after a post's
/// last word ("Director Meg Beekman,", "Public Works Doran Cote,"): two
/// name words, the second ending the element.
fn starts_name(toks: &[Tok<'_>], j: usize) -> bool {
    let prev = &toks[j - 1];
    let post = ROLE_WORDS.contains(prev.word) || STOP.contains(prev.word);
    let name = |t: &Tok<'_>| {
        is_name_word(t.word)
            && !ROLE_WORDS.contains(t.word)
            && !CONNECTORS.contains(t.word)
    };
    // ("Vice Chairman S Lintern": initials, then the surname.)
    let initials = toks[j..]
        .iter()
        .take(3)
        .take_while(|t| is_initial(t.word) && t.punct.is_empty())
        .count();
    post && prev.punct.is_empty()
        && ((initials > 0 && toks.get(j + initials).is_some_and(name))
            || (name(&toks[j])
                && toks[j].punct.is_empty()
                && toks.get(j + 1).is_some_and(|n| {
                    name(n)
                        && (n.ends(b",;.")
                            || toks.get(j + 2).is_none_or(|a| a.word == "and"))
                })))
}

/// "Chief Executive Geoff Little": role words, then a two-word name.
fn role_led(toks: &[Tok<'_>], i: usize) -> Option<(Mention, usize)> {
    // "City Manager Tom Ulrich", "Planning Director Amy Xu": whose post
    // it is may come first.
    let qualifies = |w: &str| {
        matches!(
            w,
            "City"
                | "County"
                | "Town"
                | "Village"
                | "Borough"
                | "Parish"
                | "State"
                | "Board"
                | "Committee"
                | "General"
                | "Acting"
                | "Police"
                | "Fire"
                | "Planning"
                | "Finance"
                | "Legal"
                | "Housing"
                | "Transport"
                | "Highways"
                | "Development"
                | "Community"
                | "Public"
                | "Works"
                | "Engineering"
                | "Environment"
                | "Health"
        )
    };
    let mut j = i;
    while j < toks.len()
        && (ROLE_WORDS.contains(toks[j].word) || qualifies(toks[j].word))
        && toks[j].punct.is_empty()
    {
        j += 1;
    }
    // The post ends with a role word.
    while j > i && !ROLE_WORDS.contains(toks[j - 1].word) {
        j -= 1;
    }
    if j == i || j - i > 4 {
        return None;
    }
    let (words, next) = read_name(toks, j)?;
    if words.len() < 2 || is_initial(&words[0]) && words.len() < 2 {
        return None;
    }
    let role = toks[i..j]
        .iter()
        .map(|t| t.word)
        .collect::<Vec<_>>()
        .join(" ");
    Some((
        Mention {
            words,
            honorific: None,
            role: Some(role),
            start: toks[i].start,
            end: toks[next - 1].end,
            short: false,
        },
        next,
    ))
}

/// "Joanne Burns reflected", "Wendy Young Head of Service for SEND
/// spoke", "Rose Durban, Interim Strategic Director": a name without
/// honorific must be followed by a role, a verb or ", who". A lone word
/// followed by a verb ("Jeanette added") is a short reference.
fn bare_mention(toks: &[Tok<'_>], i: usize) -> Option<(Mention, usize)> {
    let t = toks[i];
    if !is_name_word(t.word) {
        return None;
    }
    let mut j = i + 1;
    while j < toks.len()
        && j - i < 3
        && toks[j - 1].punct.is_empty()
        && !toks[j].bracket
        && is_name_word(toks[j].word)
    {
        j += 1;
    }
    // Most capitalised words name no one: the words are copied only
    // once the mention is certain.
    let words = || toks[i..j].iter().map(|t| t.word.to_string()).collect();
    let last = toks[j - 1];
    // "(General Manager Infrastructure and Asset Management),": the end
    // of a post in a bracket opened before these words, not a name (but
    // "(Ms.\nKaren Butler)" is one).
    if last.punct.starts_with(')')
        && !t.bracket
        && ROLE_WORDS.contains(last.word)
    {
        return None;
    }
    let next = toks.get(j);
    let verb =
        last.punct.is_empty() && next.is_some_and(|n| VERBS.contains(n.word));
    let who =
        last.punct.starts_with(',') && next.is_some_and(|n| n.word == "who");
    // "Director Community Services (Antoinette Campbell)": a whole name
    // in brackets after a role.
    // (Not "Mrs E Hamilton (West Wittering)": a ward after a titled
    // name.)
    let bracketed = t.bracket
        && last.punct.starts_with(')')
        && i > 0
        && toks[i - 1].word.starts_with(char::is_uppercase)
        && toks[i - 1].punct.is_empty()
        && !toks[i.saturating_sub(4)..i]
            .iter()
            .any(|t| honorific(t.word));
    if j - i == 1 {
        if !verb {
            return None;
        }
        return Some((
            Mention {
                words: words(),
                honorific: None,
                role: None,
                start: t.start,
                end: t.end,
                short: true,
            },
            j,
        ));
    }
    let mut m = Mention {
        words: Vec::new(),
        honorific: None,
        role: None,
        start: t.start,
        end: last.end,
        short: false,
    };
    // "Gerald Goldstein, a Moorpark resident, spoke": a name, then who
    // the person is.
    let resident = last.punct.starts_with(',')
        && next.is_some_and(|n| n.word == "a" || n.word == "an")
        && toks[j..]
            .iter()
            .take(5)
            .any(|t| t.word == "resident" || t.word == "member");
    if verb || who || bracketed || resident {
        m.words = words();
        return Some((m, j));
    }
    let (role, after) = read_role(toks, j)?;
    m.words = words();
    m.role = Some(role);
    m.end = toks[after - 1].end;
    Some((m, after))
}

/// Two name forms can name the same person: same surname, and first
/// names equal or one an initial of the other (or missing).
pub fn compatible(a: &[String], b: &[String]) -> bool {
    let (Some((fa, sa)), Some((fb, sb))) =
        (initial_first(a), initial_first(b))
    else {
        return false;
    };
    if !sa.eq_ignore_ascii_case(sb) {
        return false;
    }
    // A first name only where there are two words or more.
    let (fa, fb) = ((a.len() > 1).then_some(fa), (b.len() > 1).then_some(fb));
    match (fa, fb) {
        (Some(x), Some(y)) => {
            let x = x.trim_end_matches('.');
            let y = y.trim_end_matches('.');
            x.eq_ignore_ascii_case(y)
                || (x.chars().count() == 1 && y.starts_with(x))
                || (y.chars().count() == 1 && x.starts_with(y))
        }
        _ => true,
    }
}

/// The first and last of a name's words, "Ryan (E)" read as "E. Ryan",
/// to compare with other forms of the name; `None` for no words.
fn initial_first(words: &[String]) -> Option<(&str, &str)> {
    match words {
        [] => None,
        [.., before, last] if last.starts_with('(') && last.ends_with(')') => {
            Some((last.trim_matches(['(', ')']), before))
        }
        [first, .., last] => Some((first, last)),
        [only] => Some((only, only)),
    }
}

/// The surname: the last word, or the one before a bracketed initial.
pub fn surname(words: &[String]) -> &str {
    initial_first(words).map_or("", |(_, last)| last)
}

/// Whether `words` is written "Surname (I)".
pub fn has_bracket_initial(words: &[String]) -> bool {
    words.last().is_some_and(|w| w.starts_with('('))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_number_is_not_its_text() {
        for (text, rest) in [
            ("2. Apologies", "Apologies"),
            ("12) Present: A", "Present: A"),
            ("5.1. There were", "There were"),
            ("5.1 There were", "There were"),
            ("2004 was a year", "2004 was a year"),
            ("5 apples", "5 apples"),
            ("1.5m of rain", "1.5m of rain"),
        ] {
            assert_eq!(without_number(text), rest, "{text}");
        }
    }

    fn names(
        text: &str,
    ) -> Vec<(String, Option<String>, Option<String>, bool)> {
        mentions(text)
            .into_iter()
            .map(|m| (m.name(), m.honorific.clone(), m.role.clone(), m.short))
            .collect()
    }

    #[test]
    fn punctuation_after_a_word_is_trimmed() {
        for (raw, word) in [
            ("Smith,", "Smith"),
            ("Smith).", "Smith"),
            ("Burns.”", "Burns"),
            ("“Quoted”", "“Quoted"),
            ("Ó’Dálaigh:", "Ó’Dálaigh"),
            ("”,", ""),
            ("plain", "plain"),
        ] {
            assert_eq!(trim_punct(raw), word, "{raw}");
        }
    }

    fn listed_names(text: &str) -> Vec<String> {
        mentions(text).iter().map(Mention::name).collect()
    }

    #[test]
    fn a_possessive_is_not_part_of_the_name() {
        assert_eq!(
            listed_names(
                "Following discussion of Mr. Hulbert's request the board agreed."
            ),
            ["Hulbert"]
        );
        assert_eq!(
            listed_names(
                "Select Board: Andrew Manners, Andrea Hodge, Kathy Scott"
            ),
            ["Andrew Manners", "Andrea Hodge", "Kathy Scott"]
        );
    }

    #[test]
    fn capitalised_words_after_an_article_name_a_thing() {
        assert!(
            listed_names(
                "Members discussed the Draft Flood Risk Management Plans and the Denver Metro Chamber."
            )
            .is_empty()
        );
        // A titled name after such words is still read.
        assert_eq!(
            listed_names(
                "On behalf of the Council Cllr Jane Smith thanked staff."
            ),
            ["Jane Smith"]
        );
    }

    #[test]
    fn a_given_name_before_and_shares_the_surname_after_it() {
        assert_eq!(
            listed_names(
                "Attendees: Dianne Trani, Mike Cuadra, Bekah and Matt Gautrowski, Osboldo Hernandez"
            ),
            [
                "Dianne Trani",
                "Mike Cuadra",
                "Bekah Gautrowski",
                "Matt Gautrowski",
                "Osboldo Hernandez"
            ]
        );
        // Two elements only: nothing says "Bekah" is a given name.
        assert_eq!(
            listed_names("Attendees: Bekah and Matt Gautrowski"),
            ["Bekah", "Matt Gautrowski"]
        );
        // A list with more than one lone word is a list of surnames.
        assert_eq!(
            listed_names("Present: Harper, Mikos and Mary Hunter, Jo Smith"),
            ["Harper", "Mikos", "Mary Hunter", "Jo Smith"]
        );
    }

    #[test]
    fn a_common_word_is_a_surname_after_a_title_and_initials() {
        assert_eq!(listed_names("Ms R Hall - Executive Director"), ["R Hall"]);
        assert_eq!(
            listed_names("Mr J. K. Church and Cllr P Marsh"),
            ["J K Church", "P Marsh"]
        );
        // Not a sentence's first word after a title ending the last.
        assert!(listed_names("a local Councillor. He felt").is_empty());
    }

    #[test]
    fn a_month_may_be_a_given_name_in_a_list() {
        assert_eq!(
            listed_names(
                "Councilmembers Marquita Butler, April Graves, and Dan Ryan."
            ),
            ["Marquita Butler", "April Graves", "Dan Ryan"]
        );
        // Not in a sentence.
        assert!(
            !listed_names("It was held in May Smith said.")
                .iter()
                .any(|n| n.starts_with("May"))
        );
    }

    fn name_list(text: &str) -> Vec<String> {
        mentions(text)
            .into_iter()
            .filter(|m| !m.short)
            .map(|m| m.name())
            .collect()
    }

    #[test]
    fn honorific_name_and_role() {
        let got = names(
            "Councillor L Smith Cabinet member for Children and Young people provided an overview",
        );
        assert_eq!(
            got,
            vec![(
                "L Smith".into(),
                Some("Councillor".into()),
                Some("Cabinet member for Children and Young people".into()),
                false
            )]
        );
    }

    #[test]
    fn role_after_comma() {
        let got = names(
            "Following consideration, Councillor Tamoor Tariq, Cabinet Member for Children, Young People and Skills, presented the report",
        );
        assert_eq!(got[0].0, "Tamoor Tariq");
        assert_eq!(
            got[0].2.as_deref(),
            Some("Cabinet Member for Children, Young People and Skills")
        );
    }

    #[test]
    fn bare_names_need_a_verb_or_role() {
        assert_eq!(
            name_list("Joanne Burns reflected positively"),
            ["Joanne Burns"]
        );
        assert_eq!(
            names("Wendy Young Head of Service for SEND spoke about")[0]
                .2
                .as_deref(),
            Some("Head of Service for SEND")
        );
        assert_eq!(
            name_list(
                "Rose Durban, Interim Strategic Director of Children, Schools and Families."
            ),
            ["Rose Durban"]
        );
        assert!(
            name_list("Significant improvement activities were noted")
                .is_empty()
        );
        assert!(
            name_list("It was confirmed that Tina Russell was appointed")
                .is_empty()
        );
        assert!(name_list("The Cabinet Member reported that").is_empty());
        assert!(name_list("Democratic Services will facilitate").is_empty());
    }

    #[test]
    fn short_references() {
        let got = names("Jeanette added that nationally");
        assert_eq!(got, vec![("Jeanette".into(), None, None, true)]);
        assert!(names("Officers explained that").is_empty());
    }

    #[test]
    fn places_posts_and_departments_are_not_names() {
        assert!(
            name_list(
                "A statement was read out by the Southern Area Manager – Development Management."
            )
            .is_empty()
        );
        assert!(
            name_list(
                "VENUE: Linton Customer Service Centre Council Chambers"
            )
            .is_empty()
        );
        assert_eq!(
            name_list("Commissioner Nick Fish Position No. 2 Housing Bureau"),
            ["Nick Fish"]
        );
        assert_eq!(
            name_list(
                "Manager Communications and Marketing (Craig Ogborn) Māori Partnership Manager (Morehu Thompson)"
            ),
            ["Craig Ogborn", "Morehu Thompson"]
        );
        assert!(name_list("Adams: Please read the title.").is_empty());
        // A roll-call table's status column.
        assert!(!is_name_word("Arrived") && !is_name_word("Excused"));
        // A surname that ends like a plural noun.
        assert_eq!(
            name_list("Cllr Mrs D Clements (Vice-Chair), Cllr M Hand."),
            ["D Clements", "M Hand"]
        );
    }

    #[test]
    fn role_led_names() {
        assert_eq!(
            name_list(
                "Cllr Pilkington and Chief Executive Geoff Little, left the meeting."
            ),
            ["Pilkington", "Geoff Little"]
        );
    }

    #[test]
    fn lists_after_plural_honorific() {
        assert_eq!(
            name_list(
                "Apologies received from Cllrs. Kim Davies, Hubert Gwynne, Dorian Jenkins and Doris Jones."
            ),
            [
                "Kim Davies",
                "Hubert Gwynne",
                "Dorian Jenkins",
                "Doris Jones"
            ]
        );
        assert_eq!(
            name_list(
                "from Councillors Gregson, Hirrell, O'Neill, Marshall and Witter."
            ),
            ["Gregson", "Hirrell", "O'Neill", "Marshall", "Witter"]
        );
        assert_eq!(
            name_list(
                "Councillors Alun Davies, Arwel Davies and County Councillor Joseph Davies."
            ),
            ["Alun Davies", "Arwel Davies", "Joseph Davies"]
        );
    }

    #[test]
    fn lists_with_roles_in_brackets() {
        assert_eq!(
            name_list(
                "Councillors Noakes (Vice-Chairman), Backhouse, Mrs Cobbold, Elliott, Dr Hall, Patterson and Webb"
            ),
            [
                "Noakes",
                "Backhouse",
                "Cobbold",
                "Elliott",
                "Hall",
                "Patterson",
                "Webb"
            ]
        );
        assert_eq!(
            name_list(
                "Officers in Attendance: Tim Archer (Principal Planning Officer), Cheryl Clark (Democratic Services Officer) and Charlotte Oben (Planning Officer)"
            ),
            ["Tim Archer", "Cheryl Clark", "Charlotte Oben"]
        );
    }

    #[test]
    fn names_in_brackets_after_roles() {
        assert_eq!(
            name_list(
                "Director Community Services (Antoinette Campbell) Director City Strategy (Richard Munneke) Manager Communications (Craig Ogborn)"
            ),
            ["Antoinette Campbell", "Richard Munneke", "Craig Ogborn"]
        );
        assert_eq!(
            name_list(
                "Staff Present: Captain Richard Diaz, Sheriff's Department; Nancy Burns, Senior Management Analyst; Julie C. T. Hernandez, Senior Management Analyst."
            ),
            ["Nancy Burns", "Julie C. T. Hernandez", "Richard Diaz"]
        );
        assert_eq!(
            name_list(
                "Gerald Goldstein, a Moorpark resident, spoke about crime."
            ),
            ["Gerald Goldstein"]
        );
        assert_eq!(
            name_list("Present: A. Muir, C. Anderson , S. Leet , G. Gillett"),
            ["A. Muir", "C. Anderson", "S. Leet", "G. Gillett"]
        );
    }

    #[test]
    fn departments_after_a_role_are_not_names() {
        // A list of posts: the words after each role name a department.
        assert_eq!(
            listed_names(
                "Present: Manager Administration, Director Planning & Environment, Manager Engineering, Senior Administration Officer and Jo Smith"
            ),
            ["Jo Smith"]
        );
        // A surname after a role is still a name.
        assert_eq!(
            listed_names("Present: Chair Kemp; Councillors Brohl and Busck"),
            ["Kemp", "Brohl", "Busck"]
        );
        // "-tion" words are departments wherever they stand.
        assert_eq!(
            listed_names("Director Transportation Anthony Foxx spoke."),
            ["Anthony Foxx"]
        );
    }

    #[test]
    fn a_name_in_brackets_holds_the_post_before_it() {
        let got = names(
            "Officers: Head of Planning (Mr L Moss), Director, Housing Development (Ms A Duke), Democratic Services Officer (Ms N Owen)",
        );
        let roles: Vec<_> = got
            .iter()
            .map(|(n, _, r, _)| (n.as_str(), r.as_deref()))
            .collect();
        assert_eq!(
            roles,
            [
                ("L Moss", Some("Head of Planning")),
                ("A Duke", Some("Director, Housing Development")),
                ("N Owen", Some("Democratic Services Officer")),
            ]
        );
    }

    #[test]
    fn a_sentence_of_names_only() {
        assert!(names_only(
            "Cllr L Watson and Cllr J Foster (family commitment), Cllr A Hart (work commitment) and Cllr H Allsopp (leave). The meeting accepted these."
        ));
        assert!(!names_only(
            "Cllr. O. Williams took the Chair and welcomed everyone."
        ));
        assert!(!names_only("No apologies were received."));
    }

    #[test]
    fn attendance_lists() {
        assert_eq!(
            name_list(
                "Councillors Benson, Butler, Collins (B), Collins (J), Costelloe, Novak Uí Chonchúir, O’Brien."
            ),
            [
                "Benson",
                "Butler",
                "Collins (B)",
                "Collins (J)",
                "Costelloe",
                "Novak Uí Chonchúir",
                "O’Brien"
            ]
        );
        assert_eq!(
            name_list(
                "Chief Executive (Mr. P. Daly), Director, Housing Development (Ms. A. Duke),"
            ),
            ["P. Daly", "A. Duke"]
        );
        assert_eq!(
            name_list(
                "Directors present: Janice Lichtenwaldt, Lindsey Webb, Ellen Beck, and Kathleen Braden"
            ),
            [
                "Janice Lichtenwaldt",
                "Lindsey Webb",
                "Ellen Beck",
                "Kathleen Braden"
            ]
        );
        assert!(
            name_list("Present: the Clerk and members of the public")
                .is_empty()
        );
    }

    #[test]
    fn initials_with_dots() {
        assert_eq!(
            name_list("Cllr. O. Williams took the Chair"),
            ["O. Williams"]
        );
        assert_eq!(
            name_list("Apologies were received from Mr A Booth."),
            ["A Booth"]
        );
        assert_eq!(name_list("Cllr Mrs Clements proposed"), ["Clements"]);
    }

    #[test]
    fn compatible_names() {
        let v = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(compatible(&v("L Smith"), &v("Lucy Smith")));
        assert!(compatible(&v("Smith"), &v("Lucy Smith")));
        assert!(!compatible(&v("Lucy Smith"), &v("Mary Smith")));
        assert!(!compatible(&v("Alun Davies"), &v("Arwel Davies")));
        assert!(compatible(&v("O. Williams"), &v("Owen Williams")));
        // A letter in brackets tells two members apart: "Ryan (E)" is
        // E. Ryan, not M. Ryan.
        assert!(compatible(&v("Ryan (E)"), &v("E. Ryan")));
        assert!(compatible(&v("Ryan (E)"), &v("Ryan")));
        assert!(!compatible(&v("Ryan (E)"), &v("M. Ryan")));
        assert!(!compatible(&v("Ryan (E)"), &v("Ryan (M)")));
        assert_eq!(surname(&v("Collins (B)")), "Collins");
        assert_eq!(surname(&v("Collins")), "Collins");
        assert_eq!(surname(&[]), "");
    }
}
