//! The widget's configuration, read from the host element's attributes through
//! a lookup function, so the rules are tested here without a browser.
//!
//! Every attribute is optional and validated; a bad value yields a warning
//! for the host's console and the default. Configuration never fails.

use super::language::is_tag;
use super::state::View;

/// The storage namespace when the host sets none.
pub const DEFAULT_NAMESPACE: &str = "nearer";
const NAMESPACE_MAX: usize = 40;
const LABEL_MAX: usize = 80;
const TEXT_MAX: usize = 400;
const URL_MAX: usize = 2000;
const PHONE_MAX: usize = 30;

/// Every attribute the widget reads, in one place: the custom element
/// observes exactly these, and a change to any of them updates the widget.
pub const ATTRIBUTES: [&str; 13] = [
    "lang",
    "data-lang",
    "data-namespace",
    "data-parts",
    "data-accent",
    "data-surface",
    "data-cta-label",
    "data-cta-url",
    "data-safety-text",
    "data-safety-link",
    "data-safety-phone",
    "data-quick-exit",
    "data-pack",
];

/// Which of the three sections the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts {
    pub assessment: bool,
    pub moments: bool,
    pub list: bool,
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            assessment: true,
            moments: true,
            list: true,
        }
    }
}

impl Parts {
    pub fn allows(self, view: View) -> bool {
        match view {
            View::Reflect => self.assessment,
            View::Moments => self.moments,
            View::List => self.list,
            // what is kept on this device is always the person's to see
            View::Data => true,
        }
    }

    /// `view` when it is shown, otherwise the first section that is.
    pub fn view_or_first(self, view: View) -> View {
        if self.allows(view) {
            return view;
        }
        View::ALL
            .into_iter()
            .find(|v| self.allows(*v))
            .unwrap_or_default()
    }

    /// The shown sections as space-separated words, in catalogue order
    /// ("assessment moments list"); the markup carries it for the styles.
    pub fn key(self) -> &'static str {
        match (self.assessment, self.moments, self.list) {
            (true, true, true) => "assessment moments list",
            (true, true, false) => "assessment moments",
            (true, false, true) => "assessment list",
            (true, false, false) => "assessment",
            (false, true, true) => "moments list",
            (false, true, false) => "moments",
            (false, false, true) => "list",
            (false, false, false) => "",
        }
    }
}

/// A colour as 8-bit sRGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgb(r g b)` with 0-255 integers.
    pub fn parse(text: &str) -> Option<Rgb> {
        let t = text.trim().to_ascii_lowercase();
        if let Some(hex) = t.strip_prefix('#') {
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
            let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            return match hex.len() {
                3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
                6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
                _ => None,
            };
        }
        let inner = t.strip_prefix("rgb(")?.strip_suffix(')')?;
        let mut parts = inner
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| p.parse::<u8>().ok());
        let rgb = Rgb(parts.next()??, parts.next()??, parts.next()??);
        parts.next().is_none().then_some(rgb)
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `self` mixed with `other`, `amount` (0-1) of `other`.
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let m = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * amount).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |v: u8| {
            let c = v as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// x^2.4 for 0 < x <= 1 from square roots (a wasm instruction) instead of
/// `powf`, which brings a software pow into the wasm: x^0.4 is taken as
/// x^(1/2 - 1/8 + 1/32 - 1/128 + 1/512) = x^0.40039, off by under 0.2%
/// on the luminances that matter here (x >= 0.05).
fn pow_2_4(x: f64) -> f64 {
    let r2 = x.sqrt();
    let r8 = r2.sqrt().sqrt();
    let r32 = r8.sqrt().sqrt();
    let r128 = r32.sqrt().sqrt();
    let r512 = r128.sqrt().sqrt();
    x * x * r2 / r8 * r32 / r128 * r512
}

const WHITE: Rgb = Rgb(255, 255, 255);
const BLACK: Rgb = Rgb(0, 0, 0);
/// The light theme's muted text (styles/nearer.css), the faintest text on the surface.
const MUTED: Rgb = Rgb(0x5a, 0x52, 0x4a);
/// The dark theme's surface (styles/nearer.css).
const DARK_SURFACE: Rgb = Rgb(0x1d, 0x1b, 0x19);

/// A call to action shown at the end: the coach's label and an http(s) link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    pub label: String,
    pub url: String,
}

