//! The Yew shell (wasm32 only): mounts the app, owns the one reducer over the core's
//! [`Session`], persists it to browser storage after every change, and routes by the URL
//! fragment. Components in the submodules only render and emit callbacks.
//!
//! Routing uses the fragment (`#/survey`) rather than the History API so that the same
//! build works from any static host and from a `file://` page.

mod browser;
mod console;
mod copy_button;
pub mod dom;
pub mod hooks;
pub mod match_worker;
mod notice_bar;
mod pages;
mod profile_chart;
mod qr_code;
mod route;
mod setup;
mod survey;
mod top_bar;
mod workshop_summary;

use crate::i18n::{t, Key};
use crate::document::model::Lang;
use crate::transport::codes;
use crate::transport::survey_file;
use crate::workflow::session::{Action, Notice, Session};
pub use route::Route;
use crate::view::time::Zone;
use std::rc::Rc;
use yew::prelude::*;

/// The reducer state: the core's session, and a version that grows with every action
/// (effects depend on it instead of comparing whole sessions: with 2,000 participants a
/// deep comparison on every render is what made the page stutter).
#[derive(Clone, PartialEq)]
pub struct AppState(pub Session, pub u64);

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        Rc::new(AppState(next, self.1 + 1))
    }
}

/// Everything a page needs: the session and a way to change it.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: UseReducerHandle<AppState>,
    /// The browser's time zone, for showing times (read once at start-up).
    pub zone: Rc<Zone>,
}

impl Ctx {
    pub fn lang(&self) -> Lang {
        self.state.0.lang
    }

    pub fn t(&self, key: Key) -> &'static str {
        t(self.lang(), key)
    }

    /// A sentence with values, in the chosen language.
    pub fn msg(&self, msg: &crate::i18n::Msg) -> String {
        crate::i18n::msg(self.lang(), msg)
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// A callback that dispatches a fixed action, for buttons.
    pub fn on(&self, action: Action) -> Callback<MouseEvent> {
        self.on_event(action)
    }

    /// A callback for any event that dispatches a fixed action.
    pub fn on_event<E: 'static>(&self, action: Action) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState(Session::restore(browser::load_state(), browser::language()), 0));
    let route = use_state(browser::current_route);

    // Keep the route in step with the fragment (links, back/forward), and open the survey
    // a share link carries (`#/survey?w=KW2.…`), at start-up or when a link is pasted,
    // or the one embedded in this page (a survey file for participants), at start-up.
    {
        let route = route.clone();
        let state = state.clone();
        use_effect_with((), move |_| {
            if open_embedded_survey(&state) {
                route.set(Route::Survey);
            }
            open_linked_survey(&state);
            let listener = browser::on_hash_change(move || {
                open_linked_survey(&state);
                route.set(browser::current_route());
            });
            move || drop(listener)
        });
    }

    // Persist after every change, and keep <html lang> right for screen readers.
    {
        let state = state.clone();
        use_effect_with(state.1, move |_| {
            let session = &state.0;
            browser::set_document_lang(session.lang);
            if browser::save_state(&session.to_stored()).is_err()
                && session.notice != Some(Notice::StorageUnavailable)
            {
                state.dispatch(Action::StorageFailed);
            }
        });
    }

    // The tab's title names the view, and on the survey the workshop (a participant may
    // have several survey files open).
    {
        let state = state.clone();
        use_effect_with((*route, state.1), move |(route, _)| {
            let session = &state.0;
            let workshop = match route {
                Route::Survey => session.survey.as_ref().map(|s| s.workshop.title.get(session.lang)),
                _ => None,
            };
            browser::set_document_title(&crate::i18n::page_title(session.lang, route.label(), workshop));
        });
    }

    let zone = use_memo((), |_| browser::time_zone());
    let ctx = Ctx { state, zone };
    let page = match *route {
        Route::Home => html! { <pages::home::HomePage ctx={ctx.clone()} /> },
        Route::Setup => html! { <pages::setup::SetupPage ctx={ctx.clone()} /> },
        Route::Survey => html! { <pages::survey::SurveyPage ctx={ctx.clone()} /> },
        Route::Console => html! { <pages::console::ConsolePage ctx={ctx.clone()} /> },
    };

    html! {
        <>
            <top_bar::TopBar ctx={ctx.clone()} route={*route} />
            <main id="main" class="page" tabindex="-1">
                <notice_bar::NoticeBar ctx={ctx.clone()} />
                { page }
            </main>
            <footer class="footer"><p>{ ctx.t(Key::PrivacyNote) }</p></footer>
        </>
    }
}

/// If the fragment carries a workshop code, opens that survey (or reports the broken
/// link) and drops the code from the address bar, so a reload keeps the draft instead
/// of re-reading the link.
fn open_linked_survey(state: &UseReducerHandle<AppState>) {
    let fragment = browser::current_fragment();
    let Some(code) = codes::code_in_fragment(&fragment) else { return };
    state.dispatch(Action::OpenLink { code: code.to_owned(), participant_id: browser::new_participant_id() });
    browser::replace_fragment(Route::Survey.fragment());
}

/// A survey file for participants (the single file with a workshop in its slot) opens
/// that workshop's survey, keeping a draft already begun. The page goes to the survey
/// when it was opened without a view in its address (a double-click), not on a reload
/// of another view; returns whether it did.
fn open_embedded_survey(state: &UseReducerHandle<AppState>) -> bool {
    let Some(slot) = browser::survey_file_slot().filter(|text| !text.trim().is_empty()) else { return false };
    let readable = survey_file::read_slot(&slot).is_ok();
    state.dispatch(Action::OpenEmbeddedSurvey { slot, participant_id: browser::new_participant_id() });
    let fresh_open = readable && browser::current_fragment().is_empty();
    if fresh_open {
        browser::replace_fragment(Route::Survey.fragment());
    }
    fresh_open
}

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
