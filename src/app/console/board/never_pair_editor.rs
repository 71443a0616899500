//! The never-pair list: two people chosen from the roster and added, each listed pair
//! with a Remove button.

use super::directory::Directory;
use crate::app::Ctx;
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NeverPairEditorProps {
    pub ctx: Ctx,
    pub never_pair: Vec<[String; 2]>,
    pub directory: Directory,
    pub on_change: Callback<Vec<[String; 2]>>,
}

#[function_component(NeverPairEditor)]
pub fn never_pair_editor(props: &NeverPairEditorProps) -> Html {
    let ctx = &props.ctx;
    let first = use_state(String::new);
    let second = use_state(String::new);
    let mut people: Vec<(&String, &String)> =
        props.directory.0.people.iter().map(|(id, p)| (id, &p.name)).collect();
    people.sort_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0)));
    let picker = |id: &'static str, label: Key, value: &UseStateHandle<String>| {
        let state = value.clone();
        let onchange = Callback::from(move |e: Event| {
            state.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())
        });
        html! {
            <div class="field">
                <label for={id}>{ ctx.t(label) }</label>
                <select {id} {onchange}>
                    <option value="" selected={value.is_empty()}>{ ctx.t(Key::BoardChoose) }</option>
                    { for people.iter().map(|(pid, name)| html! {
                        <option value={(*pid).clone()} selected={**value == **pid}>{ format!("{name} ({pid})") }</option>
                    }) }
                </select>
            </div>
        }
    };
    let on_add = {
        let (first, second) = (first.clone(), second.clone());
        let (list, on_change) = (props.never_pair.clone(), props.on_change.clone());
        Callback::from(move |_| {
            let (a, b) = ((*first).clone(), (*second).clone());
            let known = list.iter().any(|[x, y]| (x == &a && y == &b) || (x == &b && y == &a));
            if !a.is_empty() && !b.is_empty() && a != b && !known {
                let mut next = list.clone();
                next.push([a, b]);
                on_change.emit(next);
                first.set(String::new());
                second.set(String::new());
            }
        })
    };
    let rows = props.never_pair.iter().enumerate().map(|(i, [a, b])| {
        let (list, on_change) = (props.never_pair.clone(), props.on_change.clone());
        let remove = Callback::from(move |_| {
            let mut next = list.clone();
            next.remove(i);
            on_change.emit(next);
        });
        let text = format!("{} × {}", props.directory.name(a), props.directory.name(b));
        html! {
            <li>
                <span>{ text.clone() }</span>
                <button type="button" class="button button-quiet" onclick={remove}
                    aria-label={format!("{}: {text}", ctx.t(Key::BoardNeverPairRemove))}>
                    { ctx.t(Key::BoardNeverPairRemove) }
                </button>
            </li>
        }
    });
    html! {
        <fieldset class="never-pair">
            <legend>{ ctx.t(Key::BoardNeverPair) }</legend>
            <div class="never-pair-pickers">
                { picker("never-a", Key::BoardPersonA, &first) }
                { picker("never-b", Key::BoardPersonB, &second) }
                <button type="button" class="button" onclick={on_add}>{ ctx.t(Key::BoardNeverPairAdd) }</button>
            </div>
            if props.never_pair.is_empty() {
                <p class="hint">{ ctx.t(Key::BoardNeverPairNone) }</p>
            } else {
                <ul class="plain-list">{ for rows }</ul>
            }
        </fieldset>
    }
}