/// Where the "if you feel unsafe" note points; each part is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SafetyResources {
    pub text: Option<String>,
    /// An http(s) or tel: link.
    pub link: Option<String>,
    /// A phone number as written by the host (digits, spaces, + - ( ) .).
    pub phone: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetConfig {
    /// Prefix of every storage key this widget writes.
    pub namespace: String,
    /// The languages asked for, in order: (attribute, value as written),
    /// from `data-lang`, then the page's `lang`. `choose_language` picks.
    pub langs: Vec<(&'static str, String)>,
    pub parts: Parts,
    /// Buttons and highlights (white text on it, in both themes).
    pub accent: Option<Rgb>,
    /// The card's background in the light theme.
    pub surface: Option<Rgb>,
    pub cta: Option<Cta>,
    pub safety: SafetyResources,
    /// An http(s) page the quick-exit control leaves for.
    pub quick_exit: Option<String>,
    /// The id of a `<script type="application/json">` holding a content pack.
    pub pack: Option<String>,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig {
            namespace: DEFAULT_NAMESPACE.to_string(),
            langs: Vec::new(),
            parts: Parts::default(),
            accent: None,
            surface: None,
            cta: None,
            safety: SafetyResources::default(),
            quick_exit: None,
            pack: None,
        }
    }
}

/// The language a widget speaks: its primary tag (the data file's name),
/// and the tag for the browser's `Intl` (the page's own, as "en-GB", so
/// dates follow the region when the page names one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub tag: String,
    pub intl: String,
}

