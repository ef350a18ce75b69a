//! The browser's grammar for a language, behind the domain's `Grammar`:
//! `Intl.PluralRules` picks a count's plural form, `Intl.ListFormat` joins
//! lists ("a, b and c", "a, b et c", "a, b und c"), `Intl.DateTimeFormat`
//! writes dates. The formatters are made once per language tag and kept for
//! the page's life. Tags come from `config::intl_tag`, so `Intl` never
//! throws on them.

use std::cell::RefCell;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::i18n::{Category, Grammar};

/// A language's grammar: only its tag, so a table holding it can be
/// shared; the formatters themselves live in `MADE`.
pub struct IntlGrammar {
    tag: &'static str,
}

struct Formatters {
    tag: &'static str,
    plural: Intl::PluralRules,
    list: Intl::ListFormat,
    date: Intl::DateTimeFormat,
}

thread_local! {
    static MADE: RefCell<Vec<Formatters>> = const { RefCell::new(Vec::new()) };
    static GRAMMARS: RefCell<Vec<&'static IntlGrammar>> = const { RefCell::new(Vec::new()) };
}

/// The grammar for `tag` (as "de-AT"), made once per page.
pub fn grammar(tag: &str) -> &'static IntlGrammar {
    GRAMMARS.with(|g| {
        let mut g = g.borrow_mut();
        if let Some(found) = g.iter().find(|x| x.tag == tag) {
            return *found;
        }
        let made: &'static IntlGrammar = Box::leak(Box::new(IntlGrammar {
            tag: Box::leak(tag.to_string().into_boxed_str()),
        }));
        g.push(made);
        made
    })
}

impl IntlGrammar {
    fn with<T>(&self, f: impl FnOnce(&Formatters) -> T) -> T {
        MADE.with(|made| {
            let mut made = made.borrow_mut();
            let i = match made.iter().position(|m| m.tag == self.tag) {
                Some(i) => i,
                None => {
                    let locales = Array::of1(&JsValue::from_str(self.tag));
                    let date_options = Object::new();
                    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")]
                    {
                        let _ = Reflect::set(&date_options, &key.into(), &value.into());
                    }
                    made.push(Formatters {
                        tag: self.tag,
                        plural: Intl::PluralRules::new(&locales, &Object::new()),
                        list: Intl::ListFormat::new(&locales, &Object::new()),
                        date: Intl::DateTimeFormat::new(&locales, &date_options),
                    });
                    made.len() - 1
                }
            };
            f(&made[i])
        })
    }
}

impl Grammar for IntlGrammar {
    fn plural(&self, n: usize) -> Category {
        let key = self.with(|f| String::from(f.plural.select(n as f64)));
        Category::from_key(&key).unwrap_or(Category::Other)
    }

    fn list(&self, items: &[String]) -> String {
        let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
        self.with(|f| String::from(f.list.format(&array)))
    }

    fn date(&self, year: i32, month: u32, day: u32) -> String {
        // local midnight of that day, written in local time: the same day
        let date = js_sys::Date::new_with_year_month_day(year as u32, month as i32 - 1, day as i32);
        self.with(|f| {
            f.date
                .format()
                .call1(&JsValue::UNDEFINED, &date)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default()
        })
    }
}
