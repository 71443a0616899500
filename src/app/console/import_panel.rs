//! Importing answers: many response files at once (picker or drop) and pasted answer codes,
//! one per line. The report ([`crate::view::import_report`]) starts with a summary, then
//! each item's outcome, the rejected first; one bad item never blocks the others.

use crate::app::{browser, Ctx};
use crate::i18n::{Key, Msg};
use crate::transport::import::{ImportContent, ImportInput};
use crate::view::import_report::import_view;
use crate::workflow::session::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportPanelProps {
    pub ctx: Ctx,
}

/// Files imported per task: a batch of answer files is parsed and checked in a few
/// milliseconds, so a room of 2,000 keeps the page answering throughout.
const BATCH: usize = 50;

fn import_files(ctx: &Ctx, files: web_sys::FileList) {
    let ctx = ctx.clone();
    browser::read_files(files, move |read| {
        let inputs: Vec<ImportInput> = read
            .into_iter()
            .map(|(source, bytes)| ImportInput {
                source,
                content: ImportContent::File(bytes),
            })
            .collect();
        ctx.dispatch(Action::ImportStart {
            total: inputs.len(),
        });
        wasm_bindgen_futures::spawn_local(async move {
            for batch in inputs.chunks(BATCH) {
                ctx.dispatch(Action::Import(batch.to_vec()));
                gloo::timers::future::TimeoutFuture::new(0).await;
            }
        });
    });
}

#[function_component(ImportPanel)]
pub fn import_panel(props: &ImportPanelProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let pasted = use_state(String::new);
    let dragging = use_state(|| false);

    let on_files = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                import_files(&ctx, files);
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let ctx = ctx.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                import_files(&ctx, files);
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            pasted.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let on_import_codes = {
        let ctx = ctx.clone();
        let pasted = pasted.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::ImportCodes((*pasted).clone()));
            pasted.set(String::new());
        })
    };

    let report = &ctx.state.0.last_import;
    let view = use_memo((report.len(), report.last().cloned(), lang), |_| {
        import_view(report, lang)
    });
    // Keyed by the item's place in the import: the report grows batch by batch, and an
    // unkeyed list would be patched from its end, rewriting every line already shown.
    let rows = view.rows.iter().map(|row| {
        html! {
            <li key={row.index} class={classes!(if row.rejected { "import-rejected" } else { "import-ok" }, row.warning.is_some().then_some("import-warned"))}>
                <span class="import-source">{ row.source.clone() }</span>
                <span class="import-outcome">{ row.outcome.clone() }</span>
                if let Some(warning) = &row.warning {
                    <span class="import-warning">{ warning.clone() }</span>
                }
            </li>
        }
    });

    html! {
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">{ ctx.t(Key::ImportTitle) }</h2>
            <div class="columns">
                <div class={classes!("drop-zone", dragging.then_some("dragging"))}
                     ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                    <p>{ ctx.t(Key::ImportDrop) }</p>
                    <label for="import-files" class="sub-label">{ ctx.t(Key::ImportFiles) }</label>
                    <input id="import-files" type="file" multiple=true accept=".json,application/json" onchange={on_files} />
                </div>
                <div class="field field-wide">
                    <label for="import-codes">{ ctx.t(Key::ImportCodes) }</label>
                    <textarea id="import-codes" class="code" rows="4" spellcheck="false"
                              value={(*pasted).clone()} oninput={on_paste_input} />
                    <div>
                        <button type="button" class="button button-primary" onclick={on_import_codes}>
                            { ctx.t(Key::ImportCodesButton) }
                        </button>
                    </div>
                </div>
            </div>
            if let Some(progress) = ctx.state.0.importing {
                <div class="import-progress" role="status">
                    <progress id="import-progress" max={progress.total.to_string()} value={progress.done.to_string()}
                        aria-label={ctx.t(Key::ImportProgress)} />
                    <span>{ ctx.msg(&Msg::ImportProgress { done: progress.done, total: progress.total }) }</span>
                </div>
            }
            if !report.is_empty() {
                <div role="status" aria-live="polite">
                    <h3>{ ctx.t(Key::ImportReportTitle) }</h3>
                    <p class="import-summary" id="import-summary">{ view.summary.clone() }</p>
                    <ul class="plain-list import-report">{ for rows }</ul>
                </div>
            }
        </section>
    }
}