/// The first language asked for (`WidgetConfig::langs`) that is English or
/// `available` (bundled with the widget, or supplied by the coach's pack),
/// else English. Each one asked for that is not available yields a warning.
pub fn choose_language(
    asked: &[(&'static str, String)],
    available: &dyn Fn(&str) -> bool,
) -> (Choice, Vec<String>) {
    let mut warnings = Vec::new();
    for (name, value) in asked {
        let intl = intl_tag(value);
        let tag = intl.split('-').next().unwrap_or_default().to_string();
        if tag == "en" || (!tag.is_empty() && available(&tag)) {
            return (
                Choice {
                    intl: british(intl),
                    tag,
                },
                warnings,
            );
        }
        warnings.push(format!(
            "nearer: {name}=\"{}\" is not an available language; using the default",
            shown(value)
        ));
    }
    let english = Choice {
        tag: "en".to_string(),
        intl: british("en".to_string()),
    };
    (english, warnings)
}

/// The built-in English is British ("practise", "catalogue"), so a page
/// that names no region gets British dates ("25 November 2026").
fn british(intl: String) -> String {
    if intl == "en" {
        "en-GB".to_string()
    } else {
        intl
    }
}

/// A BCP 47 tag as `Intl` can always take it: the primary language in lower
/// case, then a script ("Hant") and a region ("GB", "419") if written; the
/// rest is dropped. Empty when the primary language is not 2-3 letters.
pub fn intl_tag(written: &str) -> String {
    let mut parts = written.trim().split(['-', '_']);
    let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
    if !is_tag(&primary) {
        return String::new();
    }
    let mut out = primary;
    let mut stage = 0;
    for part in parts {
        let letters = part.bytes().all(|b| b.is_ascii_alphabetic());
        let next = match part.len() {
            4 if letters && stage == 0 => {
                let (first, rest) = part.split_at(1);
                [first.to_ascii_uppercase(), rest.to_ascii_lowercase()].concat()
            }
            2 if letters && stage < 2 => part.to_ascii_uppercase(),
            3 if part.bytes().all(|b| b.is_ascii_digit()) && stage < 2 => part.to_string(),
            _ => break,
        };
        stage = if next.len() == 4 { 1 } else { 2 };
        out.push('-');
        out.push_str(&next);
    }
    out
}

/// At most 60 characters of a bad value, for a warning.
fn shown(value: &str) -> String {
    let mut s: String = value.chars().take(60).collect();
    if value.chars().count() > 60 {
        s.push('…');
    }
    s
}

impl WidgetConfig {
    /// Reads the attributes in `ATTRIBUTES` through `attr` (`lang` is the
    /// nearest language around the host). A bad value falls back to the
    /// default and yields a warning for the host's console.
    pub fn from_attributes(attr: impl Fn(&str) -> Option<String>) -> (Self, Vec<String>) {
        let mut config = WidgetConfig::default();
        let mut warnings = Vec::new();
        let mut warn = |name: &str, value: &str, why: &str| {
            warnings.push(format!(
                "nearer: {name}=\"{}\" {why}; using the default",
                shown(value)
            ))
        };
        if let Some(ns) = attr("data-namespace") {
            if is_valid_namespace(&ns) {
                config.namespace = ns;
            } else {
                warn(
                    "data-namespace",
                    &ns,
                    &format!("is not usable (1-{NAMESPACE_MAX} of a-z, 0-9, - and _)"),
                );
            }
        }
        // data-lang, else the page's lang, else English (choose_language)
        for name in ["data-lang", "lang"] {
            if let Some(lang) = attr(name) {
                config.langs.push((name, lang));
            }
        }
        if let Some(text) = attr("data-parts") {
            match parse_parts(&text) {
                Ok((parts, added_list)) => {
                    config.parts = parts;
                    if added_list {
                        warn(
                            "data-parts",
                            &text,
                            "has \"moments\" without \"list\"; moments are added to the list, so it is shown too",
                        );
                    }
                }
                Err(why) => warn("data-parts", &text, &why),
            }
        }
        if let Some(text) = attr("data-accent") {
            match Rgb::parse(&text) {
                None => warn("data-accent", &text, NOT_A_COLOUR),
                Some(c) if c.contrast(WHITE) < 4.5 => warn(
                    "data-accent",
                    &text,
                    &format!(
                        "gives white button text a contrast of {}:1 (4.5:1 needed)",
                        tenths(c.contrast(WHITE))
                    ),
                ),
                Some(c) => config.accent = Some(c),
            }
        }
        if let Some(text) = attr("data-surface") {
            match Rgb::parse(&text) {
                None => warn("data-surface", &text, NOT_A_COLOUR),
                Some(c) if MUTED.contrast(sunk(c)) < 4.5 => warn(
                    "data-surface",
                    &text,
                    &format!(
                        "leaves the widget's grey text at {}:1 (4.5:1 needed); choose a lighter colour",
                        tenths(MUTED.contrast(sunk(c)))
                    ),
                ),
                Some(c) => config.surface = Some(c),
            }
        }
        match (attr("data-cta-label"), attr("data-cta-url")) {
            (None, None) => {}
            (Some(label), Some(url)) => match (check_text(&label, LABEL_MAX), web_url(&url)) {
                (Ok(label), Ok(url)) => config.cta = Some(Cta { label, url }),
                (Err(why), _) => warn("data-cta-label", &label, &why),
                (_, Err(why)) => warn("data-cta-url", &url, &why),
            },
            (Some(label), None) => warn(
                "data-cta-label",
                &label,
                "has no data-cta-url; no call to action is shown",
            ),
            (None, Some(url)) => warn(
                "data-cta-url",
                &url,
                "has no data-cta-label; no call to action is shown",
            ),
        }
        if let Some(text) = attr("data-safety-text") {
            match check_text(&text, TEXT_MAX) {
                Ok(t) => config.safety.text = Some(t),
                Err(why) => warn("data-safety-text", &text, &why),
            }
        }
        if let Some(link) = attr("data-safety-link") {
            match safety_link(&link) {
                Ok(l) => config.safety.link = Some(l),
                Err(why) => warn("data-safety-link", &link, &why),
            }
        }
        if let Some(phone) = attr("data-safety-phone") {
            match check_phone(&phone) {
                Ok(p) => config.safety.phone = Some(p),
                Err(why) => warn("data-safety-phone", &phone, &why),
            }
        }
        if let Some(url) = attr("data-quick-exit") {
            match web_url(&url) {
                Ok(u) => config.quick_exit = Some(u),
                Err(why) => warn("data-quick-exit", &url, &why),
            }
        }
        if let Some(id) = attr("data-pack") {
            let id = id.trim();
            if !id.is_empty() && id.len() <= 100 && !id.contains(char::is_whitespace) {
                config.pack = Some(id.to_string());
            } else {
                warn("data-pack", id, "is not an element id");
            }
        }
        (config, warnings)
    }

    /// The key holding the saved state.
    pub fn state_key(&self) -> String {
        format!("{}:state", self.namespace)
    }

    /// Where an unreadable saved value is kept before anything new is written.
    pub fn backup_key(&self) -> String {
        backup_key(&self.state_key(), 1)
    }

    /// The style sheet that applies `accent` and `surface`, or `None` when
    /// both are the defaults. The values are formatted from parsed numbers,
    /// never copied from the attribute. `!important` inside the widget's
    /// shadow root wins over the host page's `--nearer-*` rules: the
    /// attribute is the more specific wish.
    ///
    /// The accent is used in both themes, with its stronger and softer
    /// shades derived for each; the surface is the light theme's only (the
    /// dark theme keeps its own so text stays readable).
    pub fn theme_css(&self) -> Option<String> {
        if self.accent.is_none() && self.surface.is_none() {
            return None;
        }
        let mut light = String::new();
        let mut dark = String::new();
        if let Some(a) = self.accent {
            let strong = a.mix(BLACK, 0.3).hex();
            light += &format!(
                "--nearer-accent:{};--nearer-accent-strong:{strong};--nearer-focus:{strong};--nearer-accent-soft:{};",
                a.hex(),
                a.mix(WHITE, 0.88).hex()
            );
            let tint = a.mix(WHITE, 0.6).hex();
            // the dark theme's names (styles/nearer.css reads -dark there),
            // so the attribute also beats a page's own --nearer-*-dark
            dark += &format!(
                "--nearer-accent-dark:{};--nearer-accent-strong-dark:{tint};--nearer-focus-dark:{tint};--nearer-accent-soft-dark:{};",
                a.hex(),
                a.mix(DARK_SURFACE, 0.75).hex()
            );
        }
        if let Some(s) = self.surface {
            light += &format!(
                "--nearer-surface:{};--nearer-surface-sunk:{};",
                s.hex(),
                sunk(s).hex()
            );
        }
        let important = |decls: &str| decls.replace(';', "!important;");
        let mut css = format!(
            "@media not (prefers-color-scheme:dark){{:host{{{}}}}}",
            important(&light)
        );
        if !dark.is_empty() {
            css += &format!(
                "@media (prefers-color-scheme:dark){{:host{{{}}}}}",
                important(&dark)
            );
        }
        Some(css)
    }
}

/// "4.4" for 4.47: a ratio for a warning, without the float formatter
/// (which would add kilobytes to the wasm for two messages).
fn tenths(x: f64) -> String {
    let t = (x * 10.0) as u32;
    format!("{}.{}", t / 10, t % 10)
}

const NOT_A_COLOUR: &str = "is not a colour (#rgb, #rrggbb or rgb(r, g, b))";

/// The sunken panels' shade of a surface.
fn sunk(surface: Rgb) -> Rgb {
    surface.mix(Rgb(0x8a, 0x70, 0x50), 0.07)
}

fn is_valid_namespace(ns: &str) -> bool {
    (1..=NAMESPACE_MAX).contains(&ns.len())
        && ns
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Words separated by spaces or commas; "moments" brings "list" with it.
/// Returns the parts and whether "list" was added.
fn parse_parts(text: &str) -> Result<(Parts, bool), String> {
    let mut parts = Parts {
        assessment: false,
        moments: false,
        list: false,
    };
    for word in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        match word.to_ascii_lowercase().as_str() {
            "assessment" => parts.assessment = true,
            "moments" => parts.moments = true,
            "list" => parts.list = true,
            _ => {
                return Err(format!(
                    "has \"{}\", not one of assessment, moments, list",
                    shown(word)
                ))
            }
        }
    }
    if parts
        == (Parts {
            assessment: false,
            moments: false,
            list: false,
        })
    {
        return Err("names no part (assessment, moments, list)".to_string());
    }
    let added = parts.moments && !parts.list;
    parts.list |= parts.moments;
    Ok((parts, added))
}

/// Trimmed, non-empty, at most `max` characters, no control characters.
fn check_text(text: &str, max: usize) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("is empty".to_string());
    }
    if t.chars().count() > max {
        return Err(format!("is longer than {max} characters"));
    }
    if t.chars().any(char::is_control) {
        return Err("contains control characters".to_string());
    }
    Ok(t.to_string())
}

