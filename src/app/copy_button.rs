//! A button that copies a text to the clipboard and says whether it worked.

use super::{browser, Ctx};
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub ctx: Ctx,
    /// The text to copy.
    pub text: AttrValue,
    /// What is copied, for screen readers ("Copy the answer code").
    pub label: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let ctx = &props.ctx;
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let copied = copied.clone();
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy_text(&text, move |ok| {
                copied.set(if ok { Copied::Yes } else { Copied::Failed })
            });
        })
    };
    html! {
        <span class="copy">
            <button type="button" class="button" aria-label={props.label.clone()} {onclick}>{ ctx.t(Key::Copy) }</button>
            <span class="copy-status" role="status">
                { match *copied {
                    Copied::Not => "",
                    Copied::Yes => ctx.t(Key::Copied),
                    Copied::Failed => ctx.t(Key::CopyFailed),
                } }
            </span>
        </span>
    }
}
