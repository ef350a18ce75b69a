//! A view made in steps. Opened by a click, a large view (the action list,
//! the picker) makes its first screenful in that click and the rest in later
//! tasks, each after a paint, so the click is answered at once and a click
//! in between is not kept waiting. A widget that opens on such a view makes
//! it whole in its first render: no click is waiting then (start-up has its
//! own measure).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::later::after_paint;

#[derive(Default)]
struct Steps {
    /// Parts made (the first `made`); 0 while the view is not on screen.
    made: usize,
    /// A task to make more is waiting.
    waiting: bool,
}

/// How much of one view is made, held by the app.
#[derive(Clone)]
pub struct Reveal {
    steps: Rc<RefCell<Steps>>,
    redraw: UseForceUpdateHandle,
    /// This is the app's first render.
    first: bool,
}

impl Reveal {
    /// The view is not on screen: the next time it opens, it starts again
    /// from its first screenful.
    pub fn dropped(&self) {
        self.steps.borrow_mut().made = 0;
    }

    /// Every part at the next render (before printing), if the view is on
    /// screen.
    pub fn make_all(&self) {
        let mut s = self.steps.borrow_mut();
        if s.made > 0 {
            s.made = usize::MAX;
            drop(s);
            self.redraw.force_update();
        }
    }

    /// How many of the view's `len` parts this render makes: all in the
    /// app's first render; otherwise at least `first`, and `step` more in
    /// each task after a paint until all are made.
    pub fn this_render(&self, len: usize, first: usize, step: usize) -> usize {
        let mut s = self.steps.borrow_mut();
        s.made = if self.first {
            len
        } else {
            s.made.max(first).min(len)
        };
        if s.made < len && !s.waiting {
            s.waiting = true;
            let (steps, redraw) = (self.steps.clone(), self.redraw.clone());
            after_paint(move || {
                let mut s = steps.borrow_mut();
                s.waiting = false;
                // (the view was dropped meanwhile: nothing more to make)
                if s.made > 0 {
                    s.made = s.made.saturating_add(step);
                    drop(s);
                    redraw.force_update();
                }
            });
        }
        s.made
    }
}

#[hook]
pub fn use_reveal() -> Reveal {
    Reveal {
        steps: use_mut_ref(Steps::default),
        redraw: use_force_update(),
        first: use_mut_ref(|| true).replace(false),
    }
}
