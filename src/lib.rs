//! `minutes` turns the raw text of council meeting minutes into
//! structured records.
//!
//! The pipeline runs one way, a module per stage:
//! [`read`] (bytes → text) → [`normalize`] (text → lines) →
//! [`classify`] (line kinds) → [`segment`] (items and parts) →
//! [`extract`] (people, dates, resolutions → [`Document`]) →
//! [`write`] (JSON, NDJSON, CSV). [`coverage`] checks that every line of
//! the input is accounted for by exactly one record.
//!
//! ```
//! let doc = minutes::parse_str("Minutes:\nIt was agreed:\n· The report be noted\n",
//!     &minutes::Options::default());
//! assert_eq!(doc.items[0].resolutions[0].text, "The report be noted");
//! ```

#![warn(clippy::print_stdout, clippy::print_stderr)]

/// `re!(NAME, r"pattern")`: a regex compiled once, on first use (see
/// [`compile`]).
macro_rules! re {
    ($name:ident, $pat:expr) => {
        static $name: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| $crate::compile($pat));
    };
}

/// The most memory each pattern's lazy DFA keeps per thread for its
/// states (the regex crate's default is 2 MiB). Each worker holds a
/// cache for every one of the parser's hundred-odd patterns, filled as
/// it meets new text: at the default, a two-job run over thirty copies
/// of the archive peaked at 104 MB against 96 MB at this size, for some
/// 1–3% more time (`scripts/bench-archive.sh`).
const DFA_CACHE: usize = 512 << 10;

/// Compiles one of the parser's own patterns.
pub(crate) fn compile(pattern: &str) -> regex::Regex {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(DFA_CACHE)
        .build()
        .expect("valid regex")
}

/// `has_any!(hay, "word", ...)`: whether `hay` holds one of the ASCII
/// words, ignoring case; the cheap test that runs before a costly
/// pattern. One or two words are looked for with [`contains_ci`] (most
/// texts are a line or two, where an automaton's start-up costs more
/// than the search); more, by one automaton per call site, built on
/// first use, that finds every word in a single pass.
macro_rules! has_any {
    ($hay:expr, $word:literal $(,)?) => {{
        const K: Option<usize> = $crate::rarest($word);
        $crate::contains_ci($hay, $word, K)
    }};
    ($hay:expr, $first:literal, $second:literal $(,)?) => {{
        const K1: Option<usize> = $crate::rarest($first);
        const K2: Option<usize> = $crate::rarest($second);
        let hay: &str = $hay;
        $crate::contains_ci(hay, $first, K1)
            || $crate::contains_ci(hay, $second, K2)
    }};
    ($hay:expr, $($word:literal),+ $(,)?) => {{
        static WORDS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
            std::sync::LazyLock::new(|| {
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build([$($word),+])
                    .expect("valid words")
            });
        WORDS.is_match($hay)
    }};
}

/// `has_bytes!(hay, "needle")`: whether `hay` holds the needle, exact
/// case; the searcher is built once per call site, not on every call.
macro_rules! has_bytes {
    ($hay:expr, $needle:literal) => {{
        static NEEDLE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        NEEDLE.find($hay.as_bytes()).is_some()
    }};
}

/// Whether `hay` holds the ASCII `needle`, ignoring ASCII case: a
/// vector scan for the needle's letter at `k` (its rarest, see
/// [`rarest`]) in either case, then a comparison where the needle would
/// stand; an exact search for a needle without letters (`k` is `None`).
#[doc(hidden)]
pub fn contains_ci(hay: &str, needle: &str, k: Option<usize>) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(k) = k else {
        return memchr::memmem::find(h, n).is_some();
    };
    let c = n[k];
    memchr::memchr2_iter(c.to_ascii_lowercase(), c.to_ascii_uppercase(), h)
        .any(|i| {
            i >= k
                && h.len() - (i - k) >= n.len()
                && h[i - k..i - k + n.len()].eq_ignore_ascii_case(n)
        })
}

/// Where the rarest letter of `needle` stands (by English letter
/// frequency), for [`contains_ci`] to scan for: the fewer places the
/// scan stops, the faster it is. `None` for a needle without letters.
#[doc(hidden)]
pub const fn rarest(needle: &str) -> Option<usize> {
    // English letters, most frequent first.
    const BY_FREQUENCY: &[u8; 26] = b"etaoinshrdlcumwfgypbvkjxqz";
    let n = needle.as_bytes();
    let mut best: Option<(usize, usize)> = None;
    let mut k = 0;
    while k < n.len() {
        let b = n[k].to_ascii_lowercase();
        let mut r = 0;
        while r < 26 {
            if BY_FREQUENCY[r] == b {
                best = match best {
                    Some((rank, _)) if rank >= r => best,
                    _ => Some((r, k)),
                };
            }
            r += 1;
        }
        k += 1;
    }
    match best {
        Some((_, k)) => Some(k),
        None => None,
    }
}

pub mod classify;
pub mod coverage;
pub mod error;
pub mod extract;
pub mod model;
pub mod normalize;
pub mod read;
pub mod segment;
pub mod write;

use std::io::Read;
use std::path::Path;

pub use error::Error;
pub use extract::dates::DateOrder;
pub use model::{
    Diagnostic, DiagnosticCode, Document, Level, SCHEMA, Source, Span,
};

