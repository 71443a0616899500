//! The share link as a QR code, big enough to scan from a projected screen, and a view
//! that fills the whole screen with it (closed with its button or Escape).

use crate::app::qr_code::QrCode;
use crate::app::Ctx;
use crate::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrPanelProps {
    pub ctx: Ctx,
    pub link: AttrValue,
    /// The heading's number among the ways the share panel shows.
    pub number: usize,
}

#[function_component(QrPanel)]
pub fn qr_panel(props: &QrPanelProps) -> Html {
    let ctx = &props.ctx;
    let large = use_state(|| false);
    // Focus goes to the large view's close button when it opens, and back after.
    let opened = use_mut_ref(|| false);
    use_effect_with(*large, move |&large| {
        if large {
            super::focus("share-qr-close");
        } else if std::mem::replace(&mut *opened.borrow_mut(), true) {
            super::focus("share-qr-large");
        }
    });
    let set_large = |value: bool| {
        let large = large.clone();
        Callback::from(move |_: MouseEvent| large.set(value))
    };
    // Escape closes; Tab stays on the close button, the only control of the view.
    let on_key = {
        let large = large.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => large.set(false),
            "Tab" => e.prevent_default(),
            _ => {}
        })
    };
    let qr = |class: &'static str| {
        html! {
            <QrCode text={props.link.clone()} label={ctx.t(Key::ShareQrLabel)} too_long={ctx.t(Key::ShareQrTooLong)}
                class={classes!(class)} />
        }
    };
    html! {
        <section class="share-way share-qr" aria-labelledby="share-qr-heading">
            <h3 id="share-qr-heading">{ crate::view::share::numbered(ctx.lang(), props.number, ctx.t(Key::ShareQrHeading)) }</h3>
            <p>{ ctx.t(Key::ShareQrBody) }</p>
            <button type="button" id="share-qr-large" class="button" onclick={set_large(true)}>{ ctx.t(Key::ShareQrLarge) }</button>
            { qr("qr-share") }
            if *large {
                <div class="qr-overlay" role="dialog" aria-modal="true" aria-labelledby="share-qr-heading" onkeydown={on_key}>
                    { qr("qr-fullscreen") }
                    <button type="button" id="share-qr-close" class="button" onclick={set_large(false)}>
                        { ctx.t(Key::ShareQrClose) }
                    </button>
                </div>
            }
        </section>
    }
}
