//! The "no line lost" check: every visible character of the input lies
//! in exactly one block span of the [`Document`] (a heading, purpose,
//! discussion point, resolution, document or verbatim block), and every
//! span in the document, people's included, is in bounds and on
//! character boundaries. Spans of people and the meeting line point
//! inside blocks and are not counted as blocks.

use crate::model::{Document, Span};
use crate::normalize::is_space_like;

/// Why a document does not account for its text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoverageError {
    #[error(
        "{what} span {start}..{end} is outside the text or not on a character boundary"
    )]
    BadSpan {
        what: &'static str,
        start: usize,
        end: usize,
    },
    #[error(
        "{a} span {a_start}..{a_end} overlaps {b} span {b_start}..{b_end}"
    )]
    Overlap {
        a: &'static str,
        a_start: usize,
        a_end: usize,
        b: &'static str,
        b_start: usize,
        b_end: usize,
    },
    #[error("line {line}: text at byte {offset} is in no block: {excerpt:?}")]
    Uncovered {
        line: usize,
        offset: usize,
        excerpt: String,
    },
}

/// The spans that own source text, named by what holds them.
pub fn block_spans(doc: &Document) -> Vec<(&'static str, Span)> {
    let mut out: Vec<(&'static str, Span)> = Vec::new();
    out.extend(doc.other.iter().map(|b| ("other", b.span)));
    for it in &doc.items {
        out.extend(it.heading_span.map(|s| ("heading", s)));
        out.extend(it.purpose_span.map(|s| ("purpose", s)));
        out.extend(it.discussion.iter().map(|p| ("discussion", p.span)));
        out.extend(
            it.resolutions
                .iter()
                .filter(|r| !r.in_discussion)
                .map(|r| ("resolution", r.span)),
        );
        out.extend(it.documents.iter().map(|d| ("document", d.span)));
        out.extend(it.other.iter().map(|b| ("other", b.span)));
    }
    out
}

fn all_spans(doc: &Document) -> Vec<(&'static str, Span)> {
    let mut out = block_spans(doc);
    out.extend(doc.meeting.span.map(|s| ("meeting", s)));
    let people = doc
        .meeting
        .attendees
        .iter()
        .chain(&doc.meeting.apologies)
        .chain(doc.items.iter().flat_map(|i| &i.attendees));
    out.extend(people.map(|p| ("person", p.span)));
    out.extend(doc.items.iter().map(|i| ("item", i.span)));
    out.extend(
        doc.items
            .iter()
            .flat_map(|i| &i.resolutions)
            .filter(|r| r.in_discussion)
            .map(|r| ("resolution", r.span)),
    );
    out
}

/// Checks that `doc`, parsed from `text`, accounts for all of it.
pub fn check(doc: &Document, text: &str) -> Result<(), CoverageError> {
    for (what, s) in all_spans(doc) {
        let ok = s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end);
        if !ok {
            return Err(CoverageError::BadSpan {
                what,
                start: s.start,
                end: s.end,
            });
        }
    }
    let mut blocks = block_spans(doc);
    blocks.sort_by_key(|(_, s)| (s.start, s.end));
    for w in blocks.windows(2) {
        let ((a, sa), (b, sb)) = (w[0], w[1]);
        if sa.end > sb.start {
            return Err(CoverageError::Overlap {
                a,
                a_start: sa.start,
                a_end: sa.end,
                b,
                b_start: sb.start,
                b_end: sb.end,
            });
        }
    }
    let mut next = blocks.iter().map(|(_, s)| *s).peekable();
    let mut line = 1;
    for (i, c) in text.char_indices() {
        if c == '\n' || (c == '\r' && !text[i + 1..].starts_with('\n')) {
            line += 1;
        }
        if is_space_like(c) {
            continue;
        }
        while next.peek().is_some_and(|s| s.end <= i) {
            next.next();
        }
        if next.peek().is_none_or(|s| s.start > i) {
            let excerpt = text[i..].chars().take(40).collect();
            return Err(CoverageError::Uncovered {
                line,
                offset: i,
                excerpt,
            });
        }
    }
    Ok(())
}
