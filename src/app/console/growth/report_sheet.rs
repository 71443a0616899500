//! The one-page programme report (プログラム報告書) for management, opened from the growth
//! section: the totals, the largest gains by skill and by generation, and the change
//! heatmap, laid out for one A4 page. While it is open, printing the page prints the
//! report alone (see the print styles); its buttons print it and save every figure as CSV.
//! Renders [`crate::view::growth::report::ReportView`].

use super::chart::ChangeChart;
use crate::app::{browser, Ctx};
use crate::document::model::Cohort;
use crate::i18n::Key;
use crate::view::files;
use crate::view::growth::report::{growth_csv, report};
use crate::view::growth::Growth;
use crate::view::people::Directory;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportSheetProps {
    pub ctx: Ctx,
    pub cohort: Rc<Cohort>,
    pub growth: Rc<Growth>,
    pub directory: Rc<Directory>,
    pub on_close: Callback<MouseEvent>,
}

#[function_component(ReportSheet)]
pub fn report_sheet(props: &ReportSheetProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang();
    let view = use_memo(
        (props.cohort.clone(), props.growth.clone(), lang),
        |(cohort, growth, lang)| report(cohort, growth, *lang),
    );
    let heatmap = use_memo(view.clone(), |view| view.heatmap.clone());
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_csv = {
        let (cohort, growth, dir) = (
            props.cohort.clone(),
            props.growth.clone(),
            props.directory.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let file = files::growth_csv(&cohort.workshop);
            let csv = growth_csv(&cohort, &growth, &dir, lang);
            let _ = browser::download(&file.name, file.mime, csv.as_bytes());
        })
    };
    let figures = view.figures.iter().map(|f| {
        html! {
            <div class="report-figure" data-figure={f.name}>
                <dt>{ f.label }</dt>
                <dd>{ f.value.clone() }</dd>
            </div>
        }
    });
    let items =
        |lines: &[String]| html! { { for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) } };
    html! {
        <section class="report-sheet" aria-labelledby="report-title">
            <div class="report-actions">
                <button type="button" class="button button-primary" onclick={on_print}>{ ctx.t(Key::ReportPrint) }</button>
                <button type="button" class="button" onclick={on_csv}>{ ctx.t(Key::ReportCsv) }</button>
                <button type="button" class="button" onclick={props.on_close.clone()}>{ ctx.t(Key::ReportClose) }</button>
                <p class="hint">{ ctx.t(Key::ReportHint) }</p>
            </div>
            <article class="report-page">
                <header class="report-head">
                    <p class="report-workshop">{ view.workshop.clone() }</p>
                    <h2 id="report-title" tabindex="-1">{ view.title }</h2>
                    <p class="report-subtitle">{ view.subtitle.clone() }</p>
                </header>
                <dl class="report-figures">{ for figures }</dl>
                <div class="report-columns">
                    <section aria-labelledby="report-by-skill">
                        <h3 id="report-by-skill">{ ctx.t(Key::ReportBySkill) }</h3>
                        <ol class="report-list">{ items(&view.by_skill) }</ol>
                    </section>
                    <section aria-labelledby="report-by-generation">
                        <h3 id="report-by-generation">{ ctx.t(Key::ReportByGeneration) }</h3>
                        <ul class="report-list">{ items(&view.by_generation) }</ul>
                    </section>
                </div>
                <section aria-labelledby="report-change">
                    <h3 id="report-change">{ ctx.t(Key::ReportChangeHeading) }</h3>
                    <ChangeChart ctx={ctx.clone()} view={heatmap} id="report-chart" />
                </section>
                if !view.notes.is_empty() {
                    <ul class="report-notes">{ items(&view.notes) }</ul>
                }
            </article>
        </section>
    }
}
