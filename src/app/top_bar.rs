//! The top bar: product name, the facilitator's views, the language switch. A
//! participant's page (see [`crate::view::frame`]) shows the name and the language
//! switch only, on one line on a phone: its way back for a facilitator is at its foot.

use super::{Ctx, Route};
use crate::document::model::Lang;
use crate::i18n::Key;
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    pub ctx: Ctx,
    pub route: Route,
    /// Whether the facilitator's views are offered.
    pub navigation: bool,
}

/// Moves focus to the page content. The fragment carries the route here, so the link
/// must not change it.
fn skip_to_content(e: MouseEvent) {
    e.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) =
        main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
    {
        let _ = main.focus();
    }
}

#[function_component(TopBar)]
pub fn top_bar(props: &TopBarProps) -> Html {
    let ctx = &props.ctx;
    let links = Route::ALL.iter().map(|&route| {
        let current = (route == props.route).then_some("page");
        html! {
            <li><a href={route.fragment()} aria-current={current}>{ ctx.t(route.label()) }</a></li>
        }
    });
    let langs = Lang::ALL.iter().map(|&lang| {
        let pressed = if ctx.lang() == lang { "true" } else { "false" };
        html! {
            <button type="button" class="lang-option" lang={lang.code()} aria-pressed={pressed}
                    data-lang={lang.code()} onclick={ctx.on(Action::SetLang(lang))}>
                { crate::i18n::own_name(lang) }
            </button>
        }
    });
    html! {
        <header class={classes!("top-bar", (!props.navigation).then_some("top-bar-plain"))}>
            <a class="skip-link" href="#main" onclick={skip_to_content}>{ ctx.t(Key::SkipToContent) }</a>
            <div class="brand">
                <span class="brand-name">{ ctx.t(Key::AppName) }</span>
                <span class="brand-tagline">{ ctx.t(Key::Tagline) }</span>
            </div>
            if props.navigation {
                <nav aria-label={ctx.t(Key::MainNavigation)}>
                    <ul class="nav-links">{ for links }</ul>
                </nav>
            }
            <div class="lang-switch" role="group" aria-label={ctx.t(Key::LanguageLabel)}>
                { for langs }
            </div>
        </header>
    }
}
