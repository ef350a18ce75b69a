//! A small, strict JSON (RFC 8259) reader and writer for the saved envelope.
//!
//! Why not serde_json: its parser, error formatting and the derive-generated
//! visitors cost about 22 kB gzip of wasm (49 kB raw), a fifth of the widget.
//! This module is a few kilobytes. It never panics on any input, limits
//! nesting depth, and keeps integers exact without pulling in float parsing:
//! a number with a fraction or exponent, or outside i64, parses but is
//! reported as `Num(None)` (the envelope has no use for such numbers).
//! Native tests check it against serde_json as an oracle.

/// A parsed JSON value. Objects keep their members in order; `get` returns
/// the last member with a key, as `JSON.parse` does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// An integer that fits in i64, or `None` for any other valid number.
    Num(Option<i64>),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// Where parsing stopped: a byte offset into the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
}

/// Nesting deeper than this many arrays or objects is refused rather than
/// risking the stack.
pub const MAX_DEPTH: usize = 64;

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Num(n) => *n,
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Obj(members) => Some(members),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

/// Parses one JSON text (surrounding white space allowed, nothing else).
pub fn parse(text: &str) -> Result<Json, ParseError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let value = p.value(0)?;
    p.ws();
    if p.i == p.s.len() {
        Ok(value)
    } else {
        Err(p.err())
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn err(&self) -> ParseError {
        ParseError { offset: self.i }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Result<(), ParseError> {
        if self.peek() == Some(b) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err())
        }
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Result<Json, ParseError> {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(value)
        } else {
            Err(self.err())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, ParseError> {
        if depth >= MAX_DEPTH {
            return Err(self.err());
        }
        self.ws();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.literal(b"true", Json::Bool(true)),
            Some(b'f') => self.literal(b"false", Json::Bool(false)),
            Some(b'n') => self.literal(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.err()),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, ParseError> {
        self.eat(b'{')?;
        let mut members = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Json::Obj(members));
        }
        loop {
            self.ws();
            let key = self.string()?;
            self.ws();
            self.eat(b':')?;
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Json::Obj(members));
                }
                _ => return Err(self.err()),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, ParseError> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                _ => return Err(self.err()),
            }
        }
    }

    fn number(&mut self) -> Result<Json, ParseError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let digits_start = self.i;
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                while matches!(self.peek(), Some(b'0'..=b'9')) {
                    self.i += 1;
                }
            }
            _ => return Err(self.err()),
        }
        let digits_end = self.i;
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.i += 1;
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            integer = false;
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            self.digits()?;
        }
        if !integer {
            return Ok(Json::Num(None));
        }
        // Accumulate as a negative number so i64::MIN fits.
        let mut n: i64 = 0;
        for &d in &self.s[digits_start..digits_end] {
            match n
                .checked_mul(10)
                .and_then(|n| n.checked_sub(i64::from(d - b'0')))
            {
                Some(v) => n = v,
                None => return Ok(Json::Num(None)),
            }
        }
        Ok(Json::Num(if negative { Some(n) } else { n.checked_neg() }))
    }

    fn digits(&mut self) -> Result<(), ParseError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.err());
        }
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(self.err()),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            // Copy the run of plain bytes up to the next quote, backslash or
            // control character in one go. The input is a &str, and a run
            // ends only at an ASCII byte, so every run is valid UTF-8.
            let run = self.i;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            if let Ok(text) = std::str::from_utf8(&self.s[run..self.i]) {
                out.push_str(text);
            }
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        _ => return Err(self.err()),
                    };
                    self.i += 1;
                    out.push(c);
                }
                // end of input or a raw control character
                _ => return Err(self.err()),
            }
        }
    }

    /// After `\u`: one code point, joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if !self.s[self.i..].starts_with(b"\\u") {
                return Err(self.err());
            }
            self.i += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(self.err());
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or(self.err())
    }
}

/// Appends `s` as a JSON string literal.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends a non-negative integer without the formatting machinery.
pub fn write_u64(out: &mut String, n: u64) {
    write_u64_padded(out, n, 1);
}

/// Appends `n` with at least `width` digits (zero-padded).
pub fn write_u64_padded(out: &mut String, mut n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in (buf.len() - i)..width {
        out.push('0');
    }
    for &b in &buf[i..] {
        out.push(b as char);
    }
}

