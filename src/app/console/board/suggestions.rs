//! Ways to pair more people, when the result leaves some without a partner: each with the
//! number the engine really pairs with it, and a button that applies it and matches
//! again (one undo brings the pairing and the settings back). The figures are computed
//! off the page for large rooms (see [`crate::app::match_worker::start_suggestions`]).

use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::pairs::SuggestionView;
use crate::workflow::board::BoardAction;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SuggestionsProps {
    pub ctx: Ctx,
    /// `None` while the figures are being computed.
    pub suggestions: Option<Vec<SuggestionView>>,
    pub busy: bool,
    pub on_action: Callback<BoardAction>,
}

#[function_component(Suggestions)]
pub fn suggestions(props: &SuggestionsProps) -> Html {
    let ctx = &props.ctx;
    let body = match &props.suggestions {
        None => html! { <p class="muted" role="status">{ ctx.t(Key::SuggestionsPending) }</p> },
        Some(list) if list.is_empty() => return html! {},
        Some(list) => {
            let items = list.iter().enumerate().map(|(i, s)| {
                let alternative = s.alternative;
                let onclick = props.on_action.reform(move |_: MouseEvent| BoardAction::ApplySuggestion(alternative));
                html! {
                    <li key={i} class="suggestion">
                        <p>{ s.sentence.clone() }</p>
                        <button type="button" class="button" disabled={props.busy} {onclick}>{ ctx.t(Key::SuggestionApply) }</button>
                    </li>
                }
            });
            html! { <ul class="plain-list">{ for items }</ul> }
        }
    };
    html! {
        <section class="board-suggestions" aria-labelledby="board-suggestions-title">
            <h3 id="board-suggestions-title">{ ctx.t(Key::SuggestionsTitle) }</h3>
            { body }
        </section>
    }
}
