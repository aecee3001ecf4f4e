//! Layouts of councils outside the corpus, each written out here in a
//! few lines of invented text: what the parser must read from them.

use minutes::model::{
    Document, Item, Motion, MotionOutcome, Person, Resolution,
};
use minutes::{Options, parse_str};

fn parse(text: &str) -> Document {
    parse_str(text, &Options::default())
}

/// Everyone the document names as present, for the meeting or in any
/// item.
fn people(doc: &Document) -> Vec<&Person> {
    doc.meeting
        .attendees
        .iter()
        .chain(doc.items.iter().flat_map(|i| &i.attendees))
        .collect()
}

/// The names of the meeting's attendees (not any item's).
fn attending(doc: &Document) -> Vec<&str> {
    doc.meeting
        .attendees
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

/// The names of the meeting's apologies.
fn apologies(doc: &Document) -> Vec<&str> {
    doc.meeting
        .apologies
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

fn names(doc: &Document) -> Vec<&str> {
    people(doc).iter().map(|p| p.name.as_str()).collect()
}

/// Each item's number and heading.
fn numbered(doc: &Document) -> Vec<(Option<&str>, Option<&str>)> {
    doc.items
        .iter()
        .map(|i| (i.number.as_deref(), i.heading.as_deref()))
        .collect()
}

/// The role of the person called `name`, who must be there.
fn role_of<'a>(people: &[&'a Person], name: &str) -> Option<&'a str> {
    people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} in {people:#?}"))
        .role
        .as_deref()
}

/// What `f` reads from each resolution of the document and its motion,
/// which every one must have.
fn decided<'a, T>(
    doc: &'a Document,
    f: impl Fn(&'a Resolution, &'a Motion) -> T,
) -> Vec<T> {
    doc.items
        .iter()
        .flat_map(|i| &i.resolutions)
        .map(|r| f(r, r.motion.as_deref().expect("a motion")))
        .collect()
}

/// The texts of an item's resolutions.
fn resolved(item: &Item) -> Vec<&str> {
    item.resolutions.iter().map(|r| r.text.as_str()).collect()
}

/// The items' numbers, "-" for an item without one.
fn numbers(doc: &Document) -> Vec<&str> {
    doc.items
        .iter()
        .map(|i| i.number.as_deref().unwrap_or("-"))
        .collect()
}

fn headings(doc: &Document) -> Vec<Option<&str>> {
    doc.items.iter().map(|i| i.heading.as_deref()).collect()
}

/// A web page of an eScribe-style meeting: the address in the header,
/// staff listed "post, name", items numbered with their titles lost, and
/// each motion as "Moved by:" / "Seconded by:" / "THAT ..." / outcome.
const MOVED_THEN_WORDED: &str = "\
Council Meeting Minutes

Location:
Council Chambers
75 Orchard Road West
Greenfield, Ontario
Members Present:
  • Mayor P. Lindqvist
  • Councillor R. Okafor
  • Councillor T. Brennan
Staff Present:
  • Director of Corporate Services, A. Moreau
  • Manager of Legislative Services / Clerk, J. Whitfield

1.

  • Moved by:Councillor R. Okafor
    Seconded by:Councillor T. Brennan

    THAT the meeting be called to order at 7:02 p.m.

    Motion Carried Unanimously

2.

  • Moved by:Councillor T. Brennan
    Seconded by:Councillor R. Okafor

    THAT the agenda be approved as circulated.

    Motion Defeated
";

#[test]
fn a_motion_worded_after_its_mover_and_seconder_is_a_resolution() {
    let doc = parse(MOVED_THEN_WORDED);
    let numbers: Vec<_> =
        doc.items.iter().map(|i| i.number.as_deref()).collect();
    // The street number is not an item.
    assert_eq!(numbers, [Some("1"), Some("2")]);
    for item in &doc.items {
        // "Moved by" is the motion's, not the item's title.
        assert_eq!(item.heading, None, "{:?}", item.number);
    }
    let res: Vec<_> = doc.items.iter().flat_map(|i| &i.resolutions).collect();
    assert_eq!(res.len(), 2, "{res:#?}");
    assert_eq!(
        res[0].text,
        "THAT the meeting be called to order at 7:02 p.m."
    );
    let m = res[0].motion.as_ref().expect("a motion");
    assert_eq!(m.mover.as_deref(), Some("R. Okafor"));
    assert_eq!(m.seconder.as_deref(), Some("T. Brennan"));
    assert!(m.unanimous);
    let m = res[1].motion.as_ref().expect("a motion");
    assert_eq!(m.mover.as_deref(), Some("T. Brennan"));
    assert_eq!(
        serde_json::to_value(m.outcome).unwrap(),
        serde_json::json!("lost")
    );
}

#[test]
fn staff_listed_by_post_then_name_keep_their_posts() {
    let doc = parse(MOVED_THEN_WORDED);
    let staff: Vec<_> = people(&doc)
        .into_iter()
        .filter(|p| p.role.is_some())
        .map(|p| (p.name.as_str(), p.role.as_deref().unwrap()))
        .collect();
    assert_eq!(
        staff,
        [
            ("A. Moreau", "Director of Corporate Services"),
            ("J. Whitfield", "Manager of Legislative Services / Clerk"),
        ]
    );
    for n in ["P. Lindqvist", "R. Okafor", "T. Brennan"] {
        assert!(names(&doc).contains(&n), "{n}: {:?}", names(&doc));
    }
}

#[test]
fn a_list_of_posts_names_no_one() {
    let doc = parse(
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL\n\n\
         IN ATTENDANCE\n\n\
         General Manager, Director Planning & Environment, Director Works,\n\
         Manager Administration, Manager Engineering, Manager Finance and\n\
         Senior Administration Officer\n",
    );
    assert!(names(&doc).is_empty(), "{:?}", names(&doc));
}

/// A New South Wales council's PDF: the body's name over a title that
/// says only "MEETING OF COUNCIL", arrivals in brackets within the list
/// of councillors, minutes numbered within the year, "RESOLVED on the
/// motion of ...", and a page number over the running head.
const NUMBERED_WITHIN_THE_YEAR: &str = "\
                         RIVERTON COUNCIL

                          MINUTES OF THE
                    ORDINARY MEETING OF COUNCIL
                    ON WEDNESDAY, MARCH 5, 2008

PRESENT

His Worship the Mayor (Clr Dunne), Councillors Ames, Bright (from 6.35pm and until
9.46pm), Corr (from 6.32pm), Drew and Ely

APOLOGY

RESOLVED on the motion of Clr Ames, seconded Clr Ely that
an apology from Clr Fahey be accepted.

THIS IS PAGE NO.1 OF THE ORDINARY MEETING OF COUNCIL HELD MARCH 5, 2008
                                                                     2
RIVERTON COUNCIL

061/08       Disclosure of Interests

There were no disclosures of interest.

062/08       Confirmation of Minutes

RESOLVED on the motion of Clr Drew, seconded Clr Corr that the minutes of 20 February 2008 be confirmed.
";

#[test]
fn minutes_numbered_within_the_year_under_a_running_head() {
    let doc = parse(NUMBERED_WITHIN_THE_YEAR);
    assert_eq!(doc.meeting.body.as_deref(), Some("RIVERTON COUNCIL"));
    let items = numbered(&doc);
    // Not item 2, "RIVERTON COUNCIL": the page number and running head.
    assert_eq!(
        items,
        [
            (None, Some("APOLOGY")),
            (Some("061/08"), Some("Disclosure of Interests")),
            (Some("062/08"), Some("Confirmation of Minutes")),
        ]
    );
    // The times in brackets do not end the list.
    for n in ["Dunne", "Ames", "Bright", "Corr", "Drew", "Ely"] {
        assert!(names(&doc).contains(&n), "{n}: {:?}", names(&doc));
    }
    let res: Vec<_> = doc.items.iter().flat_map(|i| &i.resolutions).collect();
    assert_eq!(res[0].text, "an apology from Clr Fahey be accepted.");
    assert_eq!(res[1].text, "the minutes of 20 February 2008 be confirmed.");
    for (r, mover, seconder) in
        [(res[0], "Ames", "Ely"), (res[1], "Drew", "Corr")]
    {
        let m = r.motion.as_ref().expect("a motion");
        assert_eq!(m.mover.as_deref(), Some(mover));
        assert_eq!(m.seconder.as_deref(), Some(seconder));
    }
}

/// A British Columbia council's minutes as a web page: each item an
/// upper-case title over its resolution number, "It was moved and
/// seconded" over the wording, then the outcome; staff under "Those
/// Present:".
const MOVED_AND_SECONDED: &str = "\
Regular Council Meeting
Monday, July 8, 2013
Present:
Mayor Anna Lindgren
Call to Order:
Mayor Lindgren called the meeting to order at 6:30 p.m.
CLOSURE OF THE MEETING TO THE PUBLIC AND COMPLIANCE WITH THE COMMUNITY CHARTER CLOSED MEETING CRITERIA
RC13/11-1
It was moved and seconded
Council hereby declares that the meeting held on Monday, July 8, 2013, is to be closed to the public.
CARRIED
Those Present: Maria Olsen, Peter Quinn, and Rosa Tanaka.
MINUTES
RC13/11-2
It was moved and seconded
That the minutes of the meeting held on Monday, June 24, 2013, be adopted as circulated.
CARRIED
";

#[test]
fn a_motion_moved_and_seconded_without_names() {
    let doc = parse(MOVED_AND_SECONDED);
    let headings = headings(&doc);
    assert_eq!(
        headings,
        [
            Some(
                "CLOSURE OF THE MEETING TO THE PUBLIC AND COMPLIANCE WITH THE COMMUNITY CHARTER CLOSED MEETING CRITERIA"
            ),
            Some("MINUTES"),
        ]
    );
    let res: Vec<_> = doc
        .items
        .iter()
        .map(|i| {
            let r: Vec<_> = i.resolutions.iter().map(|r| &r.text).collect();
            r
        })
        .collect();
    assert_eq!(
        res,
        [
            vec![
                "Council hereby declares that the meeting held on Monday, July 8, 2013, is to be closed to the public."
            ],
            vec![
                "That the minutes of the meeting held on Monday, June 24, 2013, be adopted as circulated."
            ],
        ]
    );
    for r in doc.items.iter().flat_map(|i| &i.resolutions) {
        let m = r.motion.as_ref().expect("a motion");
        assert_eq!(
            serde_json::to_value(m.outcome).unwrap(),
            serde_json::json!("carried")
        );
    }
    for n in ["Maria Olsen", "Peter Quinn", "Rosa Tanaka"] {
        assert!(names(&doc).contains(&n), "{n}: {:?}", names(&doc));
    }
}

/// An English parish council: each item's minute reference before its
/// number, titles in capitals ending in a full stop, the apologies as a
/// sentence of names under their heading, a table's bar after a number.
const REFERENCED_PARISH: &str = "\
Minutes of Parish Council 22 November 2023

THOSE ATTENDING:

Cllr K Marsh

Cllr G Oduya (Chair)

P047/23      1.         APOLOGIES FOR ABSENCE.

Cllr L Penrose and Cllr J Quayle (family commitment), Cllr A Roth (work commitment). The meeting accepted these reasons.

P048/23      2.         PUBLIC QUESTIONS.

No questions had been received.

3. | Election of Vice-Chairman:
It was proposed by Cllr Marsh, seconded by Cllr Oduya that Cllr Penrose be Vice-Chairman. |
";

#[test]
fn a_parish_with_minute_references_and_apologies_by_name() {
    let doc = parse(REFERENCED_PARISH);
    let items = numbered(&doc);
    assert_eq!(
        items,
        [
            (Some("1"), Some("APOLOGIES FOR ABSENCE.")),
            (Some("2"), Some("PUBLIC QUESTIONS.")),
            (Some("3"), Some("Election of Vice-Chairman")),
        ]
    );
    let apologies = apologies(&doc);
    assert_eq!(apologies, ["L Penrose", "J Quayle", "A Roth"]);
}

/// A Minnesota city council: a title block in capitals over "Minutes
/// of the Regular Meeting", motions moved and seconded in sentences of
/// their own, the vote as counts on two lines.
const COUNTED: &str = "\
CITY OF LAKEHAVEN
WASHBURN COUNTY
STATE OF MINNESOTA

Minutes of the Regular Meeting
Tuesday, September 7, 2010

CALL TO ORDER

Mayor Hedlund called the meeting to order at 7:00 p.m. The following members were present: Councilmembers Aalto, Berg, Carlson and Dahl.

AGENDA ADOPTION

Councilmember Aalto moved adoption of the agenda as presented.

Councilmember Berg seconded the motion.

Ayes: 5
Nays: 0

APPROVAL OF MINUTES

Councilmember Dahl moved approval of the minutes of the meeting held on August 17, 2010.

Councilmember Carlson seconded the motion.

Ayes: 2
Nays: 3
";

#[test]
fn motions_in_sentences_and_counted_votes() {
    let doc = parse(COUNTED);
    let headings = headings(&doc);
    assert_eq!(
        headings,
        [
            Some("CALL TO ORDER"),
            Some("AGENDA ADOPTION"),
            Some("APPROVAL OF MINUTES")
        ]
    );
    let res: Vec<_> = doc.items.iter().flat_map(|i| &i.resolutions).collect();
    assert_eq!(res.len(), 2, "{res:#?}");
    assert_eq!(res[0].text, "adoption of the agenda as presented.");
    let m = res[0].motion.as_ref().expect("a motion");
    assert_eq!(
        (m.mover.as_deref(), m.seconder.as_deref()),
        (Some("Aalto"), Some("Berg"))
    );
    assert_eq!((m.votes_for, m.votes_against), (Some(5), Some(0)));
    // More ayes than nays carried it; more nays lost the second.
    let outcome =
        |m: &minutes::model::Motion| serde_json::to_value(m.outcome).unwrap();
    assert_eq!(outcome(m), serde_json::json!("carried"));
    let m = res[1].motion.as_ref().expect("a motion");
    assert_eq!((m.votes_for, m.votes_against), (Some(2), Some(3)));
    assert_eq!(outcome(m), serde_json::json!("lost"));
}

#[test]
fn nil_unanimous_and_departure_times_are_not_what_they_look_like() {
    let doc = parse(
        "Minutes of the Ordinary Meeting of Council held on Monday 10 September 2018.\n\n\
         Present\n\nCouncillor Ann Hale\n\nCouncillor Ben Ives (until 6.31pm)\n\n\
         1 APOLOGIES\n\nNil\n\n\
         2 MINUTES\n\nRESOLVED (Cr Hale/Cr Ives)\n\n\
         That the Minutes of the meeting held on 20 August 2018 be confirmed.\n\n\
         UNANIMOUS\n",
    );
    // When a member left is not when the meeting began.
    assert_eq!(doc.meeting.start_time, None);
    let headings = headings(&doc);
    assert_eq!(headings, [Some("APOLOGIES"), Some("MINUTES")]);
    let m = doc.items[1].resolutions[0]
        .motion
        .as_ref()
        .expect("a motion");
    assert!(m.unanimous);
    assert_eq!(m.mover.as_deref(), Some("Hale"));
}

/// A Scottish council's ModernGov page: each row a title run into its
/// "Minutes:" cell, the decision as "The Sub Committee resolved:".
#[test]
fn rows_with_inline_minutes_and_resolved_colon() {
    let doc = parse(
        "Agenda and minutes\n\
         Venue: Committee Room 2 - Town House. View directions\n\
         Minute of Previous Meeting Minutes: The Sub Committee had before it the minute of its previous meeting of 21 April 2016.\n\
         The Sub Committee resolved: to approve the minute. |\n\
         Guild Report Minutes: The Sub Committee had before it a paper by the Dean.\n\
         The Sub Committee resolved: to note the paper. |\n",
    );
    let items: Vec<_> = doc
        .items
        .iter()
        .map(|i| {
            let r: Vec<_> =
                i.resolutions.iter().map(|r| r.text.as_str()).collect();
            (i.heading.as_deref(), r)
        })
        .collect();
    assert_eq!(
        items,
        [
            (
                Some("Minute of Previous Meeting"),
                vec!["The Sub Committee resolved: to approve the minute."]
            ),
            (
                Some("Guild Report"),
                vec!["The Sub Committee resolved: to note the paper."]
            ),
        ]
    );
}

/// A US city council: numbered items in capitals, a roll call, staff by
/// post and name, "Motion by X, second by Y, to ... Motion carried 5-0."
const ROLL_CALL: &str = "\
CITY OF RIVERBEND
CITY COUNCIL MINUTES
March 3, 2015

