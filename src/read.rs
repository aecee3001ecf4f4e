//! Stage 1, read and decode: raw bytes in, Unicode text out. Sniffs a
//! byte-order mark (UTF-8, UTF-16 LE/BE), accepts valid UTF-8 as it is and
//! decodes anything else as Windows-1252. Refuses binary data (NUL bytes)
//! and names what it looks like. Does not touch line endings or spaces.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Text decoded from a file's bytes.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, without any byte-order mark.
    pub text: Cow<'a, str>,
    /// The encoding's name, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`.
    pub encoding: &'static str,
    /// True when the bytes were not valid in the encoding first tried, so
    /// a fallback was used.
    pub fallback: bool,
}

/// Decodes `bytes`, or says what kind of binary file they look like.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, &'static str> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if enc == UTF_8 {
            return Ok(utf8_or_1252(body));
        }
        let (text, had_errors) = enc.decode_without_bom_handling(body);
        if text.contains('\0') {
            // UTF-16 text has no NULs once decoded; if it does, it is not
            // text, whatever its first two bytes said.
            return Err(sniff_binary(bytes));
        }
        return Ok(Decoded {
            text,
            encoding: enc.name(),
            fallback: had_errors,
        });
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        return Ok(Decoded {
            text,
            encoding: enc.name(),
            fallback: had_errors,
        });
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) || is_binary_magic(bytes) {
        return Err(sniff_binary(bytes));
    }
    Ok(utf8_or_1252(bytes))
}

fn utf8_or_1252(bytes: &[u8]) -> Decoded<'_> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: Cow::Borrowed(text),
            encoding: UTF_8.name(),
            fallback: false,
        },
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Decoded {
                text,
                encoding: WINDOWS_1252.name(),
                fallback: true,
            }
        }
    }
}

/// UTF-16 saved without a BOM shows as ASCII with every other byte NUL.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(512) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_nul = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    // Nearly all of one column NUL and none of the other: text, not data.
    if odd_nul * 10 >= pairs * 9 && even_nul == 0 {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 9 && odd_nul == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX, ODT)"),
    (
        b"\xD0\xCF\x11\xE0",
        "a Microsoft Office document (DOC, XLS)",
    ),
    (b"\x89PNG", "PNG"),
    (b"\xFF\xD8\xFF", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x1F\x8B", "gzip"),
    (b"{\\rtf", "RTF"),
];

fn is_binary_magic(bytes: &[u8]) -> bool {
    // Only magic numbers that never start real text; RTF is text-ish and
    // decodes, so it is not refused here.
    MAGIC
        .iter()
        .filter(|(_, kind)| *kind != "RTF")
        .any(|(magic, _)| bytes.starts_with(magic))
}

/// Names the kind of binary data, for the error message.
pub fn sniff_binary(bytes: &[u8]) -> &'static str {
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map_or("binary data", |(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed() {
        let d = decode("Café minutes".as_bytes()).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(matches!(d.text, Cow::Borrowed(_)));
        assert!(!d.fallback);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let d = decode(b"\xEF\xBB\xBFMinutes:").unwrap();
        assert_eq!(d.text, "Minutes:");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in "RESOLVED – that".encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        let d = decode(&le).unwrap();
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("RESOLVED – that", "UTF-16LE")
        );
        let d = decode(&be).unwrap();
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("RESOLVED – that", "UTF-16BE")
        );
    }

    #[test]
    fn utf16_without_bom_is_text() {
        let le: Vec<u8> = "Apologies for absence"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&le).unwrap();
        assert_eq!(d.text, "Apologies for absence");
    }

    #[test]
    fn windows_1252_fallback() {
        // Curly quotes, en dash and bullet as Windows-1252 bytes.
        let d = decode(b"\x93Agreed\x94 \x96 \x95 council\x92s").unwrap();
        assert_eq!(
            d.text,
            "\u{201c}Agreed\u{201d} \u{2013} \u{2022} council\u{2019}s"
        );
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.fallback);
    }

    #[test]
    fn binary_is_refused_with_its_kind() {
        assert_eq!(decode(b"%PDF-1.7\n\0\0binary").unwrap_err(), "PDF");
        assert_eq!(
            decode(b"PK\x03\x04\x14\0\x06\0").unwrap_err(),
            "a ZIP archive (DOCX, XLSX, ODT)"
        );
        assert_eq!(decode(b"abc\0\x01\x02def").unwrap_err(), "binary data");
        assert_eq!(decode(b"%PDF-1.4 no nul").unwrap_err(), "PDF");
    }
}
