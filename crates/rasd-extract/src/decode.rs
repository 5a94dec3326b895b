//! Bytes to text: refuse what is not a page, find the charset, decode, and tell HTML from text.
//!
//! The charset is taken from, in order of trust:
//!
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. the `charset=` parameter of the HTTP `Content-Type` header;
//! 3. for HTML, `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`
//!    in the first [`META_PRESCAN_BYTES`] bytes;
//! 4. detection with `chardetng` (valid UTF-8 is always taken as UTF-8). Arabic sites still serve
//!    windows-1256 and ISO-8859-6; the detector tells them apart from each other and from UTF-8.
//!
//! A declared charset that `encoding_rs` does not know is ignored (and the next step tried), since
//! a page that lies about its charset is common and an unknown label tells nothing.
//!
//! ```
//! use rasd_extract::decode::{decode, Kind};
//! let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("خبر عاجل من بيروت اليوم");
//! let decoded = decode(&bytes, None).unwrap();
//! assert_eq!(decoded.text, "خبر عاجل من بيروت اليوم");
//! assert_eq!(decoded.kind, Kind::Text);
//! ```

use encoding_rs::Encoding;

use crate::ExtractError;

/// Bytes scanned for `<meta charset>` (the HTML standard's prescan looks at 1024; pages with
/// long heads put it later, so we look further).
pub const META_PRESCAN_BYTES: usize = 8 * 1024;

/// Bytes sniffed for tags when telling HTML from plain text.
pub const SNIFF_BYTES: usize = 4 * 1024;

/// Where the charset of a page came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// The HTTP `Content-Type` header.
    Header,
    /// A `<meta>` tag in the HTML.
    Meta,
    /// Detection from the bytes.
    Detected,
}

/// What kind of document the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An HTML (or XHTML) document.
    Html,
    /// Plain text: a page's visible text, dumped by a scraper.
    Text,
}

/// A decoded page.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// The charset it was decoded from.
    pub encoding: &'static Encoding,
    /// Where that charset came from.
    pub source: CharsetSource,
    /// True when some bytes were not valid in that charset and were replaced with U+FFFD.
    pub had_errors: bool,
    /// HTML or plain text.
    pub kind: Kind,
}

/// Refuses bytes that are not a page: empty, or a binary file.
///
/// Binary means a known file signature (PDF, ZIP/Office, gzip, PNG, JPEG, GIF, WebP/RIFF, ELF,
/// 7z, RAR), or, outside a UTF-16 page with a byte-order mark, a NUL byte or more than 10% of
/// control bytes (other than tab, line feed, form feed, carriage return and escape) in the first
/// 8 KiB.
pub fn check_page_bytes(bytes: &[u8]) -> Result<(), ExtractError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ExtractError::Empty);
    }
    if let Some(kind) = magic_kind(bytes) {
        return Err(ExtractError::Binary {
            what: format!("{kind} signature"),
        });
    }
    if Encoding::for_bom(bytes).is_some_and(|(enc, _)| enc != encoding_rs::UTF_8) {
        return Ok(()); // UTF-16: NULs are expected.
    }
    let head = bytes.get(..8 * 1024).unwrap_or(bytes);
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Err(ExtractError::Binary {
            what: format!("NUL byte at offset {pos}"),
        });
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if controls * 10 > head.len() {
        return Err(ExtractError::Binary {
            what: format!("{controls} control bytes in the first {} bytes", head.len()),
        });
    }
    Ok(())
}

/// The name of the file type whose signature `bytes` start with, if any.
fn magic_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF"),
        (b"PK\x03\x04", "ZIP"),
        (b"PK\x05\x06", "ZIP"),
        (b"\x1f\x8b", "gzip"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xff\xd8\xff", "JPEG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"RIFF", "RIFF (WebP/WAV/AVI)"),
        (b"\x7fELF", "ELF executable"),
        (b"7z\xbc\xaf\x27\x1c", "7z"),
        (b"Rar!\x1a\x07", "RAR"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old Office)"),
        (b"\x00\x00\x00", "binary (leading NULs)"),
    ];
    MAGIC
        .iter()
        .find(|(sig, _)| bytes.starts_with(sig))
        .map(|(_, name)| *name)
}

