//! The widget's configuration, read from the host element's attributes through
//! a lookup function, so the rules are tested here without a browser.

use super::i18n::Locale;

/// The storage namespace when the host sets none.
pub const DEFAULT_NAMESPACE: &str = "nearer";
const NAMESPACE_MAX: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetConfig {
    /// Prefix of every storage key this widget writes.
    pub namespace: String,
    pub locale: Locale,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig {
            namespace: DEFAULT_NAMESPACE.to_string(),
            locale: Locale::En,
        }
    }
}

impl WidgetConfig {
    /// Reads `data-namespace` and `data-lang` (or the page's `lang`) through
    /// `attr`. A bad value falls back to the default and yields a warning for
    /// the host's console; configuration never fails.
    pub fn from_attributes(attr: impl Fn(&str) -> Option<String>) -> (Self, Vec<String>) {
        let mut config = WidgetConfig::default();
        let mut warnings = Vec::new();
        if let Some(ns) = attr("data-namespace") {
            if is_valid_namespace(&ns) {
                config.namespace = ns;
            } else {
                warnings.push(format!(
                    "nearer: data-namespace \"{ns}\" is not usable (1-{NAMESPACE_MAX} of a-z, 0-9, - and _); using \"{DEFAULT_NAMESPACE}\""
                ));
            }
        }
        if let Some(lang) = attr("data-lang").or_else(|| attr("lang")) {
            match Locale::from_tag(&lang) {
                Some(l) => config.locale = l,
                None => warnings.push(format!(
                    "nearer: language \"{lang}\" is not available; using English"
                )),
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
        format!("{}:state:backup", self.namespace)
    }
}

fn is_valid_namespace(ns: &str) -> bool {
    (1..=NAMESPACE_MAX).contains(&ns.len())
        && ns
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn language_comes_from_data_lang_before_lang() {
        assert_eq!(from(&[("lang", "en-GB")]).0.locale, Locale::En);
        let (c, w) = from(&[("lang", "es-MX")]);
        assert_eq!((c.locale, w.len()), (Locale::Es, 0));
        let (c, w) = from(&[("data-lang", "es"), ("lang", "en")]);
        assert_eq!((c.locale, w.len()), (Locale::Es, 0));
        // data-lang is read first; an unknown one warns and falls back to
        // English without consulting `lang`
        let asked = std::cell::RefCell::new(Vec::new());
        let (c, w) = WidgetConfig::from_attributes(|name| {
            asked.borrow_mut().push(name.to_string());
            match name {
                "data-lang" => Some("xx".into()),
                "lang" => Some("en".into()),
                _ => None,
            }
        });
        assert_eq!(c.locale, Locale::En);
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("\"xx\""));
        assert!(!asked.borrow().contains(&"lang".to_string()));
        // without data-lang, lang is used
        let (_, w) = from(&[("lang", "fr-CA")]);
        assert!(w[0].contains("\"fr-CA\""));
    }
}