1. CALL TO ORDER
Mayor Jensen called the meeting to order at 7:00 p.m.

2. ROLL CALL
Present: Mayor Jensen, Council Members Ortiz, Patel, Quinn and Reyes.
Staff present: City Manager Tom Ulrich, City Attorney Vera Wells.

3. APPROVAL OF AGENDA
Motion by Ortiz, second by Patel, to approve the agenda as presented. Motion carried 5-0.

4. PUBLIC HEARING - ZONING AMENDMENT
Planning Director Amy Xu presented the staff report.
";

#[test]
fn a_roll_call_and_motions_carried_by_counts() {
    let doc = parse(ROLL_CALL);
    let headings = headings(&doc);
    assert_eq!(
        headings,
        [
            Some("CALL TO ORDER"),
            Some("ROLL CALL"),
            Some("APPROVAL OF AGENDA"),
            Some("PUBLIC HEARING - ZONING AMENDMENT"),
        ]
    );
    // The whole post, not its last word.
    let roles: Vec<_> = people(&doc)
        .into_iter()
        .filter_map(|p| Some((p.name.as_str(), p.role.as_deref()?)))
        .collect();
    for want in [
        ("Tom Ulrich", "City Manager"),
        ("Vera Wells", "City Attorney"),
        ("Amy Xu", "Planning Director"),
    ] {
        assert!(roles.contains(&want), "{want:?}: {roles:?}");
    }
    let r = &doc.items[2].resolutions[0];
    assert_eq!(r.text, "to approve the agenda as presented.");
    let m = r.motion.as_ref().expect("a motion");
    assert_eq!(
        (m.mover.as_deref(), m.seconder.as_deref(), m.votes_for),
        (Some("Ortiz"), Some("Patel"), Some(5))
    );
}

/// An English parish council numbering its minutes "24/045": titles in
/// sentence case, "It was RESOLVED to ... Proposed Cllr X, seconded Cllr
/// Y, all in favour.", a lettered resolution.
const MINUTE_NUMBERED_PARISH: &str = "\
LITTLE HAMPTON PARISH COUNCIL
Minutes of the Parish Council meeting held on Tuesday 14 May 2024 at 7.30pm in the Village Hall

Present: Cllrs R Adams (Chair), S Brown, T Clarke, V Dunn and W Evans

24/046 Declarations of interest
None.

24/047 Minutes of the previous meeting
It was RESOLVED to approve the minutes of the meeting held on 9 April 2024 as a true record. Proposed Cllr Clarke, seconded Cllr Dunn, all in favour.

24/048 Finance
a) The Clerk presented the accounts for April.
b) RESOLVED to approve payments totalling £1,245.60. Proposed Cllr Evans, seconded Cllr Adams. Carried.

24/049 Date of next meeting
Tuesday 11 June 2024 at 7.30pm.
";

#[test]
fn a_parish_numbering_its_minutes_within_the_year() {
    let doc = parse(MINUTE_NUMBERED_PARISH);
    let items = numbered(&doc);
    assert_eq!(
        items,
        [
            (Some("24/046"), Some("Declarations of interest")),
            (Some("24/047"), Some("Minutes of the previous meeting")),
            (Some("24/048"), Some("Finance")),
            (Some("24/049"), Some("Date of next meeting")),
        ]
    );
    let motion = |k: usize| {
        let r = &doc.items[k].resolutions[0];
        let m = r.motion.as_ref().expect("a motion");
        (
            r.text.as_str(),
            m.mover.as_deref(),
            m.seconder.as_deref(),
            m.unanimous,
        )
    };
    let (text, mover, seconder, unanimous) = motion(1);
    assert!(text.starts_with("to approve the minutes"), "{text}");
    assert_eq!(
        (mover, seconder, unanimous),
        (Some("Clarke"), Some("Dunn"), true)
    );
    let (text, mover, seconder, _) = motion(2);
    assert!(text.starts_with("to approve payments"), "{text}");
    assert_eq!((mover, seconder), (Some("Evans"), Some("Adams")));
}

/// A district council's planning committee: the motion proposed and
/// seconded in a sentence, the vote after it, then "RESOLVED: That ...".
#[test]
fn a_motion_in_the_point_above_its_resolution() {
    let doc = parse(
        "Minutes of a meeting of the Planning Committee held on Thursday, 9 March 2023\n\n\
         48. APPLICATION 22/01234/FUL - LAND AT MILL LANE\n\
         Councillor Dale proposed and Councillor Hart seconded that the application be refused. On being put to the vote the motion was carried (4 for, 1 against).\n\
         RESOLVED: That planning permission be REFUSED for the reasons set out in the report.\n",
    );
    let res = &doc.items[0].resolutions;
    // The vote is not a resolution of its own.
    assert_eq!(res.len(), 1, "{res:#?}");
    assert_eq!(
        res[0].text,
        "That planning permission be REFUSED for the reasons set out in the report."
    );
    let m = res[0].motion.as_ref().expect("a motion");
    assert_eq!(
        (m.mover.as_deref(), m.seconder.as_deref()),
        (Some("Dale"), Some("Hart"))
    );
    assert_eq!((m.votes_for, m.votes_against), (Some(4), Some(1)));
}

/// A US county commission: staff listed "name, post", guests "name –
/// firm", and motions in sentences whose seconding, vote and outcome
/// follow in sentences or lines of their own.
const COUNTY_COMMISSION: &str = "\
MINUTES OF A REGULAR MEETING OF THE HARTWELL COUNTY BOARD OF COUNTY COMMISSIONERS HELD MARCH 3, 2014.

The Board convened on Monday, March 3, 2014 at 9:00 a.m. in the Courthouse with the following members present:

Commissioner Ada Lindgren, Chair

Commissioner Paul Okoro

Others in attendance were: Ruth B. Ames, Clerk of Court, Tomas Vidal, County Attorney, Nora Feld, Director of Finance.

Others Present: Dale Price – Kettering Engineers, Ines Roy.

Approval of Minutes:

The Board reviewed the minutes of the February meeting. After noting a correction, Commissioner Okoro moved to approve the minutes as corrected. Upon a vote, the results were as follows:
Aye: Lindgren, Okoro and Walsh
Nay: None
The Chairperson ruled the motion had been adopted unanimously.

Bills:

Commissioner Walsh made a motion, seconded by Commissioner Okoro to approve the bills as presented. The motion carried unanimously.

Road Grader:

Chr. Lindgren said the next item is the grader. Commissioner Okoro made a motion to purchase the grader. Commissioner Walsh seconded the motion. All voted \"aye\". The motion has passed. Seeing no other questions the Chair moved on.
";

#[test]
fn a_county_commission_with_motions_in_sentences() {
    let doc = parse(COUNTY_COMMISSION);
    let people = people(&doc);
    let post = |name: &str| role_of(&people, name);
    // Each name has the post after it; the firm after a dash is no one.
    assert_eq!(post("Ruth B. Ames"), Some("Clerk of Court"));
    assert_eq!(post("Tomas Vidal"), Some("County Attorney"));
    assert_eq!(post("Nora Feld"), Some("Director of Finance"));
    assert_eq!(post("Ines Roy"), None);
    let names = names(&doc);
    for junk in ["Court", "Kettering Engineers", "None"] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
    let res: Vec<_> = doc.items.iter().flat_map(|i| &i.resolutions).collect();
    let texts: Vec<_> = res.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "to approve the minutes as corrected.",
            "to approve the bills as presented.",
            "to purchase the grader.",
        ]
    );
    let who = |k: usize| {
        let m = res[k].motion.as_ref().expect("a motion");
        (m.mover.as_deref(), m.seconder.as_deref(), m.unanimous)
    };
    assert_eq!(who(0), (Some("Okoro"), None, true));
    assert_eq!(who(1), (Some("Walsh"), Some("Okoro"), true));
    assert_eq!(who(2).0, Some("Okoro"));
    // The named votes, without "None" under "Nay:" and without "Seeing
    // no other questions".
    let votes: Vec<_> = res
        .iter()
        .flat_map(|r| &r.motion.as_ref().expect("a motion").votes)
        .map(|v| v.name.as_str())
        .collect();
    assert_eq!(votes, ["Lindgren", "Okoro", "Walsh"]);
}

/// New Zealand councils: a numbered resolution over its movers on lines
/// of their own, "Resolution Number ..." over "MOVED by ..., seconded
/// ...:", and "Resolved ..." over "That the Council" and its numbered
/// points, with "Mover/Seconder Carried" under them.
const NEW_ZEALAND: &str = "\
MINUTES OF Kowhai District Council
Ordinary Council Meeting
HELD AT THE Council Chamber ON Tuesday, 10 March 2020 AT 1:00 pm

PRESENT: Mayor Ana Ruru, Cr Ben Hale, Cr Cara Tane, Cr Dion Pike

1            Apologies

Resolution  2020/21

Moved:       Mayor Ana Ruru

Seconded:  Cr Cara Tane

That the apology received from Cr Eru be accepted.

Carried

2            Confirmation of Minutes

Resolution Number  CO/2020/22

MOVED by Cr Hale, seconded Cr Pike:

That the minutes of the meeting held on 11 February 2020 be confirmed.

CARRIED

3            Annual Plan

Resolved CL/2020/23

That the Council

1. Receives the report Annual Plan 2020/21.

2. Adopts the consultation document.

Hale/Tane Carried

4            Public Forum

Resolution Number 10, Series of 1984 was mentioned by a speaker.
";

#[test]
fn numbered_resolutions_with_movers_on_lines_of_their_own() {
    let doc = parse(NEW_ZEALAND);
    assert_eq!(
        headings(&doc),
        [
            Some("Apologies"),
            Some("Confirmation of Minutes"),
            Some("Annual Plan"),
            Some("Public Forum")
        ]
    );
    let none = minutes::model::Motion::default();
    let res = |k: usize| -> Vec<_> {
        doc.items[k]
            .resolutions
            .iter()
            .map(|r| {
                let m = r.motion.as_deref().unwrap_or(&none);
                let outcome = serde_json::to_value(m.outcome).unwrap();
                (
                    r.text.as_str(),
                    m.mover.as_deref(),
                    m.seconder.as_deref(),
                    outcome,
                )
            })
            .collect()
    };
    let carried = serde_json::json!("carried");
    assert_eq!(
        res(0),
        [(
            "That the apology received from Cr Eru be accepted.",
            Some("Ana Ruru"),
            Some("Cara Tane"),
            carried.clone()
        )]
    );
    assert_eq!(
        res(1),
        [(
            "That the minutes of the meeting held on 11 February 2020 be confirmed.",
            Some("Hale"),
            Some("Pike"),
            carried.clone()
        )]
    );
    // The opening words go with the first point; no point is an item.
    let plan = res(2);
    assert_eq!(plan.len(), 2, "{plan:#?}");
    assert_eq!(
        plan[0].0,
        "That the Council\n1. Receives the report Annual Plan 2020/21."
    );
    assert_eq!(plan[1].0, "Adopts the consultation document.");
    // The movers under the points go with the last of them.
    assert_eq!((plan[1].1, plan[1].2), (Some("Hale"), Some("Tane")));
    assert_eq!(plan[1].3, carried);
    // A resolution named in a sentence is not one.
    assert!(doc.items[3].resolutions.is_empty());
}

/// English and Welsh town councils: a folio over the title, minutes
/// numbered on through the years ("1358 DECLARATIONS ..."), members
/// listed after "Councillors:" with their initials in brackets, the
/// movers under the resolution, and names run together after
/// honorifics.
const TOWN_COUNCIL: &str = "\
42/19

MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 18th SEPTEMBER 2019 AT 7PM IN THE GUILDHALL, ASHBRIDGE

Councillors:  Mrs. E. Marsh (EM), J. Pryce (JP), K. Dunmore (KD) and Mrs. P.F. Lyle (PFL).

APOLOGIES: Cllr J Owain Cllr L Tamsin Rev N Cole, Town Chaplain

1358 DECLARATIONS OF INTEREST FROM MEMBERS

There were none.

1359 ELECTION OF DEPUTY MAYOR

It was RESOLVED that Cllr Pryce be elected Deputy Mayor.

Proposed by: Cllr Dunmore                   Seconded by: Cllr Marsh

1360 MATTERS ARISING

There were no matters arising.
";