/// Decodes a page's bytes to text and tells HTML from plain text.
///
/// `content_type` is the HTTP `Content-Type` header, when known (`text/html; charset=windows-1256`).
/// Calls [`check_page_bytes`] first.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, ExtractError> {
    check_page_bytes(bytes)?;
    let header_kind = content_type.and_then(kind_from_content_type);
    let (encoding, source, body) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        (
            enc,
            CharsetSource::Bom,
            bytes.get(bom_len..).unwrap_or_default(),
        )
    } else if let Some(enc) = content_type
        .and_then(charset_param)
        .and_then(label_to_encoding)
    {
        (enc, CharsetSource::Header, bytes)
    } else if let Some(enc) = (header_kind != Some(Kind::Text) && looks_like_html_bytes(bytes))
        .then(|| meta_charset(bytes))
        .flatten()
    {
        (enc, CharsetSource::Meta, bytes)
    } else {
        (detect(bytes), CharsetSource::Detected, bytes)
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let text = text.into_owned();
    let kind = header_kind.unwrap_or_else(|| sniff_kind(&text));
    Ok(Decoded {
        text,
        encoding,
        source,
        had_errors,
        kind,
    })
}

/// Guesses the charset of bytes with no declaration: UTF-8 when valid, else `chardetng`.
pub fn detect(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return encoding_rs::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, true);
    // chardetng never returns ISO-8859-6 on its own for Arabic (it folds it into windows-1256's
    // family by score); check which of the two explains the bytes better.
    if guess == encoding_rs::WINDOWS_1256 || guess == encoding_rs::ISO_8859_6 {
        return arabic_single_byte(bytes);
    }
    guess
}

/// Chooses between windows-1256 and ISO-8859-6 for Arabic single-byte text.
///
/// The two map Arabic letters to different byte ranges: ISO-8859-6 puts them at 0xC1–0xF2 with
/// 0xA0–0xBF mostly punctuation or unassigned; windows-1256 spreads them over 0xC1–0xFE with
/// Latin letters (à, é, …) in between. The count of bytes each one cannot map, then the count of
/// Arabic letters each one yields, decide.
fn arabic_single_byte(bytes: &[u8]) -> &'static Encoding {
    let score = |enc: &'static Encoding| {
        let (text, _, _) = enc.decode(bytes);
        let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
        let arabic = text
            .chars()
            .filter(|c| ('\u{0621}'..='\u{064A}').contains(c))
            .count();
        let latin1 = text
            .chars()
            .filter(|c| ('\u{00C0}'..='\u{00FF}').contains(c))
            .count();
        (bad, latin1, usize::MAX - arabic)
    };
    if score(encoding_rs::ISO_8859_6) < score(encoding_rs::WINDOWS_1256) {
        encoding_rs::ISO_8859_6
    } else {
        encoding_rs::WINDOWS_1256
    }
}

/// HTML or text from a `Content-Type` value, when it says one of them.
fn kind_from_content_type(content_type: &str) -> Option<Kind> {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Some(Kind::Html),
        "text/plain" => Some(Kind::Text),
        _ => None,
    }
}

/// The `charset` parameter of a `Content-Type` value (or of a meta `content` attribute).
fn charset_param(value: &str) -> Option<&str> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = value.get(at + "charset".len()..)?.trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end =
        rest.find(|c: char| matches!(c, '"' | '\'' | ';' | ',' | '>' | '/') || c.is_whitespace());
    let label = rest.get(..end.unwrap_or(rest.len()))?;
    (!label.is_empty()).then_some(label)
}

/// The encoding named by a label, with the HTML rule that a declared UTF-16 in a byte stream we
/// could read as ASCII means UTF-8.
fn label_to_encoding(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    Some(enc)
}

/// The charset declared by a `<meta>` tag in the first [`META_PRESCAN_BYTES`] bytes.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..META_PRESCAN_BYTES).unwrap_or(bytes);
    // ASCII-compatible prescan: the tag itself is ASCII in every charset we accept here.
    let lower = ascii_lowercase_head(head);
    let mut from = 0;
    while let Some(rel) = lower.get(from..).and_then(|s| s.find("<meta")) {
        let start = from + rel;
        let end = lower
            .get(start..)
            .and_then(|s| s.find('>'))
            .map_or(lower.len(), |e| start + e);
        let tag = lower.get(start..end).unwrap_or_default();
        if let Some(enc) = charset_param(tag).and_then(label_to_encoding) {
            return Some(enc);
        }
        from = end.max(start + 1);
    }
    None
}

