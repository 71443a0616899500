//! The editor's rating scale: the label of each point in both languages. The number of
//! points stays as it is (answers are ratings on it).

use super::bilingual_cells::BilingualCells;
use super::{dom_id, FieldState};
use crate::app::Ctx;
use crate::document::model::Scale;
use crate::i18n::{Key, Msg, RowKind};
use crate::workflow::editor::{Edit, FieldProblem};
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
        html! {
            <li class="edit-row scale-row">
                <span class="scale-point" aria-hidden="true">{ point }</span>
                <BilingualCells ctx={ctx.clone()} {row} id={dom_id(&field)} text={label.clone()}
                    invalid={state.invalid.clone()} described_by={state.described_by.clone()}
                    on_input={props.on_edit.reform(move |(lang, v)| Edit::ScaleLabel(i, lang, v))} />
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