#[test]
fn a_town_council_numbering_its_minutes_on_through_the_years() {
    let doc = parse(TOWN_COUNCIL);
    assert_eq!(
        numbered(&doc),
        [
            (Some("1358"), Some("DECLARATIONS OF INTEREST FROM MEMBERS")),
            (Some("1359"), Some("ELECTION OF DEPUTY MAYOR")),
            (Some("1360"), Some("MATTERS ARISING")),
        ]
    );
    let names = names(&doc);
    for name in ["E. Marsh", "J. Pryce", "K. Dunmore", "P.F. Lyle"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let apologies = apologies(&doc);
    assert!(apologies.contains(&"L Tamsin"), "{apologies:?}");
    assert!(apologies.contains(&"N Cole"), "{apologies:?}");
    let res = &doc.items[1].resolutions;
    assert_eq!(res.len(), 1, "{res:#?}");
    let m = res[0].motion.as_ref().expect("a motion");
    assert_eq!(
        (m.mover.as_deref(), m.seconder.as_deref()),
        (Some("Dunmore"), Some("Marsh"))
    );
}

/// A New Zealand web page laid out one cell to a line: the minutes'
/// state over the title, members and staff one name or post to a line
/// under their labels, and a table of speakers naming the agenda item
/// each spoke to.
const ONE_PER_LINE: &str = "\
Council

OPEN MINUTES

Confirmed

Minutes of a meeting of Council held in the Council Chambers, Levin on Wednesday 27 November 2024 at 11:00am.

present

Mayor

His Worship The Mayor Tane Rawiri

Councillors

Councillor Mere Haua

Via audio/visual link

IN ATTENDANCE

Reporting Officer

Aroha Kingi

Chief Executive

Wiremu Pohatu

Group Manager - Community Infrastructure

1        Apologies

There were no apologies.

2        Public Participation

The following members of the public spoke on the items listed:

Name

Agenda Item

Hemi Walker

8.3 Options for Reinstatement of Urban Berm Mowing

3        Late Items

There were no late items.
";

#[test]
fn members_and_staff_one_to_a_line() {
    let doc = parse(ONE_PER_LINE);
    let names = names(&doc);
    for name in ["Tane Rawiri", "Mere Haua", "Aroha Kingi", "Wiremu Pohatu"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    for post in [
        "Chief Executive",
        "Reporting Officer",
        "Via audio/visual link",
    ] {
        assert!(!names.contains(&post), "{post} in {names:?}");
    }
    let numbers: Vec<_> = doc
        .items
        .iter()
        .filter_map(|i| i.number.as_deref())
        .collect();
    // Neither the state of the minutes nor the agenda item a speaker
    // named is an item of this meeting.
    assert_eq!(numbers, ["1", "2", "3"]);
    assert!(!headings(&doc).contains(&Some("Confirmed")));
}

#[test]
fn a_post_in_brackets_or_before_a_name_in_brackets_is_its_role() {
    let doc = parse(
        "Minutes of a meeting of the Rata City Council held on Thursday 20 June 2019\n\n\
         In Attendance: Chief Executive (P Doyle), Group Manager Infrastructure (A Louvre), Acting Group Manager Environmental Management (M Heale) and Youth Councillor Ana Hagen\n\n\
         STAFF PRESENT: Shaun Clark (Chief Executive Officer), Andy Fitch (General Manager Infrastructure and Asset Management), Dean Myer (Manager Development, Building and Compliance)\n\n\
         1. Apologies\n\nThere were no apologies.\n",
    );
    let people = people(&doc);
    let role = |name: &str| role_of(&people, name);
    assert_eq!(role("A Louvre"), Some("Group Manager Infrastructure"));
    assert_eq!(
        role("M Heale"),
        Some("Acting Group Manager Environmental Management")
    );
    assert_eq!(role("Shaun Clark"), Some("Chief Executive Officer"));
    assert_eq!(
        role("Dean Myer"),
        Some("Manager Development, Building and Compliance")
    );
    let names = names(&doc);
    assert!(!names.iter().any(|n| n.contains("Management")), "{names:?}");
}

/// US city councils: "A moved and B seconded to ...", "it was MOVED by
/// A, seconded by B, to ..." after a clause, and a motion over the call
/// for a voice vote and its count.
const CITY_COUNCIL: &str = "\
MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL OF THE CITY OF ELM FALLS
REGULAR SESSION
NOVEMBER 13, 2018

1. APPROVAL OF AGENDA

Councilmember Ryde moved and Councilmember Larsen-Moe seconded to approve the Agenda and Consent Agenda, as amended.

Motion passed unanimously.

2. BUDGET

Referring to Item B of the 2019 budget, dated November 1, 2018, it was MOVED by Foy, seconded by Banning, to adopt the budget. Unanimously carried by voice vote. Carr absent.

3. PARKS

Alderperson Kranz moved to approve the park plan with the changes and Alderperson Tully seconded the motion.

Voice vote

Mayor Munde called for a voice vote to approve the motion. All Alderpersons voted aye. Motion carried 7 - 0.
";

#[test]
fn city_council_motions_in_sentences() {
    let doc = parse(CITY_COUNCIL);
    let res = decided(&doc, |r, m| {
        (
            r.text.as_str(),
            m.mover.as_deref(),
            m.seconder.as_deref(),
            m.votes_for,
        )
    });
    assert_eq!(
        res,
        [
            (
                "to approve the Agenda and Consent Agenda, as amended.",
                Some("Ryde"),
                Some("Larsen-Moe"),
                None
            ),
            ("to adopt the budget.", Some("Foy"), Some("Banning"), None),
            (
                "to approve the park plan with the changes",
                Some("Kranz"),
                Some("Tully"),
                Some(7)
            ),
        ]
    );
    // "Voice vote" labels the record; it is not an item.
    assert!(!headings(&doc).contains(&Some("Voice vote")));
}

#[test]
fn a_name_broken_at_its_hyphen_is_joined_whole() {
    let doc = parse(
        "MINUTES OF THE CITY COUNCIL OF ELM FALLS\nNOVEMBER 13, 2018\n\n1. ROLL CALL\n\
         Mayor Tim Wills and Councilmembers April Grove, Kris Lawrence-\n\
         Anderson, and Dan Rye were present for the meeting of the\n\
         Council held in the Adare-\nRathkeale room.\n",
    );
    let names = names(&doc);
    for name in [
        "Tim Wills",
        "April Grove",
        "Kris Lawrence-Anderson",
        "Dan Rye",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let text = &doc.items[0].discussion[0].text;
    assert!(text.contains("Lawrence-Anderson"), "{text}");
    assert!(text.contains("Adare-Rathkeale"), "{text}");
}

/// Western Australian shires: the shire's name over the title, a
/// numbered council resolution over its movers, the wording and
/// `CARRIED 3/1`, with the votes for and against by name.
const SHIRE: &str = "\
SHIRE OF KARRAWONG

MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS ON TUESDAY 29 JANUARY 2019 COMMENCING AT 7.00PM

7 CONFIRMATION OF MINUTES

COUNCIL RESOLUTION 2019/01
MOVED: Cr J Munro
SECONDED: Cr G Smythe
That the minutes of the Ordinary Council Meeting held on 17 December 2018 be confirmed.
CARRIED 4/0

8 TENDER FOR ROAD WORKS

OFFICER RECOMMENDATION / COUNCIL RESOLUTION 2019/02
Moved Cr C Fry Seconded Cr J Munro
That Council award Tender 12/2018 to Roadline Pty Ltd.
CARRIED 3/1
For: Crs Butt, Fry and Munro
Against: Cr Smythe
";

#[test]
fn a_shire_council_resolution_with_its_count() {
    let doc = parse(SHIRE);
    assert_eq!(doc.meeting.body.as_deref(), Some("SHIRE OF KARRAWONG"));
    assert_eq!(
        numbered(&doc),
        [
            (Some("7"), Some("CONFIRMATION OF MINUTES")),
            (Some("8"), Some("TENDER FOR ROAD WORKS"))
        ]
    );
    let res: Vec<_> = doc.items.iter().flat_map(|i| &i.resolutions).collect();
    assert_eq!(res.len(), 2, "{res:#?}");
    let m = res[0].motion.as_ref().expect("a motion");
    assert_eq!(
        (m.mover.as_deref(), m.seconder.as_deref(), m.votes_for),
        (Some("J Munro"), Some("G Smythe"), Some(4))
    );
    assert_eq!(
        res[1].text,
        "That Council award Tender 12/2018 to Roadline Pty Ltd."
    );
    let m = res[1].motion.as_ref().expect("a motion");
    assert_eq!((m.votes_for, m.votes_against), (Some(3), Some(1)));
    let against: Vec<_> = m
        .votes
        .iter()
        .filter(|v| v.option == minutes::model::VoteOption::No)
        .map(|v| v.name.as_str())
        .collect();
    assert_eq!(against, ["Smythe"]);
}

/// Canadian towns: `Resolution No. 2019-045` over its movers and `Be it
/// resolved that ...`, `MOVED by Councillor A that ...` over `CARRIED`
/// or `DEFEATED`, and staff listed post then name.
const CANADIAN_TOWN: &str = "\
TOWN OF CEDAR BLUFF
REGULAR COUNCIL MEETING MINUTES
Monday, March 11, 2019 at 6:00 p.m.

PRESENT: Mayor J. Arnet, Councillors B. Leigh, K. Moss
STAFF: CAO R. Dunne, Director of Finance L. Chow

1. ADOPTION OF AGENDA
Resolution No. 2019-045
Moved by: Councillor Leigh
Seconded by: Councillor Moss
Be it resolved that the agenda be adopted as presented.
Carried

2. ADOPTION OF MINUTES
MOVED by Councillor Moss that Council adopt the minutes of the February 25, 2019 meeting as presented.
CARRIED

3. BYLAW 2019-03 FEES AND CHARGES
MOVED by Councillor Leigh that Bylaw 2019-03 be given first reading.
DEFEATED
";

#[test]
fn a_canadian_town_moving_by_resolution_number() {
    let doc = parse(CANADIAN_TOWN);
    assert_eq!(doc.meeting.body.as_deref(), Some("TOWN OF CEDAR BLUFF"));
    let names = names(&doc);
    for name in ["R. Dunne", "L. Chow", "B. Leigh", "K. Moss"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let res = decided(&doc, |r, m| {
        (
            r.text.as_str(),
            m.mover.as_deref(),
            serde_json::to_value(m.outcome).unwrap(),
        )
    });
    assert_eq!(
        res,
        [
            (
                "Be it resolved that the agenda be adopted as presented.",
                Some("Leigh"),
                serde_json::json!("carried")
            ),
            (
                "that Council adopt the minutes of the February 25, 2019 meeting as presented.",
                Some("Moss"),
                serde_json::json!("carried")
            ),
            (
                "that Bylaw 2019-03 be given first reading.",
                Some("Leigh"),
                serde_json::json!("lost")
            ),
        ]
    );
}

#[test]
fn a_resolution_label_over_its_movers_is_not_an_item() {
    let doc = parse(
        "MINUTES OF THE ORDINARY MEETING OF THE GULLY SHIRE COUNCIL HELD ON WEDNESDAY 14 AUGUST 2019\n\n\
         2. CONFIRMATION OF MINUTES\n\nRESOLUTION\nMoved: Cr Kent\nSeconded: Cr Lang\n\
         That the minutes of the Ordinary Meeting held on 17 July 2019 be confirmed.\nCARRIED 4/0\n\n\
         3. CORRESPONDENCE\n\nResolution No. 2019/08/002\nMoved Cr Hart, Seconded Cr Kent\n\
         That the correspondence be received.\nCARRIED\n",
    );
    assert_eq!(
        headings(&doc),
        [Some("CONFIRMATION OF MINUTES"), Some("CORRESPONDENCE")]
    );
    let movers =
        decided(&doc, |_, m| (m.mover.as_deref(), m.seconder.as_deref()));
    assert_eq!(
        movers,
        [(Some("Kent"), Some("Lang")), (Some("Hart"), Some("Kent"))]
    );
}

#[test]
fn a_post_in_brackets_after_a_titled_name_is_its_role() {
    let doc = parse(
        "MINUTES OF THE ORDINARY MEETING OF THE GULLY SHIRE COUNCIL HELD ON WEDNESDAY 14 AUGUST 2019

         ATTENDANCE: Cr A Ross (Mayor), Cr B Kent (Deputy Mayor), Cr C Long

         1. APOLOGIES

There were none.
",
    );
    let people = people(&doc);
    assert_eq!(role_of(&people, "A Ross"), Some("Mayor"));
    assert_eq!(role_of(&people, "B Kent"), Some("Deputy Mayor"));
    assert_eq!(role_of(&people, "C Long"), None);
}

/// New England select boards: no heading lines, each item a paragraph
/// opened by its label ("Old Business: ...", "Town Meeting – ..."), and
/// motions as `Motion by A, second by B: to ...; unanimous.` or `moved,
/// seconded and voted 3-0 to ...`.
const SELECT_BOARD: &str = "\
Town of Elm Falls
Selectboard Meeting Minutes
Monday, March 4, 2019
Members Present: R. Daley, S. Pike, T. Morrow

Call to Order: The Chair called the meeting to order at 7:00 pm.

Approve Minutes: Motion by Tom, second by Sam: to approve the Feb. 18, 2019 minutes as written; unanimous.

Road Report – The road foreman reported that the grader needs a new blade before the spring mud season.

Town Office: There being no other questions, moved, seconded and voted 3-0 to buy a new copier for the town office.
";

#[test]
fn a_select_board_items_by_their_labels() {
    let doc = parse(SELECT_BOARD);
    assert_eq!(
        headings(&doc),
        [
            Some("Call to Order"),
            Some("Approve Minutes"),
            Some("Road Report"),
            Some("Town Office")
        ]
    );
    assert_eq!(
        decided(&doc, |r, m| (
            r.text.as_str(),
            m.mover.as_deref(),
            m.outcome
        )),
        [
            (
                "to approve the Feb. 18, 2019 minutes as written",
                Some("Tom"),
                Some(minutes::model::MotionOutcome::Carried)
            ),
            (
                "to buy a new copier for the town office.",
                None,
                Some(minutes::model::MotionOutcome::Carried)
            ),
        ]
    );
}

/// Labelled paragraphs that are not items: a speaker's name again and
/// again in a transcript, entries of a list a colon opens.
#[test]
fn labels_used_again_or_listed_are_not_items() {
    let transcript = "\
Public Hearing on the Budget

CHAIR JONES: We will now hear from the public on the budget.

MR. SMITH: I think the budget is far too high this year.

CHAIR JONES: Thank you for your comments on the budget.

MS. BROWN: I agree with the previous speaker on this.

CHAIR JONES: Are there any other comments from the public?
";
    assert_eq!(parse(transcript).items.len(), 1);
    let listed = "\
Special Meeting of the Council

The Mayor gave the following overview of the companies:

Riverside Development DAC – delivering the new offices on the quay.

Innovate Riverside DAC – owner of the enterprise centre on Mill Street.

Discover Riverside DAC – founded to own and run the castle and museum.
";
    assert_eq!(parse(listed).items.len(), 1);
}

/// Irish strategic policy committees: "**Item 1:**" alone over its
/// title in bold, or "**Item 2: Title**" on one line.
#[test]
fn item_words_in_bold_number_the_items() {
    let doc = parse(
        "\
Housing Strategic Policy Committee

Minutes of meeting held on 11 April 2024

**Item 1:**

**To confirm the minutes of the previous meeting**

The minutes were proposed and agreed.

**Item 2: Matters arising from the** **Minutes**

No matters arising.
",
    );
    assert_eq!(
        numbered(&doc),
        [
            (
                Some("1"),
                Some("To confirm the minutes of the previous meeting")
            ),
            (Some("2"), Some("Matters arising from the Minutes"))
        ]
    );
}

/// Who was there in New England minutes: the lists inside the opening
/// paragraph, a post before each name, a post in brackets with no comma
/// after it, and who was absent on a line of its own.
#[test]
fn select_board_attendance() {
    let doc = parse(
        "\
Selectmen's Minutes, September 13, 2018

Opened the meeting and declared a quorum present. Selectmen present: Ben Ashby, Bob Pellew, Michael Shean. Also present: Treasurer Frank Tully, Superintendent Chris Elkin.

Moved, seconded and voted 3-0 to accept the minutes as written.
",
    );
    let present = people(&doc);
    let mut all = names(&doc);
    all.sort_unstable();
    assert_eq!(
        all,
        [
            "Ben Ashby",
            "Bob Pellew",
            "Chris Elkin",
            "Frank Tully",
            "Michael Shean"
        ]
    );
    assert_eq!(role_of(&present, "Chris Elkin"), Some("Superintendent"));
    let doc = parse(
        "\
Selectboard Meeting Minutes
Monday, February 4, 2008
Members Present: D. Benware (Chair) T. Barker, J. McDonald
Members Absent: M. Stacey
Others Present: Jack Beasley

Call to Order: The Chair called the meeting to order at 7:00 pm.
",
    );
    assert_eq!(
        names(&doc),
        ["D. Benware", "T. Barker", "J. McDonald", "Jack Beasley"]
    );
    assert_eq!(role_of(&people(&doc), "D. Benware"), Some("Chair"));
    assert_eq!(apologies(&doc), ["M. Stacey"]);
}

/// "ABSENT: ..." in a vote's record names who missed the vote, not who
/// sent apologies.
#[test]
fn absent_from_a_vote_is_no_apology() {
    let doc = parse(
        "\
REGULAR MEETING OF THE BOARD OF DIRECTORS

PRESENT: Directors Anderson, Bagley, Daly

1. APPROVAL OF MINUTES

Director Daly made the motion to approve the minutes. Director Bagley seconded the motion.

AYES: Anderson, Bagley, Daly
NAYS: None
ABSENT: Lasater, Menten

Chair Anderson declared the motion PASSED.
",
    );
    assert!(apologies(&doc).is_empty(), "{:?}", apologies(&doc));
}

/// A ModernGov item page on apologies: letters after a name and why the
/// member was away in brackets keep the list going; who was late or had
/// to leave early was there.
#[test]
fn apologies_for_lateness_are_no_absence() {
    let doc = parse(
        "\
Agenda item

Apologies

There were apologies for absence from Councillors Lorna Laud MBE (due to mayoral business), and Darren Merrow; and for lateness from Councillors Neil Coyne and Abdul Mahmood. Councillor Patrick Dymond gave his apologies for having to leave the meeting temporarily to attend to an urgent matter in his ward.
",
    );
    // (In either order: the list reads the bare name, the scan the
    // titled one.)
    let mut absent = apologies(&doc);
    absent.sort_unstable();
    assert_eq!(absent, ["Darren Merrow", "Lorna Laud"]);
    let mut present = names(&doc);
    present.sort_unstable();
    assert_eq!(present, ["Abdul Mahmood", "Neil Coyne", "Patrick Dymond"]);
}

/// ModernGov issue pages: a "Decision" heading without its colon, the
/// sentence that leads to the resolution, and a second motion lettered
/// "(b)" after the first resolution.
#[test]
fn moderngov_decision_and_lettered_motions() {
    let doc = parse(
        "\
Meeting: 22/01/2019 - Council (Item 51)

51 Approval of Minutes

The Chairman sought the Council's approval to sign the minutes as a correct record.

Decision

The Council voted unanimously on a show of hands to make the resolution below.

RESOLVED

That the minutes of the meeting of the Council on Tuesday 20 November 2018 be approved as a correct record.
",
    );
    let res: Vec<_> = doc
        .items
        .iter()
        .flat_map(|i| &i.resolutions)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(
        res,
        [
            "That the minutes of the meeting of the Council on Tuesday 20 November 2018 be approved as a correct record."
        ]
    );
    let doc = parse(
        "\
Minutes:

(a)          It was moved by the Mayor, seconded by the Deputy Mayor and

            Resolved that the minutes of the Council held on 25 February 2015 be approved.

(b)          It was moved by Councillor Moira Gibb, seconded by Councillor Richard Brock and

Resolved that the minutes of the Executive held on 17 March 2015 be received.
",
    );
    let res: Vec<_> = doc
        .items
        .iter()
        .flat_map(|i| &i.resolutions)
        .map(|r| {
            let mover = r.motion.as_ref().and_then(|m| m.mover.as_deref());
            (r.text.as_str(), mover)
        })
        .collect();
    assert_eq!(
        res,
        [
            (
                "the minutes of the Council held on 25 February 2015 be approved.",
                None
            ),
            (
                "the minutes of the Executive held on 17 March 2015 be received.",
                Some("Moira Gibb")
            )
        ]
    );
}

/// Dublin City Council's ModernGov pages: a motion put in quotes after
/// its movers, carried in the next sentence.
#[test]
fn a_quoted_motion_after_its_movers() {
    let doc = parse(
        "\
Agenda and minutes

2.

Questions to the Chief Executive

Minutes:

Questions under Standing Order 16 -– It was moved by Councillor V. Jackman and seconded by Councillor C Burkes \"That Dublin City Council approves the Chief Executive answering the questions lodged\". The motion having been put and carried, written answers to the 138 questions lodged were issued.
",
    );
    assert_eq!(
        decided(&doc, |r, m| (
            r.text.as_str(),
            m.mover.as_deref(),
            m.seconder.as_deref()
        )),
        [(
            "That Dublin City Council approves the Chief Executive answering the questions lodged.",
            Some("V. Jackman"),
            Some("C Burkes")
        )]
    );
}

/// City of London and Exeter ModernGov pages: apologies from members
/// named without a title, a resolution inside the sentence of its
/// movers ("... and RESOLVED, that - ..."), and "RESOLVED that:-" over
/// numbered points.
#[test]
fn city_of_london_apologies_and_inline_resolutions() {
    let doc = parse(
        "\
Minutes:
It was moved by Sir Michael Snider, seconded by Jamie Ingram and RESOLVED, that - Alderman Alastair Kingsley take the Chair until the new Chairman is elected.
Apologies were received from Natasha Lloyd, Nick Benstead, John Absalom and Matthew Bellamy.
",
    );
    assert_eq!(
        apologies(&doc),
        [
            "Natasha Lloyd",
            "Nick Benstead",
            "John Absalom",
            "Matthew Bellamy"
        ]
    );
    assert_eq!(
        decided(&doc, |r, m| (r.text.as_str(), m.mover.as_deref())),
        [(
            "Alderman Alastair Kingsley take the Chair until the new Chairman is elected.",
            Some("Michael Snider")
        )]
    );
    let doc = parse(
        "\
32 APPOINTMENT OF COMMITTEES
Minutes:
The Chairs of the Planning and Licensing Committees were contested.
RESOLVED that:-
(1) the positions of Chair and Deputy Chair of the Planning Committee be referred to that Committee; and
(2) the membership of the other Committees be agreed.
",
    );
    assert_eq!(
        resolved(&doc.items[0]),
        [
            "the positions of Chair and Deputy Chair of the Planning Committee be referred to that Committee; and",
            "the membership of the other Committees be agreed."
        ]
    );
}

/// Legistar minutes (US cities): numbered items with a file number
/// before the title, and "A motion was made by A, seconded by B, that
/// ... be Approved. The motion carried by the following vote:".
#[test]
fn legistar_file_numbers_and_motions() {
    let doc = parse(
        "\
City of Elmwood
City Council
Meeting Minutes
Tuesday, March 10, 2020 10:00 AM

APPROVAL OF MINUTES
1. 20-0112 Approval of the Minutes of the February 25, 2020 Regular Meeting
A motion was made by Council Member Ruiz, seconded by Council Member Cole, that the Minutes be Approved. The motion carried by the following vote:
Aye: 8 - Council Member Ruiz, Council Member Cole and Mayor Judd

ORDINANCES
2. 20-0120 An ordinance amending Chapter 12 of the Municipal Code relating to parking
A motion was made by Council Member Diaz, seconded by Council Member Ellis, that this Ordinance be Passed. The motion failed by the following vote:
Aye: 3 - Council Member Diaz, Council Member Ellis and Council Member Fox
",
    );
    let numbered: Vec<_> = numbered(&doc)
        .into_iter()
        .filter(|(n, _)| n.is_some())
        .collect();
    assert_eq!(
        numbered,
        [
            (
                Some("1"),
                Some(
                    "Approval of the Minutes of the February 25, 2020 Regular Meeting"
                )
            ),
            (
                Some("2"),
                Some(
                    "An ordinance amending Chapter 12 of the Municipal Code relating to parking"
                )
            )
        ]
    );
    // The failed motion is no decision.
    assert_eq!(
        decided(&doc, |r, m| (
            r.text.as_str(),
            m.mover.as_deref(),
            m.seconder.as_deref()
        )),
        [("that the Minutes be Approved.", Some("Ruiz"), Some("Cole"))]
    );
}

/// Norfolk parish minutes set in bold: minute numbers within the year
/// (`**1/16      Title**`, `**14/16**    **Title**`) and `**Resolved:**`
/// before numbered decisions on the same line.
#[test]
fn bold_minute_numbers_and_resolutions() {
    let doc = parse(
        "\
**ELMHAM PARISH COUNCIL**

**12 April 2016 at 6.30 pm**

**1/16      Public Comments / Questions**

Before the meeting the public present were asked to highlight any areas of concern.

**13/16    Village Hall Sign Base**

The Parish Council had received two quotes for the rebuilding of the base of the village sign.

**Resolved:**        (1) That the work be awarded to Lee Garner at a cost of £180.

**14/16**    **Playground Floor Tiles**

There had been no response in regard to the flooring of the playground being slippery.
",
    );
    assert_eq!(
        numbered(&doc),
        [
            (Some("1/16"), Some("Public Comments / Questions")),
            (Some("13/16"), Some("Village Hall Sign Base")),
            (Some("14/16"), Some("Playground Floor Tiles"))
        ]
    );
    assert_eq!(
        resolved(&doc.items[1]),
        ["(1) That the work be awarded to Lee Garner at a cost of £180."]
    );
}

/// A community council's web page with its tags stripped: an item put
/// between two others (`4A.`), points under old minute references
/// (`11i)`, `4.4.5viii)`, `5 vi)`), a point that is a decision of its
/// own followed by the next point, and what an officer confirmed, which
/// is no decision.
#[test]
fn inserted_items_and_numbered_decisions() {
    let doc = parse(
        "\
3. DECLARATIONS OF INTEREST
Cllr. O. Williams declared an interest in Agenda Item 7.

4A. ANNUAL RETURN
The Clerk advised that the auditors had completed the Annual Return.

4. MATTERS ARISING
4.4.5iv) The Clerk had written to the County Council about Common Land.
11i) It was agreed that two ash trees at Caledfwlch should be felled.
5 vi) With regard to the Pension Regulator, the Clerk had completed the re-enrolment.

PLANNING
Clarification was sought and it was confirmed by Cllr. J. Davies that the application is solely to remove the condition.
",
    );
    assert_eq!(
        numbered(&doc),
        [
            (Some("3"), Some("DECLARATIONS OF INTEREST")),
            (Some("4A"), Some("ANNUAL RETURN")),
            (Some("4"), Some("MATTERS ARISING")),
            (None, Some("PLANNING"))
        ]
    );
    let arising = &doc.items[2];
    assert_eq!(
        resolved(arising),
        ["two ash trees at Caledfwlch should be felled."]
    );
    let points: Vec<(Option<&str>, &str)> = arising
        .discussion
        .iter()
        .map(|p| (p.number.as_deref(), &p.text[..20]))
        .collect();
    assert_eq!(
        points,
        [
            (Some("4.4.5iv"), "The Clerk had writte"),
            (Some("5 vi"), "With regard to the P")
        ]
    );
    assert!(doc.items[3].resolutions.is_empty());
}

/// A US township's minutes, one paragraph to an item: the lists of who
/// was there open later sentences of the first paragraph, without
/// colons, each ending with its sentence, and a comma is missing before
/// a post.
#[test]
fn lists_in_later_sentences_of_a_paragraph() {
    let doc = parse(
        "\
# Town of North Star
March 16, 2020

## CALL TO ORDER
Chair Janet Keough called the monthly meeting to order at 7 pm at the Townhall.  Board members present were supervisors Janet Keough, Gary Mantay, and Dick Dillon treasurer Ray Barnes, and clerk Linda Britton.  Guests were Rory Blazevic and Bill Taft.  In attendance for the parade were Marching Band members.  The Hon. Tracy Hart sent greetings.

## CLOSING
With no further business this meeting was adjourned at 7:40 pm.
",
    );
    assert_eq!(
        names(&doc),
        [
            "Janet Keough",
            "Gary Mantay",
            "Dick Dillon",
            "Ray Barnes",
            "Linda Britton",
            "Rory Blazevic",
            "Bill Taft"
        ]
    );
}

/// A parish council's minutes flattened from a PDF: the apologies
/// paragraph goes on to other business, whose names are of members
/// present, and "RESOLVED" stands in capitals within a sentence.
#[test]
fn apologies_then_other_business_in_one_paragraph() {
    let doc = parse(
        "\
APOLOGIES FOR ABSENCE
Apologies for absence were received from Cllr Purves. With the absence of the Vice Chairman it was proposed by Councillor P Batty that Councillor Beck be elected Vice Chairman for the meeting the Council RESOLVED to elect Councillor Beck as Vice Chairman for the meeting.
",
    );
    assert_eq!(apologies(&doc), ["Purves"]);
    let present: Vec<&str> = doc.items[0]
        .attendees
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(present, ["P Batty", "Beck"]);
    assert_eq!(
        decided(&doc, |r, m| (r.text.as_str(), m.mover.as_deref())),
        [(
            "to elect Councillor Beck as Vice Chairman for the meeting.",
            Some("P Batty")
        )]
    );
}

/// A Brighton & Hove committee's minutes: the time run into the date,
/// "Present:" with members named by surname after the chair, each with
/// a post in brackets and no commas, and the meeting's "PART ONE".
#[test]
fn surnames_with_posts_in_brackets_and_a_glued_date() {
    let doc = parse(
        "\
Brighton & Hove City Council
Policy & Resources Committee
4.00pm1 July 2021
MINUTES
Present: Councillor Mac Cafferty (Chair) Appich (Joint Opposition Spokesperson) and Bell (Group Spokesperson).
PART ONE
1 Procedural Business
1.1 There were no declarations of Substitutes.
2 Minutes
2.1 The minutes of the last meeting held on the 13 May 2021 were approved as a correct record of the proceedings.
",
    );
    assert_eq!(
        doc.meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2021-07-01")
    );
    assert_eq!(doc.meeting.start_time.as_deref(), Some("16:00"));
    let people = people(&doc);
    assert_eq!(role_of(&people, "Mac Cafferty"), Some("Chair"));
    assert_eq!(
        role_of(&people, "Appich"),
        Some("Joint Opposition Spokesperson")
    );
    assert_eq!(role_of(&people, "Bell"), Some("Group Spokesperson"));
    assert_eq!(
        headings(&doc),
        [Some("Procedural Business"), Some("Minutes")]
    );
}

/// An InfoCouncil page of a New South Wales shire: items as "ITEM - 1"
/// with the title after wide spaces, a table of contents whose lines end
/// in two dots and a page, and each resolution numbered before
/// "RESOLVED" and its movers, the decision on the next line.
#[test]
fn infocouncil_item_dash_numbers_and_numbered_resolutions() {
    let doc = parse(
        "\
TABLE OF CONTENTS

ITEM - 1    APPLICATIONS FOR LEAVE OF ABSENCE.. 1

ITEM - 6    CONFIRMATION OF THE MINUTES.. 4

PRESENT: Clrs R Kingham (Mayor), I Davison, J Culverson.

ITEM - 1    APPLICATIONS FOR LEAVE OF ABSENCE

Nil

ITEM - 6    CONFIRMATION OF THE MINUTES

12/05/01 RESOLVED (Clr Culverson/Clr Davison)

THAT the minutes of the Ordinary Council Meeting held 23 April 2012 be adopted.
",
    );
    assert_eq!(
        numbered(&doc),
        [
            (Some("1"), Some("APPLICATIONS FOR LEAVE OF ABSENCE")),
            (Some("6"), Some("CONFIRMATION OF THE MINUTES")),
            (Some("1"), Some("APPLICATIONS FOR LEAVE OF ABSENCE")),
            (Some("6"), Some("CONFIRMATION OF THE MINUTES"))
        ]
    );
    assert_eq!(
        decided(&doc, |r, m| (
            r.text.as_str(),
            m.mover.as_deref(),
            m.seconder.as_deref()
        )),
        [(
            "THAT the minutes of the Ordinary Council Meeting held 23 April 2012 be adopted.",
            Some("Culverson"),
            Some("Davison")
        )]
    );
}

/// A Minnesota city council: "A moved, B seconded, approval of ..." (the
/// members named by surname alone) and
/// the vote under a "Roll Call" label, one line for the ayes and one for
/// the nays, each ending in a full stop.
#[test]
fn moved_seconded_approval_over_a_roll_call() {
    let doc = parse(
        "\
3.      Approve Agenda

Willmus moved, Etten seconded, approval of the agenda as presented.

                                    Roll Call

Ayes: McGehee, Willmus, Laliberte, Etten and Roe.

Nays: None.

4.      Public Comment

Mayor Roe called for public comment by members of the audience.
",
    );
    assert_eq!(
        headings(&doc),
        [Some("Approve Agenda"), Some("Public Comment")]
    );
    assert_eq!(
        decided(&doc, |r, m| (
            r.text.as_str(),
            m.mover.as_deref(),
            m.seconder.as_deref()
        )),
        [(
            "approval of the agenda as presented.",
            Some("Willmus"),
            Some("Etten")
        )]
    );
    // Five named for, none against: carried.
    assert_eq!(
        decided(&doc, |_, m| m.outcome),
        [Some(MotionOutcome::Carried)]
    );
    assert!(doc.items[0].discussion.is_empty());
}

/// An open forum's speakers, numbered: the last one, cut short, is the
/// next point of the list, not an item of its own.
#[test]
fn the_last_of_numbered_points_however_short() {
    let doc = parse(
        "\
ADJOURN MEETING FOR OPEN FORUM
List of Speakers
1. Mr. Barry Cunich – Mr. Cunich addressed Council in relation to his sewer pipe and the oval.
2. Mr. Conrad Streher – Mr. Streher spoke in opposition to the recommendation for item 8.4.3.
3. Mr. Dean Thompson – Mr. Thompson spoke in opposition to the recommendation for item 8.4.3.
4. Mr. David Hain – Mr. Hain address
",
    );
    assert_eq!(headings(&doc), [Some("ADJOURN MEETING FOR OPEN FORUM")]);
    assert_eq!(doc.items[0].discussion.len(), 4);
    assert!(names(&doc).contains(&"David Hain"));
}

/// A parish council's page whose numbered agenda the web page turned
/// into bullets: each "- TITLE" over its paragraph is an item; the
/// apologies and the members who stayed away are the meeting's
/// apologies; motions put as "Proposal: ..." in the passive or as "A
/// proposed and B seconded X and the meeting agreed".
const BULLETED_AGENDA: &str = "\
Parish Council meeting on Tuesday 9th March 2021 at 7.30 p.m.
- MEMBERS PRESENT
Mrs K. Ashdown (Chairman), Mr R. Penhale, Mrs T. Vosper, Mr. L. Quick
- APOLOGIES FOR ABSENCE
Mr H. Trounce (Holiday), Mrs E. Polglase (Unwell)
- NON-ATTENDANCE
Mr J. Bolitho
- MINUTES OF PREVIOUS MEETING
The minutes of the meeting held on 9th February 2021 had been circulated.
Proposal: Acceptance of the minutes as a true record was proposed by Mr Penhale and seconded by Mrs Vosper and was unanimously agreed by the meeting. The chairman will sign them.
- Footpath clearance
The clerk had obtained two quotes for clearing the footpath to the church.
Proposal: Mrs Vosper proposed and Mr Quick seconded acceptance of the lower quote and the meeting unanimously agreed.
- Grass cutting contract
The contract runs until October.
";

#[test]
fn bulleted_agenda_with_passive_proposals() {
    let doc = parse(BULLETED_AGENDA);
    assert_eq!(
        headings(&doc),
        [
            Some("MEMBERS PRESENT"),
            Some("APOLOGIES FOR ABSENCE"),
            Some("NON-ATTENDANCE"),
            Some("MINUTES OF PREVIOUS MEETING"),
            Some("Footpath clearance"),
            Some("Grass cutting contract"),
        ]
    );
    assert_eq!(apologies(&doc), ["H. Trounce", "E. Polglase", "J. Bolitho"]);
    let present = names(&doc);
    for name in ["K. Ashdown", "R. Penhale", "T. Vosper", "L. Quick"] {
        assert!(present.contains(&name), "{name} in {present:?}");
    }
    assert_eq!(
        resolved(&doc.items[3]),
        ["Acceptance of the minutes as a true record"]
    );
    assert_eq!(resolved(&doc.items[4]), ["acceptance of the lower quote"]);
}

/// A bulleted list under a sentence is a list, however its last entry
/// is followed: not a run of headings.
#[test]
fn a_bulleted_list_is_no_agenda() {
    let doc = parse(
        "1. Service changes\n\
         Staff outlined the changes under consideration, which are:\n\
         \u{2022} Service along Morrison Road in the Westwood\n\
         neighborhood\n\
         \u{2022} Optimization of peak period service\n\
         \u{2022} Civic Center Station construction detours\n\
         Staff noted the changes recommended after the public comment.\n",
    );
    assert_eq!(headings(&doc), [Some("Service changes")]);
}

/// "Present: Councillors – Keith Austin(Chair), ...": a post in brackets
/// run on to the name.
#[test]
fn posts_in_brackets_run_on_to_names() {
    let doc = parse(
        "Minutes of the council meeting on 12th April 2021.\n\n\
         Present: Councillors – Ann Rowe(Chair), Joyce Hart, \
         Tom Leone(Vice Chair), Barry Rooks(Parish Clerk)\n\n\
         1. Apologies: Cllr Warner(work commitments)\n\n\
         2. Footpaths\n\nThe clerk reported on the footpaths.\n",
    );
    let people = people(&doc);
    assert_eq!(role_of(&people, "Ann Rowe"), Some("Chair"));
    assert_eq!(role_of(&people, "Tom Leone"), Some("Vice Chair"));
    assert_eq!(role_of(&people, "Barry Rooks"), Some("Parish Clerk"));
    assert_eq!(apologies(&doc), ["Warner"]);
}

/// A decision in a later sentence of a paragraph ("... was discussed. It
/// was agreed that ...", "It was also resolved that ...") where the item
/// records no decision formally; narrative where it does ("It was
/// agreed:" over the decisions).
#[test]
fn it_was_agreed_in_a_later_sentence() {
    let doc = parse(
        "1. Village hall\n\n\
         The state of the hall roof was discussed. It was agreed that \
         the clerk would obtain three quotes.\n\n\
         2. Website\n\n\
         The minutes were reviewed. It was also resolved that future \
         minutes would be shown on the website.\n",
    );
    assert_eq!(
        resolved(&doc.items[0]),
        ["the clerk would obtain three quotes."]
    );
    assert_eq!(
        resolved(&doc.items[1]),
        ["future minutes would be shown on the website."]
    );
    let formal = parse(
        "1. Improvement plan\n\n\
         The plan was discussed. It was agreed that the plan would be \
         reviewed in January.\n\n\
         It was agreed:\n\n\
         That the update be noted.\n",
    );
    assert_eq!(resolved(&formal.items[0]), ["That the update be noted."]);
}

/// An Ontario township's minutes: posts and names set apart by a dash
/// ("Mayor – Ann Hale"), each motion numbered, moved, seconded and worded
/// "Be it resolved that ...", its outcome at the end of the wording; items
/// with nothing to record closed by ": None".
const TOWNSHIP_DASHED_POSTS: &str = "\
Township of Elm Ridge
Council Minutes
Wednesday June 7, 2023 @ 9:00 a.m.
Members Present:
Mayor – Ann Hale
Deputy Mayor – Ravi Sood
Councillor – Dora Quist
Staff Present:
CAO/Clerk, Lena Marsh
Roads Superintendent, Pat Doyle
1. Call to Order:
Mayor Hale called the meeting to order at 9:00 a.m.
2. Adoption of Agenda
Resolution 2023-11-01
Moved by: Ravi Sood
Seconded by: Dora Quist
Be it resolved that Council adopt the agenda as circulated. Carried
3. Matters Arising From Minutes: None
4. Public Meetings (Other than Planning Act): None
5. Accounts:
Resolution 2023-11-02
Moved by: Dora Quist
Seconded by: Ravi Sood
Be it resolved that Council approve the accounts in the amount of $12,400.50. Carried
";

#[test]
fn a_township_resolution_carried_on_its_own_line() {
    let doc = parse(TOWNSHIP_DASHED_POSTS);
    assert_eq!(
        headings(&doc),
        [
            Some("Call to Order"),
            Some("Adoption of Agenda"),
            Some("Matters Arising From Minutes"),
            Some("Public Meetings (Other than Planning Act)"),
            Some("Accounts"),
        ]
    );
    let people = people(&doc);
    assert_eq!(role_of(&people, "Ann Hale"), Some("Mayor"));
    assert_eq!(role_of(&people, "Ravi Sood"), Some("Deputy Mayor"));
    assert_eq!(role_of(&people, "Dora Quist"), Some("Councillor"));
    assert_eq!(role_of(&people, "Lena Marsh"), Some("CAO/Clerk"));
    assert_eq!(
        decided(&doc, |r, m| (
            r.text.as_str(),
            m.mover.as_deref(),
            m.outcome
        )),
        [
            (
                "Be it resolved that Council adopt the agenda as circulated.",
                Some("Ravi Sood"),
                Some(MotionOutcome::Carried)
            ),
            (
                "Be it resolved that Council approve the accounts in the amount of $12,400.50.",
                Some("Dora Quist"),
                Some(MotionOutcome::Carried)
            ),
        ]
    );
}

/// A municipality's minutes laid out from a word processor: the title
/// block (the municipality, where it met, the address, the date), the
/// council listed one name to a line under a label inside the first
/// item, staff with their posts in a column, the press ("The ..."), and a
/// motion numbered, moved and seconded on one line, quoted, and disposed.
const MUNICIPALITY_ONE_NAME_A_LINE: &str = "\
MUNICIPALITY OF NORTH-BRAY

COUNCIL CHAMBERS

1200 Mill Road

Tuesday  March 5th    2024             7:30 pm

 Minutes of the Meeting

1) Call to order:     The meeting was called to order by Mayor Ian Reeve at 7:30 pm.

