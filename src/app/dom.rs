//! Small DOM helpers the components share: moving focus, reading a control's value, and
//! the Enter key in one-line fields. Each tolerates a missing element.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves the keyboard focus to the element with this id, if there is one.
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The value of the input an `input` event came from.
pub fn input_value(e: InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// Enter in a one-line field never submits the form. When it only confirms an IME
/// conversion (Japanese input: `isComposing`, or the legacy key code 229) nothing else
/// happens; otherwise it moves to the next field, as people filling in forms expect.
pub fn on_enter_advance(e: KeyboardEvent) {
    if e.key() != "Enter" {
        return;
    }
    e.prevent_default();
    if e.is_composing() || e.key_code() == 229 {
        return;
    }
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(form) = target.closest("form").ok().flatten() else {
        return;
    };
    let Ok(fields) = form
        .query_selector_all("input:not([type=hidden]):not([disabled]), select, textarea, button")
    else {
        return;
    };
    let fields: Vec<web_sys::HtmlElement> = (0..fields.length())
        .filter_map(|i| fields.get(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let here = fields.iter().position(|f| f.is_same_node(Some(&target)));
    if let Some(next) = here.and_then(|i| fields.get(i + 1)) {
        let _ = next.focus();
    }
}
