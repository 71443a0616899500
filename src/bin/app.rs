//! The web app's entry point (wasm32, built by Trunk): mounts the Yew app on <body>.

#[cfg(target_arch = "wasm32")]
fn main() {
    kakehashi::app::start();
}

// Native builds have no browser: the app bin does nothing there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the Kakehashi web app runs in a browser: see README.md (scripts/serve.sh)");
}
