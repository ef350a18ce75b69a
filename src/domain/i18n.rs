//! Every word the widget shows, per locale. Components never hold literals;
//! they read a `Strings` table. Per-statement and per-source tables are fixed
//! arrays in catalogue order, so a missing entry does not compile.

use super::content::{SourceId, STATEMENT_COUNT};
use super::i18n_es::ES;
use super::moments::{
    MomentText, EFFORT_NAMES_EN, KIND_NAMES_EN, MOMENTS_EN, MOMENT_COUNT, TIME_NAMES_EN,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Es,
}

impl Locale {
    /// Every locale, for tests and pickers.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Es];

    /// Matches a BCP 47 tag by its primary language ("en-GB" → English).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            "es" => Some(Locale::Es),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Locale::En => &EN,
            Locale::Es => &ES,
        }
    }
}

/// A source of distance, explained.
#[derive(Clone)]
pub struct SourceText {
    pub name: &'static str,
    /// What the pattern usually looks like, without blame.
    pub looks_like: &'static str,
    /// One first idea of what helps, something the person can do alone.
    pub first_step: &'static str,
}

/// Clone: a coach's content pack (`pack.rs`) copies a table and replaces fields.
#[derive(Clone)]
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
    pub top_level_note: &'static str,
    pub level_title: &'static str,
    pub level_all: &'static str,
    pub level_some: &'static str,
    pub level_step: &'static str,
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
    pub retake_confirm_today: &'static str,
    pub retake_yes: &'static str,
    pub retake_no: &'static str,

    pub notice_storage_unavailable: &'static str,
    pub notice_save_failed: &'static str,
    pub notice_corrupt: &'static str,
    pub notice_newer: &'static str,
    pub notice_corrupt_not_kept: &'static str,
    pub notice_changed_elsewhere: &'static str,

    /// Indexed by `SourceId::index()`.
    pub sources: [SourceText; 9],

    pub nav_label: &'static str,
    pub nav_reflect: &'static str,
    pub nav_moments: &'static str,
    pub nav_list: fn(usize) -> String,
    pub see_moments: &'static str,
    pub see_selfcare: &'static str,

    pub moments_title: &'static str,
    pub moments_lead: &'static str,
    pub suggested_title: &'static str,
    pub suggested_lead: &'static str,
    pub suggested_apart_lead: &'static str,
    pub suggested_general_lead: &'static str,
    pub selfcare_title: &'static str,
    pub selfcare_lead: &'static str,
    pub helps_with: &'static str,
    pub no_results_hint: &'static str,
    pub start_reflection: &'static str,
    pub browse_title: &'static str,
    pub browse_hint: &'static str,
    pub moment_count: fn(usize) -> String,
    pub filter_source: &'static str,
    pub filter_kind: &'static str,
    pub filter_effort: &'static str,
    pub filter_any: &'static str,
    pub showing: fn(usize, usize) -> String,
    pub filter_empty: &'static str,
    pub clear_filters: &'static str,
    pub add_to_list: &'static str,
    pub on_list: &'static str,
    pub added: fn(&str) -> String,
    pub list_full: &'static str,
    pub custom_title: &'static str,
    pub custom_what: &'static str,
    pub custom_how: &'static str,
    pub custom_needs_title: &'static str,
    pub custom_kind: &'static str,

    pub starters_title: &'static str,
    pub starters_lead: &'static str,
    /// (what it is for, the words)
    pub starters: [(&'static str, &'static str); 4],
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_fallback: &'static str,

    pub list_title: &'static str,
    pub list_lead: &'static str,
    pub list_safety_note: &'static str,
    pub list_empty: &'static str,
    pub browse_moments: &'static str,
    pub done_today: &'static str,
    pub marked_done: &'static str,
    pub unmarked_done: &'static str,
    pub this_week: &'static str,
    /// Names of the practised days this week, or an empty slice.
    pub practised_on: fn(&[&str]) -> String,
    pub weekday_short: [&'static str; 7],
    pub weekday_long: [&'static str; 7],
    pub today: &'static str,
    pub note_label: &'static str,
    pub note_saved: &'static str,
    pub reminder_summary: &'static str,
    pub reminder_hint: &'static str,
    pub reminder_days: &'static str,
    pub reminder_time: &'static str,
    pub reminder_download: &'static str,
    pub reminder_no_days: &'static str,
    pub reminder_ready: &'static str,
    pub reminder_description: &'static str,
    pub remove: &'static str,
    pub remove_confirm: &'static str,
    pub remove_yes: &'static str,
    pub remove_no: &'static str,
    pub removed: &'static str,
    pub print_plan: &'static str,
    pub unknown_moment: &'static str,

    /// The catalogue's words, in `MOMENTS` order.
    pub moments: &'static [MomentText; MOMENT_COUNT],
    /// Indexed by `Kind::index`, `Effort::index`, `TimeNeeded::index`.
    pub kind_names: &'static [&'static str; 11],
    pub effort_names: &'static [&'static str; 3],
    pub time_names: &'static [&'static str; 3],

    /// A day, written for this language: (year, month 1-12, day).
    pub date: fn(i32, u32, u32) -> String,

    // Past results compared (the results screen).
    pub compare_title: &'static str,
    pub compare_with: &'static str,
    pub compare_lead: &'static str,
    /// (source name, earlier score, score now)
    pub trend_higher: fn(&str, u8, u8) -> String,
    pub trend_lower: fn(&str, u8, u8) -> String,
    pub trend_same: fn(&str, u8) -> String,
    pub trend_not_comparable: fn(&str) -> String,

    // Your data on this device (the data panel) and the footer.
    pub footer_label: &'static str,
    pub data_link: &'static str,
    pub data_title: &'static str,
    pub data_lead: &'static str,
    pub shared_device_title: &'static str,
    pub shared_device_note: &'static str,
    pub keeping_saving: &'static str,
    pub keeping_session: &'static str,
    pub keeping_unavailable: &'static str,
    pub session_only_badge: &'static str,
    /// The introduction's last point when nothing is kept (storage blocked,
    /// or "don't keep anything" chosen): instead of "your place is kept".
    pub intro_point_not_kept: &'static str,
    pub session_only_start: &'static str,
    pub session_only_confirm: &'static str,
    pub session_only_yes: &'static str,
    pub session_only_stop: &'static str,
    pub session_only_on: &'static str,
    pub session_only_off: &'static str,
    pub cancel: &'static str,
    pub persist_title: &'static str,
    pub persist_granted: &'static str,
    pub persist_not_yet: &'static str,
    pub persist_ask: &'static str,
    pub persist_refused: &'static str,
    pub export_title: &'static str,
    pub export_lead: &'static str,
    pub export_button: &'static str,
    pub export_started: &'static str,
    pub export_failed: &'static str,
    pub backup_title: &'static str,
    pub backup_lead: &'static str,
    pub backup_button: &'static str,
    pub import_title: &'static str,
    pub import_lead: &'static str,
    pub import_choose: &'static str,
    pub import_too_large: fn(usize) -> String,
    pub import_empty: &'static str,
    pub import_not_nearer: &'static str,
    pub import_newer: &'static str,
    pub import_damaged: &'static str,
    pub import_too_many: fn(usize, usize) -> String,
    pub import_read_failed: &'static str,
    pub import_preview_title: &'static str,
    /// (answered in the file, answered here, statements)
    pub import_preview_answers: fn(usize, usize, usize) -> String,
    /// (items in the file, of them not on this device's list, items here)
    pub import_preview_list: fn(usize, usize, usize) -> String,
    /// (practised days in the file, here)
    pub import_preview_practised: fn(usize, usize) -> String,
    /// (past results in the file, here)
    pub import_preview_history: fn(usize, usize) -> String,
    pub import_replace: &'static str,
    pub import_replace_hint: &'static str,
    pub import_merge: &'static str,
    pub import_merge_hint: &'static str,
    pub import_done: &'static str,
    pub import_left_out: fn(usize) -> String,
    pub delete_title: &'static str,
    pub delete_lead: &'static str,
    pub delete_button: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub delete_no: &'static str,
    pub deleted: &'static str,
    pub delete_failed: &'static str,
    pub notice_deleted_elsewhere: &'static str,
    pub notice_see_data: &'static str,

    // Safety on a shared device.
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    pub unsafe_summary: &'static str,
    pub intro_shared: &'static str,
    pub intro_shared_link: &'static str,
    /// A link to the coach's safety resources.
    pub safety_more: &'static str,
    /// (the phone number as the coach wrote it)
    pub safety_call: fn(&str) -> String,
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
    top_level_note: "These weigh about the same for you, so they are shown side by side, in no particular order.",
    level_title: "Weighing about the same",
    level_all: "Every source weighs about the same in your answers, so none is singled out here. That often means the distance is spread across many everyday things rather than coming from one place.",
    level_some: "These weigh about the same in your answers, and more than the rest. None stands out over the others, so none is singled out here.",
    level_step: "A first small step that suits any of them: each day, give one small moment of real attention, like a warm greeting or ten minutes without screens, and keep it up for a week. Or open whichever feels closest to your life.",
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
    safety_text: "You said that, at least some of the time, you feel afraid, unsafe, controlled or hurt. The ideas in this tool are meant for ordinary distance between two people who feel safe with each other, so it won't suggest ways to reconnect here. You deserve support from people who can help.",
    safety_resources: "If you are in danger right now, call your local emergency number. A domestic abuse helpline, a doctor, or someone you trust can listen in confidence and help you think through your options.",
    safety_reference_title: "Your answers, for reference",
    safety_footer: "If you ever feel unsafe in your relationship, you don't have to face it alone: in an emergency call your local emergency number, or reach out to a local helpline to talk in confidence.",
    retake: "Take it again",
    retake_confirm: "Start again? Your current answers are cleared. Results from earlier days stay, so you can compare the new one with them.",
    retake_confirm_today: "Start again? Your current answers are cleared, and when you finish, the new result replaces today's (one is kept per day). Results from earlier days stay, for comparing.",
    retake_yes: "Yes, start again",
    retake_no: "Keep my answers",

    notice_storage_unavailable: "This browser isn't letting the page save, so your answers will be gone when you close it.",
    notice_save_failed: "Your latest answers couldn't be saved on this device (its storage may be full). They are still here while this page stays open.",
    notice_corrupt: "What was saved here before couldn't be read, so you are starting fresh. A copy of it has been kept on this device, and you can download it.",
    notice_newer: "Your answers were saved by a newer version of this tool. To keep them safe, nothing you do here will be saved until this page is updated.",
    notice_corrupt_not_kept: "What was saved here before couldn't be read, and there was no room to keep a copy. To keep it safe, nothing you do here will be saved.",
    notice_changed_elsewhere: "This was also changed in another tab or window. So that neither overwrites the other, nothing more is saved here: reload this page to continue with the latest.",

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

    nav_label: "Sections",
    nav_reflect: "Reflect",
    nav_moments: "Moments",
    nav_list: |n| match n {
        0 => "My list".to_string(),
        n => format!("My list ({n})"),
    },
    see_moments: "Find small moments for this",
    see_selfcare: "See ways to care for yourself",

    moments_title: "Small moments",
    moments_lead: "Small, concrete things you can do on your own, whether or not your partner joins in. Pick one or two that feel possible this week.",
    suggested_title: "Suggested for you",
    suggested_lead: "Chosen for what weighs most in your reflection. Small and steady tends to help more than big and rare.",
    suggested_apart_lead: "You are living apart right now, so these give room and keep things light before anything else.",
    suggested_general_lead: "Nothing in your reflection stands out over the rest, so these are small, broad places to begin. Small and steady tends to help more than big and rare.",
    selfcare_title: "Caring for yourself",
    selfcare_lead: "For now, these are only about you: rest, steadiness and support. While you don't feel safe, ideas that involve your partner are set aside.",
    helps_with: "Helps with:",
    no_results_hint: "Take the reflection for suggestions that fit you, or browse every moment below.",
    start_reflection: "Start the reflection",
    browse_title: "Browse all moments",
    browse_hint: "Grouped by kind: open one to see its moments, or use the filters.",
    moment_count: |n| match n {
        1 => "1 moment".to_string(),
        n => format!("{n} moments"),
    },
    filter_source: "Source of distance",
    filter_kind: "Kind of moment",
    filter_effort: "Effort",
    filter_any: "Any",
    showing: |n, total| format!("Showing {n} of {total} moments"),
    filter_empty: "Nothing matches all of these filters. Try loosening one of them.",
    clear_filters: "Clear filters",
    add_to_list: "Add to my list",
    on_list: "On my list",
    added: |title| format!("Added to your list: {title}"),
    list_full: "Your list is full. Remove something before adding more.",
    custom_title: "Add a moment of your own",
    custom_what: "What will you do?",
    custom_how: "How, or when (optional)",
    custom_needs_title: "Write a few words about what you will do first.",
    custom_kind: "Your own",

    starters_title: "Words to start with",
    starters_lead: "Gentle, low-pressure lines to adapt in your own words. Copying keeps them on this device until you paste them somewhere.",
    starters: [
        ("A check-in", "Thinking of you today. How is your day going?"),
        ("Something you miss", "I miss how easily we used to laugh together. I'd love a bit more of that."),
        ("A thank-you", "Thank you for taking care of that today. It made my day easier."),
        ("A small invitation", "Would you like to take a short walk with me this evening? Only if you feel like it."),
    ],
    copy: "Copy",
    copied: "Copied. Paste it wherever you like.",
    copy_fallback: "Copying isn't available here, so the text is selected: copy it with your device's usual copy command.",

    list_title: "My small moments",
    list_lead: "Come back whenever you like. Every small moment you practise counts, on whichever days suit you.",
    list_safety_note: "While you don't feel safe, the how-to and the reminder of each moment that involves your partner are put away. Everything you saved stays yours, here on this device.",
    list_empty: "Nothing here yet. Pick one or two small moments to begin with; you can change them any time.",
    browse_moments: "Browse small moments",
    done_today: "Done today",
    marked_done: "Marked as done today. Nicely done.",
    unmarked_done: "No longer marked for today.",
    this_week: "This week",
    practised_on: |days| match days {
        [] => "Nothing marked yet this week.".to_string(),
        [one] => format!("Practised on {one}."),
        [rest @ .., last] => format!("Practised on {} and {last}.", rest.join(", ")),
    },
    weekday_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    weekday_long: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    today: "today",
    note_label: "A private note (kept only on this device)",
    note_saved: "Note saved.",
    reminder_summary: "Add a calendar reminder",
    reminder_hint: "A gentle weekly reminder for your own calendar app. The file is made here in your browser; nothing is sent anywhere.",
    reminder_days: "On these days",
    reminder_time: "At what time",
    reminder_download: "Download calendar file",
    reminder_no_days: "Choose at least one day for the reminder.",
    reminder_ready: "Calendar file downloaded. Open it to add the reminder to your calendar.",
    reminder_description: "A small moment from your Nearer list. Only if today allows it.",
    remove: "Remove",
    remove_confirm: "Remove this from your list? Its note and check-offs go with it.",
    remove_yes: "Yes, remove",
    remove_no: "Keep it",
    removed: "Removed from your list.",
    print_plan: "Print my plan",
    unknown_moment: "A moment that is no longer in the catalogue",

    moments: &MOMENTS_EN,
    kind_names: &KIND_NAMES_EN,
    effort_names: &EFFORT_NAMES_EN,
    time_names: &TIME_NAMES_EN,

    date: |year, month, day| {
        const MONTHS: [&str; 12] = [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ];
        let name = MONTHS[(month.clamp(1, 12) - 1) as usize];
        format!("{day} {name} {year}")
    },

    compare_title: "Since an earlier time",
    compare_with: "Compare with the reflection of",
    compare_lead: "A higher score means a source weighs more now than it did then. Changes either way are worth noticing, not judging.",
    trend_higher: |name, then, now| format!("{name}: weighs more now ({then} then, {now} now)"),
    trend_lower: |name, then, now| format!("{name}: weighs less now ({then} then, {now} now)"),
    trend_same: |name, score| format!("{name}: the same ({score} both times)"),
    trend_not_comparable: |name| format!("{name}: not rated both times"),

    footer_label: "About this reflection",
    data_link: "Your data on this device",
    data_title: "Your data on this device",
    data_lead: "Everything you enter stays in this browser. Nothing is sent anywhere, and there is no account.",
    shared_device_title: "If others use this device",
    shared_device_note: "What you save here is not behind a password: anyone who opens this page in this browser could see your answers, notes and list. If you share this device, you can stop keeping anything here, or delete everything at any time.",
    keeping_saving: "Your answers, past results and list are kept in this browser until you delete them.",
    keeping_session: "Nothing from this tab is being kept on this device. Your answers and list will be gone when you reload or close it.",
    keeping_unavailable: "This browser isn't letting the page keep anything, so your answers and list will be gone when you close it. You can download a copy to keep them.",
    session_only_badge: "Not saving on this device",
    intro_point_not_kept: "Stop whenever you like. Right now nothing is kept on this device, so your answers last only while this page is open.",
    session_only_start: "Don't keep anything on this device",
    session_only_confirm: "Stop keeping anything on this device while you use this tab? What is saved here now will be deleted. Your answers and list stay on screen until you reload or close the tab.",
    session_only_yes: "Yes, stop keeping it",
    session_only_stop: "Keep my answers on this device again",
    session_only_on: "Nothing from this tab is being kept on this device now.",
    session_only_off: "Your answers and list are being kept on this device again.",
    cancel: "Cancel",
    persist_title: "Protecting it from clean-ups",
    persist_granted: "This browser has agreed to keep this data even when the device runs short of space.",
    persist_not_yet: "When a device runs short of space, a browser may clear what sites have stored. You can ask this browser to keep this data.",
    persist_ask: "Ask the browser to keep it",
    persist_refused: "The browser didn't agree this time. Downloading a copy is the surest way to keep your data.",
    export_title: "Download a copy",
    export_lead: "A small file with your answers, past results and list, which you can bring back here or on another device. Keep it somewhere private: anyone with the file can read it.",
    export_button: "Download a copy",
    export_started: "Your copy is downloading.",
    export_failed: "This browser wouldn't start the download.",
    backup_title: "Saved data this page can't show",
    backup_lead: "Something kept here couldn't be read, or was saved by a newer version of this reflection, so this page can't show it. It is kept as it was, and deleting everything would remove it: you can download it first, to keep it or to ask someone to help recover it.",
    backup_button: "Download the unreadable copy",
    import_title: "Bring back a copy",
    import_lead: "Choose a file you downloaded from this reflection. You will see what it holds before anything changes.",
    import_choose: "Choose a file",
    import_too_large: |bytes| format!("That file is too large to be a copy from this reflection ({} kB; copies are well under 1,000 kB). Nothing was changed.", bytes.div_ceil(1000)),
    import_empty: "That file is empty. Nothing was changed.",
    import_not_nearer: "That file isn't a copy from this reflection. Nothing was changed.",
    import_newer: "That copy was made by a newer version of this reflection, which this page can't read yet. Nothing was changed.",
    import_damaged: "That copy is damaged, so it can't be brought back safely. Nothing was changed.",
    import_too_many: |items, max| format!("That copy has {items} moments on its list, more than a list can hold ({max}). Nothing was changed."),
    import_read_failed: "That file couldn't be opened. Nothing was changed.",
    import_preview_title: "What this copy holds",
    import_preview_answers: |file, here, total| format!("Answers: {file} of {total} statements (here: {here})"),
    import_preview_list: |file, new, here| match file {
        1 => format!("List: 1 moment, {new} of them not on this device (here: {here})"),
        n => format!("List: {n} moments, {new} of them not on this device (here: {here})"),
    },
    import_preview_practised: |file, here| format!("Days practised: {file} (here: {here})"),
    import_preview_history: |file, here| format!("Past results: {file} (here: {here})"),
    import_replace: "Replace what's here",
    import_replace_hint: "Replace what's here: this device gets exactly what the copy holds.",
    import_merge: "Add to what's here",
    import_merge_hint: "Add to what's here: keeps everything on this device and adds what only the copy has. Your answers here are kept if you have any.",
    import_done: "Your copy is back.",
    import_left_out: |n| match n {
        1 => "1 moment didn't fit on your list and was left out.".to_string(),
        n => format!("{n} moments didn't fit on your list and were left out."),
    },
    delete_title: "Delete everything",
    delete_lead: "Removes your answers, past results, notes and list from this browser. This can't be undone, so download a copy first if you might want it back.",
    delete_button: "Delete everything",
    delete_confirm: "Delete everything this reflection keeps on this device?",
    delete_yes: "Yes, delete everything",
    delete_no: "Keep it",
    deleted: "Everything has been deleted from this device.",
    delete_failed: "Some of it couldn't be deleted because this browser refused. Try again, or clear this site's data in the browser's settings.",
    notice_deleted_elsewhere: "Everything was deleted in another tab or window, so this page has started fresh too.",
    notice_see_data: "See your options",

    quick_exit: "Leave quickly",
    quick_exit_hint: "Leaves this page at once. You can also press Escape twice.",
    unsafe_summary: "If you feel unsafe",
    intro_shared: "On a shared device? Whatever is saved here can be seen by the next person who opens this page in this browser.",
    intro_shared_link: "Choose what is kept",
    safety_more: "More help and support",
    safety_call: |phone| format!("Call {phone}"),
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text in a locale. The pattern names every field, so a new
    /// field that is not listed here does not compile.
    fn all_texts(s: &Strings) -> Vec<String> {
        let Strings {
            widget_label,
            disclaimer,
            intro_title,
            intro_lead,
            intro_points,
            intro_privacy,
            begin,
            situation_title,
            situation_hint,
            apart_question,
            apart_yes,
            apart_no,
            apart_unsure,
            safety_question,
            safety_no,
            safety_sometimes,
            safety_yes,
            safety_private,
            statements_title,
            statements_hint,
            scale,
            statements,
            back,
            next,
            see_results,
            progress_label,
            step_of,
            answered_of,
            results_title,
            results_lead,
            top_title,
            looks_like_label,
            first_step_label,
            none_stand_out,
            top_level_note,
            level_title,
            level_all,
            level_some,
            level_step,
            all_title,
            score_of,
            not_rated,
            skipped,
            apart_title,
            apart_text,
            safety_title,
            safety_text,
            safety_resources,
            safety_reference_title,
            safety_footer,
            retake,
            retake_confirm,
            retake_confirm_today,
            retake_yes,
            retake_no,
            notice_storage_unavailable,
            notice_save_failed,
            notice_corrupt,
            notice_newer,
            notice_corrupt_not_kept,
            notice_changed_elsewhere,
            sources,
            nav_label,
            nav_reflect,
            nav_moments,
            nav_list,
            see_moments,
            see_selfcare,
            moments_title,
            moments_lead,
            suggested_title,
            suggested_lead,
            suggested_apart_lead,
            suggested_general_lead,
            selfcare_title,
            selfcare_lead,
            helps_with,
            no_results_hint,
            start_reflection,
            browse_title,
            browse_hint,
            moment_count,
            filter_source,
            filter_kind,
            filter_effort,
            filter_any,
            showing,
            filter_empty,
            clear_filters,
            add_to_list,
            on_list,
            added,
            list_full,
            custom_title,
            custom_what,
            custom_how,
            custom_needs_title,
            custom_kind,
            starters_title,
            starters_lead,
            starters,
            copy,
            copied,
            copy_fallback,
            list_title,
            list_lead,
            list_safety_note,
            list_empty,
            browse_moments,
            done_today,
            marked_done,
            unmarked_done,
            this_week,
            practised_on,
            weekday_short,
            weekday_long,
            today,
            note_label,
            note_saved,
            reminder_summary,
            reminder_hint,
            reminder_days,
            reminder_time,
            reminder_download,
            reminder_no_days,
            reminder_ready,
            reminder_description,
            remove,
            remove_confirm,
            remove_yes,
            remove_no,
            removed,
            print_plan,
            unknown_moment,
            moments,
            kind_names,
            effort_names,
            time_names,
            date,
            compare_title,
            compare_with,
            compare_lead,
            trend_higher,
            trend_lower,
            trend_same,
            trend_not_comparable,
            footer_label,
            data_link,
            data_title,
            data_lead,
            shared_device_title,
            shared_device_note,
            keeping_saving,
            keeping_session,
            keeping_unavailable,
            session_only_badge,
            intro_point_not_kept,
            session_only_start,
            session_only_confirm,
            session_only_yes,
            session_only_stop,
            session_only_on,
            session_only_off,
            cancel,
            persist_title,
            persist_granted,
            persist_not_yet,
            persist_ask,
            persist_refused,
            export_title,
            export_lead,
            export_button,
            export_started,
            export_failed,
            backup_title,
            backup_lead,
            backup_button,
            import_title,
            import_lead,
            import_choose,
            import_too_large,
            import_empty,
            import_not_nearer,
            import_newer,
            import_damaged,
            import_too_many,
            import_read_failed,
            import_preview_title,
            import_preview_answers,
            import_preview_list,
            import_preview_practised,
            import_preview_history,
            import_replace,
            import_replace_hint,
            import_merge,
            import_merge_hint,
            import_done,
            import_left_out,
            delete_title,
            delete_lead,
            delete_button,
            delete_confirm,
            delete_yes,
            delete_no,
            deleted,
            delete_failed,
            notice_deleted_elsewhere,
            notice_see_data,
            quick_exit,
            quick_exit_hint,
            unsafe_summary,
            intro_shared,
            intro_shared_link,
            safety_more,
            safety_call,
        } = s;
        let mut v: Vec<String> = [
            widget_label,
            disclaimer,
            intro_title,
            intro_lead,
            intro_privacy,
            begin,
            situation_title,
            situation_hint,
            apart_question,
            apart_yes,
            apart_no,
            apart_unsure,
            safety_question,
            safety_no,
            safety_sometimes,
            safety_yes,
            safety_private,
            statements_title,
            statements_hint,
            back,
            next,
            see_results,
            progress_label,
            results_title,
            results_lead,
            top_title,
            looks_like_label,
            first_step_label,
            none_stand_out,
            top_level_note,
            level_title,
            level_all,
            level_some,
            level_step,
            all_title,
            not_rated,
            apart_title,
            apart_text,
            safety_title,
            safety_text,
            safety_resources,
            safety_reference_title,
            safety_footer,
            retake,
            retake_confirm,
            retake_confirm_today,
            retake_yes,
            retake_no,
            notice_storage_unavailable,
            notice_save_failed,
            notice_corrupt,
            notice_newer,
            notice_corrupt_not_kept,
            notice_changed_elsewhere,
            nav_label,
            nav_reflect,
            nav_moments,
            see_moments,
            see_selfcare,
            moments_title,
            moments_lead,
            suggested_title,
            suggested_lead,
            suggested_apart_lead,
            suggested_general_lead,
            selfcare_title,
            selfcare_lead,
            helps_with,
            no_results_hint,
            start_reflection,
            browse_title,
            browse_hint,
            filter_source,
            filter_kind,
            filter_effort,
            filter_any,
            filter_empty,
            clear_filters,
            add_to_list,
            on_list,
            list_full,
            custom_title,
            custom_what,
            custom_how,
            custom_needs_title,
            custom_kind,
            starters_title,
            starters_lead,
            copy,
            copied,
            copy_fallback,
            list_title,
            list_lead,
            list_safety_note,
            list_empty,
            browse_moments,
            done_today,
            marked_done,
            unmarked_done,
            this_week,
            today,
            note_label,
            note_saved,
            reminder_summary,
            reminder_hint,
            reminder_days,
            reminder_time,
            reminder_download,
            reminder_no_days,
            reminder_ready,
            reminder_description,
            remove,
            remove_confirm,
            remove_yes,
            remove_no,
            removed,
            print_plan,
            unknown_moment,
            compare_title,
            compare_with,
            compare_lead,
            footer_label,
            data_link,
            data_title,
            data_lead,
            shared_device_title,
            shared_device_note,
            keeping_saving,
            keeping_session,
            keeping_unavailable,
            session_only_badge,
            intro_point_not_kept,
            session_only_start,
            session_only_confirm,
            session_only_yes,
            session_only_stop,
            session_only_on,
            session_only_off,
            cancel,
            persist_title,
            persist_granted,
            persist_not_yet,
            persist_ask,
            persist_refused,
            export_title,
            export_lead,
            export_button,
            export_started,
            export_failed,
            backup_title,
            backup_lead,
            backup_button,
            import_title,
            import_lead,
            import_choose,
            import_empty,
            import_not_nearer,
            import_newer,
            import_damaged,
            import_read_failed,
            import_preview_title,
            import_replace,
            import_replace_hint,
            import_merge,
            import_merge_hint,
            import_done,
            delete_title,
            delete_lead,
            delete_button,
            delete_confirm,
            delete_yes,
            delete_no,
            deleted,
            delete_failed,
            notice_deleted_elsewhere,
            notice_see_data,
            quick_exit,
            quick_exit_hint,
            unsafe_summary,
            intro_shared,
            intro_shared_link,
            safety_more,
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        v.extend(
            intro_points
                .iter()
                .chain(scale)
                .chain(statements)
                .chain(weekday_short)
                .chain(weekday_long)
                .chain(kind_names.iter())
                .chain(effort_names.iter())
                .chain(time_names.iter())
                .map(|t| t.to_string()),
        );
        for m in moments.iter() {
            v.extend([m.title, m.how_to].map(str::to_string));
        }
        for src in sources {
            v.extend([src.name, src.looks_like, src.first_step].map(str::to_string));
        }
        for (label, words) in starters {
            v.extend([label, words].map(|t| t.to_string()));
        }
        for n in [0, 1, 2, 5] {
            v.extend([
                step_of(n, 7),
                answered_of(n, 24),
                score_of(n as u8),
                skipped(n, 24),
                skipped(n, 5),
                nav_list(n),
                moment_count(n),
                showing(n, 40),
                showing(n, 1),
            ]);
        }
        let days = &weekday_long[..];
        v.extend([
            score_of(100),
            skipped(24, 24),
            added("x"),
            practised_on(&[]),
            practised_on(&days[..1]),
            practised_on(&days[..2]),
            practised_on(days),
            date(2026, 11, 25),
            date(2027, 1, 1),
            trend_higher("x", 1, 2),
            trend_lower("x", 2, 1),
            trend_same("x", 1),
            trend_not_comparable("x"),
            import_too_large(2_000_000),
            import_too_many(60, 50),
            import_preview_answers(1, 2, 24),
            import_preview_list(1, 0, 2),
            import_preview_list(3, 1, 2),
            import_preview_practised(1, 2),
            import_preview_history(1, 2),
            import_left_out(1),
            import_left_out(2),
            safety_call("0800 123 456"),
        ]);
        v
    }

    #[test]
    fn no_string_is_empty_or_padded() {
        for locale in Locale::ALL {
            let texts = all_texts(locale.strings());
            assert!(texts.len() > 150);
            for text in texts {
                assert!(!text.trim().is_empty());
                assert_eq!(text, text.trim(), "{text:?}");
            }
        }
    }

    #[test]
    fn statements_are_distinct() {
        for locale in Locale::ALL {
            let s = locale.strings();
            let set: std::collections::HashSet<_> = s.statements.iter().collect();
            assert_eq!(set.len(), s.statements.len(), "{locale:?}");
        }
    }

    /// Catches a table copied from English and left untranslated: every
    /// text longer than a word or two must differ from the English one in
    /// the same place.
    #[test]
    fn every_locale_is_translated() {
        let en = all_texts(&EN);
        for locale in Locale::ALL.into_iter().filter(|&l| l != Locale::En) {
            let texts = all_texts(locale.strings());
            assert_eq!(texts.len(), en.len());
            for (text, english) in texts.iter().zip(&en) {
                if english.chars().count() > 8 {
                    assert_ne!(text, english, "{locale:?} is still English");
                }
            }
        }
    }

    #[test]
    fn spanish_counts_and_lists_properly() {
        let s = Locale::Es.strings();
        assert_eq!((s.step_of)(2, 7), "Paso 2 de 7");
        assert_eq!((s.answered_of)(1, 24), "1 de 24 afirmaciones respondidas");
        assert_eq!((s.answered_of)(0, 1), "0 de 1 afirmación respondida");
        assert_eq!((s.score_of)(75), "75 de 100");
        assert_eq!((s.skipped)(0, 24), "Has respondido las 24 afirmaciones.");
        assert!((s.skipped)(1, 24).starts_with("Te has saltado 1 de 24 afirmaciones."));
        assert!((s.skipped)(3, 24).starts_with("Te has saltado 3 de 24 afirmaciones."));
        assert!((s.skipped)(24, 24).contains("nada que puntuar"));
        assert_eq!((s.nav_list)(0), "Mi lista");
        assert_eq!((s.nav_list)(3), "Mi lista (3)");
        assert_eq!((s.showing)(3, 40), "Mostrando 3 de 40 momentos");
        assert_eq!((s.showing)(1, 1), "Mostrando 1 de 1 momento");
        assert_eq!(
            (s.practised_on)(&[]),
            "Aún no hay nada marcado esta semana."
        );
        assert_eq!((s.practised_on)(&["lunes"]), "Practicado el lunes.");
        assert_eq!(
            (s.practised_on)(&["lunes", "domingo"]),
            "Practicado el lunes y el domingo."
        );
        assert_eq!(
            (s.practised_on)(&["lunes", "miércoles", "domingo"]),
            "Practicado el lunes, el miércoles y el domingo."
        );
    }

    /// Short day names sit in a narrow column of seven; Spanish writes
    /// them in lower case.
    #[test]
    fn weekday_names_fit_and_follow_the_language() {
        for locale in Locale::ALL {
            let s = locale.strings();
            for (short, long) in s.weekday_short.iter().zip(&s.weekday_long) {
                assert!(short.chars().count() <= 3, "{short}");
                let first = long.chars().next().unwrap();
                assert_eq!(short.chars().next(), Some(first), "{short} / {long}");
            }
        }
        let es = Locale::Es.strings();
        assert!(es
            .weekday_short
            .iter()
            .chain(&es.weekday_long)
            .all(|d| d.chars().all(char::is_lowercase)));
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
        assert_eq!((s.nav_list)(0), "My list");
        assert_eq!((s.nav_list)(3), "My list (3)");
        assert_eq!((s.practised_on)(&[]), "Nothing marked yet this week.");
        assert_eq!((s.practised_on)(&["Monday"]), "Practised on Monday.");
        assert_eq!(
            (s.practised_on)(&["Monday", "Wednesday", "Sunday"]),
            "Practised on Monday, Wednesday and Sunday."
        );
        assert_eq!((s.showing)(3, 40), "Showing 3 of 40 moments");
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("en"), Some(Locale::En));
        assert_eq!(Locale::from_tag(" EN-gb "), Some(Locale::En));
        assert_eq!(Locale::from_tag("en_US"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
        assert_eq!(Locale::En.tag(), "en");
        for tag in ["es", "es-ES", "es-MX", "ES_419", " es-ar "] {
            assert_eq!(Locale::from_tag(tag), Some(Locale::Es), "{tag:?}");
        }
        assert_eq!(Locale::from_tag("est"), None);
        assert_eq!(Locale::Es.tag(), "es");
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }
}
