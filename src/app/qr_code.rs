//! A QR code drawn by the core as SVG, sized by CSS.

use crate::transport::qr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub text: AttrValue,
    /// What the code holds, for screen readers.
    pub label: AttrValue,
    /// Shown when the text is too long for a QR code.
    pub too_long: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component(QrCode)]
pub fn qr_code(props: &QrCodeProps) -> Html {
    let svg = use_memo(props.text.clone(), |text| qr::svg(text));
    match &*svg {
        // The markup is produced by our own QR renderer, never from user input.
        Ok(svg) => html! {
            <div class={classes!("qr", props.class.clone())} role="img" aria-label={props.label.clone()}>
                { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
            </div>
        },
        Err(_) => html! { <p class="muted">{ props.too_long.clone() }</p> },
    }
}
