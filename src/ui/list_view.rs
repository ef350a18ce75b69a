use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::list_item::ListItem;
use super::reveal::{use_reveal, Reveal};
use super::{act, today};
use crate::domain::pack::Texts;
use crate::domain::recommend::may_guide;
use crate::domain::state::{Action, AppState, View};
use crate::later::after_paint;

/// Items made in the click that opens the list: the first screenful (an
/// item is about 580 px tall on a phone, 500 px on a desktop).
const FIRST: usize = 2;
/// Items made in each later task, after a paint: at 4x CPU slowdown an
/// item costs about 10 ms (made, styled and laid out).
const STEP: usize = 3;

/// The list's own state, held by the app: how much of it is made (fifty
/// items with years of check-offs are about 1,350 elements: made, styled
/// and laid out in the click that opened the list, they took half a second
/// at 4x CPU slowdown), and the listener that makes every item before
/// printing. (The list is not kept while the person is in the picker, as
/// the picker is: skipping a whole list the first time cost one task of
/// about 600 ms at 4x, laying out its items one by one; see
/// docs/architecture.md.)
#[derive(Clone)]
pub struct ListUi {
    reveal: Reveal,
    /// The list's `<ul>`.
    items: NodeRef,
    _print: Rc<Option<EventListener>>,
}

impl ListUi {
    /// The list is not on screen: the next time it opens, it starts again
    /// from the first screenful.
    pub fn dropped(&self) {
        self.reveal.dropped();
    }
}

#[hook]
pub fn use_list_ui() -> ListUi {
    let reveal = use_reveal();
    let items = use_node_ref();
    // Printing (from the browser's menu or a shortcut) makes the whole list
    // first: the render runs in a microtask, before the page is laid out
    // for print.
    let print = {
        let reveal = reveal.clone();
        use_memo((), move |_| {
            let window = web_sys::window()?;
            Some(EventListener::new(&window, "beforeprint", move |_| {
                reveal.make_all()
            }))
        })
    };
    ListUi {
        reveal,
        items,
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
    let made = ui.reveal.this_render(len, FIRST, STEP);
    let items = ui.items.clone();
    let onprint = {
        let ui = ui.clone();
        Callback::from(move |_| {
            // every item first, then print once they are all on the page
            // (Yew may yield to the browser while it makes them)
            ui.reveal.make_all();
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
