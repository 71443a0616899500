//! The board's offer to re-match (issue 11 §5): "Re-match 2 pairs" when pairs are
//! marked, a confirmation naming the pairs and their people before anything changes, and
//! the follow-ups that mark nothing because they follow up another round. Renders the
//! [`crate::view::rematch`] view models and dispatches `Rematch`.

use crate::app::hooks::{use_toggle, Shared};
use crate::app::Ctx;
use crate::document::model::{Cohort, Lang, Pairing};
use crate::i18n::Key;
use crate::view::people::Directory;
use crate::view::rematch::{other_rounds, rematch_cards, rematch_offer, RematchCard, RematchOffer};
use crate::workflow::board::BoardAction;
use crate::workflow::rematch::{marks, RematchMark};
use std::rc::Rc;
use yew::prelude::*;

/// Each card's re-matching view (in the pairing's order), the offer and the follow-ups of
/// other rounds: made again only when the pairing, the answers, the marks, the people or
/// the language change.
#[hook]
pub fn use_rematch_views(
    current: Option<Rc<Pairing>>,
    cohort: Option<Rc<Cohort>>,
    hand: Vec<RematchMark>,
    directory: Shared<Directory>,
    lang: Lang,
) -> Rc<(Vec<RematchCard>, Option<RematchOffer>, Vec<String>)> {
    use_memo(
        (current, cohort, hand, directory, lang),
        |(p, cohort, hand, dir, lang)| match (p, cohort) {
            (Some(p), Some(c)) => {
                let marks = marks(c, p, hand);
                let offer = rematch_offer(&marks, p, dir, *lang);
                (
                    rematch_cards(&marks, p, dir, *lang),
                    offer,
                    other_rounds(&marks, p, dir, *lang),
                )
            }
            _ => (Vec::new(), None, Vec::new()),
        },
    )
}

#[derive(Properties, PartialEq)]
pub struct RematchBarProps {
    pub ctx: Ctx,
    /// The offer, when at least one pair is marked.
    pub offer: Option<RematchOffer>,
    /// Follow-ups of another round, one sentence per round.
    pub other_rounds: Vec<String>,
    /// A run is pending.
    pub busy: bool,
    pub on_action: Callback<BoardAction>,
}

#[function_component(RematchBar)]
pub fn rematch_bar(props: &RematchBarProps) -> Html {
    let ctx = &props.ctx;
    let confirming = use_toggle(false);
    let offer = props.offer.as_ref().map(|offer| {
        let on_go = {
            let (act, confirming) = (props.on_action.clone(), confirming.clone());
            Callback::from(move |_: MouseEvent| {
                act.emit(BoardAction::Rematch);
                confirming.put(false);
            })
        };
        html! {
            <>
                <button type="button" class="button" id="board-rematch" disabled={props.busy}
                    aria-expanded={confirming.is_on().to_string()} onclick={confirming.flip()}>{ offer.button.clone() }</button>
                if confirming.is_on() {
                    <div class="notice rematch-confirm" role="group" aria-labelledby="rematch-confirm-text">
                        <p id="rematch-confirm-text">{ offer.confirm.clone() }</p>
                        if let Some(warning) = offer.warning {
                            <p class="rematch-warning" id="rematch-warning">{ warning }</p>
                        }
                        <button type="button" class="button button-primary" id="rematch-go" disabled={props.busy}
                            onclick={on_go}>{ ctx.t(Key::RematchGo) }</button>
                        <button type="button" class="button button-quiet" id="rematch-cancel"
                            onclick={confirming.set(false)}>{ ctx.t(Key::Cancel) }</button>
                    </div>
                }
            </>
        }
    });
    html! {
        <div class="board-rematch">
            { for offer }
            { for props.other_rounds.iter().map(|s| html! { <p class="hint rematch-other-round">{ s.clone() }</p> }) }
        </div>
    }
}