/// Appends `value` as compact JSON.
pub fn write(out: &mut String, value: &Json) {
    match value {
        Json::Null | Json::Num(None) => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Num(Some(n)) => {
            if *n < 0 {
                out.push('-');
            }
            write_u64(out, n.unsigned_abs());
        }
        Json::Str(s) => write_str(out, s),
        Json::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, item);
            }
            out.push(']');
        }
        Json::Obj(members) => {
            out.push('{');
            for (i, (k, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write(out, v);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_rng::Rng;

    fn text(v: &Json) -> String {
        let mut s = String::new();
        write(&mut s, v);
        s
    }

    #[test]
    fn parses_every_kind_of_value() {
        let v =
            parse(r#" {"a": [1, -2, 0, true, false, null, "x"], "b": {}, "c": [], "d": 1.5e3} "#)
                .unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Arr(vec![
                Json::Num(Some(1)),
                Json::Num(Some(-2)),
                Json::Num(Some(0)),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
                Json::Str("x".into()),
            ]))
        );
        assert_eq!(v.get("b"), Some(&Json::Obj(vec![])));
        assert_eq!(v.get("c"), Some(&Json::Arr(vec![])));
        assert_eq!(v.get("d"), Some(&Json::Num(None)));
        assert_eq!(v.get("e"), None);
    }

    #[test]
    fn integers_are_exact_at_the_limits() {
        assert_eq!(
            parse("9223372036854775807").unwrap(),
            Json::Num(Some(i64::MAX))
        );
        assert_eq!(
            parse("-9223372036854775808").unwrap(),
            Json::Num(Some(i64::MIN))
        );
        assert_eq!(parse("9223372036854775808").unwrap(), Json::Num(None));
        assert_eq!(parse("-0").unwrap(), Json::Num(Some(0)));
    }

    #[test]
    fn strings_unescape_including_surrogate_pairs() {
        let v = parse(r#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude42 é""#).unwrap();
        assert_eq!(v, Json::Str("a\"b\\c/d\u{8}\u{c}\n\r\té🙂 é".into()));
    }

    #[test]
    fn rejects_what_rfc_8259_rejects() {
        for bad in [
            "",
            " ",
            "{",
            "}",
            "[1,]",
            "[,1]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "01",
            "1.",
            ".5",
            "1e",
            "-",
            "+1",
            "tru",
            "nul",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "\"\\udc00\"",
            "\"a\u{1}b\"",
            "[1] 2",
            "NaN",
            "'a'",
            "{\"a\":1}}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let one_more = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(parse(&one_more).is_err());
    }

    #[test]
    fn last_duplicate_key_wins_like_json_parse() {
        assert_eq!(
            parse(r#"{"a":1,"a":2}"#).unwrap().get("a"),
            Some(&Json::Num(Some(2)))
        );
    }

    #[test]
    fn writes_compact_escaped_json_that_reads_back() {
        let v = Json::Obj(vec![
            (
                "q\"uote".into(),
                Json::Str("line\nbreak\u{1}\\ é 🙂".into()),
            ),
            (
                "n".into(),
                Json::Arr(vec![Json::Num(Some(-12)), Json::Num(Some(0)), Json::Null]),
            ),
            ("b".into(), Json::Bool(true)),
        ]);
        let s = text(&v);
        assert_eq!(
            s,
            r#"{"q\"uote":"line\nbreak\u0001\\ é 🙂","n":[-12,0,null],"b":true}"#
        );
        assert_eq!(parse(&s).unwrap(), v);
        // and serde_json agrees on what it means
        let oracle: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(oracle["q\"uote"], "line\nbreak\u{1}\\ é 🙂");
        assert_eq!(oracle["n"][0], -12);
    }

    #[test]
    fn writes_integers_at_the_limits() {
        for n in [0, 7, 10, 99, 1_000_000, i64::MAX, i64::MIN, -1] {
            assert_eq!(text(&Json::Num(Some(n))), n.to_string());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_and_agree_with_serde_json_on_validity() {
        let alphabet: &[u8] = b"{}[]:,\"\\ 0123456789-+.eEtrufalsn\nu\x01ab\xc3\xa9";
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let len = rng.below(24) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
                .collect();
            let Ok(s) = std::str::from_utf8(&bytes) else {
                continue;
            };
            let ours = parse(s).is_ok();
            let theirs = serde_json::from_str::<serde_json::Value>(s).is_ok();
            assert_eq!(ours, theirs, "disagree on {s:?}");
        }
    }
}
