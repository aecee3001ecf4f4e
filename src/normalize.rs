//! Stage 2, normalise: decoded text in, one [`Line`] per source line out.
//! Splits on LF, CRLF and lone CR; gives each line a cleaned view (every
//! run of white space, no-break spaces, tabs and form feeds becomes one
//! space, zero-width characters and soft hyphens go, ends trimmed) and
//! the byte span of its content in the source. Never drops or reorders
//! text, so line numbers and offsets stay true to the source. One case
//! gives several [`Line`]s for one source line: a very long line that a
//! PDF or HTML export flattened, whose lost line breaks show as runs of
//! spaces or as numbered headings run in ("... 6:55 p.m. 2. PLEDGE OF
//! ALLEGIANCE: ..."); its pieces share the source line's number.

use std::borrow::Cow;

use crate::model::Span;

/// One source line with its cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number.
    pub no: usize,
    /// Byte offsets of the line's content (trimmed) in the source.
    pub start: usize,
    pub end: usize,
    /// The content with white space folded; empty for a blank line.
    pub text: Cow<'a, str>,
    /// The content as it stands in the source (`source[start..end]`).
    pub raw: &'a str,
    /// The white space before the content, in bytes: a column's indent
    /// in text laid out in columns ("PRESENT:   Mayor A, Cr B" over
    /// "           Cr C").
    pub indent: usize,
}

impl Line<'_> {
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
            line: self.no,
        }
    }

    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Maps a byte offset in the cleaned text to one in the source.
    /// Cleaning only drops invisible characters and folds each run of
    /// white space to one space, so the two are walked side by side.
    pub fn source_offset(&self, clean_at: usize) -> usize {
        if let Cow::Borrowed(_) = self.text {
            return self.start + clean_at.min(self.raw.len());
        }
        // An offset at a space maps to the start of the run of white
        // space it stands for; any other to its own character.
        let at_space =
            self.text[clean_at.min(self.text.len())..].starts_with(' ');
        let mut consumed = 0;
        let mut in_space = false;
        for (ri, c) in self.raw.char_indices() {
            if consumed >= clean_at && (at_space || !is_space_like(c)) {
                return self.start + ri;
            }
            if is_invisible(c) {
                continue;
            }
            if is_space_like(c) {
                if !in_space {
                    consumed += 1;
                }
                in_space = true;
                continue;
            }
            in_space = false;
            consumed += c.len_utf8();
        }
        self.end
    }
}

/// Characters that take no room: dropped from the cleaned view.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

pub(crate) fn is_space_like(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace() || c.is_ascii_control();
    }
    c.is_whitespace() || is_invisible(c) || c.is_control()
}

/// Whether `s` holds a tab, control, double space or a non-ASCII space
/// or invisible character. Scans bytes; only the lead bytes of such
/// characters (0xC2, 0xE1, 0xE2, 0xE3, 0xEF) send it to a closer look.
fn needs_cleaning(s: &str) -> bool {
    // Most lines hold none of those bytes and no double space: rule them
    // out a block at a time, in vector code, before the exact scan.
    let suspect = |c: u8| {
        c < 0x20 || c == 0x7f || matches!(c, 0xC2 | 0xE1..=0xE3 | 0xEF)
    };
    let any_suspect = s
        .as_bytes()
        .chunks(64)
        .any(|block| block.iter().fold(false, |hit, &c| hit | suspect(c)));
    if !any_suspect && !has_bytes!(s, "  ") {
        return false;
    }
    let b = s.as_bytes();
    let mut prev_space = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b' ' => {
                if prev_space {
                    return true;
                }
                prev_space = true;
                continue;
            }
            0x00..=0x1f | 0x7f => return true,
            0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => {
                let ch = s[i..].chars().next().unwrap_or(' ');
                if ch != ' ' && is_space_like(ch) {
                    return true;
                }
            }
            _ => {}
        }
        prev_space = false;
    }
    false
}

/// Splits `text` into lines and cleans each one.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 60 + 1);
    let mut start = 0;
    let mut no = 1;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < start {
            continue; // the \n of a \r\n already taken
        }
        push_line(text, start, i, no, &mut out);
        no += 1;
        start = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
    }
    // The text after the last line break is a line, unless it is empty
    // (a file ending in a newline) and not the only one.
    if start < bytes.len() || out.is_empty() {
        push_line(text, start, bytes.len(), no, &mut out);
    }
    out
}

/// Lines longer than this may be flattened paragraphs of many lines.
const FLATTENED: usize = 300;
/// Lines longer than this are split where three or more breaks were
/// lost (a table or an agenda run together, not a paragraph).
const RUN_TOGETHER: usize = 150;

