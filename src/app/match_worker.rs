//! Matching off the main thread: a gloo-worker oneshot that runs the engine
//! ([`crate::workflow::board::run_json`]) in a Web Worker, and [`start_run`], which the board
//! uses to run a request there, or inline for small cohorts and where workers are
//! unavailable.
//!
//! Why these choices: Trunk builds the worker with
//! wasm-bindgen's no-modules target and a loader shim, hence
//! `.as_module(false).with_loader(true)`; a failed `new Worker` makes gloo panic, and
//! with `panic = "abort"` that would kill the app, so the URL is tried first and the
//! run falls back to the page. Messages are JSON strings: the documents use serde
//! features (internally tagged enums) that gloo's default bincode cannot read.

use crate::workflow::board::{self, BoardAction, RunRequest};
use futures::future::{AbortHandle, Abortable};
use gloo_worker::oneshot::{oneshot, OneshotSpawner};
use yew::Callback;

/// Where Trunk puts the worker's loader shim, next to index.html (the single file has its
/// own Blob URL instead, see [`crate::app::browser::worker_url`]).
pub const WORKER_URL: &str = "./worker_loader.js";

/// The worker's job: a JSON [`RunRequest`] in, a JSON `Result<Pairing, Text>` out.
#[oneshot]
pub async fn MatchWorker(request: String) -> String {
    board::run_json(&request)
}

/// A run in progress; dropping it cancels: the bridge to the worker is dropped and the
/// worker destroyed (gloo lets the job in hand finish first; its answer is discarded).
pub struct RunHandle {
    abort: Option<AbortHandle>,
    _timeout: Option<gloo::timers::callback::Timeout>,
}

impl Drop for RunHandle {
    fn drop(&mut self) {
        if let Some(abort) = self.abort.take() {
            abort.abort();
        }
    }
}

/// Where a worker can be started from here, if anywhere: the single file's Blob URL, or
/// [`WORKER_URL`] when served (not a file next to a `file://` page, not without Worker
/// support). The test worker is terminated at once, before it loads anything.
fn worker_url() -> Option<String> {
    let url = crate::app::browser::worker_url(WORKER_URL)?;
    let worker = web_sys::Worker::new(&url).ok()?;
    worker.terminate();
    Some(url)
}

/// Runs `request` as run number `run` and reports the outcome through `on_action`:
/// inline for small cohorts, else in a worker, else (no worker) inline after telling
/// the board, a moment later so that the "computing" state is painted first.
pub fn start_run(run: u32, request: RunRequest, on_action: Callback<BoardAction>) -> RunHandle {
    if request.cohort.responses.len() <= board::INLINE_MAX_PARTICIPANTS {
        on_action.emit(reply(run, &request));
        return RunHandle { abort: None, _timeout: None };
    }
    let Some(url) = worker_url() else {
        on_action.emit(BoardAction::WorkerUnavailable);
        let timeout = gloo::timers::callback::Timeout::new(50, move || {
            on_action.emit(reply(run, &request));
        });
        return RunHandle { abort: None, _timeout: Some(timeout) };
    };
    let text = serde_json::to_string(&request).unwrap_or_default();
    let (abort, registration) = AbortHandle::new_pair();
    let job = async move {
        let mut bridge = OneshotSpawner::<MatchWorker>::new()
            .as_module(false)
            .with_loader(true)
            .spawn(&url);
        let answer = bridge.run(text).await;
        on_action.emit(board::reply_action(run, &answer));
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = Abortable::new(job, registration).await;
    });
    RunHandle { abort: Some(abort), _timeout: None }
}

fn reply(run: u32, request: &RunRequest) -> BoardAction {
    match board::run(request) {
        Ok(pairing) => BoardAction::ResultReady { run, pairing },
        Err(error) => BoardAction::RunFailed { run, error },
    }
}