Council in Attendance:

Ian Reeve
Carla Munro
Dev Patel

Staff in Attendance:

Sam Okoro                  Chief Building Official

Others in Attendance:

Jo Tate              The Bray Gazette

2) Agenda:

Motion:  61-2024      Moved by Carla Munro          Seconded by Dev Patel

“That the agenda for the meeting of March 5th, 2024 be adopted as presented.”

Disposition                        Carried
";

#[test]
fn a_municipality_lists_its_council_one_name_to_a_line() {
    let doc = parse(MUNICIPALITY_ONE_NAME_A_LINE);
    assert_eq!(
        doc.meeting.body.as_deref(),
        Some("MUNICIPALITY OF NORTH-BRAY")
    );
    assert_eq!(
        numbered(&doc),
        [
            (Some("1"), Some("Call to order")),
            (Some("2"), Some("Agenda"))
        ]
    );
    let mut names = names(&doc);
    names.sort_unstable();
    names.dedup();
    assert_eq!(
        names,
        [
            "Carla Munro",
            "Dev Patel",
            "Ian Reeve",
            "Jo Tate",
            "Sam Okoro"
        ]
    );
    assert_eq!(
        role_of(&people(&doc), "Sam Okoro"),
        Some("Chief Building Official")
    );
    assert_eq!(
        decided(&doc, |r, m| (r.text.as_str(), m.seconder.as_deref())),
        [(
            "“That the agenda for the meeting of March 5th, 2024 be adopted as presented.”",
            Some("Dev Patel")
        )]
    );
}

