//! The editor's repeated pair of text fields for one bilingual text (a skill's name, a
//! generation's name, a scale point's label): Japanese and English side by side, each
//! labelled "<row>: Name (Japanese)" for screen readers, sharing the field's problems.

use super::cell_label;
use crate::app::dom::input_value;
use crate::app::Ctx;
use crate::document::model::{Lang, Text};
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BilingualCellsProps {
    pub ctx: Ctx,
    /// The row's name: "Skill 3".
    pub row: AttrValue,
    /// The Japanese field's id; the English one adds `-en`.
    pub id: AttrValue,
    pub text: Text,
    /// `aria-invalid` and `aria-describedby` of the field's problems.
    pub invalid: Option<AttrValue>,
    pub described_by: Option<AttrValue>,
    /// A language's text was typed.
    pub on_input: Callback<(Lang, String)>,
}

#[function_component(BilingualCells)]
pub fn bilingual_cells(props: &BilingualCellsProps) -> Html {
    let ctx = &props.ctx;
    let cell = |lang: Lang, id: String, column: Key, value: &str| {
        let oninput = props
            .on_input
            .reform(move |e: InputEvent| (lang, input_value(e)));
        html! {
            <div class="cell">
                { cell_label(ctx, &props.row, column, &id) }
                <input {id} lang={lang.code()} value={value.to_owned()} autocomplete="off" {oninput}
                    aria-invalid={props.invalid.clone()} aria-describedby={props.described_by.clone()} />
            </div>
        }
    };
    html! {
        <>
            { cell(Lang::Ja, props.id.to_string(), Key::SetupColJa, &props.text.ja) }
            { cell(Lang::En, format!("{}-en", props.id), Key::SetupColEn, &props.text.en) }
        </>
    }
}
