//! The pure core: no browser, no UI framework. Everything here is tested with
//! plain `cargo test`.

pub mod assessment;
pub mod config;
pub mod content;
pub mod date;
pub mod history;
pub mod i18n;
pub mod ics;
pub mod json;
pub mod language;
pub mod moments;
pub mod pack;
pub mod plan;
pub mod recommend;
pub mod schema;
pub mod state;
pub mod sync;
pub mod transfer;

/// A tiny deterministic generator for the fuzz-style tests (no crate needed).
#[cfg(test)]
pub(crate) mod test_rng {
    pub struct Rng(pub u64);

    impl Rng {
        pub fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        pub fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }
}