/// An absolute http(s) URL, or a relative one (which inherits the page's
/// http(s) scheme). Whitespace and control characters inside are refused:
/// browsers drop them, so "java\tscript:" would become "javascript:".
pub fn web_url(text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() || t.len() > URL_MAX {
        return Err(format!("must be 1-{URL_MAX} characters"));
    }
    if t.chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err("contains spaces, backslashes or control characters".to_string());
    }
    match scheme(t) {
        None => Ok(t.to_string()),
        Some(s) if s == "http" || s == "https" => {
            let rest = &t[s.len() + 1..];
            let host = rest.strip_prefix("//").unwrap_or("");
            if host.is_empty() || host.starts_with('/') {
                Err("has no host".to_string())
            } else {
                Ok(t.to_string())
            }
        }
        Some(_) => Err("is not an http(s) address".to_string()),
    }
}

/// The scheme of a URL (lower-cased), or `None` when it is relative.
fn scheme(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let candidate = &url[..colon];
    // a path or query before the colon makes it relative ("a/b:c", "?x:y")
    let mut chars = candidate.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.'))
    .then(|| candidate.to_ascii_lowercase())
}

/// An http(s) link or `tel:` with a valid number.
fn safety_link(text: &str) -> Result<String, String> {
    let t = text.trim();
    if scheme(t).as_deref() == Some("tel") {
        return check_phone(&t[4..])
            .map(|_| t.to_string())
            .map_err(|why| format!("is a tel: link whose number {why}"));
    }
    web_url(t).map_err(|_| "is not an http(s) or tel: link".to_string())
}

