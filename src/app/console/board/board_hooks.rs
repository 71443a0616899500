//! The board's hooks. Its background work: the pending run (in a worker for large
//! cohorts) and the suggestions for a pairing that leaves people without a partner — the
//! board's state says what is pending; an effect starts it, and the effect's clean-up
//! cancels it (the handle is dropped when it is no longer pending, e.g. after Cancel).
//! And its view models, each made again only when what it is made of changes.

use crate::app::hooks::Shared;
use crate::app::match_worker;
use crate::app::{AppAction, Ctx};
use crate::document::model::{Cohort, Lang, MatchingSettings, Pairing};
use crate::view::pairs::{pair_card, unmatched_groups, PairCard, UnmatchedGroup};
use crate::view::people::{Choice, Directory};
use crate::workflow::board::BoardAction;
use crate::workflow::session::Action;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_board_runs(ctx: &Ctx) {
    let board = &ctx.state.0.board;
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
}

/// Who is who, and who can be moved: made again only when the answers, the settings or
/// the language change (a room of 2,000 is not re-sorted at every render).
#[hook]
pub fn use_directory(
    cohort: Option<Rc<Cohort>>,
    settings: Option<MatchingSettings>,
    lang: Lang,
) -> Rc<(Shared<Directory>, Rc<Vec<Choice>>)> {
    use_memo((cohort, settings, lang), |(cohort, settings, lang)| {
        let directory = match (cohort, settings) {
            (Some(c), Some(s)) => Directory::new(c, s, *lang),
            _ => Directory::default(),
        };
        let movable = std::rc::Rc::new(directory.movable());
        (Shared::new(directory), movable)
    })
}

/// The cards shown and the people without a partner, made again only when the result,
/// the people, the person being moved, the language or the number shown change (not at
/// every render of the console, e.g. after each save).
#[hook]
pub fn use_card_views(
    current: Option<Rc<Pairing>>,
    directory: Shared<Directory>,
    mover: Option<String>,
    lang: Lang,
    shown: usize,
) -> Rc<(Vec<PairCard>, Shared<Vec<UnmatchedGroup>>)> {
    use_memo(
        (current, directory, mover, lang, shown),
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
    )
}