/// How to parse.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How to read all-numeric dates such as 03/04/2021.
    pub date_order: DateOrder,
    /// Refuse files larger than this many bytes.
    pub max_bytes: Option<u64>,
}

/// Parses text that is already decoded. The document's source path is
/// `-` and its encoding UTF-8.
pub fn parse_str(text: &str, opts: &Options) -> Document {
    let source = Source {
        path: "-".to_string(),
        bytes: text.len(),
        encoding: "UTF-8".to_string(),
        sha256: sha256_hex(text.as_bytes()),
    };
    parse_text(text, source, opts, Vec::new())
}

/// Decodes and parses the bytes of one file; `path` names it in the
/// output and in errors.
pub fn parse_bytes(
    bytes: &[u8],
    path: &Path,
    opts: &Options,
) -> Result<Document, Error> {
    if let Some(limit) = opts.max_bytes {
        let n = bytes.len() as u64;
        if n > limit {
            return Err(Error::TooLarge {
                path: path.to_path_buf(),
                bytes: n,
                limit,
            });
        }
    }
    let decoded = read::decode(bytes).map_err(|kind| Error::Binary {
        path: path.to_path_buf(),
        kind,
    })?;
    let mut diags = Vec::new();
    if decoded.fallback {
        diags.push(Diagnostic::new(
            DiagnosticCode::Encoding,
            Level::Info,
            format!(
                "the bytes are not valid UTF-8; decoded as {}",
                decoded.encoding
            ),
            None,
        ));
    }
    let source = Source {
        path: path.display().to_string(),
        bytes: bytes.len(),
        encoding: decoded.encoding.to_string(),
        sha256: sha256_hex(bytes),
    };
    Ok(parse_text(&decoded.text, source, opts, diags))
}

/// Reads, decodes and parses one file, refusing it before reading when
/// it is over `opts.max_bytes`.
pub fn parse_file(path: &Path, opts: &Options) -> Result<Document, Error> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    let len = file.metadata().map_err(read_err)?.len();
    if let Some(limit) = opts.max_bytes {
        if len > limit {
            return Err(Error::TooLarge {
                path: path.to_path_buf(),
                bytes: len,
                limit,
            });
        }
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    // Read no more than the limit allows, in case the file grew.
    let cap = opts.max_bytes.map_or(u64::MAX, |l| l.saturating_add(1));
    file.take(cap).read_to_end(&mut bytes).map_err(read_err)?;
    parse_bytes(&bytes, path, opts)
}

/// The SHA-256 of `bytes` in lower-case hex.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// The JSON Schema (draft 2020-12) of a [`Document`] as the JSON and
/// NDJSON formats write it.
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Document);
    schema.to_value()
}

fn parse_text(
    text: &str,
    source: Source,
    opts: &Options,
    mut diagnostics: Vec<Diagnostic>,
) -> Document {
    let lines: Vec<_> = normalize::lines(text)
        .into_iter()
        .map(classify::classify)
        .collect();
    let settings = extract::Settings {
        date_order: opts.date_order.resolve(text),
    };
    if lines.iter().all(|l| l.line.is_blank()) {
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::Empty,
            Level::Warning,
            "the file holds no text",
            None,
        ));
        return Document {
            schema: SCHEMA,
            source,
            meeting: model::Meeting::default(),
            items: Vec::new(),
            other: Vec::new(),
            diagnostics,
        };
    }
    let segs = segment::segment(&lines);
    let ex = extract::extract(&lines, &segs, settings);
    diagnostics.extend(ex.diagnostics);
    Document {
        schema: SCHEMA,
        source,
        meeting: ex.meeting,
        items: ex.items,
        other: ex.other,
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::{contains_ci as scan, rarest};

    fn contains_ci(hay: &str, needle: &str) -> bool {
        scan(hay, needle, rarest(needle))
    }
    use proptest::prelude::*;

    fn reference(hay: &str, needle: &str) -> bool {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([needle])
            .unwrap()
            .is_match(hay)
    }

    #[test]
    fn the_rarest_letter_is_scanned_for() {
        assert_eq!(rarest("apolog"), Some(1));
        assert_eq!(rarest("next"), Some(2));
        assert_eq!(rarest(" at "), Some(1));
        assert_eq!(rarest("(from"), Some(1));
        assert_eq!(rarest("(("), None);
    }

    #[test]
    fn finds_words_in_any_case_wherever_they_stand() {
        for (hay, needle, want) in [
            ("The Meeting was HELD at", "held", true),
            ("held", "held", true),
            ("hel", "held", false),
            ("Schön held", "held", true),
            ("commenced at 5", " at ", true),
            ("AT 5", " at ", false),
            ("(From 6.35pm", "(from", true),
            ("", "next", false),
            ("İnext", "next", true),
        ] {
            assert_eq!(contains_ci(hay, needle), want, "{hay:?} {needle:?}");
        }
    }

    proptest! {
        #[test]
        fn agrees_with_an_automaton(
            hay in "[aAtTeE .(ß€é]{0,40}",
            needle in prop::sample::select(vec!["at", " at ", "tea", "(e", "É", "Tt"]),
        ) {
            prop_assert_eq!(contains_ci(&hay, needle), reference(&hay, needle));
        }
    }
}
