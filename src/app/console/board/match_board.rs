//! The matching board: settings, Match / Re-run, the result as pair cards with their
//! edits, and the people without a partner. It owns the run: when the board's state
//! says a run is pending, an effect starts it (in a worker for large cohorts) and the
//! effect's clean-up cancels it (the handle is dropped when the run is no longer
//! pending, e.g. after Cancel). What it shows comes from [`crate::view::pairs`].

use super::board_hooks::{use_board_runs, use_card_views, use_directory};
use super::board_notice::BoardNotice;
use super::board_toolbar::BoardToolbar;
use super::export_panel::ExportPanel;
use super::kickoff_panel::KickoffPanel;
use super::next_round::NextRoundConfirm;
use super::pair_card::PairCard;
use super::person_picker::PersonPicker;
use super::print_sheet::{use_print_view, PrintSheet};
use super::rematch_bar::{use_rematch_views, RematchBar};
use super::rounds_history::RoundsHistory;
use super::settings_form::SettingsForm;
use super::suggestions::Suggestions;
use super::unmatched_list::UnmatchedList;
use crate::app::hooks::{use_progressive, use_toggle};
use crate::app::Ctx;
use crate::i18n::{Key, Msg};
use crate::view::pairs::{suggestions, summary};
use crate::view::rounds::{next_round, rounds};
use crate::workflow::board::BoardAction;
use crate::workflow::session::Action;
use yew::prelude::*;

/// Cards shown before "show all": a room of 2,000 stays quick to render.
const FIRST_CARDS: usize = 60;
/// Cards (and people without a partner) drawn per task when a result is shown: a new
/// result's cards appear at once, the rest of them in the next tasks.
const DRAWN_PER_TASK: usize = 24;

#[derive(Properties, PartialEq)]
pub struct MatchBoardProps {
    pub ctx: Ctx,
}

