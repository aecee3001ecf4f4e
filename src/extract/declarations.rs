//! Declarations of interest: who declared, in what, of which kind, and
//! whether they left the room ("Councillor Mrs Soyke declared a
//! 'significant other interest' with reference to application 14/5066",
//! "Councillors Boag, Price and Taylor declared a conflict of interest in
//! Item 1"); and "None" / "No declarations were made" under a
//! declarations heading, recorded as none.

use super::outcome::sentences;
use super::para::{Para, Trigger};
use super::people::mentions;
use crate::model::InterestKind;

/// A declaration found in a point's text (the caller adds the span).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub members: Vec<String>,
    pub subject: Option<String>,
    pub kind: Option<InterestKind>,
    pub left_room: bool,
    pub none: bool,
}

re!(
    NONE,
    r"(?i)^(?:none(?: declared| received| made)?|nil|no (?:declarations?|interests?|disclosures?)(?-u:\b).*|there (?:were|was) (?:none|no (?:declarations?|interests?|disclosures?)(?-u:\b).*))\.?$"
);
re!(
    DECLARED,
    r"(?i)(?-u:\b)(?:declared|declares|declaring|disclosed|discloses|registered)(?-u:\b)[^.;]{0,80}?(?-u:\b)interests?(?-u:\b)"
);
re!(
    SUBJECT,
    r"(?i)^[^a-z0-9]*\s*(?:in|on|regarding|concerning|relating to|with reference to|in respect of|in relation to|for)\s+(.+?)[.;]?$"
);
// Where the matter ends and the sentence goes on about the member.
re!(
    SUBJECT_END,
    r"(?i),? and (?:said|stated|advised|indicated|left|would|will|took|did|he|she|they|withdrew|remained)(?-u:\b)"
);
re!(
    LEFT,
    r"(?i)(?:left|leave|withdrew from|withdraw from|absented (?:himself|herself|themselves) from) the (?:room|meeting|chamber)|did not (?:take part|participate|vote)|took no part"
);

fn kind_of(text: &str) -> Option<InterestKind> {
    let t = text.to_lowercase();
    Some(if t.contains("pecuniary") {
        InterestKind::Pecuniary
    } else if t.contains("prejudicial") {
        InterestKind::Prejudicial
    } else if t.contains("other registrable")
        || t.contains("other registerable")
    {
        InterestKind::OtherRegistrable
    } else if t.contains("non-registrable") || t.contains("non registrable") {
        InterestKind::NonRegistrable
    } else if t.contains("significant") {
        InterestKind::Significant
    } else if t.contains("personal") {
        InterestKind::Personal
    } else if t.contains("conflict") {
        InterestKind::Conflict
    } else {
        return None;
    })
}

/// The declarations in one point's text. `heading` says the point
/// stands under a declarations heading, where "None" means none.
pub fn find(p: Para<'_>, heading: bool) -> Vec<Found> {
    let t = p.text.trim().trim_matches('*').trim();
    if heading && t.len() < 120 && NONE.is_match(t) {
        return vec![Found {
            members: Vec::new(),
            subject: None,
            kind: None,
            left_room: false,
            none: true,
        }];
    }
    if !p.has(Trigger::Interest) {
        return Vec::new();
    }
    let left_room = LEFT.is_match(t);
    let mut out = Vec::new();
    for sentence in sentences(t) {
        let Some(m) = DECLARED.find(sentence) else {
            continue;
        };
        let members: Vec<String> = mentions(&sentence[..m.start()])
            .into_iter()
            .filter(|p| !p.short)
            .map(|p| p.name())
            .collect();
        // "A Member with a disclosable pecuniary interest must ..." is a
        // rule, not a declaration: someone must be named.
        if members.is_empty() {
            continue;
        }
        let after = &sentence[m.end()..];
        let after = SUBJECT_END
            .find(after)
            .map_or(after, |e| &after[..e.start()]);
        let subject = SUBJECT
            .captures(after)
            .map(|c| c[1].trim().to_string())
            .filter(|s| !s.is_empty());
        out.push(Found {
            members,
            subject,
            kind: kind_of(sentence),
            left_room,
            none: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, heading: bool) -> Vec<Found> {
        super::find(Para::new(text), heading)
    }

    #[test]
    fn declarations() {
        let f = find(
            "Councillors Boag Crown, Price and Taylor declared a conflict of interest in Item 1 – Review of Gambling Venue Policy.",
            false,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].members, ["Boag Crown", "Price", "Taylor"]);
        assert_eq!(f[0].kind, Some(InterestKind::Conflict));
        assert_eq!(
            f[0].subject.as_deref(),
            Some("Item 1 – Review of Gambling Venue Policy")
        );
        let f = find(
            "Councillor Mrs Soyke declared a ‘significant other interest’ with reference to application 14/506664 and left the room during its consideration.",
            false,
        );
        assert_eq!(f[0].members, ["Soyke"]);
        assert_eq!(f[0].kind, Some(InterestKind::Significant));
        assert!(f[0].left_room);
        assert!(
            f[0].subject
                .as_deref()
                .unwrap()
                .starts_with("application 14/506664")
        );
        let f = find(
            "Cllr Smith declared a disclosable pecuniary interest in item 7.",
            false,
        );
        assert_eq!(f[0].kind, Some(InterestKind::Pecuniary));
        let f = find(
            "Cllr. J. Davies declared an interest in Planning Applications E/40554 (family business) and said he would leave the room.",
            false,
        );
        assert_eq!(f[0].members, ["J. Davies"]);
        assert_eq!(
            f[0].subject.as_deref(),
            Some("Planning Applications E/40554 (family business)")
        );
        assert!(f[0].left_room);
        assert!(find("A Member who discloses at a meeting a disclosable pecuniary interest must withdraw.", true).is_empty());
        assert!(find("None", true)[0].none);
        assert!(find("There were no declarations of interest.", true)[0].none);
        assert!(find("None", false).is_empty());
        assert!(
            find("The report was of interest to members.", true).is_empty()
        );
    }
}
