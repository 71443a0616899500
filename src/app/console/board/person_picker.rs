//! A `<select>` of people from a large room: its options (up to 5,000) are drawn only
//! once the control is about to be used (hovered, focused or pressed), so that the board
//! of a large room renders quickly; until then it holds the chosen person alone.

use crate::app::hooks::use_toggle;
use crate::view::people::Choice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonPickerProps {
    pub id: AttrValue,
    /// The text of the empty choice ("Choose…").
    pub placeholder: AttrValue,
    pub choices: std::rc::Rc<Vec<Choice>>,
    /// The chosen value, empty for none.
    pub value: AttrValue,
    pub onchange: Callback<String>,
}

#[function_component(PersonPicker)]
pub fn person_picker(props: &PersonPickerProps) -> Html {
    let drawn = use_toggle(false);
    let onchange = props.onchange.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    });
    let options: Vec<&Choice> = if drawn.is_on() {
        props.choices.iter().collect()
    } else {
        props
            .choices
            .iter()
            .filter(|c| *c.value == *props.value)
            .collect()
    };
    html! {
        <select id={props.id.clone()} {onchange} onfocus={drawn.set(true)} onmouseenter={drawn.set(true)}
                onpointerdown={drawn.set(true)}>
            <option value="" selected={props.value.is_empty()}>{ props.placeholder.clone() }</option>
            { for options.into_iter().map(|c| html! {
                <option value={c.value.clone()} selected={*c.value == *props.value}>{ c.label.clone() }</option>
            }) }
        </select>
    }
}