#[function_component(MatchBoard)]
pub fn match_board(props: &MatchBoardProps) -> Html {
    let ctx = &props.ctx;
    let mover = use_state(|| None::<String>);
    let show_all = use_toggle(false);
    let confirm_next = use_toggle(false);
    let printing = use_state(|| None::<u32>);
    let session = &ctx.state.0;
    let board = &session.board;
    let computing = board.computing;

    use_board_runs(ctx);

    let lang = ctx.lang();
    let settings = session.cohort.as_ref().map(|c| board.settings(c));
    let people = use_directory(session.cohort.clone(), settings.clone(), lang);
    // The current result, if it belongs to this workshop.
    let current = session
        .cohort
        .as_ref()
        .and_then(|c| board.pairing_for(c).map(|_| ()))
        .and(board.pairing.clone());
    // The print view of the whole result, made again only when the result changes.
    let title = session
        .cohort
        .as_ref()
        .map(|c| c.workshop.title.get(lang).to_owned());
    let print = use_print_view(
        current.clone(),
        people.0.clone(),
        title.unwrap_or_default(),
        lang,
    );
    // The cards shown and the people without a partner, made again only when the result,
    // the people, the person being moved, the language or the number shown change (not
    // at every render of the console, e.g. after each save).
    let shown = current.as_ref().map_or(0, |p| {
        if show_all.is_on() {
            p.pairs.len()
        } else {
            p.pairs.len().min(FIRST_CARDS)
        }
    });
    let views = use_card_views(
        current.clone(),
        people.0.clone(),
        (*mover).clone(),
        lang,
        shown,
    );
    let rematch = use_rematch_views(
        current.clone(),
        session.cohort.clone(),
        board.rematch_marks.clone(),
        people.0.clone(),
        lang,
    );
    // A new result (or the board after a reload) is drawn a few cards per task; an edit
    // redraws only the cards it changed, all at once. The people without a partner follow
    // once the first cards are drawn ("show all" does not hide them again).
    let drawn = use_progressive(board.settled_runs(), shown, DRAWN_PER_TASK, DRAWN_PER_TASK);
    let people_total = if drawn >= shown.min(FIRST_CARDS) {
        views.1 .0.iter().map(|g| g.people.len()).sum()
    } else {
        0
    };
    let people_drawn = use_progressive(
        board.settled_runs(),
        people_total,
        DRAWN_PER_TASK,
        DRAWN_PER_TASK,
    );
    let (Some(cohort), Some(settings)) = (&session.cohort, settings) else {
        return html! {};
    };
    let (directory, movable) = (people.0.clone(), people.1.clone());
    let kept = use_memo((cohort.clone(), directory.clone(), lang), |(c, d, lang)| {
        rounds(c, &d.0, *lang)
    });
    let on_board = ctx.dispatcher().reform(Action::Board);
    let pairing = current.as_deref();

    let message = board.message.as_ref().map(|m| {
        html! { <BoardNotice ctx={ctx.clone()} message={m.clone()} directory={directory.clone()}
        busy={computing.is_some()} on_action={on_board.clone()} /> }
    });

    let on_mover = {
        let mover = mover.clone();
        Callback::from(move |value: String| mover.set((!value.is_empty()).then_some(value)))
    };

    let results = match &current {
        None if cohort.rounds.is_empty() => {
            html! { <p class="muted board-empty">{ ctx.t(Key::BoardEmpty) }</p> }
        }
        None => {
            let (round, kept) = (next_round(cohort), next_round(cohort) - 1);
            html! { <p class="muted board-empty">{ ctx.msg(&Msg::RoundNotMatched { round, kept }) }</p> }
        }
        Some(p) => {
            let cards = views
                .0
                .iter()
                .zip(&p.pairs)
                .zip(&rematch.0)
                .take(drawn)
                .map(|((card, pair), rematch)| {
                    let key = card.key.clone();
                    html! {
                        <PairCard {key} ctx={ctx.clone()} card={card.clone()} pair={pair.clone()}
                            want_weight={p.settings.want_weight} directory={directory.clone()} rematch={rematch.clone()}
                            busy={computing.is_some()} on_action={on_board.clone()} cohort={cohort.clone()} pairing={p.clone()} />
                    }
                });
            let more = (shown < p.pairs.len()).then(|| {
                html! { <button type="button" class="button" onclick={show_all.set(true)}>{ ctx.msg(&Msg::ShowAll { n: p.pairs.len() }) }</button> }
            });
            html! {
                <>
                    <div class="field board-mover">
                        <label for="board-mover">{ ctx.t(Key::BoardMoveLabel) }</label>
                        <PersonPicker id="board-mover" placeholder={ctx.t(Key::BoardChoose)} choices={movable.clone()}
                            value={(*mover).clone().unwrap_or_default()} onchange={on_mover} />
                    </div>
                    <ol class="pair-cards">{ for cards }</ol>
                    { for more }
                    if board.seeks_suggestions(cohort) {
                        <Suggestions ctx={ctx.clone()} suggestions={board.current_suggestions().map(|s| suggestions(s, lang))}
                            busy={computing.is_some()} on_action={on_board.clone()} />
                    }
                    <UnmatchedList ctx={ctx.clone()} groups={views.1.clone()} drawn={people_drawn} />
                    <ExportPanel ctx={ctx.clone()} cohort={cohort.clone()} pairing={p.clone()} />
                    <KickoffPanel ctx={ctx.clone()} cohort={cohort.clone()} pairing={p.clone()} directory={directory.clone()} />
                    <PrintSheet ctx={ctx.clone()} view={print.clone()} active={printing.is_none()} />
                </>
            }
        }
    };

    html! {
        <section class="card match-board" aria-labelledby="board-title" aria-busy={computing.is_some().to_string()}>
            <h2 id="board-title">{ ctx.t(Key::BoardTitle) }</h2>
            <SettingsForm ctx={ctx.clone()} settings={settings.clone()} directory={directory.clone()}
                disabled={computing.is_some()} on_edit={on_board.reform(BoardAction::EditSettings)} />
            <BoardToolbar ctx={ctx.clone()} summary={pairing.map(|p| summary(p, lang))} computing={computing.is_some()}
                can_undo={board.can_undo()} can_redo={board.can_redo()} enough={cohort.responses.len() >= 2}
                on_action={on_board.clone()} on_next={confirm_next.flip()} />
            <RematchBar ctx={ctx.clone()} offer={rematch.1.clone()} other_rounds={rematch.2.clone()} busy={computing.is_some()}
                on_action={on_board.clone()} />
            if let (true, Some(p)) = (confirm_next.is_on(), &current) {
                <NextRoundConfirm ctx={ctx.clone()} cohort={cohort.clone()} pairing={p.clone()} on_action={on_board.clone()}
                    on_close={confirm_next.set(false)} />
            }
            { for message }
            { results }
            <RoundsHistory ctx={ctx.clone()} cohort={cohort.clone()} rounds={kept.clone()} directory={directory.0.clone()}
                printing={*printing} on_print={Callback::from(move |r| printing.set(r))} />
        </section>
    }
}