/// A township's minutes with headings in capitals and no numbers: the
/// members listed by post ("Mayor: ...", "Councillors: A, B, C") under
/// "MEMBERS PRESENT:", items about the agenda and the minutes ("ADDITIONS
/// TO AGENDA", "BUSINESS ARISING FROM THE MINUTES"), and each motion
/// numbered, moved, seconded and "RESOLVED that ...".
const TOWNSHIP_CAPITAL_HEADINGS: &str = "\
TOWNSHIP OF WEST HOLLIN
COUNCIL MEETING MINUTES
August 2, 2022

MEMBERS PRESENT:
Mayor: Nadia Ferris
Councillors: Owen Pratt, D. Carol Menzies, Luke Arden
MEMBERS ABSENT:
STAFF PRESENT:
Rita Vance, Deputy Clerk

MEETING CALLED TO ORDER
The meeting was called to order at 9:02 a.m. by Mayor Nadia Ferris.

ADDITIONS TO AGENDA
Councillor Pratt asked to add a report on the arena roof.

APPROVAL OF AGENDA
Resolution No. 1
Moved by Owen Pratt
Seconded by Luke Arden
RESOLVED that the agenda for the August 2, 2022 meeting of Council be approved.

BUSINESS ARISING FROM THE MINUTES
The Deputy Clerk reported that the fencing will be finished in September.
";

#[test]
fn a_township_lists_members_by_post_under_capital_headings() {
    let doc = parse(TOWNSHIP_CAPITAL_HEADINGS);
    assert_eq!(doc.meeting.body.as_deref(), Some("TOWNSHIP OF WEST HOLLIN"));
    assert_eq!(
        headings(&doc),
        [
            Some("MEETING CALLED TO ORDER"),
            Some("ADDITIONS TO AGENDA"),
            Some("APPROVAL OF AGENDA"),
            Some("BUSINESS ARISING FROM THE MINUTES"),
        ]
    );
    assert_eq!(
        attending(&doc),
        [
            "Nadia Ferris",
            "Owen Pratt",
            "D. Carol Menzies",
            "Luke Arden",
            "Rita Vance"
        ]
    );
    let people = people(&doc);
    assert_eq!(role_of(&people, "Nadia Ferris"), Some("Mayor"));
    assert_eq!(role_of(&people, "Rita Vance"), Some("Deputy Clerk"));
    assert_eq!(
        decided(&doc, |r, m| (r.text.as_str(), m.mover.as_deref())),
        [(
            "the agenda for the August 2, 2022 meeting of Council be approved.",
            Some("Owen Pratt")
        )]
    );
}

/// A community council's minutes numbered paragraph by paragraph, with
/// no headings: the members listed after "Councillors –", and the
/// apologies in a numbered sentence ("2. Apologies were accepted from:
/// Councillors – ...") that is neither an item's title nor a decision.
#[test]
fn apologies_in_a_numbered_sentence() {
    let doc = parse(
        "Minutes of the meeting of Pentre Community Council held in the \
         Church Hall on 4 March 2021\n\
         Present: Councillors – Alun Price, Bethan Rees, Carys Lloyd\n\
         1. A short period of silent reflection was undertaken\n\
         2. Apologies were accepted from: Councillors – Dafydd Owen, \
         Eirlys Hughes and Gareth Bowen\n\
         3. There were no declarations of interest received.\n",
    );
    assert_eq!(
        apologies(&doc),
        ["Dafydd Owen", "Eirlys Hughes", "Gareth Bowen"]
    );
    let mut names = names(&doc);
    names.sort_unstable();
    names.dedup();
    assert_eq!(names, ["Alun Price", "Bethan Rees", "Carys Lloyd"]);
    assert!(
        doc.items.iter().all(|i| i.resolutions.is_empty()),
        "{:#?}",
        doc.items
    );
    assert!(
        headings(&doc)
            .iter()
            .all(|h| !h.is_some_and(|h| h.starts_with("Apologies"))),
        "{:?}",
        headings(&doc)
    );
}

/// A town council's minute book laid out in columns (minute number,
/// title in capitals, text), the columns' tabs lost: the title ends
/// where the text starts ("APOLOGIES Apologies were received from ...",
/// "MINUTES The following minutes were read and confirmed:-").
#[test]
fn a_title_in_capitals_run_into_its_text() {
    let doc = parse(
        "MINUTES OF A MEETING OF THE TOWN COUNCIL HELD ON 25 JUNE 2012\n\
         363/01\tAPOLOGIES\tApologies were received from Cllr Mrs Sian \
         Mills\n\
         363/02\tDECLARATIONS OF INTEREST\tCllr Gareth Morgan declared a \
         personal interest as a member of the PCC\n\
         363/03\tMINUTES\tThe following minutes were read and confirmed:-\n\
         Minutes of the Environment Panel held on 18.06.12 were \
         unanimously confirmed as a true record.\n",
    );
    assert_eq!(
        headings(&doc),
        [
            Some("APOLOGIES"),
            Some("DECLARATIONS OF INTEREST"),
            Some("MINUTES")
        ]
    );
    assert_eq!(apologies(&doc), ["Sian Mills"]);
}

/// A US city council's roll call: members by title ("Mayor", "Council
/// Member", "Vice-Chair"), staff "post name", a contractor's company,
/// and who was absent or excused said in a sentence of its own.
#[test]
fn a_roll_call_with_members_absent_or_excused() {
    let doc = parse(
        "MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL\n\
         OF THE CITY OF GLEN FALLS IN THE COUNTY OF ASH\n\
         REGULAR SESSION\n\
         MARCH 12, 2019\n\n\
         1. CALL TO ORDER\n\
         Mayor Ruth Ames called the meeting to order at 7:00 p.m.\n\n\
         2. ROLL CALL\n\
         Roll Call: Mayor Ames, Vice-Chair Ortiz, Council Member Lund.\n\
         Council Member Walker was absent.\n\
         Councilmember Pryce asked to be excused.\n\
         Also present were City Manager Curt Doyle, Finance Director Nell \
         Shaw, Planner Gina Marsh, and Mary Mullen, TimeSaver Minutes, Inc.\n\n\
         3. PLEDGE OF ALLEGIANCE\n\
         The Pledge of Allegiance was recited.\n",
    );
    assert_eq!(
        doc.meeting.body.as_deref(),
        Some("CITY COUNCIL OF THE CITY OF GLEN FALLS")
    );
    assert_eq!(apologies(&doc), ["Walker", "Pryce"]);
    // ("Mayor Ames" is Ruth Ames.)
    let mut names = names(&doc);
    names.sort_unstable();
    names.dedup();
    assert_eq!(
        names,
        [
            "Curt Doyle",
            "Gina Marsh",
            "Lund",
            "Mary Mullen",
            "Nell Shaw",
            "Ortiz",
            "Ruth Ames"
        ]
    );
}

/// A New Zealand district council's minutes set in two columns: a label
/// ("PRESENT:", "IN ATTENDANCE:"), then its list, wrapped onto lines
/// indented to where the list starts; names with a particle ("van");
/// "Moved Cr A, seconded Cr B and resolved" over the decision.
const HANGING_COLUMNS: &str = "\
                     MINUTES OF TASMAN PLAINS DISTRICT COUNCIL
                          ORDINARY COUNCIL MEETING
                     ON TUESDAY, 9 FEBRUARY 2021 AT 9.30AM

PRESENT:            Mayor Grant Hale, Deputy Mayor Jo Leslie, Cr Ana Munro, Cr Stuart
                    Barwood, Cr Mere Cox
IN ATTENDANCE:      Suzette van Aswegen (Chief Executive), Paul Numan (General Manager
                    Corporate Services), Tim Mulcock (Transition Manager), Chris
                    Clarke (Communications Advisor)

1        APOLOGIES

There were no apologies.

2        CONFIRMATION OF MINUTES

Moved Cr Munro, seconded Deputy Mayor Leslie and resolved

That the minutes of the meeting held on 8 December 2020 be confirmed.
";

#[test]
fn a_list_wrapped_in_its_column() {
    let doc = parse(HANGING_COLUMNS);
    assert_eq!(
        attending(&doc),
        [
            "Grant Hale",
            "Jo Leslie",
            "Ana Munro",
            "Stuart Barwood",
            "Mere Cox",
            "Suzette van Aswegen",
            "Paul Numan",
            "Tim Mulcock",
            "Chris Clarke"
        ]
    );
    let people = people(&doc);
    // ("Deputy" is Jo Leslie's title, not Grant Hale's post.)
    assert_eq!(role_of(&people, "Grant Hale"), None);
    assert_eq!(
        role_of(&people, "Paul Numan"),
        Some("General Manager Corporate Services")
    );
    assert_eq!(
        decided(&doc, |r, m| (
            r.text.as_str(),
            m.mover.as_deref(),
            m.seconder.as_deref()
        )),
        [(
            "That the minutes of the meeting held on 8 December 2020 be confirmed.",
            Some("Munro"),
            Some("Leslie")
        )]
    );
}

