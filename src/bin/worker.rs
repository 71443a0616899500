//! The matching worker's entry point (wasm32, built by Trunk as a second bin: see
//! index.html's `data-bin="worker"`). It registers the oneshot worker that runs the
//! matching engine off the page's main thread; the app spawns it for large cohorts.

#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo_worker::Registrable;
    kakehashi::app::match_worker::MatchWorker::registrar().register();
}

// Native builds have no browser: the worker bin does nothing there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the Kakehashi matching worker runs in a browser; use `kakehashi match` natively");
}
