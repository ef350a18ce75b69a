//! Prints the English language file, the template a translation starts
//! from: `make lang/en.json` (see docs/languages.md). A native tool; the
//! widget itself never runs it.

fn main() {
    print!(
        "{}",
        nearer::domain::language::export(&nearer::domain::i18n::EN)
    );
}
