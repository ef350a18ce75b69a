use std::rc::Rc;

use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::{download, focus_soon, today};
use crate::domain::content::STATEMENT_COUNT;
use crate::domain::i18n::Strings;
use crate::domain::plan::ITEMS_MAX;
use crate::domain::state::{Action, AppState};
use crate::domain::transfer::{
    apply_import, export, export_file_name, parse_import, preview, ImportError, ImportMode,
    IMPORT_MAX_BYTES,
};
use crate::persist::Persist;

/// Which confirmation is open, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    None,
    Delete,
    SessionOnly,
}

/// The data panel's own state, held by the app: the file waiting for the
/// person's choice, the announcement line, the open confirmation and what
/// the browser said about keeping the data.
#[derive(Clone, PartialEq)]
pub struct DataUi {
    pub pending: UseStateHandle<Option<Rc<AppState>>>,
    pub status: UseStateHandle<String>,
    pub confirm: UseStateHandle<Confirm>,
    /// `navigator.storage.persisted()`: `None` until known, or where the
    /// browser has no such thing.
    pub persisted: UseStateHandle<Option<bool>>,
    /// The persist request was refused.
    pub refused: UseStateHandle<bool>,
    /// Saved values this page can't show (`Persist::backups`), read when
    /// the section opens and again after a deletion, never on each render.
    pub aside: UseStateHandle<Rc<Vec<String>>>,
    pub panel: NodeRef,
}

#[hook]
pub fn use_data_ui() -> DataUi {
    DataUi {
        pending: use_state(|| None),
        status: use_state(String::new),
        confirm: use_state(|| Confirm::None),
        persisted: use_state(|| None),
        refused: use_state(|| false),
        aside: use_state(Rc::default),
        panel: use_node_ref(),
    }
}

impl DataUi {
    /// Focuses the first element matching `selector` inside the panel, once
    /// it is on screen (after the render this change causes).
    fn focus_soon(&self, selector: &'static str) {
        focus_soon(self.panel.cast::<Element>(), selector);
    }

    /// Opens a question, moving focus to its safe answer.
    fn open(&self, which: Confirm) {
        self.confirm.set(which);
        self.focus_soon(match which {
            Confirm::Delete => "[data-cancel=\"nearer-delete-confirm\"]",
            _ => "[data-cancel=\"nearer-session-confirm\"]",
        });
    }

    fn close(&self, back_to: &'static str) {
        self.confirm.set(Confirm::None);
        self.focus_soon(back_to);
    }

    /// On opening the section: what the browser has promised, and what is
    /// kept here that this page can't show.
    pub fn opened(&self, persist: &Persist) {
        let (persisted, aside) = (self.persisted.setter(), self.aside.setter());
        persist.persisted(move |granted| persisted.set(Some(granted)));
        persist.backups(move |kept| aside.set(Rc::new(kept)));
    }
}

/// The plain-words reason an import failed.
pub fn import_error(s: &Strings, error: ImportError) -> String {
    match error {
        ImportError::TooLarge { bytes } => s.import_too_large(bytes),
        ImportError::Empty => s.import_empty.to_string(),
        ImportError::NotJson | ImportError::NotNearer => s.import_not_nearer.to_string(),
        ImportError::FromNewerVersion { .. } => s.import_newer.to_string(),
        ImportError::Unreadable { reason } => {
            web_sys::console::warn_1(
                &format!("nearer: the file could not be read ({reason})").into(),
            );
            s.import_damaged.to_string()
        }
        ImportError::TooManyItems { items } => s.import_too_many(items, ITEMS_MAX),
    }
}

