//! The editor's rating scale: the label of each point in both languages. The number of
//! points stays as it is (answers are ratings on it).

use super::{cell_label, dom_id, input_value, FieldState};
use crate::app::Ctx;
use crate::workflow::editor::{Edit, FieldProblem};
use crate::i18n::{Key, Msg, RowKind};
use crate::document::model::{Lang, Scale};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScaleRowsProps {
    pub ctx: Ctx,
    pub scale: Scale,
    pub problems: Rc<Vec<FieldProblem>>,
    pub on_edit: Callback<Edit>,
}

#[function_component(ScaleRows)]
pub fn scale_rows(props: &ScaleRowsProps) -> Html {
    let ctx = &props.ctx;
    let rows = props.scale.labels.iter().enumerate().map(|(i, label)| {
        let point = usize::from(props.scale.min) + i;
        let row = ctx.msg(&Msg::SetupRow { kind: RowKind::ScalePoint, n: usize::from(point) });
        let field = format!("scale.labels[{i}]");
        let state = FieldState::new(ctx, &props.problems, &field);
        let (ja_input, en_input) = (dom_id(&field), format!("{}-en", dom_id(&field)));
        let on_label = |lang: Lang| {
            let on_edit = props.on_edit.clone();
            Callback::from(move |e: InputEvent| on_edit.emit(Edit::ScaleLabel(i, lang, input_value(e))))
        };
        html! {
            <li class="edit-row scale-row">
                <span class="scale-point" aria-hidden="true">{ point }</span>
                <div class="cell">
                    { cell_label(ctx, &row, Key::SetupColJa, &ja_input) }
                    <input id={ja_input.clone()} lang="ja" value={label.ja.clone()} autocomplete="off"
                        oninput={on_label(Lang::Ja)}
                        aria-invalid={state.invalid.clone()} aria-describedby={state.described_by.clone()} />
                </div>
                <div class="cell">
                    { cell_label(ctx, &row, Key::SetupColEn, &en_input) }
                    <input id={en_input.clone()} lang="en" value={label.en.clone()} autocomplete="off"
                        oninput={on_label(Lang::En)}
                        aria-invalid={state.invalid.clone()} aria-describedby={state.described_by.clone()} />
                </div>
                { state.messages() }
            </li>
        }
    });
    let scale_state = FieldState::new(ctx, &props.problems, "scale");
    html! {
        <section class="edit-section" aria-labelledby="setup-scale-heading">
            <h3 id="setup-scale-heading">{ ctx.t(Key::ScaleHeading) }</h3>
            <p class="hint">{ ctx.t(Key::SetupScaleHint) }</p>
            { scale_state.messages() }
            <div class="edit-row edit-head scale-row" aria-hidden="true">
                <span>{ "#" }</span>
                <span>{ ctx.t(Key::SetupColJa) }</span>
                <span>{ ctx.t(Key::SetupColEn) }</span>
            </div>
            <ol class="edit-rows">{ for rows }</ol>
        </section>
    }
}
