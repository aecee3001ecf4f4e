//! Actions the minutes assign: "ACTION: Clerk to write to Highways",
//! "... the Clerk would chase the contractor. Action: Clerk", "Action by:
//! Cllr Smith". The owner is the name or role the tag gives, the text
//! what is to be done.

use super::para::{Para, Trigger};

re!(
    TAG,
    r"(?:^|[\s.;])(?i:actions?)(?:\s+(?i:by|for|owner))?\s*[:\-–]\s+(\S.*)$"
);

/// Words of a status column, never an owner.
const STATUS: &[&str] = &[
    "recommended",
    "approved",
    "agreed",
    "noted",
    "required",
    "none",
    "n/a",
    "taken",
    "complete",
    "completed",
    "deferred",
    "ongoing",
    "closed",
    "open",
    "pending",
    "yes",
    "no",
];

/// An action found in a point's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub text: String,
    pub owner: Option<String>,
}

/// The action in `text`, if it carries an action tag.
pub fn find(p: Para<'_>) -> Option<Found> {
    let t = p.text.trim().trim_matches('*').trim();
    // Most points carry no tag: look for the word before the pattern.
    if !p.has(Trigger::Action) {
        return None;
    }
    let c = TAG.captures(t)?;
    let tag_at = c.get(0).map_or(0, |m| m.start());
    // "Recommended Action:", "Political Action –": a label or a name
    // that ends in "Action", not a tag.
    let word_before = t[..tag_at].split_whitespace().next_back().unwrap_or("");
    if word_before.starts_with(char::is_uppercase)
        && !word_before.ends_with(['.', ':', ';', ')'])
    {
        return None;
    }
    let after = c[1].trim().trim_end_matches(['.', '*']).trim();
    let words: Vec<&str> = after.split_whitespace().collect();
    // "Clerk to write to Highways": the owner before " to ".
    let to = words
        .iter()
        .position(|w| *w == "to")
        .filter(|&i| i > 0 && i <= 5);
    let (owner, task) = match to {
        Some(i) => (words[..i].join(" "), after.to_string()),
        None if words.len() <= 5 => {
            let before = t[..tag_at].trim();
            (after.to_string(), before.to_string())
        }
        None => return None,
    };
    let owner = owner.trim_matches([',', ':']).trim().to_string();
    // "Action: Recommended" is a status column, not an owner.
    let named = owner.starts_with(char::is_uppercase)
        && !owner.split_whitespace().any(|w| {
            STATUS.contains(
                &w.trim_matches(['.', ',']).to_ascii_lowercase().as_str(),
            )
        });
    if !named {
        return None;
    }
    let text = if task.is_empty() { t.to_string() } else { task };
    Some(Found {
        text,
        owner: (!owner.is_empty()).then_some(owner),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Option<Found> {
        super::find(Para::new(text))
    }

    #[test]
    fn actions() {
        assert_eq!(
            find("ACTION: Clerk to write to Highways about the drain."),
            Some(Found {
                text: "Clerk to write to Highways about the drain".into(),
                owner: Some("Clerk".into())
            })
        );
        assert_eq!(
            find(
                "The hedge is overgrown and the owner will be contacted. Action: Cllr Smith"
            ),
            Some(Found {
                text:
                    "The hedge is overgrown and the owner will be contacted."
                        .into(),
                owner: Some("Cllr Smith".into())
            })
        );
        assert_eq!(find("No action was needed."), None);
        assert_eq!(
            find(
                "State Legislative Liaison Services Contract Action: Recommended"
            ),
            None
        );
        assert_eq!(
            find(
                "Recommended Action: State Legislative Liaison Services Contract"
            ),
            None
        );
        assert_eq!(
            find(
                "October 4th – (CBWPA) Colorado Black Women for Political Action – Director"
            ),
            None
        );
        assert_eq!(
            find(
                "Legal action: the council will defend the claim brought by the developer in the High Court next year"
            ),
            None
        );
    }
}
