//! Small hooks the components share: a toggle (open/closed, confirming or not), and a
//! pointer-compared handle for view models that props pass down without a deep compare.

use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// A yes/no state with callbacks to flip it or set it.
#[derive(Clone, PartialEq)]
pub struct Toggle(UseStateHandle<bool>);

impl Toggle {
    pub fn is_on(&self) -> bool {
        *self.0
    }

    /// A callback (for any event) that flips the state.
    pub fn flip<E: 'static>(&self) -> Callback<E> {
        let state = self.0.clone();
        Callback::from(move |_| state.set(!*state))
    }

    /// A callback (for any event) that sets the state to `on`.
    pub fn set<E: 'static>(&self, on: bool) -> Callback<E> {
        let state = self.0.clone();
        Callback::from(move |_| state.set(on))
    }

    /// Sets the state now (for use inside another callback).
    pub fn put(&self, on: bool) {
        self.0.set(on);
    }
}

/// A toggle that starts `initial`.
#[hook]
pub fn use_toggle(initial: bool) -> Toggle {
    Toggle(use_state(move || initial))
}

/// A value shared by pointer: equal when it is the same allocation, so a component whose
/// prop is a large view model re-renders only when a new one was computed.
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// How many of `total` items to draw now: `first` at once, then `step` more in each
/// following task until all are drawn, and from `first` again whenever `key` changes. A
/// long list of a large room is drawn over several tasks, so that no frame waits for all
/// of it.
#[hook]
pub fn use_progressive<K: PartialEq + Clone + 'static>(
    key: K,
    total: usize,
    first: usize,
    step: usize,
) -> usize {
    let drawn = use_mut_ref(|| (key.clone(), first));
    let redraw = use_state(|| 0u32);
    {
        let mut d = drawn.borrow_mut();
        if d.0 != key {
            *d = (key, first);
        }
    }
    let n = drawn.borrow().1.min(total);
    use_effect_with((n, total), move |&(n, total)| {
        let timeout = (n < total).then(|| {
            gloo::timers::callback::Timeout::new(0, move || {
                drawn.borrow_mut().1 = n + step;
                redraw.set(*redraw + 1);
            })
        });
        move || drop(timeout)
    });
    n
}
