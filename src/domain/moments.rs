//! The small-moments catalogue: small, concrete acts of reconnection a person
//! can do on their own. Structure lives in `MOMENTS`; every word a person
//! reads lives in the per-locale tables below, in the same order.

use super::content::SourceId;

/// What kind of moment it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Presence,
    Appreciation,
    Curiosity,
    Service,
    Longing,
    SlowerTalks,
    Reliability,
    Honesty,
    SharedMeaning,
    YourselfFirst,
    SteppedAway,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Presence,
        Kind::Appreciation,
        Kind::Curiosity,
        Kind::Service,
        Kind::Longing,
        Kind::SlowerTalks,
        Kind::Reliability,
        Kind::Honesty,
        Kind::SharedMeaning,
        Kind::YourselfFirst,
        Kind::SteppedAway,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        [
            "presence",
            "appreciation",
            "curiosity",
            "service",
            "longing",
            "slower-talks",
            "reliability",
            "honesty",
            "shared-meaning",
            "yourself-first",
            "stepped-away",
        ][self.index()]
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// How much it asks of the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Effort {
    Tiny,
    Small,
    Medium,
}

impl Effort {
    pub const ALL: [Effort; 3] = [Effort::Tiny, Effort::Small, Effort::Medium];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        ["tiny", "small", "medium"][self.index()]
    }

    pub fn from_key(key: &str) -> Option<Effort> {
        Effort::ALL.into_iter().find(|e| e.key() == key)
    }
}

/// How long it typically takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimeNeeded {
    Minute,
    TenMinutes,
    Evening,
}

impl TimeNeeded {
    pub const ALL: [TimeNeeded; 3] = [
        TimeNeeded::Minute,
        TimeNeeded::TenMinutes,
        TimeNeeded::Evening,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        ["minute", "ten-minutes", "evening"][self.index()]
    }

    pub fn from_key(key: &str) -> Option<TimeNeeded> {
        TimeNeeded::ALL.into_iter().find(|t| t.key() == key)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// Stable id saved in the person's list; never reuse one for other wording.
    pub id: &'static str,
    pub kind: Kind,
    pub effort: Effort,
    pub time: TimeNeeded,
    /// Sources of distance it helps with, most relevant first.
    pub sources: &'static [SourceId],
    /// What it involves of the partner.
    pub partner: Partner,
}

/// What a moment involves of the partner: it decides where it may be offered
/// (docs/results-and-safety.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Partner {
    /// Done alone, for oneself: nothing is said or shown to the partner,
    /// asked of them, or done with them in mind. The only moments offered
    /// when the person feels unsafe.
    Alone,
    /// Done towards the partner or where they notice it (a thank-you, a
    /// calmer tone, a task taken over), without asking anything of them.
    Towards,
    /// Asks something of the partner: their time, a talk, closeness, a plan
    /// together. Left out when the partner has stepped away, too.
    Asks,
}

impl Moment {
    /// Asks something of the partner (left out when they have stepped away).
    pub fn presses(&self) -> bool {
        self.partner == Partner::Asks
    }

    /// Done alone, for oneself, with nothing towards the partner.
    pub fn for_oneself(&self) -> bool {
        self.partner == Partner::Alone
    }
}

const fn m(
    id: &'static str,
    kind: Kind,
    effort: Effort,
    time: TimeNeeded,
    sources: &'static [SourceId],
    partner: Partner,
) -> Moment {
    Moment {
        id,
        kind,
        effort,
        time,
        sources,
        partner,
    }
}

use Effort::{Medium, Small, Tiny};
use Kind::*;
use Partner::{Alone, Asks, Towards};
use SourceId::{Apart, Avoided, Demands, Overwhelm, Reactive, Routine, SelfLoss, Trust, Unspoken};
use TimeNeeded::{Evening, Minute, TenMinutes};

pub const MOMENT_COUNT: usize = 42;

