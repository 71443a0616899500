//! The never-pair list: two people chosen from the roster and added, each listed pair
//! with a Remove button. The core keeps the list free of duplicates.

use super::person_picker::PersonPicker;
use crate::app::hooks::Shared;
use crate::app::Ctx;
use crate::i18n::{Key, Msg};
use crate::view::people::Directory;
use crate::workflow::board::SettingsEdit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NeverPairEditorProps {
    pub ctx: Ctx,
    pub never_pair: Vec<[String; 2]>,
    pub directory: Shared<Directory>,
    pub on_edit: Callback<SettingsEdit>,
}

#[function_component(NeverPairEditor)]
pub fn never_pair_editor(props: &NeverPairEditorProps) -> Html {
    let ctx = &props.ctx;
    let first = use_state(String::new);
    let second = use_state(String::new);
    let people = use_memo(props.directory.clone(), |d| std::rc::Rc::new(d.choices()));
    let picker = |id: &'static str, label: Key, value: &UseStateHandle<String>| {
        let state = value.clone();
        html! {
            <div class="field">
                <label for={id}>{ ctx.t(label) }</label>
                <PersonPicker {id} placeholder={ctx.t(Key::BoardChoose)} choices={(*people).clone()}
                    value={(**value).clone()} onchange={Callback::from(move |v| state.set(v))} />
            </div>
        }
    };
    let on_add = {
        let (first, second, on_edit) = (first.clone(), second.clone(), props.on_edit.clone());
        Callback::from(move |_| {
            on_edit.emit(SettingsEdit::AddNeverPair([
                (*first).clone(),
                (*second).clone(),
            ]));
            first.set(String::new());
            second.set(String::new());
        })
    };
    let rows = props.never_pair.iter().enumerate().map(|(i, [a, b])| {
        let remove = props
            .on_edit
            .reform(move |_: MouseEvent| SettingsEdit::RemoveNeverPair(i));
        let text = ctx.msg(&Msg::TwoPeople {
            first: &props.directory.name(a),
            second: &props.directory.name(b),
        });
        html! {
            <li>
                <span>{ text.clone() }</span>
                <button type="button" class="button button-quiet" onclick={remove}
                    aria-label={ctx.msg(&Msg::RemoveEntry { entry: &text })}>
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
