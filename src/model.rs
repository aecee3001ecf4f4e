//! The output records: plain serde types that every stage fills in and
//! every writer reads. Schema "minutes/1"; the README's "Output schema"
//! section documents each field. Missing values serialise as `null` or
//! `[]`, never as `""` and never skipped, so the shape stays fixed.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

/// Schema identifier written into every [`Document`].
pub const SCHEMA: &str = "minutes/1";

/// Where a piece of output came from: `text[start..end]` of the decoded
/// source is the original wording; `line` is the 1-based line of `start`.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    JsonSchema,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
}

impl Span {
    /// The span from the start of `self` to the end of `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.end.max(self.start),
            line: self.line,
        }
    }
}

/// One input file turned into records.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Document {
    /// Always "minutes/1".
    #[schemars(extend("const" = SCHEMA))]
    pub schema: &'static str,
    pub source: Source,
    pub meeting: Meeting,
    pub items: Vec<Item>,
    /// Lines before the first agenda item that are not meeting details.
    pub other: Vec<Block>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The file the document was read from.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Source {
    /// The path as given (or walked to); `-` for standard input.
    pub path: String,
    /// Size of the raw input in bytes, before decoding.
    pub bytes: usize,
    /// The encoding the bytes were decoded from, e.g. `UTF-8`.
    pub encoding: String,
    /// SHA-256 of the raw input, lower-case hex: the same bytes always
    /// give the same value, whatever the path.
    pub sha256: String,
}

/// The meeting the minutes record.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Meeting {
    /// The committee or council that met, e.g. "Cabinet".
    pub body: Option<String>,
    /// The date of the meeting, ISO 8601.
    pub date: Option<NaiveDate>,
    /// The line the body and date were read from.
    pub span: Option<Span>,
    /// When the meeting started, "HH:MM" on a 24-hour clock.
    pub start_time: Option<String>,
    /// Where it was held, as written: "Council Chamber, County Hall".
    pub venue: Option<String>,
    /// People recorded as present at the meeting as a whole.
    pub attendees: Vec<Person>,
    /// People recorded as sending apologies or absent.
    pub apologies: Vec<Person>,
}

/// One agenda item.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Item {
    /// The agenda number as written ("17", "77/21", "5"), without dots.
    pub number: Option<String>,
    /// The agenda heading, without its number.
    pub heading: Option<String>,
    pub heading_span: Option<Span>,
    /// What the item is for ("The purpose of this report is ...").
    pub purpose: Option<String>,
    pub purpose_span: Option<Span>,
    /// From the item's first line to its last.
    pub span: Span,
    /// Named people who took part in this item.
    pub attendees: Vec<Person>,
    pub discussion: Vec<Point>,
    pub resolutions: Vec<Resolution>,
    pub documents: Vec<SupportingDocument>,
    /// Declarations of interest made under the item.
    pub declarations: Vec<Declaration>,
    /// Tasks the minutes give someone ("ACTION: Clerk").
    pub actions: Vec<Action>,
    /// Everything else in the item, kept verbatim: labels, boilerplate,
    /// meeting lines, attendance lists, unclassified text.
    pub other: Vec<Block>,
}

/// A named person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Person {
    /// The name without honorific: "L Smith", "Jeanette Richards".
    pub name: String,
    /// "Councillor", "Cllr", "Mr", ... as written.
    pub honorific: Option<String>,
    /// The role the text gives, e.g. "Head of Service for SEND".
    pub role: Option<String>,
    /// The fullest mention of the person.
    pub span: Span,
}

/// One discussion point: a paragraph or numbered point of the minutes,
/// with its sub-points ("a.", "b.") kept inside.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Point {
    /// The point's own number ("1", "33.3"), if it has one.
    pub number: Option<String>,
    pub text: String,
    /// Names of the attendees who speak or act in this point.
    pub speakers: Vec<String>,
    pub span: Span,
}

/// One decision of the meeting.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Resolution {
    /// The decision, without bullet, numbering or "RESOLVED".
    pub text: String,
    pub span: Span,
    /// The decision was read from a sentence inside the discussion point
    /// at `span` ("... It was proposed by X, seconded by Y and agreed
    /// that ..."), which keeps the whole paragraph; or from a paragraph
    /// that is the decision and nothing else but says more than its
    /// wording (who proposed it, the cheques it approved), which an
    /// `other` block keeps verbatim.
    pub in_discussion: bool,
    /// The motion, where the text records a mover, seconder or vote.
    /// (Boxed: most resolutions have none, and a budget can hold
    /// thousands of resolutions.)
    pub motion: Option<Box<Motion>>,
}

