//! The Yew shell (wasm32 only): mounts the app, owns the one reducer over the core's
//! [`Session`] ([`state`]), keeps it in browser storage ([`storage`]), and routes by the
//! URL fragment. Components in the submodules only render and emit callbacks.
//!
//! Routing uses the fragment (`#/survey`) rather than the History API so that the same
//! build works from any static host and from a `file://` page.

mod backups;
mod browser;
mod console;
mod copy_button;
pub mod dom;
mod footer;
pub mod hooks;
pub mod match_worker;
mod notice_bar;
mod opening;
mod pages;
mod profile_chart;
mod qr_code;
mod route;
mod setup;
pub mod state;
pub mod storage;
mod survey;
mod top_bar;
mod workshop_summary;

use crate::document::model::Lang;
use crate::i18n::{t, Key};
use crate::view::time::Zone;
use crate::workflow::session::Action;
use opening::{open_embedded_survey, open_linked_survey};
pub use route::Route;
use std::rc::Rc;
use yew::prelude::*;

pub use state::{AppAction, AppState};

/// Everything a page needs: the session and a way to change it.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: UseReducerHandle<AppState>,
    /// This tab's storage (for what only it holds: data it could not read, backups).
    pub storage: hooks::Shared<std::cell::RefCell<storage::Storage>>,
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
        self.state.dispatch(AppAction::Do(action));
    }

    /// A callback that dispatches the action it is given.
    pub fn dispatcher(&self) -> Callback<Action> {
        let state = self.state.clone();
        Callback::from(move |action| state.dispatch(AppAction::Do(action)))
    }

    /// A callback that dispatches a fixed action, for buttons.
    pub fn on(&self, action: Action) -> Callback<MouseEvent> {
        self.on_event(action)
    }

    /// A callback for any event that dispatches a fixed action.
    pub fn on_event<E: 'static>(&self, action: Action) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(AppAction::Do(action.clone())))
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::starting(browser::language(), browser::tab_view()));
    let storage: storage::Shared = (*use_memo((), |_| storage::Storage::new())).clone();
    {
        let (storage, state) = (storage.clone(), state.clone());
        use_effect_with((), move |_| {
            let dispatch = Callback::from(move |a: AppAction| state.dispatch(a));
            storage::start(&storage, dispatch);
            move || storage::stop(&storage)
        });
    }
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

    // Persist after every change (what this tab shows, for this tab alone), and keep
    // <html lang> right for screen readers.
    {
        let (state, storage) = (state.clone(), storage.clone());
        use_effect_with(state.1, move |_| {
            if !state.0.loading {
                browser::keep_tab_view(&state.0.tab_view());
            }
            browser::set_document_lang(state.0.lang);
            storage::changed(&storage, Rc::new((*state).clone()));
        });
    }

    // The tab's title names the view, and on the survey the workshop (a participant may
    // have several survey files open).
    {
        let state = state.clone();
        use_effect_with((*route, state.1), move |(route, _)| {
            let session = &state.0;
            let workshop = match route {
                Route::Survey => session.survey().map(|s| s.workshop.title.get(session.lang)),
                _ => None,
            };
            browser::set_document_title(&crate::i18n::page_title(
                session.lang,
                route.label(),
                workshop,
            ));
        });
    }

    let zone = use_memo((), |_| browser::time_zone());
    let ctx = Ctx {
        state,
        zone,
        storage: hooks::Shared(storage),
    };
    // A participant's page shows the survey only, whatever the address says; nothing
    // shows until storage was read (a few milliseconds), so no empty state flashes by.
    let frame = crate::view::frame::frame(&ctx.state.0);
    let shown = if frame.survey_only {
        Route::Survey
    } else {
        *route
    };
    let page = match shown {
        _ if ctx.state.0.loading => html! {},
        Route::Home => html! { <pages::home::HomePage ctx={ctx.clone()} /> },
        Route::Setup => html! { <pages::setup::SetupPage ctx={ctx.clone()} /> },
        Route::Survey => html! { <pages::survey::SurveyPage ctx={ctx.clone()} /> },
        Route::Console => html! { <pages::console::ConsolePage ctx={ctx.clone()} /> },
    };

    html! {
        <>
            <top_bar::TopBar ctx={ctx.clone()} route={shown} navigation={frame.navigation} />
            <main id="main" class="page" tabindex="-1">
                <notice_bar::NoticeBar ctx={ctx.clone()} />
                { page }
            </main>
            <footer::Footer ctx={ctx.clone()} facilitator_link={frame.facilitator_link} />
        </>
    }
}

/// Mounts the app on the page's `<body>`, two tasks after the one that started the wasm:
/// the time zone is first read in a task of its own (a page's first `Intl.DateTimeFormat`
/// loads the browser's locale data, 30–40 ms in a trace), then the first render.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        browser::yield_now().await;
        let _ = browser::time_zone();
        browser::yield_now().await;
        yew::Renderer::<App>::new().render();
    });
}