pub const MOMENTS: [Moment; MOMENT_COUNT] = [
    m(
        "eye-contact",
        Presence,
        Tiny,
        Minute,
        &[Routine, Overwhelm],
        Asks,
    ),
    m(
        "evening-check-in",
        Presence,
        Tiny,
        Minute,
        &[Overwhelm, Demands, Routine],
        Asks,
    ),
    m(
        "phone-away",
        Presence,
        Small,
        TenMinutes,
        &[Demands, Overwhelm, Routine],
        Towards,
    ),
    m(
        "arrive-gently",
        Presence,
        Tiny,
        Minute,
        &[Overwhelm, Reactive],
        Towards,
    ),
    m(
        "thank-specific",
        Appreciation,
        Tiny,
        Minute,
        &[Routine, Trust, Unspoken],
        Towards,
    ),
    m(
        "thanks-for-waiting",
        Appreciation,
        Tiny,
        Minute,
        &[Reactive, Trust],
        Towards,
    ),
    m(
        "unseen-work",
        Appreciation,
        Tiny,
        Minute,
        &[Demands, Routine, Unspoken],
        Towards,
    ),
    m(
        "appreciation-note",
        Appreciation,
        Small,
        TenMinutes,
        &[Routine, Unspoken],
        Towards,
    ),
    m(
        "their-interest",
        Curiosity,
        Small,
        TenMinutes,
        &[Routine, Trust],
        Asks,
    ),
    m(
        "open-question",
        Curiosity,
        Tiny,
        Minute,
        &[Routine, Reactive],
        Asks,
    ),
    m(
        "what-feels-close",
        Curiosity,
        Small,
        TenMinutes,
        &[Unspoken, Routine],
        Asks,
    ),
    m(
        "how-can-i-help",
        Service,
        Tiny,
        Minute,
        &[Demands, Overwhelm],
        Towards,
    ),
    m(
        "take-a-task",
        Service,
        Small,
        TenMinutes,
        &[Demands, Overwhelm, Trust],
        Towards,
    ),
    m(
        "easier-morning",
        Service,
        Tiny,
        TenMinutes,
        &[Overwhelm, Demands],
        Towards,
    ),
    m(
        "say-what-you-miss",
        Longing,
        Tiny,
        Minute,
        &[Unspoken, Routine, Avoided],
        Asks,
    ),
    m(
        "team-again",
        Longing,
        Tiny,
        Minute,
        &[Unspoken, Demands],
        Asks,
    ),
    m(
        "wish-not-complaint",
        Longing,
        Small,
        TenMinutes,
        &[Unspoken, Reactive],
        Asks,
    ),
    m(
        "pause-when-rising",
        SlowerTalks,
        Tiny,
        Minute,
        &[Reactive, Avoided],
        Towards,
    ),
    m(
        "stay-in-now",
        SlowerTalks,
        Small,
        TenMinutes,
        &[Reactive, Unspoken],
        Towards,
    ),
    m(
        "feeling-not-label",
        SlowerTalks,
        Tiny,
        Minute,
        &[Reactive, Trust],
        Towards,
    ),
    m(
        "their-side",
        SlowerTalks,
        Small,
        TenMinutes,
        &[Reactive, Avoided, Trust],
        Asks,
    ),
    m(
        "name-the-topic",
        SlowerTalks,
        Small,
        Minute,
        &[Avoided, Unspoken],
        Asks,
    ),
    m(
        "keep-one-agreement",
        Reliability,
        Small,
        Minute,
        &[Trust, Demands],
        Towards,
    ),
    m(
        "whole-story",
        Reliability,
        Small,
        TenMinutes,
        &[Trust, Reactive, Unspoken],
        Towards,
    ),
    m(
        "repair-within-hour",
        Reliability,
        Small,
        TenMinutes,
        &[Trust, Reactive],
        Asks,
    ),
    m(
        "back-when-you-said",
        Reliability,
        Tiny,
        Minute,
        &[Trust, Demands],
        Towards,
    ),
    m(
        "mention-it-early",
        Honesty,
        Tiny,
        Minute,
        &[Unspoken, Avoided],
        Towards,
    ),
    m(
        "share-something-kept",
        Honesty,
        Small,
        TenMinutes,
        &[Unspoken, Avoided, Trust],
        Asks,
    ),
    m(
        "write-your-need",
        Honesty,
        Small,
        TenMinutes,
        &[Unspoken, SelfLoss],
        Towards,
    ),
    m(
        "shared-value",
        SharedMeaning,
        Small,
        TenMinutes,
        &[Routine, Avoided],
        Asks,
    ),
    m(
        "dream-together",
        SharedMeaning,
        Medium,
        Evening,
        &[Routine, Demands],
        Asks,
    ),
    m(
        "old-favourite",
        SharedMeaning,
        Medium,
        Evening,
        &[Routine, Overwhelm],
        Asks,
    ),
    m(
        "small-ritual",
        SharedMeaning,
        Small,
        TenMinutes,
        &[Demands, Routine, Trust],
        Asks,
    ),
    m(
        "old-joy",
        YourselfFirst,
        Small,
        Evening,
        &[SelfLoss, Overwhelm],
        Alone,
    ),
    m(
        "rest-and-body",
        YourselfFirst,
        Small,
        TenMinutes,
        &[Overwhelm, SelfLoss],
        Alone,
    ),
    m(
        "your-tone-first",
        YourselfFirst,
        Tiny,
        Minute,
        &[Reactive, SelfLoss],
        Towards,
    ),
    m(
        "someone-on-your-side",
        YourselfFirst,
        Small,
        TenMinutes,
        &[SelfLoss, Overwhelm, Apart],
        Alone,
    ),
    m("give-room", SteppedAway, Tiny, Minute, &[Apart], Towards),
    m(
        "one-warm-message",
        SteppedAway,
        Tiny,
        Minute,
        &[Apart, Unspoken],
        Towards,
    ),
    m(
        "steady-through-swings",
        SteppedAway,
        Small,
        TenMinutes,
        &[Apart, Reactive],
        Towards,
    ),
    m(
        "your-own-life",
        SteppedAway,
        Small,
        Evening,
        &[Apart, SelfLoss],
        Alone,
    ),
    m(
        "let-the-quiet-be",
        SteppedAway,
        Tiny,
        Minute,
        &[Apart, Avoided],
        Towards,
    ),
];

