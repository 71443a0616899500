//! Kakehashi (架け橋): a browser-only tool for reverse and cross-generational mentoring
//! workshops. This crate is both the web app (built for wasm32 by Trunk) and the native
//! `kakehashi` command-line tool; they share one pure core.
//!
//! **Architecture invariant:** every module outside [`app`] is the core: it uses no
//! browser API, no clock and no global randomness, compiles natively and is tested with
//! plain `cargo test`. The [`app`] module (wasm32 only) renders state and dispatches
//! actions; it holds no logic the core could hold. See `docs/ARCHITECTURE.md`.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod board;
pub mod codes;
pub mod demo;
pub mod editor;
pub mod export;
pub mod formats;
pub mod i18n;
pub mod import;
pub mod insights;
pub mod matching;
pub mod model;
pub mod qr;
pub mod rng;
pub mod roster;
pub mod session;
pub mod stored;
pub mod survey;
pub mod survey_file;
pub mod template;
pub mod timestamp;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod app;