/// A district council's resolutions as "Council’s Resolution Proposed by
/// A, seconded by B:" over "THAT ... . CARRIED": the movers of the
/// apologies' resolution are not apologies, and a motion that records its
/// own vote is a resolution whoever moved it.
#[test]
fn a_councils_resolution_proposed_and_carried() {
    let doc = parse(
        "Minutes of the Meeting of the District Council held on Tuesday, \
         3 October 2017\n\n\
         Present: Mayor Hana Reti (Chair), Cr Jenny Duncan, Cr Alan Tait.\n\n\
         1. Apologies\n\n\
         Apologies Council’s Resolution Proposed by Mayor Reti, seconded by \
         Cr Duncan:\n\n\
         THAT apologies from Cr Josh Mackay and Cr Helen Craig are \
         received. CARRIED\n\n\
         2. Confirmation of Minutes\n\n\
         THAT the minutes of the meeting held 6 September 2017 are \
         confirmed. CARRIED\n",
    );
    assert_eq!(apologies(&doc), ["Josh Mackay", "Helen Craig"]);
    assert_eq!(
        decided(&doc, |r, m| (r.text.as_str(), m.mover.as_deref())),
        [
            (
                "THAT apologies from Cr Josh Mackay and Cr Helen Craig are received.",
                Some("Reti")
            ),
            (
                "THAT the minutes of the meeting held 6 September 2017 are confirmed.",
                None
            )
        ]
    );
}

/// A shire's record of attendance laid out as a table a PDF flattened
/// one cell to a paragraph: "Members", "Staff", "Apologies" and "Members
/// on Leave of Absence" each over the names, under a heading that speaks
/// of attendance and apologies both.
#[test]
fn a_record_of_attendance_one_cell_to_a_paragraph() {
    let doc = parse(
        "Ordinary Meeting of Council – Minutes – Shire of Kellerby\n\n\
         1. DECLARATION OF OPENING\n\n\
         The Shire President, Cr Crosby, declared the meeting opened at 5.20 pm.\n\n\
         2. RECORD OF ATTENDANCE/APOLOGIES & APPROVED LEAVE OF ABSENCE\n\n\
         Members\n\nCr C Crosby\n\nCr M Tuffley\n\nShire President\n\nMember\n\n\
         Staff\n\nJ Bentley\n\nChief Executive Officer\n\n\
         Apologies\n\nCr R Jury\n\nMember\n\n\
         Members on Leave of Absence\n\nCr M Stephens\n\nMember\n\n\
         3. PUBLIC QUESTION TIME\n\nNil\n",
    );
    // (The body from the running head's last part.)
    assert_eq!(doc.meeting.body.as_deref(), Some("Shire of Kellerby"));
    assert_eq!(apologies(&doc), ["R Jury", "M Stephens"]);
    let mut names = names(&doc);
    names.sort_unstable();
    names.dedup();
    assert_eq!(names, ["C Crosby", "J Bentley", "M Tuffley"]);
}

/// A ModernGov decision's page: the title under "Decision details", the
/// decision's fields (who decided, its status, when it was published),
/// the decision itself, and the meeting that took it ("Decided at
/// meeting: 17/05/2023 - Finance and Resources Committee").
#[test]
fn a_decision_details_page() {
    let doc = parse(
        "Decision details\n\
         Declarations of Interest and Transparency Statements\n\
         Decision Maker: Finance and Resources Committee\n\
         Decision status: For Determination\n\
         Is Key decision?: No\n\
         Is subject to call in?: No\n\
         (1) Councillor Watson declared an interest in relation to agenda \
         item 11.1 (Regional Economic Strategy) by virtue of him being a \
         member of the Trade Union Congress.\n\
         Publication date: 19/05/2023\n\
         Date of decision: 17/05/2023\n\
         Decided at meeting: 17/05/2023 - Finance and Resources Committee\n",
    );
    assert_eq!(
        doc.meeting.body.as_deref(),
        Some("Finance and Resources Committee")
    );
    assert_eq!(
        doc.meeting.date,
        chrono::NaiveDate::from_ymd_opt(2023, 5, 17)
    );
    assert_eq!(
        headings(&doc),
        [Some("Declarations of Interest and Transparency Statements")]
    );
    let points: Vec<&str> = doc.items[0]
        .discussion
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(points.len(), 1, "{points:?}");
    assert!(points[0].starts_with("Councillor Watson declared"));
}

/// US action minutes: "MOTION: A moved, seconded by B to ..." over
/// "MOTION PASSED: 9-0"; "Motion by A, seconded by B, to ..." over "Vote
/// taken. All ayes present. Motion carried."; the city hall named after
/// the council in the title.
#[test]
fn action_minutes_motions_and_their_votes() {
    let doc = parse(
        "REGULAR MEETING OF THE ELMORE CITY COUNCIL ELMORE CITY HALL\n\n\
         CITY COUNCIL CHAMBERS FEBRUARY 18, 2020\n\n\
         1. CLOSED SESSION\n\n\
         MOTION: Vice Mayor Filson moved, seconded by Mayor Knapp to go \
         into Closed Session.\n\n\
         MOTION PASSED: 9-0\n\n\
         2. COUNCIL MINUTES\n\n\
         Motion by Councilmember Barnes, seconded by Councilmember Skog, to \
         approve the minutes as written.\n\n\
         Vote taken. All ayes present. Motion carried.\n",
    );
    assert_eq!(doc.meeting.body.as_deref(), Some("ELMORE CITY COUNCIL"));
    assert_eq!(
        decided(&doc, |r, m| (
            r.text.as_str(),
            m.mover.as_deref(),
            m.outcome
        )),
        [
            (
                "to go into Closed Session.",
                Some("Filson"),
                Some(MotionOutcome::Carried)
            ),
            (
                "to approve the minutes as written.",
                Some("Barnes"),
                Some(MotionOutcome::Carried)
            )
        ]
    );
}

/// A city's minutes flattened into one paragraph: the council present,
/// then "ABSENT: Councilmember D." as a later sentence, then the staff.
#[test]
fn absent_as_a_later_sentence_of_a_flattened_paragraph() {
    let doc = parse(
        "Regular Council Meeting July 9, 2002 Mayor Tierney called a \
         Regular Meeting of the Elm City Council to order at 7:00 p.m. \
         COUNCIL PRESENT: Mayor Tierney, Councilmembers Hewitt, Harstad and \
         Stein. ABSENT: Councilmember Jonas. STAFF PRESENT: City Manager \
         Ahrens and City Clerk Paulson. Elm Forum No one was present to \
         address the Council.\n",
    );
    assert_eq!(apologies(&doc), ["Jonas"]);
    assert!(!names(&doc).contains(&"Jonas"), "{:?}", names(&doc));
}

/// A ModernGov decision's page with its sections laid out as labels
/// ("Purpose:", "Decision:", "Reasons for the decision:", "Alternative
/// options considered:", "Accompanying Documents:"): the title is the
/// item's heading and the numbered decisions its resolutions.
#[test]
fn a_decision_page_with_its_sections() {
    let doc = parse(
        "Decision details\n\n\
         Local Plan Review - Regulation 18 Consultation\n\n\
         Decision Maker: Cabinet\n\n\
         Decision status: Recommendations Approved\n\n\
         Is Key decision?: Yes\n\n\
         Purpose:\n\n\
         To seek approval to consult on the draft Local Plan.\n\n\
         Decision:\n\n\
         (1) That the draft Local Plan be approved for public consultation.\n\n\
         (2) That the Head of Planning be authorised to make minor changes.\n\n\
         Reasons for the decision:\n\n\
         The Council must review its Local Plan every five years.\n\n\
         Alternative options considered:\n\n\
         Not to consult, which was rejected.\n\n\
         Publication date: 10/11/2023\n\n\
         Decided at meeting: 08/11/2023 - Cabinet\n\n\
         Accompanying Documents:\n\n\
         Local Plan Review report PDF 512 KB\n",
    );
    assert_eq!(doc.meeting.body.as_deref(), Some("Cabinet"));
    assert_eq!(
        headings(&doc),
        [Some("Local Plan Review - Regulation 18 Consultation")]
    );
    assert_eq!(
        resolved(&doc.items[0]),
        [
            "That the draft Local Plan be approved for public consultation.",
            "That the Head of Planning be authorised to make minor changes."
        ]
    );
    assert_eq!(doc.items[0].documents.len(), 1, "{:#?}", doc.items[0]);
}

/// A ModernGov meeting page whose items lost their numbers: each title
/// set apart with its report's format and size ("Declarations of
/// Interest pdf icon PDF 55 KB"), the agenda's description, then the
/// minutes; "It was agreed:" over lettered decisions after "Additional
/// documents:".
#[test]
fn titles_with_their_reports_size_and_no_numbers() {
    let doc = parse(
        "Cabinet - Monday, 2nd October, 2023 6.00 pm\n\n\
         No. Item\n\n\n\
         Declarations of Interest pdf icon PDF 55 KB\n\n\
         To receive any declarations of interest from Members.\n\n\n\
         There were no declarations of interest.\n\n\n\
         Infrastructure Funding Statement 2022/2023 pdf icon PDF 127 KB\n\n\
         To consider the attached report of the Head of Planning.\n\n\n\
         Additional documents:\n\n\n\
         It was agreed:\n\n\n\
         (a)  That the Infrastructure Funding Statement 2022/23 be approved \
         for publication.\n\n\n\
         (b)  That the Strategic Director be authorised to make minor \
         changes.\n",
    );
    assert_eq!(
        headings(&doc),
        [
            Some("Declarations of Interest"),
            Some("Infrastructure Funding Statement 2022/2023")
        ]
    );
    assert_eq!(
        resolved(&doc.items[1]),
        [
            "That the Infrastructure Funding Statement 2022/23 be approved for publication.",
            "That the Strategic Director be authorised to make minor changes."
        ]
    );
}

/// A ModernGov meeting page that lost its item numbers and its first
/// titles: a resolution before the first title is still a resolution, and
/// the agenda's wording with its report's size is a title however long.
#[test]
fn a_resolution_before_the_first_title_and_a_long_worded_title() {
    let doc = parse(
        "Cabinet - Monday 21st October 2024 10.00 a.m.\n\n\
         Apologies for absence were received from Councillors S. Colella \
         and P. Whittaker.\n\n\n\
         The minutes of the special meeting were submitted.\n\n\n\
         RESOLVED that the minutes of the special meeting be approved.\n\n\n\
         To confirm the accuracy of the minutes of the meeting of the \
         Cabinet held on 11th September 2024 pdf icon PDF 272 KB\n\n\
         The minutes of the Cabinet meeting held on 11th September 2024 \
         were submitted for Members’ consideration.\n\n\n\
         RESOLVED that the minutes of the Cabinet meeting held on 11th \
         September 2024 be approved.\n",
    );
    assert_eq!(apologies(&doc), ["S. Colella", "P. Whittaker"]);
    assert_eq!(
        headings(&doc),
        [
            None,
            Some(
                "To confirm the accuracy of the minutes of the meeting of the Cabinet held on 11th September 2024"
            )
        ]
    );
    assert_eq!(
        resolved(&doc.items[0]),
        ["the minutes of the special meeting be approved."]
    );
    assert_eq!(
        resolved(&doc.items[1]),
        [
            "the minutes of the Cabinet meeting held on 11th September 2024 be approved."
        ]
    );
}

/// A ModernGov meeting page flattened from its table: each row is the
/// agenda's wording, however long, then "Minutes:" and the minute; a
/// decision may follow a clause of how it was reached.
#[test]
fn long_titles_before_a_run_in_minutes_label_and_a_vote_clause() {
    let doc = parse(
        "Venue: Remote Meeting.\n\
         No. | Item |\n\
         Declarations of interest Minutes: None. |\n\
         To elect a Chair of the District Council for the Civic Year \
         2021/22 Minutes: The Leader thanked the outgoing Chair for her \
         year in office.\n\
         It was proposed by Councillor A. Pike and seconded by Councillor \
         R. Ford that Councillor T. Hale be elected Chair. Upon being put \
         to the vote it was unanimously agreed to elect Councillor Hale \
         as Chair. |\n\
         To appoint a Vice-Chair of the District Council for the Civic \
         Year 2021/22 Minutes: It was moved by Councillor R. Ford and \
         seconded by Councillor A. Pike that Councillor M. Dale be Vice \
         Chair.\n\
         Upon being put to the vote it was resolved that Councillor M. \
         Dale be appointed as Vice Chair. |\n",
    );
    assert_eq!(
        headings(&doc),
        [
            Some("Declarations of interest"),
            Some(
                "To elect a Chair of the District Council for the Civic Year 2021/22"
            ),
            Some(
                "To appoint a Vice-Chair of the District Council for the Civic Year 2021/22"
            )
        ]
    );
    assert_eq!(
        resolved(&doc.items[2]),
        ["Councillor M. Dale be appointed as Vice Chair."]
    );
}

/// New South Wales minutes: the running head in capitals ends in the
/// meeting's date and is no item; an apology is accepted by a resolution
/// moved "on the motion of" members, who are no apologies.
#[test]
fn a_dated_running_head_and_an_apology_accepted_on_a_motion() {
    let doc = parse(
        "MINUTES\n\n\
         ORDINARY COUNCIL 22/11/2017\n\n\
         Page 2\n\n\
         PRESENT\n\n\
         Councillors Garry Carter, Dominic King (Mayor) and Toni Wright.\n\n\
         1 ACKNOWLEDGEMENT OF COUNTRY\n\n\
         The Mayor acknowledged the traditional custodians of the land.\n\n\
         2 APOLOGIES\n\n\
         RESOLVED unanimously on the motion of Clr Carter, seconded Clr \
         Wright that an apology for non attendance due to illness by Clr \
         Fenton be accepted and leave of absence granted.\n",
    );
    assert_eq!(
        headings(&doc),
        [Some("ACKNOWLEDGEMENT OF COUNTRY"), Some("APOLOGIES")]
    );
    assert_eq!(apologies(&doc), ["Fenton"]);
}

/// A parish's minutes with the minute reference before each number, a
/// title's optional plural and its full stop set apart, and the
/// decision worded "The meeting agreed the minutes ...".
#[test]
fn minute_references_before_numbers_and_a_meeting_that_agreed_the_minutes() {
    let doc = parse(
        "C049/23      2.         DECLARATIONS OF DISCLOSABLE PECUNIARY AND \
         OTHER REGISTERABLE INTEREST(s)\n\n\
         No declarations\n\n\
         C051/23      4.         PLANNING MATTERS FOR CONSIDERATION.\n\n\
         The Parish Clerk reported that there were no planning matters.\n\n\
         C052/23      5.         TO RECEIVE AND ADOPT THE MINUTES OF THE \
         PARISH COUNCIL MEETING HELD ON 13 NOVEMBER 2023 .\n\n\
         The meeting agreed the minutes represented a true record of the \
         meeting.\n\n\
         C053/23      6.         MATTERS ARISING.\n\n\
         No matters arising.\n",
    );
    assert_eq!(
        numbered(&doc),
        [
            (
                Some("2"),
                Some(
                    "DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER REGISTERABLE INTEREST(s)"
                )
            ),
            (Some("4"), Some("PLANNING MATTERS FOR CONSIDERATION.")),
            (
                Some("5"),
                Some(
                    "TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 13 NOVEMBER 2023 ."
                )
            ),
            (Some("6"), Some("MATTERS ARISING."))
        ]
    );
    assert_eq!(
        resolved(&doc.items[2]),
        [
            "The meeting agreed the minutes represented a true record of the meeting."
        ]
    );
}

/// A parish's minutes kept as a table, each cell closed by a bar: the
/// bar is no part of a title or a decision.
#[test]
fn a_table_of_minutes_with_closing_bars() {
    let doc = parse(
        "MINUTES OF THE PARISH COUNCIL MEETING\n\
         Subject |\n\
         Minute |\n\
         3. Declarations of interests |\n\
         JB and Clerk declared an interest in the Twinning Association |\n\
         |\n\
         4. Minutes |\n\
         Resolved: Council 19 February 2004 - approved |\n\
         |\n",
    );
    assert_eq!(
        headings(&doc),
        [Some("Declarations of interests"), Some("Minutes")]
    );
    assert_eq!(
        resolved(&doc.items[1]),
        ["Council 19 February 2004 - approved"]
    );
}