/// The moment with this id and its index (also its index in the text tables).
pub fn moment(id: &str) -> Option<(usize, &'static Moment)> {
    MOMENTS.iter().enumerate().find(|(_, m)| m.id == id)
}

/// A moment's words, per locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MomentText {
    pub title: &'static str,
    pub how_to: &'static str,
}

const fn t(title: &'static str, how_to: &'static str) -> MomentText {
    MomentText { title, how_to }
}

/// English, in the order of `MOMENTS`.
pub const MOMENTS_EN: [MomentText; MOMENT_COUNT] = [
    t("Hold their gaze for a moment", "When you greet them or say goodbye, pause and really look at them for a breath or two. Warm, not searching."),
    t("Ask how their day really was", "At the end of the day, ask one warm question and listen to the whole answer before you share your own."),
    t("Put your phone away for ten minutes", "When you are together at dinner or before sleep, put your own phone in another room. Nothing to announce; just be there."),
    t("Arrive before you talk", "Before you walk in at the end of the day, take three slow breaths so you meet them as yourself, not as the rest of your day."),
    t("Thank them for one specific thing", "Name one thing they did today and what it meant to you. Specific beats grand: \"Thank you for calling the school.\""),
    t("Say \"thank you for waiting\"", "When you are late, swap \"sorry I'm late\" for \"thank you for waiting for me\". It turns an apology into recognition."),
    t("Name the work no one sees", "Pick one thing they do for the home or the family that usually goes unmentioned, and say out loud that you noticed."),
    t("Leave a note of appreciation", "Write two lines about something you value in them and leave it where they will find it. No request attached."),
    t("Ask about something they love", "Learn a little about one of their interests, then ask them about it with an open mind and follow where they take it."),
    t("Ask one open question", "Instead of \"How was your day?\", try \"What was the best part of today?\" and stay curious about the answer."),
    t("Ask what makes them feel close", "In a calm moment, ask what makes them feel close to you. It isn't always physical: it may be help, words or time."),
    t("Ask \"How can I help you today?\"", "Ask once, simply, and do what they say if you can. If the answer is \"nothing\", that is fine too."),
    t("Quietly take one task off their list", "Choose a job they dislike and do it without announcing it or keeping score."),
    t("Make their morning a little easier", "Set out their coffee, clear the hall or pack the bag: one small thing that gives them a calmer start."),
    t("Say one thing you miss", "Instead of naming what went wrong, tell them one thing you miss: \"I miss how we used to laugh in the car.\""),
    t("Say you'd love to feel like a team", "Try \"I'd love for us to feel like a team again\" in place of a complaint about who does what."),
    t("Turn one complaint into a wish", "When a complaint forms, say what you long for instead: \"I wish we had more evenings like last Sunday.\""),
    t("Pause when the heat rises", "When you feel your voice speed up, ask for twenty minutes' pause, and come back to it when you are both calmer."),
    t("Talk about now, not old fights", "Keep a hard conversation to what is happening this week. Old stories can wait for a calmer day, or rest."),
    t("Describe your feeling, not them", "Say \"I felt left out tonight\" rather than \"you always ignore me\". Feelings invite listening; labels invite defence."),
    t("Get curious about their side", "In your next disagreement, ask one question to understand their view before you explain yours again."),
    t("Name an avoided topic, gently", "In a calm moment, say \"There's something I'd like us to talk about when it suits you\", without starting it there."),
    t("Keep one small agreement exactly", "Pick one thing you said you would do this week and do it exactly as promised, on time."),
    t("Listen to one whole story", "When they tell you something, listen all the way to the end without interrupting or advising. Then ask one question."),
    t("Repair within the hour", "After a misunderstanding, go back within the hour: \"I don't like how that went. Can we try again?\""),
    t("Say when you'll be back, and be there", "Give a realistic time when you leave, and send a short message if it changes."),
    t("Mention a small irritation early", "Say it calmly while it is still small: \"It bothers me a little when...\". Small and early keeps it from growing."),
    t("Share one thing you've kept to yourself", "Choose something modest you have been holding back, a worry or a hope, and tell them without asking for anything back."),
    t("Write down one unspoken need", "Take ten minutes alone to name one need you haven't voiced. Naming it to yourself first makes it easier to say kindly."),
    t("Talk about a value you share", "Bring up something you both care about, like family, fairness or adventure, and ask what it means to them now."),
    t("Dream about one future thing together", "Spend an evening imagining one small future plan: a trip, a garden, a tradition. No decisions needed, just the dreaming."),
    t("Return to something you enjoyed together", "Suggest one thing you loved doing together early on, kept simple enough to actually happen this month."),
    t("Start a small ritual", "Suggest something small and regular, like a Sunday coffee or an evening walk, and keep it light when a week slips."),
    t("Return to one thing that made you happy", "Pick up something you used to love doing, just for you: music, a sport, a friend, a craft. Give it a place in your week."),
    t("Look after your body and rest", "Choose one: an earlier night, a walk outside, a proper meal. Rest is not a reward you have to earn first."),
    t("Check your own tone first", "Before a conversation, notice how you feel and how you might sound. A softer start is often most of the difference."),
    t("Talk to someone who is on your side", "Call a friend, a relative or a counsellor and let yourself be listened to. You don't have to carry everything alone."),
    t("Give room instead of chasing", "Let the urge to call or message again pass. Space given freely draws people back more often than pressure does."),
    t("Send one short, warm message", "If it feels right, send a few light words with no question and no request: \"Thinking of you. I hope your week is kind.\""),
    t("Stay steady through mixed signals", "When they are warm one day and distant the next, try not to react to each swing. Notice it, breathe, keep your course."),
    t("Keep your own life steady", "Fill your days with people and routines that hold you up. A steady life protects you, whatever happens next."),
    t("Let a quiet day be quiet", "If there is no word from them today, let it be. Silence is not a verdict, and it doesn't need an answer from you."),
];

