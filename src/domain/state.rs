//! The whole widget state, the actions a person can take, and the one pure
//! function that turns a state and an action into the next state.

use serde::{Deserialize, Serialize};

use super::assessment::{is_valid_rating, Answers, Apart, Safety};
use super::content::page_count;
use super::date::Date;
use super::history::{record, Snapshot};
use super::plan::Plan;

/// The widget's three places, switched inside the widget (the host page's
/// URL and history are never touched).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The assessment and its results.
    #[default]
    Reflect,
    /// The small-moments picker.
    Moments,
    /// The personal action list.
    List,
    /// What is kept on this device: export, import, delete, session-only.
    Data,
}

impl View {
    pub const ALL: [View; 4] = [View::Reflect, View::Moments, View::List, View::Data];

    pub fn key(self) -> &'static str {
        match self {
            View::Reflect => "reflect",
            View::Moments => "moments",
            View::List => "list",
            View::Data => "data",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// Where in the journey the person is. Saved, so a reload resumes here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", content = "page", rename_all = "lowercase")]
pub enum Screen {
    #[default]
    Intro,
    /// The situation and safety questions.
    Situation,
    /// A page of statements, 0-based.
    Statements(usize),
    Results,
}

impl Screen {
    /// Position in the assessment's steps (1-based) for the progress
    /// indicator; `None` outside the questions.
    pub fn step(self) -> Option<usize> {
        match self {
            Screen::Situation => Some(1),
            Screen::Statements(p) => Some(p + 2),
            Screen::Intro | Screen::Results => None,
        }
    }

    /// The stable name of the screen in saved data and in the page's markup.
    pub fn key(self) -> &'static str {
        match self {
            Screen::Intro => "intro",
            Screen::Situation => "situation",
            Screen::Statements(_) => "statements",
            Screen::Results => "results",
        }
    }

    /// The number of steps the progress indicator counts.
    pub const fn step_count() -> usize {
        page_count() + 1
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    pub view: View,
    /// Where the assessment is, kept while the person looks elsewhere.
    pub screen: Screen,
    pub answers: Answers,
    pub plan: Plan,
    /// Completed assessments, oldest first (`history::record`).
    pub history: Vec<Snapshot>,
    /// This state was just taken from another tab's save (`Action::Adopt`):
    /// it is already stored, so it need not be written again. Never saved;
    /// the next action clears it.
    pub from_elsewhere: bool,
    /// This state was just brought in whole (`Action::Replace`: an import,
    /// or everything deleted), not made by the person step by step: the
    /// host is told of no completed reflection or added moment. Never
    /// saved; the next action clears it.
    pub replaced: bool,
    /// "Don't keep anything on this device": nothing is written while this
    /// is on. Chosen per page; never saved.
    pub session_only: bool,
}

/// Something about the person's data they need to know, in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked or missing: nothing outlives the page.
    StorageUnavailable,
    /// A save failed (for example, storage is full); the state is still in memory.
    SaveFailed,
    /// The saved value could not be read; a copy was kept and a fresh start made.
    Corrupt,
    /// The saved value could not be read and no copy could be kept, so
    /// nothing is written over it.
    CorruptNotKept,
    /// Another tab or window saved since this one loaded: nothing more is
    /// written here, so neither overwrites the other.
    ChangedElsewhere,
    /// Saved by a newer version: shown fresh, and nothing is written.
    Newer,
    /// Another tab or window deleted everything; this page started fresh.
    DeletedElsewhere,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leave the introduction for the first questions.
    Begin,
    Next,
    /// "See my results" on the last page, on `day`: the results, and the
    /// scores kept in the history for comparing later.
    Finish(Date),
    Back,
    SetApart(Apart),
    SetSafety(Safety),
    Rate {
        id: &'static str,
        value: u8,
    },
    /// Clear every answer and begin again at the first questions. The
    /// action list is the person's own and stays.
    Restart,
    Show(View),
    AddMoment(&'static str),
    AddCustom {
        title: String,
        how_to: String,
    },
    RemoveItem(String),
    SetNote {
        key: String,
        note: String,
    },
    /// Marks the item practised on `day`, or undoes that.
    ToggleDone {
        key: String,
        day: Date,
    },
    /// Another tab saved: take its answers and list, keep this page's place.
    Adopt(Box<AppState>),
    /// An import, or everything deleted (a fresh state): all of the person's
    /// data and place in the assessment become these; the section shown stays.
    Replace(Box<AppState>),
    /// Turns "don't keep anything on this device" on or off.
    SetSessionOnly(bool),
}

impl AppState {
    /// Nothing of the person's yet: no answer, list item or past result, and
    /// the introduction showing. Such a state is not worth a write.
    pub fn is_pristine(&self) -> bool {
        self.screen == Screen::Intro
            && self.answers.is_empty()
            && self.plan.items.is_empty()
            && self.history.is_empty()
    }

    /// Repairs what cannot be shown: a page past the end (the catalogue may
    /// have shrunk since the state was saved) goes to the last page.
    pub fn normalized(mut self) -> Self {
        if let Screen::Statements(p) = self.screen {
            self.screen = Screen::Statements(p.min(page_count() - 1));
        }
        self
    }
}

/// The reducer: pure, total, and never panics. An action that makes no sense
/// in the current state returns the state unchanged.
pub fn apply(state: &AppState, action: Action) -> AppState {
    let mut next = state.clone();
    next.from_elsewhere = matches!(action, Action::Adopt(_));
    next.replaced = matches!(action, Action::Replace(_));
    let last_page = page_count() - 1;
    match action {
        Action::Begin => {
            if state.screen == Screen::Intro {
                next.screen = Screen::Situation;
            }
        }
        Action::Next => {
            next.screen = match state.screen {
                Screen::Intro => Screen::Situation,
                Screen::Situation => Screen::Statements(0),
                Screen::Statements(p) if p >= last_page => Screen::Results,
                Screen::Statements(p) => Screen::Statements(p + 1),
                Screen::Results => Screen::Results,
            }
        }
        Action::Back => {
            next.screen = match state.screen {
                Screen::Intro | Screen::Situation => Screen::Intro,
                Screen::Statements(0) => Screen::Situation,
                Screen::Statements(p) => Screen::Statements(p.min(last_page + 1) - 1),
                Screen::Results => Screen::Statements(last_page),
            }
        }
        Action::Finish(day) => {
            if state.screen == Screen::Statements(last_page) {
                next.screen = Screen::Results;
                if let Some(snapshot) = Snapshot::of(&state.answers, day) {
                    record(&mut next.history, snapshot);
                }
            }
        }
        Action::SetApart(a) => next.answers.apart = Some(a),
        Action::SetSafety(s) => next.answers.safety = Some(s),
        Action::Rate { id, value } => {
            if is_valid_rating(id, value) {
                next.answers.ratings.insert(id, value);
            }
        }
        Action::Restart => {
            next.view = View::Reflect;
            next.screen = Screen::Situation;
            next.answers = Answers::default();
        }
        Action::Show(view) => next.view = view,
        Action::AddMoment(id) => {
            next.plan.add_moment(id);
        }
        Action::AddCustom { title, how_to } => {
            next.plan.add_custom(&title, &how_to);
        }
        Action::RemoveItem(key) => {
            next.plan.remove(&key);
        }
        Action::SetNote { key, note } => {
            next.plan.set_note(&key, &note);
        }
        Action::ToggleDone { key, day } => {
            next.plan.toggle_done(&key, day);
        }
        Action::Adopt(other) => {
            let AppState {
                answers,
                plan,
                history,
                ..
            } = *other;
            next.answers = answers;
            next.plan = plan;
            next.history = history;
        }
        Action::Replace(other) => {
            next = AppState {
                view: state.view,
                from_elsewhere: false,
                replaced: true,
                session_only: state.session_only,
                ..*other
            };
        }
        Action::SetSessionOnly(on) => next.session_only = on,
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::STATEMENTS;

    fn run(actions: impl IntoIterator<Item = Action>) -> AppState {
        actions
            .into_iter()
            .fold(AppState::default(), |s, a| apply(&s, a))
    }

    #[test]
    fn walks_forward_through_every_step_to_results() {
        let mut s = run([Action::Begin]);
        assert_eq!(s.screen, Screen::Situation);
        assert_eq!(s.screen.step(), Some(1));
        for p in 0..page_count() {
            s = apply(&s, Action::Next);
            assert_eq!(s.screen, Screen::Statements(p));
            assert_eq!(s.screen.step(), Some(p + 2));
        }
        s = apply(&s, Action::Next);
        assert_eq!(s.screen, Screen::Results);
        assert_eq!(s.screen.step(), None);
        assert_eq!(apply(&s, Action::Next), s);
        assert_eq!(Screen::step_count(), page_count() + 1);
    }

    #[test]
    fn back_keeps_every_answer() {
        let mut s = run([Action::Begin, Action::SetSafety(Safety::No), Action::Next]);
        s = apply(
            &s,
            Action::Rate {
                id: STATEMENTS[0].id,
                value: 3,
            },
        );
        s = apply(&s, Action::Next);
        let answers = s.answers.clone();
        s = apply(&s, Action::Back);
        assert_eq!(s.screen, Screen::Statements(0));
        s = apply(&s, Action::Back);
        assert_eq!(s.screen, Screen::Situation);
        s = apply(&s, Action::Back);
        assert_eq!(s.screen, Screen::Intro);
        assert_eq!(s.answers, answers);
        assert_eq!(apply(&s, Action::Back).screen, Screen::Intro);
    }

    #[test]
    fn back_from_results_returns_to_the_last_page() {
        let s = AppState {
            screen: Screen::Results,
            ..AppState::default()
        };
        assert_eq!(
            apply(&s, Action::Back).screen,
            Screen::Statements(page_count() - 1)
        );
    }

    #[test]
    fn ratings_can_change_and_invalid_ones_are_refused() {
        let id = STATEMENTS[5].id;
        let s = run([
            Action::Rate { id, value: 1 },
            Action::Rate { id, value: 4 },
            Action::Rate { id, value: 5 },
            Action::Rate {
                id: "not-a-statement",
                value: 1,
            },
        ]);
        assert_eq!(s.answers.ratings.len(), 1);
        assert_eq!(s.answers.rating(id), Some(4));
    }

    #[test]
    fn situation_answers_are_kept_and_can_change() {
        let s = run([
            Action::SetApart(Apart::Yes),
            Action::SetApart(Apart::No),
            Action::SetSafety(Safety::Sometimes),
        ]);
        assert_eq!(s.answers.apart, Some(Apart::No));
        assert_eq!(s.answers.safety, Some(Safety::Sometimes));
    }

    #[test]
    fn restart_clears_answers_and_skips_the_introduction() {
        let s = run([
            Action::Begin,
            Action::SetSafety(Safety::Yes),
            Action::Next,
            Action::Rate {
                id: STATEMENTS[0].id,
                value: 2,
            },
            Action::Restart,
        ]);
        assert_eq!(s.screen, Screen::Situation);
        assert!(s.answers.is_empty());
    }

    #[test]
    fn views_switch_and_keep_the_assessment_where_it_was() {
        let s = run([Action::Begin, Action::Next, Action::Show(View::Moments)]);
        assert_eq!(s.view, View::Moments);
        assert_eq!(s.screen, Screen::Statements(0));
        let s = apply(&s, Action::Show(View::Reflect));
        assert_eq!(s.screen, Screen::Statements(0));
        for v in View::ALL {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        assert_eq!(View::from_key("elsewhere"), None);
    }

    #[test]
    fn list_actions_reach_the_plan_and_restart_keeps_it() {
        use crate::domain::moments::MOMENTS;
        let day = Date::from_ymd(2026, 11, 24).unwrap();
        let s = run([
            Action::AddMoment(MOMENTS[0].id),
            Action::AddMoment(MOMENTS[0].id),
            Action::AddCustom {
                title: "Evening walk".into(),
                how_to: String::new(),
            },
            Action::SetNote {
                key: "c-1".into(),
                note: "after dinner".into(),
            },
            Action::ToggleDone {
                key: "c-1".into(),
                day,
            },
            Action::Restart,
        ]);
        assert_eq!(s.plan.items.len(), 2);
        assert_eq!(s.plan.items[1].note, "after dinner");
        assert!(s.plan.items[1].done_on(day));
        assert_eq!(s.view, View::Reflect);
        let s = apply(&s, Action::RemoveItem("c-1".into()));
        assert_eq!(s.plan.items.len(), 1);
        let s = apply(
            &s,
            Action::ToggleDone {
                key: format!("m-{}", MOMENTS[0].id),
                day,
            },
        );
        assert!(s.plan.items[0].done_on(day));
    }

    #[test]
    fn adopting_another_tabs_state_keeps_this_pages_place() {
        use crate::domain::moments::MOMENTS;
        let here = run([Action::Begin, Action::Next, Action::Show(View::List)]);
        let there = run([
            Action::SetSafety(Safety::No),
            Action::AddMoment(MOMENTS[1].id),
            Action::Show(View::Moments),
        ]);
        let s = apply(&here, Action::Adopt(Box::new(there.clone())));
        assert_eq!(s.answers, there.answers);
        assert_eq!(s.plan, there.plan);
        assert_eq!((s.view, s.screen), (View::List, Screen::Statements(0)));
        assert!(s.from_elsewhere, "already stored: not to be written again");
        assert!(!apply(&s, Action::Show(View::Moments)).from_elsewhere);
        // everything deleted there
        let s = apply(&s, Action::Adopt(Box::default()));
        assert!(s.answers.is_empty() && s.plan.items.is_empty());
        assert_eq!(s.view, View::List);
    }

    #[test]
    fn begin_only_acts_on_the_introduction() {
        let s = AppState {
            screen: Screen::Statements(2),
            ..AppState::default()
        };
        assert_eq!(apply(&s, Action::Begin), s);
    }

    #[test]
    fn a_page_past_the_end_is_repaired() {
        let s = AppState {
            screen: Screen::Statements(99),
            ..AppState::default()
        };
        assert_eq!(
            s.clone().normalized().screen,
            Screen::Statements(page_count() - 1)
        );
        // and stepping from it never panics or skips past the end
        assert_eq!(
            apply(&s, Action::Back).screen,
            Screen::Statements(page_count() - 1)
        );
        assert_eq!(apply(&s, Action::Next).screen, Screen::Results);
    }

    #[test]
    fn finishing_the_last_page_records_one_snapshot_a_day() {
        let day = Date::from_ymd(2026, 11, 25).unwrap();
        let mut s = run([Action::Begin, Action::Next]);
        // not on the last page: nothing happens
        assert_eq!(apply(&s, Action::Finish(day)), s);
        s.screen = Screen::Statements(page_count() - 1);
        // nothing rated: results, but nothing to keep
        let empty = apply(&s, Action::Finish(day));
        assert_eq!(empty.screen, Screen::Results);
        assert!(empty.history.is_empty());
        s = apply(
            &s,
            Action::Rate {
                id: STATEMENTS[0].id,
                value: 4,
            },
        );
        let done = apply(&s, Action::Finish(day));
        assert_eq!(done.screen, Screen::Results);
        assert_eq!(done.history.len(), 1);
        assert_eq!(done.history[0].on, day);
        // back, change, finish again the same day: still one
        let again = apply(&apply(&done, Action::Back), Action::Finish(day));
        assert_eq!(again.history.len(), 1);
        // a retake keeps the history; a later day adds to it
        let retake = apply(&again, Action::Restart);
        assert_eq!(retake.history, again.history);
        let mut later = retake;
        later.screen = Screen::Statements(page_count() - 1);
        later = apply(
            &later,
            Action::Rate {
                id: STATEMENTS[1].id,
                value: 1,
            },
        );
        let later = apply(&later, Action::Finish(day.add_days(30)));
        assert_eq!(later.history.len(), 2);
    }

    #[test]
    fn replace_takes_everything_but_the_section_shown() {
        use crate::domain::moments::MOMENTS;
        let here = run([
            Action::Begin,
            Action::AddMoment(MOMENTS[0].id),
            Action::Show(View::List),
        ]);
        let mut file = run([
            Action::Begin,
            Action::Next,
            Action::AddMoment(MOMENTS[3].id),
        ]);
        file.history.push(Snapshot {
            on: Date::from_ymd(2026, 1, 2).unwrap(),
            scores: [Some(10); 9],
        });
        let s = apply(&here, Action::Replace(Box::new(file.clone())));
        assert_eq!(s.view, View::List);
        assert_eq!(
            (&s.answers, &s.plan, &s.history),
            (&file.answers, &file.plan, &file.history)
        );
        assert_eq!(s.screen, file.screen);
        assert!(!s.from_elsewhere, "a replacement is saved");
        assert!(s.replaced, "and is not the person's own step");
        assert!(!apply(&s, Action::Show(View::Moments)).replaced);
        let wiped = apply(&s, Action::Replace(Box::default()));
        assert_eq!(
            wiped,
            AppState {
                view: View::List,
                replaced: true,
                ..AppState::default()
            }
        );
    }
}
