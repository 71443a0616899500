//! Kakehashi (架け橋): a browser-only tool for reverse and cross-generational mentoring
//! workshops. This crate is both the web app (built for wasm32 by Trunk) and the native
//! `kakehashi` command-line tool; they share one pure core.
//!
//! The core is layered; each layer imports only from the layers above it in this list
//! (a test, `tests/layers.rs`, holds the code to that):
//!
//! 1. [`document`] — the versioned documents: their types, parsing, validation, the
//!    built-in template.
//! 2. [`matching`] — scoring and the exact solvers.
//! 3. [`transport`] — how documents travel without a server: codes, QR, survey files,
//!    imports.
//! 4. [`demo`] — synthetic cohorts for rehearsals and benchmarks.
//! 5. [`workflow`] — the app's state machine: the session, the survey, the editor, the
//!    board, what is stored between visits.
//! 6. [`i18n`] — every sentence a person reads, one file per language.
//! 7. [`view`] — view models: what each screen shows, computed from the state.
//!
//! **Architecture invariant:** every module outside [`app`] is the core: it uses no
//! browser API, no clock and no global randomness, compiles natively and is tested with
//! plain `cargo test`. The [`app`] module (wasm32 only) renders view models and
//! dispatches actions; it holds no logic the core could hold. See `docs/ARCHITECTURE.md`.

pub mod demo;
pub mod document;
pub mod i18n;
pub mod matching;
pub mod transport;
pub mod view;
pub mod workflow;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod app;