/// Digits with spaces, +, -, (, ), . and / as written; 2 to 20 digits.
fn check_phone(text: &str) -> Result<String, String> {
    let t = text.trim();
    // bytes, not chars: any non-ASCII byte fails the check anyway
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    let allowed = t
        .bytes()
        .all(|b| b.is_ascii_digit() || b" +-()./".contains(&b));
    if !allowed || !(2..=20).contains(&digits) || t.len() > PHONE_MAX {
        return Err("is not a phone number (digits, spaces and + - ( ) .)".to_string());
    }
    Ok(t.to_string())
}

/// The name of backup slot `slot` (1, 2, …) of the state under `state_key`:
/// `<key>:backup`, then `<key>:backup-2` and on. The one naming rule for
/// backups, used by the storage adapter too.
pub fn backup_key(state_key: &str, slot: usize) -> String {
    if slot == 1 {
        format!("{state_key}:backup")
    } else {
        format!("{state_key}:backup-{slot}")
    }
}

/// Whether `family`, the computed `font-family` the widget would inherit
/// from the host page, is only the browser's default serif: the page sets
/// no font of its own (Chromium reports "Times New Roman", Safari "Times" or
/// "-webkit-standard", Firefox "serif"). The widget then uses a system UI
/// font stack instead (`embed.rs`, nearer.css). Any list of families, or
/// any other single family, is the page's choice and is kept.
pub fn is_default_font(family: &str) -> bool {
    let name = family.trim().trim_matches(|c| c == '"' || c == '\'');
    !name.contains(',')
        && ["serif", "times", "times new roman", "-webkit-standard"]
            .iter()
            .any(|d| name.eq_ignore_ascii_case(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_browsers_default_serif_counts_as_no_font() {
        for family in [
            "\"Times New Roman\"",
            "Times New Roman",
            "serif",
            " Serif ",
            "Times",
            "'Times'",
            "-webkit-standard",
        ] {
            assert!(is_default_font(family), "{family}");
        }
        for family in [
            "Georgia, serif",
            "\"Times New Roman\", Times, serif",
            "system-ui, sans-serif",
            "Lato",
            "sans-serif",
            "monospace",
            "",
        ] {
            assert!(!is_default_font(family), "{family}");
        }
    }

    fn from(pairs: &[(&str, &str)]) -> (WidgetConfig, Vec<String>) {
        WidgetConfig::from_attributes(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn no_attributes_give_the_defaults() {
        let (c, w) = from(&[]);
        assert_eq!(c, WidgetConfig::default());
        assert!(w.is_empty());
        assert_eq!(c.state_key(), "nearer:state");
        assert_eq!(c.backup_key(), "nearer:state:backup");
        assert_eq!(c.theme_css(), None);
        assert_eq!(c.parts.key(), "assessment moments list");
    }

    #[test]
    fn every_attribute_read_is_observed() {
        let asked = std::cell::RefCell::new(Vec::new());
        WidgetConfig::from_attributes(|name| {
            asked.borrow_mut().push(name.to_string());
            None
        });
        for name in asked.borrow().iter() {
            assert!(
                ATTRIBUTES.contains(&name.as_str()),
                "{name} is read but not observed"
            );
        }
        assert_eq!(asked.borrow().len(), ATTRIBUTES.len());
    }

    #[test]
    fn a_valid_namespace_prefixes_every_key() {
        let (c, w) = from(&[("data-namespace", "coach-anna_2")]);
        assert!(w.is_empty());
        assert_eq!(c.state_key(), "coach-anna_2:state");
        assert_eq!(c.backup_key(), "coach-anna_2:state:backup");
    }

    #[test]
    fn a_bad_namespace_warns_and_keeps_the_default() {
        for bad in ["", "Has Space", "UPPER", "a:b", "é", &"x".repeat(41)] {
            let (c, w) = from(&[("data-namespace", bad)]);
            assert_eq!(c.namespace, DEFAULT_NAMESPACE, "{bad:?}");
            assert_eq!(w.len(), 1, "{bad:?}");
        }
    }

    fn choose(asked: &[(&'static str, &str)]) -> (Choice, Vec<String>) {
        let asked: Vec<(&'static str, String)> =
            asked.iter().map(|(n, v)| (*n, v.to_string())).collect();
        choose_language(&asked, &|tag| ["es", "fr", "de"].contains(&tag))
    }

    #[test]
    fn language_comes_from_data_lang_before_lang() {
        let (c, w) = from(&[("data-lang", "es"), ("lang", "en")]);
        assert_eq!(c.langs, [("data-lang", "es".into()), ("lang", "en".into())]);
        assert!(w.is_empty());
        assert_eq!(from(&[]).0.langs, []);

        let tags = |asked| {
            let (c, w) = choose(asked);
            (c.tag, c.intl, w.len())
        };
        assert_eq!(tags(&[("lang", "en-GB")]), ("en".into(), "en-GB".into(), 0));
        assert_eq!(tags(&[("lang", "es-MX")]), ("es".into(), "es-MX".into(), 0));
        assert_eq!(
            tags(&[("data-lang", "fr"), ("lang", "en")]),
            ("fr".into(), "fr".into(), 0)
        );
        assert_eq!(tags(&[]), ("en".into(), "en-GB".into(), 0));
        assert_eq!(tags(&[("lang", "en")]), ("en".into(), "en-GB".into(), 0));
        assert_eq!(tags(&[("lang", "en-US")]), ("en".into(), "en-US".into(), 0));
        // an unavailable data-lang warns and the page's lang decides, then English
        let (c, w) = choose(&[("data-lang", "xx"), ("lang", "de-AT")]);
        assert_eq!((c.tag.as_str(), c.intl.as_str()), ("de", "de-AT"));
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("data-lang=\"xx\""), "{w:?}");
        assert_eq!(
            tags(&[("data-lang", "xx"), ("lang", "yy")]),
            ("en".into(), "en-GB".into(), 2)
        );
        let (_, w) = choose(&[("lang", "it-IT")]);
        assert!(
            w[0].contains("lang=\"it-IT\" is not an available language"),
            "{w:?}"
        );
        // a garbled tag is never handed to Intl
        assert_eq!(
            tags(&[("lang", "<script>")]),
            ("en".into(), "en-GB".into(), 1)
        );
    }

    #[test]
    fn intl_tags_keep_only_what_intl_always_takes() {
        for (written, tag) in [
            ("es", "es"),
            (" EN-gb ", "en-GB"),
            ("en_US", "en-US"),
            ("es-419", "es-419"),
            ("zh-hant-tw", "zh-Hant-TW"),
            ("de-DE-1996", "de-DE"),
            ("en-GB-oxendict", "en-GB"),
            ("fil-PH", "fil-PH"),
            ("sr-Latn", "sr-Latn"),
            ("x-klingon", ""),
            ("english", ""),
            ("", ""),
            ("e1", ""),
        ] {
            assert_eq!(intl_tag(written), tag, "{written:?}");
        }
    }

    #[test]
    fn parts_are_words_in_any_order_and_moments_bring_the_list() {
        let parts = |text: &str| from(&[("data-parts", text)]);
        let (c, w) = parts("list, assessment");
        assert!(w.is_empty());
        assert_eq!(c.parts.key(), "assessment list");
        assert_eq!(c.parts.view_or_first(View::Moments), View::Reflect);
        assert_eq!(c.parts.view_or_first(View::List), View::List);
        let (c, w) = parts("  Assessment ");
        assert!(w.is_empty());
        assert_eq!(c.parts.key(), "assessment");
        let (c, w) = parts("moments");
        assert_eq!(c.parts.key(), "moments list");
        assert_eq!(w.len(), 1, "says why the list appears");
        assert_eq!(c.parts.view_or_first(View::Reflect), View::Moments);
        for bad in ["", " , ", "assessment quiz", "all"] {
            let (c, w) = parts(bad);
            assert_eq!(c.parts, Parts::default(), "{bad:?}");
            assert_eq!(w.len(), 1, "{bad:?}");
        }
    }

    #[test]
    fn the_square_root_power_is_close_to_powf() {
        for i in 1..=255 {
            let x = (i as f64 / 255.0 + 0.055) / 1.055;
            let (ours, exact) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - exact).abs() / exact < 0.002,
                "{i}: {ours} vs {exact}"
            );
        }
    }

    #[test]
    fn colours_parse_in_three_spellings() {
        assert_eq!(Rgb::parse("#1D6B66"), Some(Rgb(0x1d, 0x6b, 0x66)));
        assert_eq!(Rgb::parse(" #abc "), Some(Rgb(0xaa, 0xbb, 0xcc)));
        assert_eq!(Rgb::parse("rgb(29, 107, 102)"), Some(Rgb(29, 107, 102)));
        assert_eq!(Rgb::parse("RGB(29 107 102)"), Some(Rgb(29, 107, 102)));
        for bad in [
            "",
            "red",
            "#12",
            "#12345",
            "#1234567",
            "#ggg",
            "rgb(1,2)",
            "rgb(1,2,3,4)",
            "rgb(256,0,0)",
            "rgb(-1,0,0)",
            "#+1+2+3",
            "url(x)",
            "#abc;}body{color:red",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Rgb(0x1d, 0x6b, 0x66).hex(), "#1d6b66");
        assert!((WHITE.contrast(BLACK) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn colours_that_would_be_unreadable_are_refused() {
        let (c, w) = from(&[("data-accent", "#8a3b5c"), ("data-surface", "#fff8f0")]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.accent, Some(Rgb(0x8a, 0x3b, 0x5c)));
        assert_eq!(c.surface, Some(Rgb(0xff, 0xf8, 0xf0)));
        // yellow under white text; a dark surface under dark text
        let (c, w) = from(&[("data-accent", "#ffcc00"), ("data-surface", "#333")]);
        assert_eq!((c.accent, c.surface), (None, None));
        assert_eq!(w.len(), 2);
        assert!(w[0].contains("4.5:1"), "{}", w[0]);
        let (c, w) = from(&[("data-accent", "teal")]);
        assert_eq!(c.accent, None);
        assert!(w[0].contains("not a colour"));
    }

    #[test]
    fn the_theme_sheet_holds_only_formatted_numbers() {
        let (c, _) = from(&[("data-accent", "rgb(138, 59, 92)")]);
        let css = c.theme_css().unwrap();
        assert!(css.starts_with(
            "@media not (prefers-color-scheme:dark){:host{--nearer-accent:#8a3b5c!important;"
        ));
        assert!(css.contains(
            "@media (prefers-color-scheme:dark){:host{--nearer-accent-dark:#8a3b5c!important;"
        ));
        assert!(!css.contains("--nearer-surface"));
        let (c, _) = from(&[("data-surface", "#fff8f0")]);
        let css = c.theme_css().unwrap();
        assert!(css.contains("--nearer-surface:#fff8f0!important;"));
        assert!(
            !css.contains("@media (prefers-color-scheme:dark)"),
            "the dark theme keeps its surface"
        );
        assert_eq!(css.matches('{').count(), css.matches('}').count());
    }

    #[test]
    fn derived_accent_shades_stay_readable() {
        for accent in ["#1d6b66", "#8a3b5c", "#0000ff", "#6a4c00", "#767676"] {
            let a = Rgb::parse(accent).unwrap();
            assert!(a.contrast(WHITE) >= 4.5, "{accent} itself");
            let (c, _) = from(&[("data-accent", accent)]);
            assert_eq!(c.accent, Some(a));
            let strong = a.mix(BLACK, 0.3);
            assert!(
                strong.contrast(Rgb(0xff, 0xfd, 0xf9)) >= 4.5,
                "{accent} strong on light"
            );
            let tint = a.mix(WHITE, 0.6);
            assert!(tint.contrast(DARK_SURFACE) >= 4.5, "{accent} tint on dark");
        }
    }

    #[test]
    fn the_call_to_action_needs_a_label_and_a_web_address() {
        let (c, w) = from(&[
            ("data-cta-label", " Book a free consultation "),
            ("data-cta-url", "https://coach.example/book?from=nearer"),
        ]);
        assert!(w.is_empty());
        assert_eq!(
            c.cta,
            Some(Cta {
                label: "Book a free consultation".into(),
                url: "https://coach.example/book?from=nearer".into()
            })
        );
        let (c, _) = from(&[("data-cta-label", "Book"), ("data-cta-url", "/book")]);
        assert_eq!(
            c.cta.unwrap().url,
            "/book",
            "relative addresses inherit the page's scheme"
        );
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            " data:text/html,x",
            "vbscript:x",
            "http:/nohost",
            "https://",
            "https:\\\\evil.example",
            "ftp://coach.example",
        ] {
            let (c, w) = from(&[("data-cta-label", "Book"), ("data-cta-url", bad)]);
            assert_eq!(c.cta, None, "{bad:?}");
            assert_eq!(w.len(), 1, "{bad:?}");
        }
        let (c, w) = from(&[("data-cta-label", "Book")]);
        assert_eq!((c.cta, w.len()), (None, 1));
        let (c, w) = from(&[("data-cta-url", "https://coach.example")]);
        assert_eq!((c.cta, w.len()), (None, 1));
        let (c, w) = from(&[("data-cta-label", &"x".repeat(81)), ("data-cta-url", "/b")]);
        assert_eq!((c.cta, w.len()), (None, 1));
    }

    #[test]
    fn safety_resources_and_quick_exit_are_checked_one_by_one() {
        let (c, w) = from(&[
            (
                "data-safety-text",
                "In Germany, call the Hilfetelefon, day and night.",
            ),
            ("data-safety-link", "tel:+49 116 016"),
            ("data-safety-phone", "116 016"),
            ("data-quick-exit", "https://www.wikipedia.org/"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.safety.link.as_deref(), Some("tel:+49 116 016"));
        assert_eq!(c.safety.phone.as_deref(), Some("116 016"));
        assert_eq!(c.quick_exit.as_deref(), Some("https://www.wikipedia.org/"));
        let (c, w) = from(&[("data-safety-link", "https://www.hilfetelefon.de/")]);
        assert!(w.is_empty());
        assert_eq!(
            c.safety.link.as_deref(),
            Some("https://www.hilfetelefon.de/")
        );
        let (c, w) = from(&[
            ("data-safety-text", "   "),
            ("data-safety-link", "mailto:help@example.org"),
            ("data-safety-phone", "call 911"),
            ("data-quick-exit", "javascript:history.back()"),
        ]);
        assert_eq!(c.safety, SafetyResources::default());
        assert_eq!(c.quick_exit, None);
        assert_eq!(w.len(), 4, "{w:?}");
        let (c, w) = from(&[("data-safety-link", "tel:help")]);
        assert_eq!((c.safety.link, w.len()), (None, 1));
    }

    #[test]
    fn warnings_quote_at_most_sixty_characters() {
        let long = "j".repeat(500);
        let (_, w) = from(&[("data-accent", &long)]);
        assert!(w[0].len() < 200);
        assert!(w[0].contains('…'));
    }

    #[test]
    fn the_pack_is_referenced_by_an_element_id() {
        assert_eq!(
            from(&[("data-pack", "anna-pack")]).0.pack.as_deref(),
            Some("anna-pack")
        );
        let (c, w) = from(&[("data-pack", "two words")]);
        assert_eq!((c.pack, w.len()), (None, 1));
    }
}
