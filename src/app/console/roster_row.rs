//! One participant in the roster: name (as text, never HTML), generation, department,
//! last update and the row's actions. "Ratings" opens the participant's profile chart
//! below the row, "Edit" the inline correction form; "Delete" removes the response at
//! once (the notice bar offers Undo).

use crate::app::console::response_editor::ResponseEditor;
use crate::app::profile_chart::ProfileChart;
use crate::app::Ctx;
use crate::document::model::{Response, Workshop};
use crate::i18n::Key;
use crate::view::roster::row;
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RosterRowProps {
    pub ctx: Ctx,
    pub workshop: Workshop,
    pub response: Response,
    /// How many columns the table has, for the rows that span it.
    pub n_columns: usize,
}

#[function_component(RosterRow)]
pub fn roster_row(props: &RosterRowProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let (w, r) = (&props.workshop, &props.response);
    let expanded = use_state(|| false);
    let correcting = ctx
        .state
        .0
        .correcting
        .as_ref()
        .filter(|c| c.participant_id == r.participant_id);
    let editing = correcting.is_some();

    let view = row(w, r, &ctx.zone, lang);
    let profile_id = format!("profile-{}", r.participant_id);
    let on_toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let on_edit = ctx.on(Action::StartCorrection(
        (!editing).then(|| r.participant_id.clone()),
    ));
    let colspan = props.n_columns.to_string();
    // Every row has the same three buttons: the name makes each one's label unique.
    let hidden_name =
        html! { <>{ " " }<span class="visually-hidden">{ view.name.clone() }</span></> };

    html! {
        <>
            <tr data-participant={r.participant_id.clone()}>
                <td class="roster-name">{ view.name.clone() }</td>
                <td>{ view.generation }</td>
                <td>{ view.department }</td>
                <td class="nowrap">{ view.updated }</td>
                <td class="roster-actions">
                    <button type="button" class="button button-small" aria-expanded={expanded.to_string()} onclick={on_toggle}>
                        { ctx.t(Key::RosterProfile) }{ hidden_name.clone() }
                    </button>
                    <button type="button" class="button button-small" aria-expanded={editing.to_string()} onclick={on_edit}>
                        { ctx.t(Key::RosterEdit) }{ hidden_name.clone() }
                    </button>
                    <button type="button" class="button button-small button-danger-outline"
                            onclick={ctx.on(Action::DeleteResponse { participant_id: r.participant_id.clone() })}>
                        { ctx.t(Key::RosterDelete) }{ hidden_name }
                    </button>
                </td>
            </tr>
            if *expanded {
                <tr class="roster-detail" id={profile_id}>
                    <td colspan={colspan.clone()}>
                        <ProfileChart ctx={ctx.clone()} workshop={w.clone()} response={r.clone()} />
                    </td>
                </tr>
            }
            if let Some(c) = correcting {
                <tr class="roster-detail">
                    <td colspan={colspan}>
                        <ResponseEditor ctx={ctx.clone()} workshop={w.clone()} response={r.clone()} refused={c.refused.clone()} />
                    </td>
                </tr>
            }
        </>
    }
}
