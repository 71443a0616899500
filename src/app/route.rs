//! The views of the app and their URL fragments.

/// A view of the app, addressed by the URL fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The workshop editor and the ways to share the survey.
    Setup,
    Survey,
    Console,
}

impl Route {
    pub const ALL: [Route; 4] = [Route::Home, Route::Setup, Route::Survey, Route::Console];

    pub fn from_fragment(fragment: &str) -> Route {
        let path = fragment
            .trim_start_matches('#')
            .split(['?', '&'])
            .next()
            .unwrap_or("");
        match path.trim_end_matches('/') {
            "/setup" => Route::Setup,
            "/survey" => Route::Survey,
            "/console" => Route::Console,
            _ => Route::Home,
        }
    }

    /// The view's name, as in the top bar and the page title.
    pub fn label(self) -> crate::i18n::Key {
        use crate::i18n::Key;
        match self {
            Route::Home => Key::NavHome,
            Route::Setup => Key::NavSetup,
            Route::Survey => Key::NavSurvey,
            Route::Console => Key::NavConsole,
        }
    }

    pub fn fragment(self) -> &'static str {
        match self {
            Route::Home => "#/",
            Route::Setup => "#/setup",
            Route::Survey => "#/survey",
            Route::Console => "#/console",
        }
    }
}