// A lost line break: two or more spaces after a word (not after the end
// of a sentence, where some writers put two spaces).
re!(LOST_BREAK, r"[^\s.!?:,;]( {2,}|\t+)\S");
// A numbered heading run into the text: ". 2. PLEDGE OF ALLEGIANCE:".
re!(
    RUN_IN_HEADING,
    r"[.!?:)\d] +(\d{1,2}\. +\p{Lu}[\p{Lu} ,'’&/\-]{2,}:)"
);
// A ModernGov cell that runs the agenda text and the minutes together:
// "... at this meeting. Minutes: Councillor Roz Smith had given ...".
re!(RUN_IN_MINUTES, r"[.!?|] +(Minutes: +\p{Lu})");
// An agenda item run into the text, marked as an emergency with an
// asterisk: "(Y-5) 184352 *47 Authorize ...".
re!(RUN_IN_ITEM, r" (\*\d{1,3} +\p{Lu})");

/// Pushes the source line `text[start..end]`, split where a flattened
/// line lost its breaks.
fn push_line<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    no: usize,
    out: &mut Vec<Line<'a>>,
) {
    let raw = &text[start..end];
    // Every cut needs a run of spaces or a tab, an asterisk, or a
    // numbered heading's or a "Minutes:" label's colon: each pattern runs
    // only where its mark is, and most lines have none.
    let long = raw.len() > RUN_TOGETHER;
    let gap = long && (has_bytes!(raw, "  ") || raw.contains('\t'));
    let star = long && raw.contains('*');
    let colon = long && raw.contains(':');
    if !(gap || star || colon) {
        out.push(line(text, start, end, no));
        return;
    }
    // Below the length of a flattened paragraph, a gap counts as a lost
    // break only after a word of three letters or more and before a
    // capital or a bracket ("Sustainability  *44 Amend"), not inside a
    // sentence ("as   soon", "Item 8  Minutes").
    let strict = raw.len() <= FLATTENED;
    let mut cuts: Vec<usize> = (if gap { Some(&*LOST_BREAK) } else { None })
        .into_iter()
        .flat_map(|re| re.captures_iter(raw))
        .filter_map(|c| c.get(1))
        .filter(|m| {
            !strict || {
                let before = raw[..m.start()].rsplit(' ').next().unwrap_or("");
                let next = raw[m.end()..].chars().next();
                before.chars().count() >= 3
                    && next.is_some_and(|c| !c.is_lowercase())
            }
        })
        .map(|m| m.end())
        .chain(
            (if star { Some(&*RUN_IN_ITEM) } else { None })
                .into_iter()
                .flat_map(|re| re.captures_iter(raw))
                .filter_map(|c| c.get(1).map(|m| m.start())),
        )
        .collect();
    // A numbered heading in capitals run into the text, or the minutes
    // run on after a ModernGov cell's agenda text, starts a line of its
    // own even where nothing else was lost.
    let minutes = colon && has_bytes!(raw, "Minutes: ");
    let strong = (if colon { Some(&*RUN_IN_HEADING) } else { None })
        .into_iter()
        .chain(if minutes {
            Some(&*RUN_IN_MINUTES)
        } else {
            None
        })
        .flat_map(|re| re.captures_iter(raw))
        .filter_map(|c| c.get(1).map(|m| m.start()))
        .fold(0, |n, at| {
            cuts.push(at);
            n + 1
        });
    if strong == 0 && cuts.len() < 2 {
        out.push(line(text, start, end, no));
        return;
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut from = 0;
    for cut in cuts.into_iter().chain([raw.len()]) {
        if cut > from {
            out.push(line(text, start + from, start + cut, no));
            from = cut;
        }
    }
}

fn line(text: &str, start: usize, end: usize, no: usize) -> Line<'_> {
    let raw = &text[start..end];
    let lead = raw.len() - raw.trim_start_matches(is_space_like).len();
    let content = raw.trim_start_matches(is_space_like);
    let content = content.trim_end_matches(is_space_like);
    let (s, e) = (start + lead, start + lead + content.len());
    Line {
        no,
        start: s,
        end: e.max(s),
        text: clean(content),
        raw: content,
        indent: lead,
    }
}

