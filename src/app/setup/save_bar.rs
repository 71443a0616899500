//! The editor's save bar, kept in view at the bottom of the screen: how many problems are
//! left, the warning that answers will no longer fit, Save (disabled while problems
//! remain) and Discard (after a confirmation).

use crate::app::Ctx;
use crate::i18n::{Key, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveBarProps {
    pub ctx: Ctx,
    pub n_problems: usize,
    /// Collected answers the draft no longer fits (archived on save).
    pub n_not_fitting: usize,
    pub on_save: Callback<MouseEvent>,
    pub on_discard: Callback<MouseEvent>,
}

#[function_component(SaveBar)]
pub fn save_bar(props: &SaveBarProps) -> Html {
    let ctx = &props.ctx;
    let confirming = use_state(|| false);
    // Focus moves into the question when it opens and back to its button when it closes.
    let opened = use_mut_ref(|| false);
    use_effect_with(*confirming, move |&confirming| {
        if confirming {
            super::focus("setup-discard-yes");
        } else if std::mem::replace(&mut *opened.borrow_mut(), true) {
            super::focus("setup-discard");
        }
    });
    let set_confirming = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let status = if props.n_problems == 0 {
        ctx.t(Key::SetupNoProblems).to_owned()
    } else {
        ctx.msg(&Msg::SetupProblemCount {
            n: props.n_problems,
        })
    };
    let warning = props.n_not_fitting > 0;
    let described_by = if warning {
        "setup-save-status setup-answers-warning"
    } else {
        "setup-save-status"
    };
    html! {
        <div class="save-bar">
            <div aria-live="polite">
                if warning {
                    <p class="warning" id="setup-answers-warning">
                        { ctx.msg(&Msg::SetupAnswersWarning { n: props.n_not_fitting }) }
                    </p>
                }
            </div>
            <div class="save-row">
                <p id="setup-save-status" class={classes!("save-status", (props.n_problems > 0).then_some("has-problems"))}
                    aria-live="polite">{ status }</p>
                if *confirming {
                    <div class="confirm" role="alertdialog" aria-labelledby="setup-discard-question">
                        <p id="setup-discard-question"><strong>{ ctx.t(Key::SetupConfirmDiscard) }</strong></p>
                        <button type="button" id="setup-discard-yes" class="button button-danger" onclick={props.on_discard.clone()}>
                            { ctx.t(Key::SetupDiscardYes) }
                        </button>
                        <button type="button" class="button" onclick={set_confirming(false)}>{ ctx.t(Key::Cancel) }</button>
                    </div>
                } else {
                    <button type="button" id="setup-discard" class="button" onclick={set_confirming(true)}>{ ctx.t(Key::SetupDiscard) }</button>
                    <button type="button" id="setup-save" class="button button-primary" disabled={props.n_problems > 0}
                        aria-describedby={described_by} onclick={props.on_save.clone()}>{ ctx.t(Key::SetupSave) }</button>
                }
            </div>
        </div>
    }
}