/// Reads the chosen file (refusing a large one before reading it), and
/// either shows its preview or says why it can't be used.
fn on_file(s: &'static Strings, ui: &DataUi) -> Callback<Event> {
    let ui = ui.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
            return;
        };
        let file = input.files().and_then(|f| f.get(0));
        // the same file can be chosen again after a change of mind
        input.set_value("");
        let Some(file) = file else {
            return;
        };
        // a new choice is told afresh, even with the same words as before
        ui.pending.set(None);
        ui.status.set(String::new());
        let size = file.size();
        if size > IMPORT_MAX_BYTES as f64 {
            // after the clear above is on screen, so it is announced afresh
            let status = ui.status.clone();
            crate::later::timeout(0, move || {
                status.set(s.import_too_large(size as usize));
            })
            .forget();
            return;
        }
        let ui = ui.clone();
        let promise = file.text();
        yew::platform::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|t| t.as_string());
            match text.map(|t| parse_import(&t)) {
                None => ui.status.set(s.import_read_failed.to_string()),
                Some(Err(error)) => ui.status.set(import_error(s, error)),
                Some(Ok(state)) => {
                    ui.status.set(String::new());
                    ui.pending.set(Some(Rc::new(state)));
                    ui.focus_soon("[data-import-preview] h4");
                }
            }
        });
    })
}