/// Folds white space and drops invisible characters, borrowing when the
/// text needs no change (the common case).
fn clean(s: &str) -> Cow<'_, str> {
    if !needs_cleaning(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if is_space_like(c) {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        lines(s).into_iter().map(|l| l.text.into_owned()).collect()
    }

    #[test]
    fn lines_needing_cleaning_are_seen_wherever_the_mark_is() {
        for at in [0, 1, 62, 63, 64, 65, 127, 128, 150] {
            let plain = "a".repeat(200);
            assert!(!needs_cleaning(&plain));
            for mark in ["\t", "  ", "\u{a0}", "\u{200B}", "\u{7f}"] {
                let t = format!("{}{mark}{}", &plain[..at], &plain[at..]);
                assert!(needs_cleaning(&t), "{mark:?} at {at}");
            }
            // A lead byte of a character that is not a space.
            let t = format!("{}é€{}", &plain[..at], &plain[at..]);
            assert!(!needs_cleaning(&t), "letters at {at}");
        }
    }

    #[test]
    fn flattened_lines_split_where_breaks_were_lost() {
        let long = format!(
            "{}  (Communication)  PLACED ON FILE  39 Request of Dixie Johnston. Next sentence.  Same paragraph",
            "38 Request of Joe Rastatter to address Council ".repeat(8)
        );
        let got = lines(&long);
        let t: Vec<&str> = got.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(t.len(), 4, "{t:?}");
        assert_eq!(t[1], "(Communication)");
        assert_eq!(t[2], "PLACED ON FILE");
        assert!(t[3].ends_with("Next sentence. Same paragraph"));
        assert!(got.iter().all(|l| l.no == 1));
        for l in &got {
            assert_eq!(&long[l.start..l.end], l.raw);
        }
        let moorpark = format!(
            "{}at 6:55 p.m. 2. PLEDGE OF ALLEGIANCE: Scott Mosher led the Pledge. 3. ROLL CALL: Present: Councilmembers Harper and Mikos.",
            "Mayor Hunter called the meeting to order ".repeat(8)
        );
        let t: Vec<String> = lines(&moorpark)
            .into_iter()
            .map(|l| l.text.into_owned())
            .collect();
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t[1].starts_with("2. PLEDGE OF ALLEGIANCE:"));
        assert!(t[2].starts_with("3. ROLL CALL:"));
        // A long paragraph with two spaces after its sentences stays whole.
        let para = "The chair spoke.  Members agreed.  ".repeat(20);
        assert_eq!(lines(&para).len(), 1);
    }

    #[test]
    fn agenda_rows_run_together_split_below_paragraph_length() {
        let row = "(Ordinance)  (Y-5) 184350 Bureau of Planning & Sustainability  *44 Amend contract with ShoreBank Enterprise Cascadia to extend Clean Energy Works agreement terms to 800 loans  ";
        let t: Vec<String> = lines(row)
            .into_iter()
            .map(|l| l.text.into_owned())
            .collect();
        assert_eq!(
            t,
            [
                "(Ordinance)",
                "(Y-5) 184350 Bureau of Planning & Sustainability",
                "*44 Amend contract with ShoreBank Enterprise Cascadia to extend Clean Energy Works agreement terms to 800 loans"
            ]
        );
        // Gaps inside a sentence or after a short word stay.
        let text = "d)            Item 8  Minutes 12 June - Recycling Credits - there is nothing further to report at the current time, as   soon as information is received from the Borough Council it will be passed on.";
        assert_eq!(lines(text).len(), 1);
    }

    #[test]
    fn line_endings() {
        assert_eq!(texts("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(texts("a\n"), ["a"]);
        assert_eq!(texts("a\n\n"), ["a", ""]);
        assert_eq!(texts(""), [""]);
        assert_eq!(lines("a\r\n\r\nb")[2].no, 3);
    }

    #[test]
    fn white_space_is_folded() {
        assert_eq!(texts("\u{a0} \u{a0}"), [""]);
        assert_eq!(texts("1.\u{a0}\u{a0} The\tpoint"), ["1. The point"]);
        assert_eq!(texts("co\u{ad}opted\u{200b} x\x0c"), ["coopted x"]);
    }

    #[test]
    fn spans_point_at_the_content() {
        let src = "  Minutes:  \r\n\tIt was agreed";
        let ls = lines(src);
        assert_eq!(&src[ls[0].start..ls[0].end], "Minutes:");
        assert_eq!(&src[ls[1].start..ls[1].end], "It was agreed");
        assert_eq!(ls[1].no, 2);
    }

    #[test]
    fn offsets_map_back_to_the_source() {
        let src = "x\n1.\u{a0}\u{a0} The\u{200b} point";
        let l = &lines(src)[1];
        assert_eq!(l.text, "1. The point");
        let at = l.text.find("The").unwrap();
        assert_eq!(&src[l.source_offset(at)..l.end], "The\u{200b} point");
        let at = l.text.find("point").unwrap();
        assert_eq!(&src[l.source_offset(at)..l.end], "point");
        assert_eq!(l.source_offset(l.text.len()), l.end);
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(lines("plain text")[0].text, Cow::Borrowed(_)));
    }
}
