//! The trigger words of a point's text, found in one pass and shared by
//! the extractors that need them. Decisions, vote records, motions,
//! declarations of interest and actions each need a word that most
//! points lack ("agreed", "carried", "moved", "interest", "action"):
//! each extractor asks its [`Trigger`] before it runs its patterns,
//! instead of scanning the text again for its own words.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// A group of words one of which an extractor needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// A decision: "approved", "agreed", "resolved", "moved", ...
    Decision = 1,
    /// The outcome a vote record names: "carried", "lost", "passed", ...
    Outcome = 2,
    /// A motion put: "motion", "moved".
    Motion = 4,
    /// A declaration of interest.
    Interest = 8,
    /// An action tag.
    Action = 16,
    /// A planning body's view: "recommend".
    Recommend = 32,
}

const DECISION: u8 = Trigger::Decision as u8;
const OUTCOME: u8 = Trigger::Outcome as u8;
const MOTION: u8 = Trigger::Motion as u8;

/// Each word with the triggers it sets (ASCII, any case in the text).
const WORDS: &[(&str, u8)] = &[
    ("approved", DECISION | OUTCOME),
    ("agreed", DECISION),
    ("adopted", DECISION | OUTCOME),
    ("accepted", DECISION),
    ("ratified", DECISION),
    ("confirmed", DECISION),
    ("carried", DECISION | OUTCOME),
    ("resolved", DECISION),
    ("proposed", DECISION),
    ("moved", DECISION | MOTION),
    ("seconded", DECISION),
    ("motion", DECISION | MOTION),
    ("m/s", DECISION),
    ("decided", DECISION),
    ("voted", DECISION),
    ("authori", DECISION),
    ("endorsed", DECISION),
    // "Approval recommended": a planning body's view.
    ("recommend", Trigger::Recommend as u8),
    // Welsh: agreed, unanimous, resolved, approved.
    ("cytunwyd", DECISION),
    ("unfrydol", DECISION),
    ("penderfynwyd", DECISION),
    ("cymeradwywyd", DECISION),
    ("lost", OUTCOME),
    ("defeated", OUTCOME),
    ("passed", OUTCOME),
    ("failed", OUTCOME),
    ("fell", OUTCOME),
    ("interest", Trigger::Interest as u8),
    ("action", Trigger::Action as u8),
];

static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(WORDS.iter().map(|(w, _)| w))
        .expect("valid words")
});

/// The triggers a text's words set (none, by default: the empty text's).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Triggers(u8);

impl Triggers {
    /// Reads the trigger words of `text`: every occurrence of every
    /// word, overlapping ones too, so that each trigger is set exactly
    /// when the text holds one of its words.
    pub fn of(text: &str) -> Triggers {
        let all = WORDS.iter().fold(0, |acc, (_, t)| acc | t);
        let mut found = 0;
        for m in FINDER.find_overlapping_iter(text) {
            found |= WORDS[m.pattern().as_usize()].1;
            if found == all {
                break;
            }
        }
        Triggers(found)
    }
}

/// A point's text with the triggers its words set.
#[derive(Debug, Clone, Copy)]
pub struct Para<'a> {
    pub text: &'a str,
    triggers: Triggers,
}

impl<'a> Para<'a> {
    pub fn new(text: &'a str) -> Para<'a> {
        Para::read(text, Triggers::of(text))
    }

    /// `text` with its triggers already read.
    pub fn read(text: &'a str, triggers: Triggers) -> Para<'a> {
        debug_assert_eq!(triggers, Triggers::of(text));
        Para { text, triggers }
    }

    /// Whether the text holds one of the trigger's words.
    pub fn has(&self, t: Trigger) -> bool {
        self.triggers.0 & t as u8 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_trigger_is_set_by_its_own_words_in_any_case() {
        let p = Para::new("The motion was CARRIED; an Action for the clerk.");
        assert!(p.has(Trigger::Motion));
        assert!(p.has(Trigger::Decision));
        assert!(p.has(Trigger::Outcome));
        assert!(p.has(Trigger::Action));
        assert!(!p.has(Trigger::Interest));
        let p = Para::new("Members discussed the report at length.");
        for t in [
            Trigger::Decision,
            Trigger::Outcome,
            Trigger::Motion,
            Trigger::Interest,
            Trigger::Action,
        ] {
            assert!(!p.has(t), "{t:?}");
        }
        // "passed" holds no decision word; "approved" sets both.
        let p = Para::new("It passed.");
        assert!(p.has(Trigger::Outcome) && !p.has(Trigger::Decision));
        assert!(
            Para::new("Cllr X declared an interest").has(Trigger::Interest)
        );
    }

    #[test]
    fn overlapping_words_set_both_triggers() {
        // "moved" ends inside "removed"; "fell" inside "fellow".
        let p = Para::new("removed by a fellow member");
        assert!(p.has(Trigger::Motion) && p.has(Trigger::Outcome));
    }
}
