//! Every word the widget shows, per locale. Components never hold literals;
//! they read a `Strings` table. Per-statement and per-source tables are fixed
//! arrays in catalogue order, so a missing entry does not compile.

use super::content::{SourceId, STATEMENT_COUNT};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    /// Matches a BCP 47 tag by its primary language ("en-GB" → English).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Locale::En => &EN,
        }
    }
}

/// A source of distance, explained.
pub struct SourceText {
    pub name: &'static str,
    /// What the pattern usually looks like, without blame.
    pub looks_like: &'static str,
    /// One first idea of what helps, something the person can do alone.
    pub first_step: &'static str,
}

pub struct Strings {
    pub widget_label: &'static str,
    pub disclaimer: &'static str,

    pub intro_title: &'static str,
    pub intro_lead: &'static str,
    pub intro_points: [&'static str; 3],
    pub intro_privacy: &'static str,
    pub begin: &'static str,

    pub situation_title: &'static str,
    pub situation_hint: &'static str,
    pub apart_question: &'static str,
    pub apart_yes: &'static str,
    pub apart_no: &'static str,
    pub apart_unsure: &'static str,
    pub safety_question: &'static str,
    pub safety_no: &'static str,
    pub safety_sometimes: &'static str,
    pub safety_yes: &'static str,
    pub safety_private: &'static str,

    pub statements_title: &'static str,
    pub statements_hint: &'static str,
    /// The five points of the scale, "not at all" to "a great deal".
    pub scale: [&'static str; 5],
    pub statements: [&'static str; STATEMENT_COUNT],

    pub back: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub progress_label: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub answered_of: fn(usize, usize) -> String,

    pub results_title: &'static str,
    pub results_lead: &'static str,
    pub top_title: &'static str,
    pub looks_like_label: &'static str,
    pub first_step_label: &'static str,
    pub none_stand_out: &'static str,
    pub all_title: &'static str,
    pub score_of: fn(u8) -> String,
    pub not_rated: &'static str,
    pub skipped: fn(usize, usize) -> String,
    pub apart_title: &'static str,
    pub apart_text: &'static str,
    pub safety_title: &'static str,
    pub safety_text: &'static str,
    pub safety_resources: &'static str,
    pub safety_reference_title: &'static str,
    pub safety_footer: &'static str,
    pub retake: &'static str,
    pub retake_confirm: &'static str,
    pub retake_yes: &'static str,
    pub retake_no: &'static str,

    pub notice_storage_unavailable: &'static str,
    pub notice_save_failed: &'static str,
    pub notice_corrupt: &'static str,
    pub notice_newer: &'static str,

    /// Indexed by `SourceId::index()`.
    pub sources: [SourceText; 9],
}

impl Strings {
    pub fn source(&self, id: SourceId) -> &SourceText {
        &self.sources[id.index()]
    }
}

pub static EN: Strings = Strings {
    widget_label: "Nearer: a private reflection on closeness",
    disclaimer: "This is a space for self-reflection. It is not therapy or a diagnosis, and it passes no judgement on either of you.",

    intro_title: "Where did the distance come from?",
    intro_lead: "Closeness rarely fades for one reason. This short reflection helps you notice which everyday pressures have been pulling the two of you apart, so you can choose a gentle place to begin.",
    intro_points: [
        "It takes about five minutes: a few questions about your situation, then 24 short statements.",
        "Answer for how things have felt lately. You can skip anything you would rather not answer.",
        "Stop whenever you like. Your place is kept, and you can come back to it later.",
    ],
    intro_privacy: "Your answers stay in this browser, on this device. Nothing is sent anywhere.",
    begin: "Begin",

    situation_title: "First, a little about your situation",
    situation_hint: "These answers shape what you see at the end. They stay on this device.",
    apart_question: "Are you living apart right now because one of you moved out or asked for space?",
    apart_yes: "Yes",
    apart_no: "No",
    apart_unsure: "Not sure",
    safety_question: "Do you ever feel afraid of your partner, or unsafe, controlled or hurt in this relationship?",
    safety_no: "No",
    safety_sometimes: "Sometimes",
    safety_yes: "Yes",
    safety_private: "I'd rather not say",

    statements_title: "How true has this felt lately?",
    statements_hint: "Choose the answer that fits best. There are no right answers, and you can skip any statement.",
    scale: ["Not at all", "A little", "Somewhat", "Quite a lot", "A great deal"],
    statements: [
        // page 1
        "By the end of most days, I have little energy left for us.",
        "Work, children, chores or family take up nearly all of our time.",
        "There are things I need from us that I haven't said out loud.",
        "Our days together feel more like a routine than a choice.",
        // page 2
        "Important conversations between us tend to happen in a rush, between other things.",
        "I've stopped doing things that used to make me happy.",
        "Small agreements between us haven't always been kept.",
        "There are subjects we both seem to step around.",
        // page 3
        "One of us has stepped back from the relationship: asked for space, moved out, or gone quiet.",
        "Stress from other parts of life follows me into our time together.",
        "Small hurts have piled up without being talked through.",
        "It's been a while since we simply had fun together.",
        // page 4
        "Time for just the two of us keeps being pushed back.",
        "Talks between us can turn tense quickly.",
        "After a misunderstanding, it takes us a long time to find our way back.",
        "How I feel about myself lately changes how I show up with my partner.",
        // page 5
        "Some topics feel too heavy to bring up, so they wait.",
        "It has been a long time since either of us felt truly rested.",
        "Even when we're in the same room, my partner can feel far away.",
        "I sometimes keep the peace by staying quiet about what I feel.",
        // page 6
        "I sometimes feel taken for granted, or sense that my partner does.",
        "Most of what we talk about is logistics: who does what, and when.",
        "In hard moments, one of us ends up defending rather than listening.",
        "I don't always feel listened to when something matters to me.",
    ],

    back: "Back",
    next: "Next",
    see_results: "See my results",
    progress_label: "Progress",
    step_of: |n, total| format!("Step {n} of {total}"),
    answered_of: |n, total| format!("{n} of {total} statements answered"),

    results_title: "Where the distance seems to come from",
    results_lead: "Here is what stood out in your answers. These are patterns many couples meet, not verdicts about either of you.",
    top_title: "Weighing most right now",
    looks_like_label: "What this often looks like",
    first_step_label: "A first small step",
    none_stand_out: "No single source stands out strongly in your answers. That is worth noticing too: the distance may be small, or spread thinly across many everyday things.",
    all_title: "Every source, highest first",
    score_of: |score| format!("{score} out of 100"),
    not_rated: "Not rated",
    skipped: |skipped, total| match skipped {
        0 => format!("You answered all {total} statements."),
        1 => format!("You skipped 1 of {total} statements. Scores use only the statements you answered."),
        n if n == total => format!("You skipped all {total} statements, so there is nothing to score yet. You can go back and answer any of them."),
        n => format!("You skipped {n} of {total} statements. Scores use only the statements you answered."),
    },
    apart_title: "While you are living apart",
    apart_text: "When a partner has stepped away, chasing or pressing for answers usually widens the gap. Steadying your own days first, giving room, and keeping any contact small, warm and free of pressure tends to help more. Expect mixed signals along the way, and be patient with both of you.",
    safety_title: "Your safety comes first",
    safety_text: "You said you sometimes feel afraid, unsafe, controlled or hurt. The ideas in this tool are meant for ordinary distance between two people who feel safe with each other, so it won't suggest ways to reconnect here. You deserve support from people who can help.",
    safety_resources: "If you are in danger right now, call your local emergency number. A domestic abuse helpline, a doctor, or someone you trust can listen in confidence and help you think through your options.",
    safety_reference_title: "Your answers, for reference",
    safety_footer: "If you ever feel unsafe in your relationship, you don't have to face it alone: in an emergency call your local emergency number, or reach out to a local helpline to talk in confidence.",
    retake: "Take it again",
    retake_confirm: "Start again? This clears your current answers on this device.",
    retake_yes: "Yes, start again",
    retake_no: "Keep my answers",

    notice_storage_unavailable: "This browser isn't letting the page save, so your answers will be gone when you close it.",
    notice_save_failed: "Your latest answers couldn't be saved on this device (its storage may be full). They are still here while this page stays open.",
    notice_corrupt: "What was saved here before couldn't be read, so you are starting fresh. A copy of it has been kept on this device.",
    notice_newer: "Your answers were saved by a newer version of this tool. To keep them safe, nothing you do here will be saved until this page is updated.",

    sources: [
        SourceText {
            name: "Overwhelm and stress",
            looks_like: "Long stretches of tiredness and pressure leave little energy for each other. Evenings become about getting through, and closeness waits for a calmer week that doesn't quite arrive.",
            first_step: "Find one five-minute pocket this week to sit together with nothing to get done. Resting side by side counts as connection too.",
        },
        SourceText {
            name: "Competing demands",
            looks_like: "Work, children, household jobs and family can claim nearly every hour. You may run the logistics well as a team while time as a couple keeps being postponed.",
            first_step: "Protect one small, regular slot that is just for the two of you, even fifteen minutes, and keep it the way you would keep any other commitment.",
        },
        SourceText {
            name: "Unspoken needs and resentments",
            looks_like: "Needs that were never said aloud, and small hurts let go without being talked through, can settle into a quiet distance that is hard to name.",
            first_step: "Notice one small need and say it early and gently, as a wish rather than a complaint: \"I'd love it if we…\"",
        },
        SourceText {
            name: "Rushed or reactive conversations",
            looks_like: "Talks that happen on the run can heat up quickly or end with both of you defending yourselves, so the things that matter stay unsettled.",
            first_step: "When you feel a conversation heating up, pause and offer to come back to it at a set time. Slower talks tend to reach further.",
        },
        SourceText {
            name: "Avoided topics",
            looks_like: "Some subjects feel too heavy, so you both step around them. The silence keeps the peace for now, but it also keeps part of each of you out of reach.",
            first_step: "In a calm moment, name the topic without trying to solve it: \"I'd like us to talk about this sometime, gently.\"",
        },
        SourceText {
            name: "Drifting into routine",
            looks_like: "Days settle into habits and it becomes easy to take each other for granted. Shared fun and curiosity slip away without either of you deciding they should.",
            first_step: "Thank your partner for one specific thing today, or suggest something small you used to enjoy together.",
        },
        SourceText {
            name: "Losing yourself",
            looks_like: "When you stop doing what made you happy, or feel unsure of yourself, it changes how you show up: more tired, more guarded, sometimes quietly resentful.",
            first_step: "Return to one thing that used to light you up, just for you. Looking after yourself is part of looking after the relationship.",
        },
        SourceText {
            name: "Shaken reliability",
            looks_like: "When small agreements slip, or you don't feel heard, trust wears thin, and misunderstandings take longer to mend.",
            first_step: "Keep one small promise exactly this week, and after a misunderstanding, reach out to repair it within the hour if you can.",
        },
        SourceText {
            name: "Physical or emotional separation",
            looks_like: "A partner who has moved out, asked for space or gone quiet can leave you unsure what to do. Pushing for closeness often widens the gap.",
            first_step: "Give room rather than chasing. Put your energy into steadying your own days, and keep any contact brief, warm and free of pressure.",
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    fn all_texts(s: &Strings) -> Vec<&'static str> {
        let mut v = vec![
            s.widget_label,
            s.disclaimer,
            s.intro_title,
            s.intro_lead,
            s.intro_privacy,
            s.begin,
            s.situation_title,
            s.situation_hint,
            s.apart_question,
            s.apart_yes,
            s.apart_no,
            s.apart_unsure,
            s.safety_question,
            s.safety_no,
            s.safety_sometimes,
            s.safety_yes,
            s.safety_private,
            s.statements_title,
            s.statements_hint,
            s.back,
            s.next,
            s.see_results,
            s.progress_label,
            s.results_title,
            s.results_lead,
            s.top_title,
            s.looks_like_label,
            s.first_step_label,
            s.none_stand_out,
            s.all_title,
            s.not_rated,
            s.apart_title,
            s.apart_text,
            s.safety_title,
            s.safety_text,
            s.safety_resources,
            s.safety_reference_title,
            s.safety_footer,
            s.retake,
            s.retake_confirm,
            s.retake_yes,
            s.retake_no,
            s.notice_storage_unavailable,
            s.notice_save_failed,
            s.notice_corrupt,
            s.notice_newer,
        ];
        v.extend(s.intro_points);
        v.extend(s.scale);
        v.extend(s.statements);
        for src in &s.sources {
            v.extend([src.name, src.looks_like, src.first_step]);
        }
        v
    }

    #[test]
    fn no_string_is_empty_or_padded() {
        for locale in [Locale::En] {
            for text in all_texts(locale.strings()) {
                assert!(!text.trim().is_empty());
                assert_eq!(text, text.trim(), "{text:?}");
            }
        }
    }

    #[test]
    fn statements_are_distinct() {
        let s = Locale::En.strings();
        let set: std::collections::HashSet<_> = s.statements.iter().collect();
        assert_eq!(set.len(), s.statements.len());
    }

    #[test]
    fn formatted_strings_count_properly() {
        let s = Locale::En.strings();
        assert_eq!((s.step_of)(2, 7), "Step 2 of 7");
        assert_eq!((s.score_of)(75), "75 out of 100");
        assert_eq!((s.skipped)(0, 24), "You answered all 24 statements.");
        assert!((s.skipped)(1, 24).starts_with("You skipped 1 of 24 statements."));
        assert!((s.skipped)(3, 24).starts_with("You skipped 3 of 24 statements."));
        assert!((s.skipped)(24, 24).contains("nothing to score"));
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("en"), Some(Locale::En));
        assert_eq!(Locale::from_tag(" EN-gb "), Some(Locale::En));
        assert_eq!(Locale::from_tag("en_US"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
        assert_eq!(Locale::En.tag(), "en");
    }
}
