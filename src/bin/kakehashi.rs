//! The native `kakehashi` command. All work is done in `kakehashi::cli`; `main` reads
//! the message language from the environment once and maps the outcome to an exit code.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let lang = kakehashi::cli::message_language(|name| std::env::var(name).ok());
    let code = kakehashi::cli::run_in(lang, &args, &mut stdout, &mut stderr);
    std::process::ExitCode::from(code)
}

// The CLI is native only; on wasm32 this bin is an empty shell so that
// `cargo test --target wasm32-unknown-unknown` can build every target.
#[cfg(target_arch = "wasm32")]
fn main() {}