/// Who moved a resolution and how the vote went.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Motion {
    /// The proposer's name as written, without honorific.
    pub mover: Option<String>,
    pub seconder: Option<String>,
    pub outcome: Option<MotionOutcome>,
    /// "unanimously", "nem con".
    pub unanimous: bool,
    pub votes_for: Option<u32>,
    pub votes_against: Option<u32>,
    pub abstentions: Option<u32>,
    /// The count as written: "4 Votes for 2 Votes against".
    pub tally: Option<String>,
    /// Named votes from a roll call ("Ayes: Fish, Fritz; Nays: Adams",
    /// "Janet Keough yea, Dick Dillon nay").
    pub votes: Vec<Vote>,
}

/// One member's recorded vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Vote {
    /// The name as written, without honorific.
    pub name: String,
    pub option: VoteOption,
}

/// How a member voted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VoteOption {
    Yes,
    No,
    Abstain,
    Absent,
}

/// How a motion ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MotionOutcome {
    Carried,
    Lost,
    Agreed,
    Noted,
    Deferred,
    Withdrawn,
}

/// A declaration of interest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Declaration {
    /// The members who declared, as named; empty for "None".
    pub members: Vec<String>,
    /// The item or matter the interest is in, as written.
    pub subject: Option<String>,
    /// The kind of interest, where the text says.
    pub kind: Option<InterestKind>,
    /// The member left the room (or took no part) for the matter.
    pub left_room: bool,
    /// "None", "No declarations were made": no interests declared.
    pub none: bool,
    /// The text the declaration was read from.
    pub span: Span,
}

/// Kinds of interest in UK, Irish, Australian and NZ codes of conduct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterestKind {
    /// "Disclosable pecuniary interest", "pecuniary interest".
    Pecuniary,
    Prejudicial,
    Personal,
    OtherRegistrable,
    NonRegistrable,
    /// "Significant other interest", "significant interest".
    Significant,
    /// "Conflict of interest" with no other kind named.
    Conflict,
}

/// A task the minutes assign: "ACTION: Clerk to write to Highways".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Action {
    /// What is to be done: the point's text without the action tag.
    pub text: String,
    /// Who is to do it, as written: "Clerk", "Cllr Smith".
    pub owner: Option<String>,
    pub span: Span,
}

/// A report or appendix published with the item.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SupportingDocument {
    pub title: String,
    /// "PDF", "DOCX", ... when given.
    pub format: Option<String>,
    /// "411 KB" when given.
    pub size: Option<String>,
    pub span: Span,
}

/// A run of source lines kept verbatim because no field holds them.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub span: Span,
}

/// What a verbatim [`Block`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Page furniture such as "Agenda item" or "Issue - meetings".
    Boilerplate,
    /// A section label such as "Minutes:".
    Label,
    /// The line giving the meeting's body and date.
    Meeting,
    /// The item heading said again, with its number.
    Heading,
    /// A list of people present or declaring interests.
    Attendance,
    /// Introduces resolutions ("It was agreed:") without holding one.
    ResolutionIntro,
    /// Text no other field holds.
    Text,
}

/// Something odd about the input that a user should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Diagnostic {
    pub code: DiagnosticCode,
    pub level: Level,
    pub message: String,
    /// The 1-based line it concerns, if any.
    pub line: Option<usize>,
}

/// How much a diagnostic matters; `--strict` fails on warnings.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Info,
    Warning,
}

/// Machine-readable diagnostic codes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticCode {
    /// The file holds no text at all.
    Empty,
    /// The bytes were not UTF-8 and were decoded another way.
    Encoding,
    /// The text was cut off ("... view the full minutes text").
    Truncated,
    /// An item has no "Minutes:" section.
    NoMinutes,
    /// No resolution was found in the document.
    NoResolutions,
    /// A line looks garbled (words run together, mojibake).
    Garbled,
}

impl Diagnostic {
    pub fn new(
        code: DiagnosticCode,
        level: Level,
        message: impl Into<String>,
        line: Option<usize>,
    ) -> Self {
        Diagnostic {
            code,
            level,
            message: message.into(),
            line,
        }
    }
}
