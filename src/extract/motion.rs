//! The motion behind a resolution, where the text records one: who
//! proposed and seconded it ("It was proposed by Cllr. P. Harries,
//! seconded by Cllr. W. Loynton", "Cllr Mrs Clements proposed ...,
//! seconded by Cllr Mrs Hull", "Moved Cr Smith, Seconded Cr Jones"), the
//! outcome (carried, lost, agreed, noted, deferred, withdrawn), whether
//! it was unanimous, and the counts ("4 Votes for 2 Votes against",
//! "Motion carried 5-0", "For 6, Against 1, Abstain 2").

use crate::model::{Motion, MotionOutcome};

re!(
    MOVER_BY,
    r"(?:(?i:proposed|moved) (?i:by)|(?:^|[.;]\s+)Moved:?)\s+(?:(?i:cllrs?|councillor|cr|mr|mrs|ms|dr|commissioner)\.?\s+)*((?:\p{Lu}\.?\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)"
);
re!(
    MOVER_SUBJECT,
    r"(?:^|\s)(?:(?:Cllrs?|Councillor|Cr|Mr|Mrs|Ms|Dr)\.?\s+)+((?:\p{Lu}\.?\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?) (?:proposed|moved)"
);
re!(
    SECONDER,
    r"(?i:seconded)(?i: by)?:?\s+(?:(?i:cllrs?|councillor|cr|mr|mrs|ms|dr|commissioner)\.?\s+)*((?:\p{Lu}\.?\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)"
);
re!(
    OUTCOME,
    r"(?i)(?-u:\b)(carried|lost|defeated|fell|agreed|approved|resolved|noted|deferred|withdrawn)(?-u:\b)"
);
re!(
    FOR_AGAINST,
    r"(?i)(\d+)\s*(?:votes?\s*)?(?:for|in favour|ayes?|yes)[,;.]?\s*(?:and\s*)?(\d+)\s*(?:votes?\s*)?(?:against|nays?|no)(?:[,;.]?\s*(?:and\s*)?(\d+)\s*(?:abstentions?|abstained|abstain))?"
);
re!(
    LABELLED_COUNTS,
    r"(?i)(?:for|ayes?)\s*[:\-]?\s*(\d+)[,;]?\s*(?:against|nays?|noes)\s*[:\-]?\s*(\d+)(?:[,;]?\s*(?:abstain(?:ed|s|ing)?|abstentions?)\s*[:\-]?\s*(\d+))?"
);
re!(
    DASH_COUNTS,
    r"(?i)(?:carried|lost|defeated|passed|failed)\s*\(?(\d+)\s*[-–:]\s*(\d+)(?:\s*[-–:]\s*(\d+))?"
);

fn outcome_of(word: &str) -> MotionOutcome {
    match word.to_ascii_lowercase().as_str() {
        "carried" => MotionOutcome::Carried,
        "lost" | "defeated" | "fell" => MotionOutcome::Lost,
        "noted" => MotionOutcome::Noted,
        "deferred" => MotionOutcome::Deferred,
        "withdrawn" => MotionOutcome::Withdrawn,
        _ => MotionOutcome::Agreed,
    }
}

fn count(c: &regex::Captures<'_>, i: usize) -> Option<u32> {
    c.get(i).and_then(|m| m.as_str().parse().ok())
}

/// Reads the motion in `text` (a resolution, or the paragraph it came
/// from). `None` when the text names no mover, seconder or count.
pub fn read(text: &str) -> Option<Motion> {
    let text = text.replace("**", "");
    let mover = MOVER_SUBJECT
        .captures(&text)
        .or_else(|| MOVER_BY.captures(&text))
        .map(|c| c[1].trim().to_string());
    let seconder = SECONDER.captures(&text).map(|c| c[1].trim().to_string());
    let counts = FOR_AGAINST
        .captures(&text)
        .or_else(|| LABELLED_COUNTS.captures(&text))
        .or_else(|| DASH_COUNTS.captures(&text));
    if mover.is_none() && seconder.is_none() && counts.is_none() {
        return None;
    }
    // The outcome is the last outcome word after the motion's words.
    let after = seconder
        .as_ref()
        .and_then(|s| text.find(s.as_str()).map(|i| i + s.len()))
        .unwrap_or(0);
    let outcome = OUTCOME
        .find_iter(&text[after..])
        .last()
        .map(|m| outcome_of(m.as_str()));
    let lower = text.to_lowercase();
    Some(Motion {
        mover,
        seconder,
        outcome,
        unanimous: lower.contains("unanimous") || lower.contains("nem con"),
        votes_for: counts.as_ref().and_then(|c| count(c, 1)),
        votes_against: counts.as_ref().and_then(|c| count(c, 2)),
        abstentions: counts.as_ref().and_then(|c| count(c, 3)),
        tally: counts.map(|c| c[0].trim().to_string()),
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
    fn no_motion_words_no_motion() {
        assert_eq!(read("The report be noted"), None);
    }
}
