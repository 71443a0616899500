//! The views of the app and their URL fragments.

/// A view of the app, addressed by the URL fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    Survey,
    Console,
}

impl Route {
    pub const ALL: [Route; 3] = [Route::Home, Route::Survey, Route::Console];

    pub fn from_fragment(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#').split(['?', '&']).next().unwrap_or("");
        match path.trim_end_matches('/') {
            "/survey" => Route::Survey,
            "/console" => Route::Console,
            _ => Route::Home,
        }
    }

    pub fn fragment(self) -> &'static str {
        match self {
            Route::Home => "#/",
            Route::Survey => "#/survey",
            Route::Console => "#/console",
        }
    }
}