/// True when the raw bytes look like HTML (tags in the first [`SNIFF_BYTES`] bytes).
fn looks_like_html_bytes(bytes: &[u8]) -> bool {
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    looks_like_html(&ascii_lowercase_head(head))
}

/// The bytes as ASCII text, lowercased, with every other byte turned into a space.
fn ascii_lowercase_head(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii() {
                b.to_ascii_lowercase() as char
            } else {
                ' '
            }
        })
        .collect()
}

/// Tells HTML from plain text by the tags in the first [`SNIFF_BYTES`] bytes of the text.
pub fn sniff_kind(text: &str) -> Kind {
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if looks_like_html(text.get(..end).unwrap_or(text)) {
        Kind::Html
    } else {
        Kind::Text
    }
}

/// True when `head` starts like an HTML document or holds several structural HTML tags.
fn looks_like_html(head: &str) -> bool {
    let lower = head.trim_start().to_ascii_lowercase();
    if ["<!doctype html", "<html", "<?xml", "<head", "<!--"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return lower.starts_with("<?xml") || !lower.starts_with("<!--") || lower.contains("<html");
    }
    const TAGS: &[&str] = &[
        "<html", "<head", "<body", "<meta ", "<title>", "<div", "<p>", "<p ", "<script", "<link ",
        "<article", "<span", "<a href", "<br", "<table", "<h1",
    ];
    TAGS.iter().filter(|t| lower.contains(*t)).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    const AR: &str = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في الجنوب، وقال الوزير إن التنفيذ يبدأ الشهر المقبل.";

    #[test]
    fn decodes_windows_1256_by_detection() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(AR);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1256);
        assert_eq!(d.source, CharsetSource::Detected);
        assert_eq!(d.text, AR);
    }

    #[test]
    fn decodes_iso_8859_6_by_detection() {
        let text = "اعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في الجنوب، وقال الوزير ان التنفيذ يبدا الشهر المقبل.";
        let (bytes, _, errors) = encoding_rs::ISO_8859_6.encode(text);
        assert!(!errors);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, encoding_rs::ISO_8859_6);
        assert_eq!(d.text, text);
    }

    #[test]
    fn header_charset_wins_over_detection() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(AR);
        let d = decode(&bytes, Some("text/plain; charset=\"windows-1256\"")).unwrap();
        assert_eq!(d.source, CharsetSource::Header);
        assert_eq!(d.text, AR);
        assert_eq!(d.kind, Kind::Text);
    }

    #[test]
    fn meta_charset_is_read_for_html() {
        let html = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><title>t</title></head><body><p>{AR}</p></body></html>"
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&html);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.kind, Kind::Html);
        assert!(d.text.contains(AR));
    }

    #[test]
    fn bom_wins_and_is_stripped() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in AR.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&bytes, Some("text/plain; charset=windows-1256")).unwrap();
        assert_eq!(d.source, CharsetSource::Bom);
        assert_eq!(d.text, AR);
    }

    #[test]
    fn refuses_empty_and_binary() {
        assert!(matches!(decode(b"  \n\t", None), Err(ExtractError::Empty)));
        assert!(matches!(
            decode(b"%PDF-1.7\n...", None),
            Err(ExtractError::Binary { .. })
        ));
        let mut bytes = b"text then".to_vec();
        bytes.push(0);
        let err = decode(&bytes, None).unwrap_err();
        assert!(err.to_string().contains("binary file, not a page"), "{err}");
    }

    #[test]
    fn sniffs_html_and_text() {
        assert_eq!(
            sniff_kind("<!DOCTYPE html><html><body>x</body></html>"),
            Kind::Html
        );
        assert_eq!(sniff_kind("<div class=a><p>hello</p></div>"), Kind::Html);
        assert_eq!(sniff_kind("العالم\nخبر <عاجل>\nنص"), Kind::Text);
    }

    #[test]
    fn unknown_declared_charset_falls_through() {
        let d = decode(AR.as_bytes(), Some("text/plain; charset=x-nonsense")).unwrap();
        assert_eq!(d.source, CharsetSource::Detected);
        assert_eq!(d.encoding, encoding_rs::UTF_8);
    }
}
