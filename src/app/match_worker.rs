//! Matching off the main thread: a gloo-worker oneshot that runs the engine
//! ([`crate::workflow::reply::run_lines`]) in a Web Worker, and [`start_run`], which the board
//! uses to run a request there, or inline for small cohorts and where workers are
//! unavailable; and [`start_suggestions`], which works out the board's ways to pair more
//! people the same way (several runs of the engine) once a result leaves people out.
//!
//! Why these choices: Trunk builds the worker with
//! wasm-bindgen's no-modules target and a loader shim, hence
//! `.as_module(false).with_loader(true)`; a failed `new Worker` makes gloo panic, and
//! with `panic = "abort"` that would kill the app, so the URL is tried first and the
//! run falls back to the page. Messages are JSON strings: the documents use serde
//! features (internally tagged enums) that gloo's default bincode cannot read. The reply
//! comes in lines (the outcome, then the pairs a hundred at a time), which the page reads
//! one per task, so that a result for 2,000 people never holds the page up.

use crate::app::browser::yield_now;
use crate::workflow::board::{self, BoardAction, RunRequest, SuggestRequest};
use crate::workflow::reply;
use futures::future::{AbortHandle, Abortable};
use gloo_worker::oneshot::{oneshot, OneshotSpawner};
use yew::Callback;

/// Where Trunk puts the worker's loader shim, next to index.html (the single file has its
/// own Blob URL instead, see [`crate::app::browser::worker_url`]).
pub const WORKER_URL: &str = "./worker_loader.js";

/// The worker's job: a JSON [`RunRequest`] in, the reply's lines out (or suggestions, see
/// [`reply::answer`]).
#[oneshot]
pub async fn MatchWorker(request: String) -> String {
    reply::answer(&request)
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
        return RunHandle {
            abort: None,
            _timeout: None,
        };
    }
    let Some(url) = worker_url() else {
        on_action.emit(BoardAction::WorkerUnavailable);
        let timeout = gloo::timers::callback::Timeout::new(50, move || {
            on_action.emit(reply(run, &request));
        });
        return RunHandle {
            abort: None,
            _timeout: Some(timeout),
        };
    };
    let text = serde_json::to_string(&request).unwrap_or_default();
    in_worker(url, text, move |answer| async move {
        let mut lines = answer.split('\n');
        let mut reader = reply::Reader::new(run, lines.next().unwrap_or_default());
        for line in lines {
            yield_now().await;
            reader.feed(line);
        }
        on_action.emit(reader.finish());
    })
}

/// Sends `text` to a worker started from `url` and hands its answer to `then`; dropping
/// the handle cancels.
fn in_worker<F: std::future::Future<Output = ()> + 'static>(
    url: String,
    text: String,
    then: impl FnOnce(String) -> F + 'static,
) -> RunHandle {
    let (abort, registration) = AbortHandle::new_pair();
    let job = async move {
        let mut bridge = OneshotSpawner::<MatchWorker>::new()
            .as_module(false)
            .with_loader(true)
            .spawn(&url);
        then(bridge.run(text).await).await;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = Abortable::new(job, registration).await;
    });
    RunHandle {
        abort: Some(abort),
        _timeout: None,
    }
}

/// Computes the suggestions of `request` and reports them through `on_action`: inline for
/// small cohorts, else in a worker; where no worker can start, none are computed (the
/// page would wait on several runs of the engine for a help).
pub fn start_suggestions(request: SuggestRequest, on_action: Callback<BoardAction>) -> RunHandle {
    if request.cohort.responses.len() <= board::INLINE_MAX_PARTICIPANTS {
        on_action.emit(board::suggest(&request));
        return RunHandle {
            abort: None,
            _timeout: None,
        };
    }
    let Some(url) = worker_url() else {
        return RunHandle {
            abort: None,
            _timeout: None,
        };
    };
    let (key, text) = (request.key, reply::suggest_request(&request));
    in_worker(url, text, move |answer| async move {
        on_action.emit(reply::suggestions_action(key, &answer))
    })
}

fn reply(run: u32, request: &RunRequest) -> BoardAction {
    match board::run(request) {
        Ok(pairing) => BoardAction::ResultReady { run, pairing },
        Err(error) => BoardAction::RunFailed { run, error },
    }
}
