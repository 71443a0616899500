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
use crate::transport::codes;
use crate::transport::survey_file;
use crate::view::time::Zone;
use crate::workflow::session::Action;
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

/// If the fragment carries a workshop code, opens that survey (or reports the broken
/// link) and drops the code from the address bar, so a reload keeps the draft instead
/// of re-reading the link.
fn open_linked_survey(state: &UseReducerHandle<AppState>) {
    let fragment = browser::current_fragment();
    let Some(code) = codes::code_in_fragment(&fragment) else {
        return;
    };
    state.dispatch(AppAction::Do(Action::OpenLink {
        code: code.to_owned(),
        participant_id: browser::new_participant_id(),
    }));
    browser::replace_fragment(Route::Survey.fragment());
}

/// A survey file for participants (the single file with a workshop in its slot) opens
/// that workshop's survey, keeping a draft already begun. The page goes to the survey
/// when it was opened without a view in its address (a double-click), not on a reload
/// of another view; returns whether it did.
fn open_embedded_survey(state: &UseReducerHandle<AppState>) -> bool {
    let Some(slot) = browser::survey_file_slot().filter(|text| !text.trim().is_empty()) else {
        return false;
    };
    let readable = survey_file::read_slot(&slot).is_ok();
    state.dispatch(AppAction::Do(Action::OpenEmbeddedSurvey {
        slot,
        participant_id: browser::new_participant_id(),
    }));
    let fresh_open = readable && browser::current_fragment().is_empty();
    if fresh_open {
        browser::replace_fragment(Route::Survey.fragment());
    }
    fresh_open
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
