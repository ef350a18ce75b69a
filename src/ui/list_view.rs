use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::list_item::ListItem;
use super::{act, today};
use crate::domain::pack::Texts;
use crate::domain::recommend::may_guide;
use crate::domain::state::{Action, AppState, View};
use crate::persist::after_paint;

/// Items made in the click that opens the list: the first screenful (an
/// item is about 580 px tall on a phone, 500 px on a desktop).
const FIRST: usize = 2;
/// Items made in each later task, after a paint: at 4x CPU slowdown an
/// item costs about 10 ms (made, styled and laid out).
const STEP: usize = 3;

/// How much of the list is made. Fifty items with years of check-offs are
/// about 1,350 elements: made, styled and laid out in the click that opened
/// the list, they took half a second at 4x CPU slowdown. So the click makes
/// the first screenful, and the rest follows a few items a task, each after
/// a paint, so that a click in between is answered at once. (The list is
/// not kept while the person is in the picker, as the picker is: skipping
/// a whole list the first time cost one task of about 600 ms at 4x, laying
/// out its items one by one; see docs/architecture.md.) A widget that
/// opens on the list makes it whole in its first render, as before: no
/// click is waiting then (and start-up has its own measure).
#[derive(Default)]
struct Reveal {
    /// Items made (the first `made`); 0 while the list is not on screen.
    made: usize,
    /// A task to make more is waiting.
    waiting: bool,
}

/// The list's own state, held by the app: how much of it is made, and the
/// listener that makes every item before printing.
#[derive(Clone)]
pub struct ListUi {
    reveal: Rc<RefCell<Reveal>>,
    redraw: UseForceUpdateHandle,
    /// The list's `<ul>`.
    items: NodeRef,
    /// This is the app's first render.
    first: bool,
    _print: Rc<Option<EventListener>>,
}

/// Every item at the next render (before printing), if the list is kept.
fn make_all(reveal: &RefCell<Reveal>, redraw: &UseForceUpdateHandle) {
    let mut r = reveal.borrow_mut();
    if r.made > 0 {
        r.made = usize::MAX;
        drop(r);
        redraw.force_update();
    }
}

impl ListUi {
    /// The list is not on screen: the next time it opens, it starts again
    /// from the first screenful.
    pub fn dropped(&self) {
        self.reveal.borrow_mut().made = 0;
    }

    /// How many items this render makes; asks for a task for the rest.
    fn this_render(&self, len: usize) -> usize {
        let mut r = self.reveal.borrow_mut();
        r.made = if self.first {
            len
        } else {
            r.made.max(FIRST).min(len)
        };
        if r.made < len && !r.waiting {
            r.waiting = true;
            let (reveal, redraw) = (self.reveal.clone(), self.redraw.clone());
            after_paint(move || {
                let mut r = reveal.borrow_mut();
                r.waiting = false;
                // (the list was dropped meanwhile: nothing more to make)
                if r.made > 0 {
                    r.made = r.made.saturating_add(STEP);
                    drop(r);
                    redraw.force_update();
                }
            });
        }
        r.made
    }
}

#[hook]
pub fn use_list_ui() -> ListUi {
    let reveal = use_mut_ref(Reveal::default);
    let redraw = use_force_update();
    let first = use_mut_ref(|| true).replace(false);
    let items = use_node_ref();
    // Printing (from the browser's menu or a shortcut) makes the whole list
    // first: the render runs in a microtask, before the page is laid out
    // for print.
    let print = {
        let (reveal, redraw) = (reveal.clone(), redraw.clone());
        use_memo((), move |_| {
            let window = web_sys::window()?;
            Some(EventListener::new(&window, "beforeprint", move |_| {
                make_all(&reveal, &redraw)
            }))
        })
    };
    ListUi {
        reveal,
        redraw,
        items,
        first,
        _print: print,
    }
}

/// Opens the browser's print dialog once the list holds `len` items; stops
/// if the list is gone.
fn print_when_made(items: NodeRef, len: usize) {
    after_paint(move || {
        let Some(ul) = items.cast::<web_sys::Element>() else {
            return;
        };
        if ul.child_element_count() as usize >= len {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        } else {
            print_when_made(items, len);
        }
    });
}

/// The personal action list the person comes back to. A plain function: the
/// announcement line (`status`) is held by the app, each item is a component.
/// On the safety path every item stays, but a moment that involves the
/// partner shows neither its how-to nor a reminder (`recommend::may_guide`).
pub fn list_view(
    texts: Texts,
    state: &AppState,
    ui: &ListUi,
    status: &str,
    onannounce: &Callback<String>,
    d: &Callback<Action>,
) -> Html {
    let s = texts.0;
    let (plan, answers) = (&state.plan, &state.answers);
    let day = today();
    let len = plan.items.len();
    let made = ui.this_render(len);
    let items = ui.items.clone();
    let onprint = {
        let ui = ui.clone();
        Callback::from(move |_| {
            // every item first, then print once they are all on the page
            // (Yew may yield to the browser while it makes them)
            make_all(&ui.reveal, &ui.redraw);
            print_when_made(ui.items.clone(), len);
        })
    };
    html! {
        <div class="nearer-screen nearer-list-view">
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">{ s.list_title }</h2>
            <p class="nearer-status" role="status">{ status.to_string() }</p>
            if plan.items.is_empty() {
                <div class="nearer-card nearer-card--quiet">
                    <p>{ s.list_empty }</p>
                    <div class="nearer-nav nearer-nav--single">
                        <button type="button" class="nearer-button nearer-button--primary"
                            data-view="moments" onclick={act(d, Action::Show(View::Moments))}>
                            { s.browse_moments }
                        </button>
                    </div>
                </div>
            } else {
                <p class="nearer-lead">{ s.list_lead }</p>
                if plan.items.iter().any(|i| !may_guide(answers, &i.what)) {
                    <p class="nearer-card nearer-card--quiet" data-safety="">{ s.list_safety_note }</p>
                }
                <ul class="nearer-items" ref={items}>
                    { for plan.items.iter().take(made).map(|item| html! {
                        <ListItem key={item.key.clone()} texts={texts} item={item.shown(day)} today={day}
                            guide={may_guide(answers, &item.what)}
                            ondispatch={d.clone()} onannounce={onannounce.clone()} />
                    }) }
                </ul>
                <div class="nearer-nav nearer-nav--single nearer-print-hide">
                    <button type="button" class="nearer-button" onclick={onprint}>{ s.print_plan }</button>
                </div>
            }
        </div>
    }
}
