//! The native `kakehashi` command: validates files and prints the template.
//! All work is done by the core in `kakehashi::cli`; `main` only maps the outcome to an
//! exit code.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let code = kakehashi::cli::run(&args, &mut stdout, &mut stderr);
    std::process::ExitCode::from(code)
}

// The CLI is native only; on wasm32 this bin is an empty shell so that
// `cargo test --target wasm32-unknown-unknown` can build every target.
#[cfg(target_arch = "wasm32")]
fn main() {}
