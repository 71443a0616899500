//! The matching board: settings, Match / Re-run, the result as pair cards with their
//! edits, and the people without a partner. It owns the run: when the board's state
//! says a run is pending, an effect starts it (in a worker for large cohorts) and the
//! effect's clean-up cancels it (the handle is dropped when the run is no longer
//! pending, e.g. after Cancel). What it shows comes from [`crate::view::pairs`].

use super::board_notice::BoardNotice;
use super::board_toolbar::BoardToolbar;
use super::export_panel::ExportPanel;
use super::kickoff_panel::KickoffPanel;
use super::next_round::NextRoundConfirm;
use super::pair_card::PairCard;
use super::person_picker::PersonPicker;
use super::print_sheet::PrintSheet;
use super::rounds_history::RoundsHistory;
use super::settings_form::SettingsForm;
use super::suggestions::Suggestions;
use super::unmatched_list::UnmatchedList;
use crate::app::hooks::{use_progressive, use_toggle, Shared};
use crate::app::match_worker;
use crate::app::{AppAction, Ctx};
use crate::i18n::{Key, Msg};
use crate::view::pairs::{pair_card, print_view, suggestions, summary, unmatched_groups};
use crate::view::people::Directory;
use crate::view::rounds::{next_round, rounds};
use crate::workflow::board::BoardAction;
use crate::workflow::session::Action;
use std::rc::Rc;
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

    // Start the pending run; dropping the handle (the run finished, was cancelled or
    // superseded, or the board left the page) cancels it.
    {
        let state = ctx.state.clone();
        use_effect_with(computing, move |computing| {
            let handle = match (*computing, &state.0.cohort) {
                (Some(run), Some(cohort)) => {
                    let request = state.0.board.run_request(cohort);
                    let dispatch = state.clone();
                    let on_action = Callback::from(move |a: BoardAction| {
                        dispatch.dispatch(AppAction::Do(Action::Board(a)))
                    });
                    Some(match_worker::start_run(run, request, on_action))
                }
                _ => None,
            };
            move || drop(handle)
        });
    }
    // Work out the suggestions for the pairing on the board when it leaves people without
    // a partner (not while a run is pending; a new pairing drops them).
    {
        let state = ctx.state.clone();
        let key = (
            board.suggest_key,
            computing.is_some(),
            board.current_suggestions().is_some(),
        );
        use_effect_with(key, move |(_, busy, known)| {
            let request = match (&state.0.cohort, *busy || *known) {
                (Some(cohort), false) => state.0.board.suggestion_request(cohort),
                _ => None,
            };
            let handle = request.map(|request| {
                let dispatch = state.clone();
                let on_action = Callback::from(move |a: BoardAction| {
                    dispatch.dispatch(AppAction::Do(Action::Board(a)))
                });
                match_worker::start_suggestions(request, on_action)
            });
            move || drop(handle)
        });
    }

    // Who is who, and who can be moved: made again only when the answers, the settings
    // or the language change (a room of 2,000 is not re-sorted at every render).
    let lang = ctx.lang();
    let settings = session.cohort.as_ref().map(|c| board.settings(c));
    let people = use_memo(
        (session.cohort.clone(), settings.clone(), lang),
        |(cohort, settings, lang)| {
            let directory = match (cohort, settings) {
                (Some(c), Some(s)) => Directory::new(c, s, *lang),
                _ => Directory::default(),
            };
            let movable = std::rc::Rc::new(directory.movable());
            (Shared::new(directory), movable)
        },
    );
    // The current result, if it belongs to this workshop.
    let current = session
        .cohort
        .as_ref()
        .and_then(|c| board.pairing_for(c).map(|_| ()))
        .and(board.pairing.clone());
    // The print view of the whole result, made again only when the result changes.
    let print = {
        let title = session
            .cohort
            .as_ref()
            .map(|c| c.workshop.title.get(lang).to_owned())
            .unwrap_or_default();
        use_memo(
            (current.clone(), people.0.clone(), title, lang),
            |(pairing, directory, title, lang)| {
                Rc::new(
                    pairing
                        .as_ref()
                        .map(|p| print_view(title, p, directory, *lang))
                        .unwrap_or_default(),
                )
            },
        )
    };
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
    let views = use_memo(
        (
            current.clone(),
            people.0.clone(),
            (*mover).clone(),
            lang,
            shown,
        ),
        |(p, dir, mover, lang, shown)| {
            let Some(p) = p else {
                return (Vec::new(), Shared::new(Vec::new()));
            };
            let cards = p
                .pairs
                .iter()
                .take(*shown)
                .map(|pair| pair_card(pair, p, dir, mover.as_deref(), *lang));
            (
                cards.collect::<Vec<_>>(),
                Shared::new(unmatched_groups(p, dir, *lang)),
            )
        },
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
            let cards = views.0.iter().zip(&p.pairs).take(drawn).map(|(card, pair)| {
                let key = card.key.clone();
                html! {
                    <PairCard {key} ctx={ctx.clone()} card={card.clone()} pair={pair.clone()}
                        want_weight={p.settings.want_weight} directory={directory.clone()}
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
                    <PrintSheet ctx={ctx.clone()} view={(*print).clone()} active={printing.is_none()} />
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
