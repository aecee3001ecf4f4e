//! Decisions written as sentences rather than "RESOLVED" blocks: "It was
//! proposed by X, seconded by Y and unanimously agreed that ...", "The
//! minutes ... were approved and signed", "Cllr A proposed ..., seconded
//! by Cllr B. Carried", "It was unanimously agreed to ...". Finds the
//! sentence and the wording of the decision in a discussion point's text.
//! A plain "It was agreed that" inside a paragraph counts only after a
//! proposal: on its own it is often a note of what was discussed.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

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
    r"(?:unanimously |duly )?(?:agreed|resolved|carried)(?: that| to)?\s+"
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
// A planning decision in capitals: "NO OBJECTIONS", "APPROVED".
re!(
    VERDICT,
    r"^(?:NO OBJECTIONS?|NO OBSERVATIONS|NO COMMENTS?|APPROVED|REFUSED|GRANTED|DEFERRED|CARRIED|SUPPORTED|OBJECTION)(?-u:\b)"
);

const ABBREVIATIONS: &[&str] = &[
    "Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Dr", "Cr", "St", "No", "Nos", "Rev",
    "Prof", "Ltd", "Co", "Inc", "approx", "ref", "Ref", "Vol",
];

/// The words without one of which no sentence records a decision.
static KEYWORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "approved",
            "agreed",
            "adopted",
            "accepted",
            "ratified",
            "confirmed",
            "carried",
            "resolved",
            "proposed",
            "moved",
            "seconded",
        ])
        .expect("valid patterns")
});

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
    (m.start() <= 160).then_some(from + m.end())
}

/// "X was unanimously approved": a "was"/"were" early in a lower-case
/// sentence followed by a decision word.
fn passive(lower: &str) -> bool {
    [" was ", " were "].iter().any(|w| {
        lower
            .match_indices(w)
            .take_while(|(i, _)| *i <= 200)
            .any(|(i, _)| PASSIVE_TAIL.is_match(&lower[i + w.len()..]))
    })
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
fn sentences(text: &str) -> Vec<&str> {
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

fn clean(s: &str) -> String {
    s.trim().trim_matches('*').trim().to_string()
}

/// Finds a decision in the text of a discussion point.
pub fn find(text: &str) -> Option<Outcome> {
    let text = text.trim();
    if text.starts_with(char::is_uppercase) && VERDICT.is_match(text) {
        return Some(Outcome {
            text: clean(text),
            whole: true,
        });
    }
    // Most points hold none of the words a decision needs: one pass over
    // the text rules them out before any sentence is looked at.
    if !KEYWORDS.is_match(text) {
        return None;
    }
    let sents = sentences(text);
    let whole = |i: usize| {
        sents.len() == 1 || (i == 0 && sents.len() == 2 && sents[1].len() < 40)
    };
    let mut proposed = false;
    for (i, s) in sents.iter().enumerate() {
        let plain = s.trim_matches('*').trim();
        // Words each pattern needs, looked for first: the patterns are
        // costly and most sentences hold none of the words.
        let lower = plain.to_ascii_lowercase();
        let has = |w: &str| lower.contains(w);
        let decided = DECIDED.iter().any(|w| has(w));
        let motion = has("proposed") || has("moved");
        if !decided && !motion && !has("seconded") {
            continue;
        }
        if let Some(at) = seconded_agreed(&lower) {
            return Some(Outcome {
                text: clean(&plain[at..]),
                whole: whole(i),
            });
        }
        let unanimous =
            has("unanimously").then(|| UNANIMOUSLY.captures(plain));
        if let Some(c) = unanimous.flatten() {
            return Some(Outcome {
                text: clean(&c[1]),
                whole: whole(i),
            });
        }
        let moved = motion.then(|| PROPOSED_THEN_OUTCOME.captures(plain));
        if let Some(c) = moved.flatten() {
            // "It was agreed that ..." after the motion words the decision.
            for later in &sents[i + 1..] {
                if let Some(a) =
                    AGREED_THAT.captures(later.trim_matches('*').trim())
                {
                    return Some(Outcome {
                        text: clean(&a[1]),
                        whole: false,
                    });
                }
            }
            // Otherwise the motion counts when the point records its
            // outcome.
            let rest = sents[i..].join(" ");
            if CARRIED.is_match(&rest[c.get(0).map_or(0, |m| m.end())..]) {
                return Some(Outcome {
                    text: clean(&c[1]),
                    whole: sents.len() <= 3,
                });
            }
            proposed = true;
            continue;
        }
        if proposed {
            if let Some(c) = AGREED_THAT.captures(plain) {
                return Some(Outcome {
                    text: clean(&c[1]),
                    whole: false,
                });
            }
        }
        if decided && !lower.starts_with("it was") && passive(&lower) {
            return Some(Outcome {
                text: clean(plain),
                whole: whole(i),
            });
        }
        if has("seconded") {
            proposed = true;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(text: &str) -> Option<(String, bool)> {
        find(text).map(|o| (o.text, o.whole))
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
            // A note of what was agreed in discussion, with no proposal.
            (
                "Work has begun. It was agreed that the plan would be reviewed in January.",
                None,
            ),
            (
                "It was noted that a training framework has been developed.",
                None,
            ),
            (
                "The plan was discussed at length and members asked questions.",
                None,
            ),
        ];
        for (text, want) in table {
            let want = want.map(|(t, w)| (t.to_string(), w));
            assert_eq!(got(text), want, "{text}");
        }
    }
}