/// A parish's numbered minutes with sub-items: a title over its own
/// sub-items is an item however plainly worded; a sub-item's title ends
/// at a dash before its text; "There were apologies from" lists names;
/// a name with its post in brackets is not the post of the name before.
#[test]
fn sub_items_with_titles_before_a_dash_and_apologies_there_were() {
    let doc = parse(
        "Draft Minutes of the Parish Council meeting 9th May 2016\n\n\
         IN ATTENDANCE: County Cllr David Harlow, Tracy Knights \
         (Lengthsman & Parish Footpath Officer), and 8 other residents\n\n\
         3. Election of other offices\n\
         3.1. Internal Auditor – Clerk informed the Parish Council that Bev \
         Hill will not be able to continue. Clerk to action\n\
         3.2. Representative on the Village Hall Management Committee – \
         Cllr Mike Cain proposed and Cllr Laura Williams seconded that Cllr \
         Richard Williams continues as Village Hall Representative.\n\n\
         5. Apologies\n\
         5.1. There were apologies from Lowri Anderson and Dave Atkinson \
         (Locality Steward)\n",
    );
    assert_eq!(
        numbered(&doc),
        [
            (Some("3"), Some("Election of other offices")),
            (Some("3.1"), Some("Internal Auditor")),
            (
                Some("3.2"),
                Some(
                    "Representative on the Village Hall Management Committee"
                )
            ),
            (Some("5"), Some("Apologies"))
        ]
    );
    assert_eq!(doc.items[2].discussion.len(), 1);
    assert_eq!(apologies(&doc), ["Lowri Anderson", "Dave Atkinson"]);
    let people = people(&doc);
    assert_eq!(role_of(&people, "David Harlow"), None);
    assert_eq!(
        role_of(&people, "Tracy Knights"),
        Some("Lengthsman & Parish Footpath Officer")
    );
}

/// A parish's minutes that list the members present under the title with
/// no label, each with initials in brackets.
#[test]
fn members_listed_under_the_title_without_a_label() {
    let doc = parse(
        "Minutes of the Meeting of the Parish Council\n\
         Thursday 22nd September 2016, The Old School, Kings Caple\n\n\
         Penny Brandram-Jones (PBJ), Andrew Eames (AE), Harry Bees (HB), \
         Russell Nunn (RN)\n\n\
         1 Apologies for Absence\n\
         Apologies were accepted from Tim Over\n\n\
         2 Minutes of Previous Meeting\n\
         Resolved: to approve the Minutes of 14th July as drafted\n",
    );
    assert_eq!(
        attending(&doc),
        [
            "Penny Brandram-Jones",
            "Andrew Eames",
            "Harry Bees",
            "Russell Nunn"
        ]
    );
    assert_eq!(apologies(&doc), ["Tim Over"]);
}

/// Welsh committee minutes: "RECOMMENDED" in capitals is the committee's
/// decision, "T H A T" spaced out is written whole, and a title's dash
/// with nothing after it is no part of the title.
#[test]
fn recommended_in_capitals_and_that_spaced_out() {
    let doc = parse(
        "Minutes of a meeting held on 17th May, 2018.\n\n\
         Present: Councillor V.J. Bailey (Chairman); Councillors Mrs. P. \
         Drake and M. Lloyd.\n\n\
         43        APPOINTMENT OF VICE-CHAIRMAN -\n\n\
         RESOLVED - T H A T Councillor M. Lloyd be appointed Vice-Chairman \
         for the Municipal Year.\n\n\
         44        MINUTES -\n\n\
         RECOMMENDED - T H A T the minutes of the meeting held on 19th \
         April, 2018 be approved as a correct record.\n",
    );
    assert_eq!(
        headings(&doc),
        [Some("APPOINTMENT OF VICE-CHAIRMAN"), Some("MINUTES")]
    );
    assert_eq!(
        resolved(&doc.items[0]),
        [
            "THAT Councillor M. Lloyd be appointed Vice-Chairman for the Municipal Year."
        ]
    );
    assert_eq!(
        resolved(&doc.items[1]),
        [
            "THAT the minutes of the meeting held on 19th April, 2018 be approved as a correct record."
        ]
    );
}

/// A ModernGov item page is one item, whatever titles its minutes hold.
#[test]
fn an_item_page_is_one_item_whatever_titles_it_holds() {
    let doc = parse(
        "Agenda item\n\n\
         Any other business that the Chairman considers urgent\n\n\
         Minutes:\n\n\
         The following items of business were raised:\n\n\
         Use of Acronyms\n\n\
         Report authors were reminded that acronyms should be spelt out at \
         first use.\n\n\
         Late Reports\n\n\
         The Committee agreed that late reports would only be considered \
         for a good reason.\n",
    );
    assert_eq!(
        headings(&doc),
        [Some(
            "Any other business that the Chairman considers urgent"
        )]
    );
}

/// InfoCouncil minutes (New South Wales): a short heading in sentence
/// case ("Public forum commenced"), and a report's number set apart from
/// its title by a column's gap opens an item; the same number in a table
/// of interests does not.
#[test]
fn a_sentence_case_heading_and_a_report_number_before_its_title() {
    let doc = parse(
        "PRESENT:              Cr Denise Knight, Cr Paul Amos, Cr John Arkan\n\n\
         Disclosure of Interest\n\n\
         Cr Paul Amos declared an interest in the following item.\n\n\
         SI20/13 Toormina BMX Upgrade Project\n\n\
         Non-Pecuniary - Less Than Significant Conflict as he was a sponsor \
         of a club member.\n\n\
         Public forum commenced\n\n\
         No public forums.\n\n\
         Mayoral Minute\n\n\
         MM21/03        Environmental Planning Amendment Bill 2021\n\n\
         2021/197\n\n\
         Resolved (Cr Denise Knight)\n\n\
         That Council calls on the NSW Government to withdraw the Bill.\n",
    );
    assert_eq!(
        numbered(&doc),
        [
            (None, Some("Disclosure of Interest")),
            (None, Some("Public forum commenced")),
            (
                Some("MM21/03"),
                Some("Environmental Planning Amendment Bill 2021")
            )
        ]
    );
    assert_eq!(
        resolved(&doc.items[2]),
        ["That Council calls on the NSW Government to withdraw the Bill."]
    );
}

/// A Welsh community council's minutes in Welsh: the date with Welsh
/// month and ordinal, the council's name, who was present (PRESENNOL)
/// and who sent apologies (ymddiheuriadau), decisions agreed
/// (cytunwyd), approved (cymeradwywyd) and planning verdicts.
#[test]
fn minutes_written_in_welsh() {
    let doc = parse(
        "\tCyfarfod 9fed Medi 2020\n\n\
         \tCynhaliwyd cyfarfod Cyngor Cymuned Llanfair a Bryn o bell am \
         7.30pm.\n\n\
         \tPRESENNOL\n\
         \tCynghorwyr Alun Rees, Mair Evans, Owen Price a’r Cynghorydd Sir \
         Siân Lloyd.\n\n\
         \t\tCROESO AC YMDDIHEURIADAU\n\
         \t\tCymerwyd y Gadair gan y Cyng. O. Price.\n\
         \t\tDerbyniwyd ymddiheuriadau gan y Cynghorwyr Huw Jenkins a Nia \
         Owen.\n\n\
         \t\tCADARNHAU COFNODION Y CYFARFOD DIWETHAF\n\
         \t\tCynigiwyd gan y Cyng. A. Rees, eiliwyd gan y Cyng. M. Evans a \
         chytunwyd yn unfrydol bod cofnodion y cyfarfod diwethaf yn \
         gywir.\n\n\
         \t\tASESIAD RISG\n\
         \t\tCymeradwywyd yr Asesiad Risg ar gyfer 2020/21 yn unfrydol.\n\n\
         \t\tCYNLLUNIO\n\
         \t\tCytunwyd ar y sylwadau canlynol:\n\
         \t\tE/40723\n\
         \t\tAddasu Adeilad yn Annedd\n\
         \t\tDIM GWRTHWYNEBIAD\n\n\
         \t\tUNRHYW FATER ARALL\n\
         \t\tDiolchwyd i aelodau a daeth y cyfarfod i ben am 9.00pm \
         ac eithrio trafod gyda Chyngor Sir Gâr.\n",
    );
    assert_eq!(
        doc.meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2020-09-09")
    );
    assert_eq!(
        doc.meeting.body.as_deref(),
        Some("Cyngor Cymuned Llanfair a Bryn")
    );
    // (In either order: the scan reads the titled first name, the list
    // the others.)
    let mut present = attending(&doc);
    present.sort_unstable();
    assert_eq!(
        present,
        ["Alun Rees", "Mair Evans", "Owen Price", "Siân Lloyd"]
    );
    let mut absent = apologies(&doc);
    absent.sort_unstable();
    assert_eq!(absent, ["Huw Jenkins", "Nia Owen"]);
    assert_eq!(
        headings(&doc),
        [
            Some("CROESO AC YMDDIHEURIADAU"),
            Some("CADARNHAU COFNODION Y CYFARFOD DIWETHAF"),
            Some("ASESIAD RISG"),
            Some("CYNLLUNIO"),
            Some("UNRHYW FATER ARALL")
        ]
    );
    assert_eq!(
        resolved(&doc.items[1]),
        ["cofnodion y cyfarfod diwethaf yn gywir."]
    );
    assert_eq!(
        resolved(&doc.items[2]),
        ["Cymeradwywyd yr Asesiad Risg ar gyfer 2020/21 yn unfrydol."]
    );
    assert_eq!(resolved(&doc.items[3]), ["DIM GWRTHWYNEBIAD"]);
    assert!(!names(&doc).contains(&"Gâr"));
}

/// A heading in capitals straight over a table of planning applications,
/// whose first cell is the application's number (capitals, figures and
/// a slash): still a heading, and the verdicts under it its decisions.
#[test]
fn a_heading_over_a_table_of_planning_applications() {
    let doc = parse(
        "\t\tINSURANCE\n\
         \t\tThe Clerk advised that the renewal had been received.\n\n\
         \t\tPLANNING\n\n\
         \t\t\t\tE/40480\n\
         \t\t\t\tAgricultural Storage Building\n\
         \t\t\t\tPanteg Bungalow\n\
         \t\t\t\tNO OBJECTIONS\n\n\
         \t\tACCOUNTS FOR PAYMENT\n\
         \t\tThe following payments were approved.\n",
    );
    assert_eq!(
        headings(&doc),
        [
            Some("INSURANCE"),
            Some("PLANNING"),
            Some("ACCOUNTS FOR PAYMENT")
        ]
    );
    assert_eq!(resolved(&doc.items[1]), ["NO OBJECTIONS"]);
}

/// A member who sent apologies and is named later ("Vice Chairperson
/// Cllr. K. Davies remain in post") took part in no item; a member
/// present named in the same sentence did.
#[test]
fn who_sent_apologies_is_named_but_takes_no_part() {
    let doc = parse(
        "WELCOME AND APOLOGIES\n\
         Apologies received from Cllrs. Kim Davies and Doris Jones.\n\n\
         ARRANGEMENTS FOR THE AGM\n\
         It was proposed by Cllr. P. Harries and unanimously agreed that \
         Vice Chairperson Cllr. K. Davies remain in post until the AGM.\n",
    );
    assert_eq!(apologies(&doc), ["Kim Davies", "Doris Jones"]);
    let named: Vec<&str> = doc.items[1]
        .attendees
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(named, ["P. Harries"]);
}

/// A parish's minutes with a numbered title ending in a semicolon,
/// things named in capitals after an article or "its" ("A Grit Box",
/// "Sets Up It’s Own Website"), a police sergeant by rank, and a closing
/// line in capitals that is a sentence, not a title.
#[test]
fn a_parish_with_titled_things_a_sergeant_and_a_closing_notice() {
    let doc = parse(
        "Minutes of Hilgay Parish Council Meeting held in the Village Hall\n\n\
         1\\. Those Attending: Cllr J Barker (Chairman), Cllr Mrs D Cole, \
         Mrs C Hardy (Clerk) and Sgt Tom Bell.\n\n\
         2\\. Public Session:\n\n\
         b) A Grit Box requested for the cul-de-sac in Bradfield Place - \
         this will be looked into.\n\n\
         3\\. Website:\n\n\
         Cllr Mrs Cole proposed that the Council Sets Up It’s Own Website \
         seconded by Cllr Barker. Unanimously Agreed\n\n\
         4\\. To Approve Payments to be Made;\n\n\
         E-on - DD - £47.52 - Lighting - August\n\n\
         Cllr Barker proposed approval for payment seconded by Cllr Mrs \
         Cole. Agreed\n\n\
         5\\. Correspondence:\n\n\
         Barclays Bank - approval of new signing arrangements\n\n\
         MEMBERS OF THE PUBLIC ARE WELCOME TO ATTEND\n\n\
         Chairman: ..........\n",
    );
    assert_eq!(
        headings(&doc),
        [
            Some("Those Attending"),
            Some("Public Session"),
            Some("Website"),
            Some("To Approve Payments to be Made;"),
            Some("Correspondence")
        ]
    );
    let mut named = names(&doc);
    named.sort_unstable();
    named.dedup();
    assert_eq!(named, ["C Hardy", "D Cole", "J Barker", "Tom Bell"]);
    assert_eq!(resolved(&doc.items[3]), ["approval for payment"]);
}

/// A parish's minutes whose headings are lines in bold, in sentence
/// case, set apart: the title in bold names the council, posts stand
/// before the members' titles, and a heading in bold may stand over a
/// list of payments.
#[test]
fn headings_in_bold_where_the_items_are_not_numbered() {
    let doc = parse(
        "**HOCKWOLD PARISH COUNCIL**\n\n\
         **Draft minutes of the Parish Council meeting held on Tuesday \
         23rd July 2013 at 7.30pm in the village hall.**\n\n\
         **Present:** Chairman Cllr P Norton, Vice chair Cllr D Dean, \
         Cllr G Kemp, Borough Cllr C Sands.\n\n\
         **Minutes of last meeting**\n\n\
         Minutes of the meeting held on 14th May 2013 were discussed and \
         agreed to be a true record. Proposer: Cllr G Kemp, 2nd: Cllr D \
         Dean.\n\n\
         **Chairman's reports/ updates**\n\n\
         Resignations were received from two members of the council.\n\n\
         **Payments for approval**\n\n\
         Clerk £ 287.70\n\n\
         E.on £ 32.18\n\n\
         All payments were approved by Council.\n\n\
         **Matters requiring attention**\n\n\
         Quotes have been obtained for a new notice board.\n",
    );
    assert_eq!(doc.meeting.body.as_deref(), Some("HOCKWOLD PARISH COUNCIL"));
    assert_eq!(
        headings(&doc),
        [
            Some("Minutes of last meeting"),
            Some("Chairman's reports/ updates"),
            Some("Payments for approval"),
            Some("Matters requiring attention")
        ]
    );
    let present = people(&doc);
    assert_eq!(role_of(&present, "P Norton"), Some("Chairman"));
    assert_eq!(role_of(&present, "D Dean"), Some("Vice chair"));
    assert!(present.iter().any(|p| p.name == "C Sands"
        && p.honorific.as_deref() == Some("Borough Cllr")));
    assert_eq!(
        resolved(&doc.items[2]),
        ["All payments were approved by Council."]
    );
}

/// Among numbered items ("**1.Adoption of Minutes**", its number run
/// into its title in bold), a line in bold labels a part of an item
/// ("**REPLY**", a vote's "**For**"), not an item of its own.
#[test]
fn lines_in_bold_among_numbered_items_label_parts() {
    let doc = parse(
        "**MINUTES OF PROCEEDINGS AT MONTHLY MEETING OF THE MUNICIPAL \
         DISTRICT OF ADARE**\n\n\
         **1.Adoption of Minutes**\n\n\
         The minutes of the meeting held on 14th April were adopted.\n\n\
         **2.Question submitted by Councillor J. Moore**\n\n\
         I will ask at the next meeting for an update on the road.\n\n\
         **REPLY**\n\n\
         The works are programmed for the summer of this year.\n\n\
         **3.Notice of Motion submitted by Councillor A. Kean**\n\n\
         The motion was put to a vote.\n\n\
         **For**\n\n\
         Councillors Kean, Moore and Ryan.\n\n\
         **Against**\n\n\
         Councillor Walsh.\n",
    );
    assert_eq!(
        numbered(&doc),
        [
            (Some("1"), Some("Adoption of Minutes")),
            (Some("2"), Some("Question submitted by Councillor J. Moore")),
            (
                Some("3"),
                Some("Notice of Motion submitted by Councillor A. Kean")
            )
        ]
    );
}