/// Indexed by `Kind::index`.
pub const KIND_NAMES_EN: [&str; 11] = [
    "Presence",
    "Appreciation",
    "Curiosity",
    "Service",
    "Longing, not grievance",
    "Slower hard talks",
    "Reliability",
    "Honesty",
    "Shared meaning",
    "Yourself first",
    "When they've stepped away",
];

/// Indexed by `Effort::index`.
pub const EFFORT_NAMES_EN: [&str; 3] = ["Tiny", "Small", "A little more"];

/// Indexed by `TimeNeeded::index`.
pub const TIME_NAMES_EN: [&str; 3] = ["About a minute", "About ten minutes", "An evening"];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_kebab_case() {
        let ids: HashSet<_> = MOMENTS.iter().map(|m| m.id).collect();
        assert_eq!(ids.len(), MOMENTS.len());
        for m in &MOMENTS {
            let ok = !m.id.is_empty()
                && m.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !m.id.starts_with('-')
                && !m.id.ends_with('-')
                && !m.id.contains("--");
            assert!(ok, "{}", m.id);
        }
    }

    #[test]
    fn the_catalogue_has_thirty_to_fifty_moments() {
        assert!((30..=50).contains(&MOMENTS.len()));
    }

    #[test]
    fn every_source_is_covered_by_at_least_three_moments() {
        for source in SourceId::ALL {
            let n = MOMENTS
                .iter()
                .filter(|m| m.sources.contains(&source))
                .count();
            assert!(n >= 3, "{source:?}: {n}");
        }
    }

    #[test]
    fn every_kind_is_used() {
        for kind in Kind::ALL {
            assert!(MOMENTS.iter().any(|m| m.kind == kind), "{kind:?}");
        }
    }

    #[test]
    fn living_apart_has_enough_moments_without_pressure() {
        let n = MOMENTS
            .iter()
            .filter(|m| m.sources.contains(&SourceId::Apart) && !m.presses())
            .count();
        assert!(n >= 4, "{n}");
        for m in &MOMENTS {
            if matches!(m.kind, Kind::SteppedAway | Kind::YourselfFirst) {
                assert!(!m.presses(), "{} must not pressure", m.id);
            }
            if m.kind == Kind::SteppedAway {
                assert_eq!(m.sources.first(), Some(&SourceId::Apart), "{}", m.id);
            }
        }
    }

    /// The moments offered when the person feels unsafe: done alone, for
    /// themselves. Named one by one, so a moment only joins them by a
    /// decision made here too; and none of their words turns to the partner.
    #[test]
    fn moments_for_oneself_are_few_named_and_never_about_the_partner() {
        let alone: Vec<_> = MOMENTS
            .iter()
            .enumerate()
            .filter(|(_, m)| m.for_oneself())
            .collect();
        let ids: Vec<_> = alone.iter().map(|(_, m)| m.id).collect();
        assert_eq!(
            ids,
            [
                "old-joy",
                "rest-and-body",
                "someone-on-your-side",
                "your-own-life"
            ]
        );
        for (i, m) in alone {
            assert!(!m.presses(), "{}", m.id);
            let words = [MOMENTS_EN[i].title, MOMENTS_EN[i].how_to]
                .concat()
                .to_lowercase();
            for partner in [
                "partner", "them", "their", "they", "together", "message", "we ",
            ] {
                assert!(!words.contains(partner), "{}: \"{partner}\"", m.id);
            }
        }
    }

    #[test]
    fn sources_are_one_to_three_without_repeats() {
        for m in &MOMENTS {
            assert!((1..=3).contains(&m.sources.len()), "{}", m.id);
            let set: HashSet<_> = m.sources.iter().collect();
            assert_eq!(set.len(), m.sources.len(), "{}", m.id);
        }
    }

    #[test]
    fn texts_are_present_short_and_distinct() {
        let titles: HashSet<_> = MOMENTS_EN.iter().map(|t| t.title).collect();
        assert_eq!(titles.len(), MOMENTS_EN.len());
        for t in &MOMENTS_EN {
            for text in [t.title, t.how_to] {
                assert!(!text.trim().is_empty());
                assert_eq!(text, text.trim());
            }
            assert!(t.title.chars().count() <= 60, "{}", t.title);
            assert!(t.how_to.chars().count() <= 220, "{}", t.how_to);
        }
        for name in KIND_NAMES_EN
            .iter()
            .chain(&EFFORT_NAMES_EN)
            .chain(&TIME_NAMES_EN)
        {
            assert!(!name.trim().is_empty() && *name == name.trim());
        }
    }

    #[test]
    fn keys_round_trip_and_lookups_work() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_key(k.key()), Some(k));
        }
        for e in Effort::ALL {
            assert_eq!(Effort::from_key(e.key()), Some(e));
        }
        for t in TimeNeeded::ALL {
            assert_eq!(TimeNeeded::from_key(t.key()), Some(t));
        }
        assert_eq!(Kind::from_key("other"), None);
        for (i, m) in MOMENTS.iter().enumerate() {
            assert_eq!(moment(m.id), Some((i, m)));
        }
        assert_eq!(moment("no-such-moment"), None);
    }
}
