//! Re-matching on a pair's card (issue 11 §5): why the pair was re-matched, who asked for
//! a new partner, and the "Re-match this pair" toggle — a checkbox, so the keyboard and
//! screen readers operate it as one. Renders the [`RematchCard`] view model.

use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::rematch::RematchCard;
use crate::workflow::board::BoardAction;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RematchToggleProps {
    pub ctx: Ctx,
    pub card: RematchCard,
    /// The pair's members (which name it in the action) and number (for the ids).
    pub members: Vec<String>,
    pub number: usize,
    /// A run is pending: marks wait.
    pub busy: bool,
    pub on_action: Callback<BoardAction>,
}

#[function_component(RematchToggle)]
pub fn rematch_toggle(props: &RematchToggleProps) -> Html {
    let ctx = &props.ctx;
    let card = &props.card;
    let id = format!("pair-{}-rematch", props.number);
    let onchange = {
        let members = props.members.clone();
        props
            .on_action
            .reform(move |_: Event| BoardAction::ToggleRematch {
                members: members.clone(),
            })
    };
    html! {
        <div class={classes!("pair-rematch", card.marked.then_some("pair-rematch-marked"))}>
            if !card.rematched.is_empty() {
                <div class="pair-rematched">
                    <span class="tag tag-rematched">{ ctx.t(Key::RematchedTag) }</span>
                    { for card.rematched.iter().map(|s| html! { <p>{ s.clone() }</p> }) }
                </div>
            }
            if let Some(asked) = &card.asked {
                <p class="pair-asked">{ asked.clone() }</p>
            }
            <div class="pair-rematch-toggle">
                <input type="checkbox" id={id.clone()} checked={card.marked} disabled={props.busy} {onchange} />
                <label for={id}>{ ctx.t(Key::RematchToggle) }</label>
            </div>
        </div>
    }
}