/// A parish's minutes from a word processor: a list number before each
/// item's own number in bold ("1. **2.**   **Councillor Vacancy**"),
/// sub-items numbered in bold ("**5.1.** **Chairman’s Report**"), a
/// post after a dash, and decisions of "Councillors" as a whole.
#[test]
fn item_numbers_in_bold_after_a_list_number() {
    let doc = parse(
        "**DRAFT MINUTES OF** **WEST WALTON** **PARISH COUNCIL MEETING**\n\n\
         **THURSDAY 1st AUGUST 2013**\n\n\
         **PRESENT**:- Mrs Pam Hull, Mrs Claire Kemp – Chairman, Mr Tom \
         Fox\n\n\
         1. **1.**        **Apologies for Absence**\n\n\
         None\n\n\
         1. **2.**       **Councillor Vacancy**\n\n\
         The vacancy has been advertised. Councillors agreed that the \
         vacancy be filled by co-option.\n\n\
         1. **5.**       **Reports**\n\n\
         **5.1.** **Chairman’s Report**\n\n\
         The Chairman reported on the footpath.\n\n\
         **Willow Lane**\n\n\
         The Council had written to the County Council about the lane.\n\n\
         **5.2 Clerk’s Report**\n\n\
         The Clerk reported on the signs.\n\n\
         1. **6.**       **Accounts**\n\n\
         All Councillors approved the payments except the photocopying.\n",
    );
    assert_eq!(
        numbered(&doc),
        [
            (Some("1"), Some("Apologies for Absence")),
            (Some("2"), Some("Councillor Vacancy")),
            (Some("5"), Some("Reports")),
            (Some("5.1"), Some("Chairman’s Report")),
            (Some("5.2"), Some("Clerk’s Report")),
            (Some("6"), Some("Accounts"))
        ]
    );
    assert_eq!(role_of(&people(&doc), "Claire Kemp"), Some("Chairman"));
    assert_eq!(
        resolved(&doc.items[1]),
        ["Councillors agreed that the vacancy be filled by co-option."]
    );
    assert_eq!(
        resolved(&doc.items[5]),
        ["All Councillors approved the payments except the photocopying."]
    );
}

/// A parish's minutes laid out as a clerk's template: the council's
/// name over "Minutes of the meeting held on 8th June, 2016", an
/// attendance line with no commas, motions recorded "Proposed – Cllr A
/// Seconded – Cllr B" over their wording in quotes and a show of hands.
#[test]
fn motions_proposed_and_seconded_with_dashes_and_a_show_of_hands() {
    let doc = parse(
        "FINCHAM PARISH COUNCIL\n\n\
         Minutes of the meeting held on 8th June, 2016\n\n\
         Attendance: Chairman Mrs C Hart Vice Chairman S Lomas \
         Councillors Mrs D Clay M Lee J Nash County Councillor M Stone \
         Members of the public 15\n\n\
         1\\. Apologies\n\n\
         There were no apologies for absence\n\n\
         5\\. To agree Minutes of the meeting held on 11th May, 2016\n\n\
         Proposed - Cllr Clay Seconded - Cllr Nash\n\n\
         'That the minutes of the meeting held on Wednesday 11th May, \
         2016 be approved'\n\n\
         All in favour\n\n\
         7\\. To agree the end of year Finance Reports 2015/16\n\n\
         Proposed – Cllr Clay Seconded – Cllr Nash\n\n\
         That the year-end accounts for the financial year 2015/16 are \
         approved.\n\n\
         All in favour\n\n\
         16\\. To discuss the purchase of a projector (to show planning \
         applications) against the cost of receiving paper plans from the \
         Borough\n\n\
         Proposed – Cllr Lee Seconded – Cllr Lomas\n\n\
         ‘That a projector be purchased up to the value of £300.00’\n\n\
         For – 6 Against - 1\n",
    );
    assert_eq!(
        doc.meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2016-06-08")
    );
    let present = people(&doc);
    assert_eq!(role_of(&present, "C Hart"), Some("Chairman"));
    assert_eq!(role_of(&present, "S Lomas"), Some("Vice Chairman"));
    let mut named = attending(&doc);
    named.sort_unstable();
    assert_eq!(
        named,
        ["C Hart", "D Clay", "J Nash", "M Lee", "M Stone", "S Lomas"]
    );
    assert_eq!(numbers(&doc), ["1", "5", "7", "16"]);
    assert_eq!(
        resolved(&doc.items[1]),
        [
            "'That the minutes of the meeting held on Wednesday 11th May, \
          2016 be approved'"
        ]
    );
    let projector = &doc.items[3].resolutions[0];
    assert_eq!(
        projector.text,
        "‘That a projector be purchased up to the value of £300.00’"
    );
    let motion = projector.motion.as_ref().expect("a motion");
    assert_eq!(motion.mover.as_deref(), Some("Lee"));
    assert_eq!(motion.seconder.as_deref(), Some("Lomas"));
    assert_eq!(motion.votes_for, Some(6));
    assert_eq!(motion.votes_against, Some(1));
}

/// Titles run into their text on one line, where the text opens with a
/// count or a quantity ("Tree Survey Two quotes have been received"),
/// after a bullet ("5.3 Risk Assessment • The work ..."), or where the
/// title opens with a member's title before a small word ("Councillor
/// photographs for the website The photographs ...").
#[test]
fn titles_run_into_text_that_opens_with_a_count_or_a_bullet() {
    let doc = parse(
        "MINUTES OF WELNEY PARISH COUNCIL MEETING HELD MONDAY MARCH 14th \
         2016\n\n\
         1\\. Apologies for Absence Cllr. Ian Mack\n\n\
         5.3 Risk Assessment • The work advised in the Annual Play \
         Equipment Inspection Report has been undertaken.\n\n\
         7\\. Tree Survey Two quotes have been received to undertake \
         maintenance work of the trees on the Green.\n\n\
         9\\. Councillor photographs for the Parish Council website The \
         photographs of Councillors on the website are not up to date.\n\n\
         10\\. Neighbourhood Plan Some discussion took place regarding what \
         value a Neighbourhood Plan can add to the Local Plan.\n",
    );
    assert_eq!(
        numbered(&doc),
        [
            (Some("1"), Some("Apologies for Absence")),
            (Some("5.3"), Some("Risk Assessment")),
            (Some("7"), Some("Tree Survey")),
            (
                Some("9"),
                Some("Councillor photographs for the Parish Council website")
            ),
            (Some("10"), Some("Neighbourhood Plan"))
        ]
    );
}

/// Items every agenda holds ("Disclosure of Interest", "Any Other
/// Business") are headings over whatever follows them: a table's
/// header cells, or a sub-heading, not only a sentence.
#[test]
fn standard_items_head_a_table_or_a_sub_heading() {
    let doc = parse(
        "Ordinary Council Meeting Minutes\n\n\
         PRESENT:   Cr Denise Kent, Cr Paul Ames\n\n\
         Public forum\n\n\
         No public forum.\n\n\
         Disclosure of Interest\n\n\
         Councillor\n\n\
         Items\n\n\
         Type of Interest\n\n\
         Cr Paul Ames\n\n\
         SI20/13 Toormina BMX Upgrade Project\n\n\
         Non-Pecuniary - Less Than Significant Conflict.\n\n\
         Apologies\n\n\
         No apologies.\n\n\
         Any Other Business\n\n\
         **Acknowledgement of Sporting Success**\n\n\
         The success of the hurling team was acknowledged by the \
         members.\n",
    );
    assert_eq!(
        headings(&doc),
        [
            Some("Public forum"),
            Some("Disclosure of Interest"),
            Some("Apologies"),
            Some("Any Other Business")
        ]
    );
}

/// A planning body records its view of each application in words:
/// "Approval recommended", "Refusal recommended on ...", "The committee
/// recommended approval ...": each is its decision.
#[test]
fn a_planning_body_recommends_approval_or_refusal() {
    let doc = parse(
        "Minutes of the Planning Committee\n\n\
         1. Applications\n\n\
         21/00123/FUL Two storey extension, 4 High Street.\n\n\
         Approval recommended.\n\n\
         21/00124/FUL Change of use to dwelling, The Barn.\n\n\
         Refusal recommended on highway grounds.\n\n\
         21/00125/FUL New garage. The committee recommended approval \
         subject to conditions.\n\n\
         The recommendations of the officer were read out.\n",
    );
    assert_eq!(
        resolved(&doc.items[0]),
        [
            "Approval recommended.",
            "Refusal recommended on highway grounds.",
            "The committee recommended approval subject to conditions."
        ]
    );
}

/// A community council's minutes in Markdown: attendance as bulleted
/// labelled lists ("- Directors Present: ...", "- General Members
/// Present: ..."), motions put without a mover ("There was a motion to
/// ... The motion passed."), and the secretary's signature as a heading
/// of its own, which is no item.
#[test]
fn bulleted_attendance_and_motions_put_without_a_mover() {
    let doc = parse(
        "## MAPLE LEAF COMMUNITY COUNCIL\n\n\
         Meeting Date/Time: March 16, 2022, 6:30 P.M.\n\n\
         ### Attendance Notes\n\n\
         - Directors Present: Melanie Dale, Bekah Gant, Lindsey Webb\n\
         - General Members Present: Dianne Trent, Janice Holt\n\n\
         ### Approval of Minutes & Treasurer’s Report\n\n\
         - There was a motion to approve the minutes from the February 16 \
         meeting. The motion passed. There was a motion to approve the \
         Treasurer’s Report. The motion passed.\n\n\
         ### Board Nominations\n\n\
         - Mike moved to nominate them for another term. Bekah seconded the \
         motion. The motion will be voted on at the April meeting.\n\n\
         ### Adjournment\n\n\
         - Melanie adjourned the meeting at 7:30 pm.\n\n\
         ##### Minutes by Lindsey Webb, Secretary\n",
    );
    let mut named = names(&doc);
    named.sort_unstable();
    named.dedup();
    assert_eq!(
        named,
        [
            "Bekah Gant",
            "Dianne Trent",
            "Janice Holt",
            "Lindsey Webb",
            "Melanie Dale"
        ]
    );
    assert_eq!(
        headings(&doc),
        [
            Some("Attendance Notes"),
            Some("Approval of Minutes & Treasurer’s Report"),
            Some("Board Nominations"),
            Some("Adjournment")
        ]
    );
    assert_eq!(
        resolved(&doc.items[1]),
        [
            "to approve the minutes from the February 16 meeting.",
            "to approve the Treasurer’s Report."
        ]
    );
    assert!(resolved(&doc.items[2]).is_empty());
}

/// A page breaks between "And Resolved:" and the resolution: the page's
/// rule and its number ("---" / "6") are no resolution.
#[test]
fn a_page_number_under_its_rule_is_no_resolution() {
    let doc = parse(
        "1\\. Disposal of Land\n\n\
         Proposed by Councillor Sheahan;\n\n\
         Seconded by Councillor Kiely;\n\n\
         And Resolved:\n\
         ---\n\
         6\n\n\
         “That, the disposal of land at Clancy Strand be approved.”\n\n\
         2\\. Support Services\n\n\
         The report was noted.\n",
    );
    assert_eq!(
        resolved(&doc.items[0]),
        ["“That, the disposal of land at Clancy Strand be approved.”"]
    );
}

/// Text from a PDF: a bullet alone on its line before its text, and a
/// time wrapped to the start of a line ("10.00 a.m."), which is no item
/// number.
#[test]
fn lone_bullets_and_times_at_the_start_of_a_line() {
    let doc = parse(
        "1\\. Standing Orders\n\n\
         It was agreed to adopt the Standing Orders, together with the \
         following amendments:\n\n\
         •\n\n\
         Meetings to commence at 9.45 a.m.;\n\n\
         •\n\n\
         Each Member shall be permitted to submit 2 Notices of Motion.\n\n\
         2\\. Next Meeting\n\n\
         It was agreed that the next Meeting would be held on Wednesday, \
         5th November, 2014, at\n\
         10.00 a.m.\n\n\
         This concluded the Meeting.\n",
    );
    assert_eq!(numbers(&doc), ["1", "2"]);
    let all: Vec<&str> = doc.items.iter().flat_map(resolved).collect();
    assert!(all.iter().all(|r| !r.trim().is_empty()), "{all:?}");
    assert!(
        all.contains(&"Meetings to commence at 9.45 a.m.;"),
        "{all:?}"
    );
    assert_eq!(
        resolved(&doc.items[1]),
        [
            "the next Meeting would be held on Wednesday, 5th November, 2014, \
          at 10.00 a.m."
        ]
    );
}

/// A sentence wrapped over a blank line ("... seconded by Councillor
/// Collins and" / "agreed."): the last word in small letters is no
/// "Agreed:" that opens resolutions, and the reply after it is no
/// decision.
#[test]
fn agreed_wrapped_from_the_line_above_opens_nothing() {
    let doc = parse(
        "1\\. Notice of Motion submitted by Councillor Sheahan\n\n\
         In proposing the motion, Councillor Sheahan asked that the \
         treatment plants be upgraded and that a report be given.\n\n\
         The motion was proposed by Councillor Sheahan, seconded by \
         Councillor Collins and\n\n\
         agreed.\n\n\
         **Reply:**\n\n\
         The Council has contacted the Department of Housing.\n",
    );
    let item = &doc.items[0];
    assert!(resolved(item).is_empty(), "{:?}", resolved(item));
    assert!(
        item.discussion
            .iter()
            .any(|p| p.text.ends_with("Councillor Collins and agreed."))
    );
}

/// A member named by surname ("Councillors ..., Smith, ...") and an
/// officer of the same surname named in full with a post ("Jo Smith
/// (Lawyer)") are two people.
#[test]
fn a_member_and_an_officer_of_one_surname_are_two_people() {
    let doc = parse(
        "Present: Councillor Mrs Soyle (Chairman)\n\
         Councillors Noakes (Vice-Chairman), Backhouse, Smith and Webb\n\
         Officers in Attendance: Tim Archer (Principal Planning Officer), \
         Jo Smith (Lawyer) and Cheryl Clark (Democratic Services Officer)\n\n\
         1. Apologies\n\n\
         None.\n",
    );
    let present = people(&doc);
    let smiths: Vec<(&str, Option<&str>)> = present
        .iter()
        .filter(|p| p.name.ends_with("Smith"))
        .map(|p| (p.name.as_str(), p.role.as_deref()))
        .collect();
    assert_eq!(smiths, [("Smith", None), ("Jo Smith", Some("Lawyer"))]);
}

/// A title block set one phrase to a line ("COUNCIL CHAMBER," /
/// "LIMERICK," / "ON" / "THURSDAY, 6TH NOVEMBER, 2014, AT 10.30 A.M."):
/// the last word over the meeting's date is no heading.
#[test]
fn a_title_block_word_over_the_date_is_no_heading() {
    let doc = parse(
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF\n\n\
         LIMERICK CITY AND COUNTY COUNCIL HELD IN THE\n\n\
         COUNCIL\n\n\
         CHAMBER,\n\n\
         ON\n\n\
         THURSDAY, 6TH NOVEMBER, 2014, AT 10.30 A.M.\n\n\
         PRESENT IN THE CHAIR: Councillor K. Sheahan, An Cathaoirleach.\n\n\
         1\\. Adoption of Minutes\n\n\
         The minutes were adopted.\n",
    );
    assert_eq!(
        doc.meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2014-11-06")
    );
    assert!(
        !headings(&doc).contains(&Some("ON")),
        "{:?}",
        headings(&doc)
    );
}

/// A planning verdict in capitals with a comment after it: the verdict
/// and its first sentence are the decision ("NO OBJECTIONS BUT ONE
/// COMMENT: ... traffic flow."), what follows is its comment.
#[test]
fn a_planning_verdict_is_its_first_sentence() {
    let doc = parse(
        "\t\tPLANNING\n\n\
         \t\t\t\tE/40556\n\
         \t\t\t\tProposed Extension, Ty Isaf\n\
         \t\t\t\tNO OBJECTIONS BUT ONE COMMENT: Situated opposite a busy \
         junction, care needed not to disrupt traffic flow. Extension looks \
         significant but there is little space to park.\n\n\
         \t\tACCOUNTS FOR PAYMENT\n\
         \t\tThe following payments were approved.\n",
    );
    assert_eq!(
        resolved(&doc.items[0]),
        [
            "NO OBJECTIONS BUT ONE COMMENT: Situated opposite a busy junction, \
          care needed not to disrupt traffic flow."
        ]
    );
}

/// A passive decision in the clause after a dash and "and": "Cllr
/// Pointer is carrying out this job – and copies of the figures ...
/// were circulated and agreed."
#[test]
fn a_passive_decision_after_a_dash_and_and() {
    let doc = parse(
        "16\\. FINANCE:\n\n\
         Cllr Pointer is carrying out this job at the moment – and copies \
         of the figures for the meetings in November and December were \
         circulated and agreed. The Chair thanked Cllr Pointer.\n",
    );
    assert_eq!(
        resolved(&doc.items[0]),
        [
            "copies of the figures for the meetings in November and December \
          were circulated and agreed."
        ]
    );
}