/// Export, import with a preview, delete everything, session-only mode and
/// the browser's promise to keep the data: everything about what this
/// widget keeps on this device, with the honest note for shared devices.
pub fn data_view(
    s: &'static Strings,
    state: &UseReducerHandle<AppState>,
    ui: &DataUi,
    persist: &Persist,
    d: &Callback<Action>,
) -> Html {
    let session_only = state.session_only;
    let persistent = persist.persistent();
    let keeping = if !persistent {
        s.keeping_unavailable
    } else if session_only {
        s.keeping_session
    } else {
        s.keeping_saving
    };

    let onexport = {
        let (state, status) = (state.clone(), ui.status.clone());
        Callback::from(move |_: MouseEvent| {
            let day = today();
            let ok = download(
                &export_file_name(day),
                "application/json",
                &export(&state, day),
            );
            status.set(
                if ok {
                    s.export_started
                } else {
                    s.export_failed
                }
                .to_string(),
            );
        })
    };

    let session_control = match (*ui.confirm, session_only) {
        (Confirm::SessionOnly, false) => {
            let (ui2, persist, d) = (ui.clone(), persist.clone(), d.clone());
            question(
                ui,
                "nearer-session-confirm",
                s.session_only_confirm,
                (s.cancel, "[data-session-only]"),
                (s.session_only_yes, "nearer-button--primary"),
                move || {
                    let (ui, p, d) = (ui2.clone(), persist.clone(), d.clone());
                    persist.set_session_only(true, move |ok| {
                        let aside = ui.aside.setter();
                        p.backups(move |kept| aside.set(Rc::new(kept)));
                        d.emit(Action::SetSessionOnly(true));
                        ui.status.set(
                            if ok {
                                s.session_only_on
                            } else {
                                s.delete_failed
                            }
                            .to_string(),
                        );
                    });
                },
            )
        }
        (_, false) => html! {
            <button type="button" class="nearer-button" data-session-only=""
                onclick={let ui = ui.clone(); move |_| ui.open(Confirm::SessionOnly)}>
                { s.session_only_start }
            </button>
        },
        (_, true) => {
            let (ui, persist, d) = (ui.clone(), persist.clone(), d.clone());
            html! {
                <button type="button" class="nearer-button" data-session-only=""
                    onclick={move |_| {
                        let (ui, d) = (ui.clone(), d.clone());
                        persist.set_session_only(false, move |_| {
                            d.emit(Action::SetSessionOnly(false));
                            ui.status.set(s.session_only_off.to_string());
                        });
                    }}>
                    { s.session_only_stop }
                </button>
            }
        }
    };

    let promise = ui.persisted.filter(|_| persistent && !session_only).map(|granted| {
        let ask = {
            let (persisted, refused) = (ui.persisted.clone(), ui.refused.clone());
            let persist = persist.clone();
            Callback::from(move |_: MouseEvent| {
                let (persisted, refused) = (persisted.clone(), refused.clone());
                persist.ask_to_persist(move |granted| {
                    persisted.set(Some(granted));
                    refused.set(!granted);
                });
            })
        };
        html! {
            <section class="nearer-card nearer-card--quiet" aria-labelledby="nearer-persist-title">
                <h3 class="nearer-subtitle" id="nearer-persist-title">{ s.persist_title }</h3>
                if granted {
                    <p>{ s.persist_granted }</p>
                } else {
                    <p>{ s.persist_not_yet }</p>
                    if *ui.refused {
                        <p class="nearer-note">{ s.persist_refused }</p>
                    }
                    <button type="button" class="nearer-button" onclick={ask}>{ s.persist_ask }</button>
                }
            </section>
        }
    });

    let backups = (*ui.aside).clone();
    // one button a copy: browsers hold back a second download from one click
    let several = backups.len() > 1;
    let backup_buttons = (0..backups.len()).map(|i| {
        let backups = backups.clone();
        let name = format!("nearer-unreadable-copy-{}.txt", i + 1);
        let label = if several {
            format!("{} ({})", s.backup_button, i + 1)
        } else {
            s.backup_button.to_string()
        };
        let onclick = Callback::from(move |_: MouseEvent| {
            download(&name, "text/plain", &backups[i]);
        });
        html! { <button type="button" class="nearer-button" {onclick}>{ label }</button> }
    });
    let backup = (!ui.aside.is_empty()).then(|| {
        html! {
            <section class="nearer-card nearer-card--quiet" aria-labelledby="nearer-backup-title">
                <h3 class="nearer-subtitle" id="nearer-backup-title">{ s.backup_title }</h3>
                <p>{ s.backup_lead }</p>
                { for backup_buttons }
            </section>
        }
    });

    let preview_card = (*ui.pending).clone().map(|incoming| {
        let p = preview(state, &incoming);
        let choose = |mode: ImportMode| {
            let (ui, d, current, incoming) =
                (ui.clone(), d.clone(), state.clone(), incoming.clone());
            Callback::from(move |_: MouseEvent| {
                let done = apply_import(&current, (*incoming).clone(), mode);
                d.emit(Action::Replace(Box::new(done.state)));
                let mut message = s.import_done.to_string();
                if done.left_out > 0 {
                    message.push(' ');
                    message.push_str(&s.import_left_out(done.left_out));
                }
                ui.pending.set(None);
                ui.status.set(message);
                ui.focus_soon("[data-import]");
            })
        };
        let cancel = {
            let ui = ui.clone();
            Callback::from(move |_: MouseEvent| {
                ui.pending.set(None);
                ui.focus_soon("[data-import]");
            })
        };
        let lines = [
            s.import_preview_answers(p.answered_in_file, p.answered_now, STATEMENT_COUNT),
            s.import_preview_list(
                incoming.plan.items.len(),
                p.only_in_file.len(),
                state.plan.items.len(),
            ),
            s.import_preview_practised(p.practised_in_file, p.practised_now),
            s.import_preview_history(incoming.history.len(), state.history.len()),
        ];
        html! {
            <div class="nearer-confirm" data-import-preview="">
                <h4 class="nearer-label" tabindex="-1">{ s.import_preview_title }</h4>
                <ul class="nearer-points">
                    { for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
                <p class="nearer-note">{ s.import_replace_hint }</p>
                <p class="nearer-note">{ s.import_merge_hint }</p>
                <div class="nearer-nav nearer-nav--wrap">
                    <button type="button" class="nearer-button" data-cancel="" onclick={cancel}>
                        { s.cancel }
                    </button>
                    <button type="button" class="nearer-button" onclick={choose(ImportMode::Merge)}>
                        { s.import_merge }
                    </button>
                    <button type="button" class="nearer-button nearer-button--primary"
                        onclick={choose(ImportMode::Replace)}>
                        { s.import_replace }
                    </button>
                </div>
            </div>
        }
    });

    let delete_control = if *ui.confirm == Confirm::Delete {
        let (ui2, persist, d) = (ui.clone(), persist.clone(), d.clone());
        question(
            ui,
            "nearer-delete-confirm",
            s.delete_confirm,
            (s.delete_no, "[data-delete]"),
            (s.delete_yes, "nearer-button--danger"),
            move || {
                let (ui, p, d) = (ui2.clone(), persist.clone(), d.clone());
                // what is on screen goes only once the keys are gone (with
                // an asynchronous store, later): an empty state saved
                // before then would be written over them
                persist.delete_everything(move |ok| {
                    let aside = ui.aside.setter();
                    p.backups(move |kept| aside.set(Rc::new(kept)));
                    d.emit(Action::Replace(Box::default()));
                    ui.pending.set(None);
                    ui.status
                        .set(if ok { s.deleted } else { s.delete_failed }.to_string());
                });
            },
        )
    } else {
        html! {
            <button type="button" class="nearer-button nearer-button--danger" data-delete=""
                onclick={let ui = ui.clone(); move |_| ui.open(Confirm::Delete)}>
                { s.delete_button }
            </button>
        }
    };

    html! {
        <div class="nearer-screen nearer-data" ref={ui.panel.clone()}>
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">{ s.data_title }</h2>
            <p class="nearer-lead">{ s.data_lead }</p>
            <p class="nearer-status" role="status">{ (*ui.status).clone() }</p>

            <section class="nearer-card" aria-labelledby="nearer-shared-title">
                <h3 class="nearer-subtitle" id="nearer-shared-title">{ s.shared_device_title }</h3>
                <p>{ s.shared_device_note }</p>
                <p class="nearer-keeping" data-keeping={if session_only { "session" } else { "saving" }}>
                    { keeping }
                </p>
                if persistent {
                    { session_control }
                }
            </section>

            <section class="nearer-card" aria-labelledby="nearer-export-title">
                <h3 class="nearer-subtitle" id="nearer-export-title">{ s.export_title }</h3>
                <p>{ s.export_lead }</p>
                <button type="button" class="nearer-button nearer-button--primary" onclick={onexport}>
                    { s.export_button }
                </button>
            </section>

            <section class="nearer-card" aria-labelledby="nearer-import-title">
                <h3 class="nearer-subtitle" id="nearer-import-title">{ s.import_title }</h3>
                <p id="nearer-import-lead">{ s.import_lead }</p>
                <label class="nearer-file">
                    <span class="nearer-button">{ s.import_choose }</span>
                    <input type="file" class="nearer-file__input" data-import=""
                        accept="application/json,.json,text/plain"
                        aria-describedby="nearer-import-lead"
                        onchange={on_file(s, ui)} />
                </label>
                { for preview_card }
            </section>

            { for promise }
            { for backup }

            <section class="nearer-card" aria-labelledby="nearer-delete-title">
                <h3 class="nearer-subtitle" id="nearer-delete-title">{ s.delete_title }</h3>
                <p>{ s.delete_lead }</p>
                { delete_control }
            </section>
        </div>
    }
}

/// A question asked in place: the safe answer first (focused as it opens),
/// then the one that acts. Either closes it and returns focus to the
/// control matching `back_to`.
fn question(
    ui: &DataUi,
    id: &'static str,
    text: &'static str,
    (no, back_to): (&'static str, &'static str),
    (yes, yes_class): (&'static str, &'static str),
    on_yes: impl Fn() + 'static,
) -> Html {
    let onno = {
        let ui = ui.clone();
        Callback::from(move |_: MouseEvent| ui.close(back_to))
    };
    let onyes = {
        let ui = ui.clone();
        Callback::from(move |_: MouseEvent| {
            on_yes();
            ui.close(back_to);
        })
    };
    // Escape presses "no" (`quick_exit::listen` finds `data-cancel`)
    html! {
        <div class="nearer-confirm" role="group" aria-labelledby={id}>
            <p {id}>{ text }</p>
            <div class="nearer-nav">
                <button type="button" class="nearer-button" data-cancel={id} onclick={onno}>{ no }</button>
                <button type="button" class={format!("nearer-button {yes_class}")} onclick={onyes}>
                    { yes }
                </button>
            </div>
        </div>
    }
}
