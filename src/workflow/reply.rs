//! The matching worker's reply in parts, so that the page reads a large result a slice at
//! a time, each slice in a task of its own, instead of parsing a whole pairing of 2,000
//! people in one go.
//!
//! The reply is one JSON document a line ([`super::sliced`]): first the outcome,
//! `Result<Pairing, RunError>`, with the pairing's pairs and unmatched people left out,
//! then those a slice a line. [`Reader`] puts them back together; whatever cannot be
//! read makes the run fail with [`PlumbingStage::ReplyRead`], never a panic.

use super::board::{
    plumbing, run, suggest, BoardAction, PlumbingStage, RunError, RunRequest, SuggestRequest,
};
use super::sliced::{pairing_head, pairing_part_lines, read_pairing_part};
use crate::document::model::Pairing;

/// What the matching worker does: the JSON [`RunRequest`] in, the reply as lines out. A
/// request that cannot be read gives an error reply rather than a panic.
pub fn run_lines(request: &str) -> String {
    let reply = serde_json::from_str::<RunRequest>(request)
        .map_err(|e| plumbing(PlumbingStage::Request, e))
        .and_then(|r| run(&r));
    write_lines(reply)
        .or_else(|e| {
            serde_json::to_string(&Err::<Pairing, RunError>(plumbing(
                PlumbingStage::ReplyWrite,
                e,
            )))
        })
        .unwrap_or_default()
}

/// What starts a worker request for suggestions (any other request is a run).
pub const SUGGEST_PREFIX: &str = "suggest:";

/// What the matching worker answers: [`run_lines`] for a run, the suggestions (JSON) for
/// a request that starts with [`SUGGEST_PREFIX`].
pub fn answer(request: &str) -> String {
    match request.strip_prefix(SUGGEST_PREFIX) {
        Some(rest) => {
            let suggestions =
                match serde_json::from_str::<SuggestRequest>(rest).map(|r| suggest(&r)) {
                    Ok(BoardAction::SuggestionsReady { suggestions, .. }) => suggestions,
                    _ => Vec::new(),
                };
            serde_json::to_string(&suggestions).unwrap_or_default()
        }
        None => run_lines(request),
    }
}

/// The request [`answer`] reads as suggestions.
pub fn suggest_request(request: &SuggestRequest) -> String {
    format!(
        "{SUGGEST_PREFIX}{}",
        serde_json::to_string(request).unwrap_or_default()
    )
}

/// The board's action for [`answer`]'s reply to a suggestion request for `key` (none
/// when it cannot be read: suggestions are a help, their absence loses nothing).
pub fn suggestions_action(key: u32, reply: &str) -> BoardAction {
    BoardAction::SuggestionsReady {
        key,
        suggestions: serde_json::from_str(reply).unwrap_or_default(),
    }
}

fn write_lines(reply: Result<Pairing, RunError>) -> Result<String, serde_json::Error> {
    let mut out = serde_json::to_string(&reply.as_ref().map(pairing_head))?;
    if let Ok(pairing) = &reply {
        for line in pairing_part_lines(pairing) {
            out.push('\n');
            out.push_str(&line);
        }
    }
    Ok(out)
}

/// Reads a reply of [`run_lines`] back, a line at a time: [`Reader::new`] with the first
/// line, [`Reader::feed`] with each next one, then [`Reader::finish`] for the board.
#[derive(Debug)]
pub struct Reader {
    run: u32,
    /// The pairing read so far, or the action the reply already ended in (a failure).
    read: Result<Pairing, BoardAction>,
}

fn unreadable(run: u32, e: serde_json::Error) -> BoardAction {
    BoardAction::RunFailed {
        run,
        error: plumbing(PlumbingStage::ReplyRead, e),
    }
}

impl Reader {
    /// Starts from the reply's first line, the outcome, for run number `run`.
    pub fn new(run: u32, first: &str) -> Reader {
        let read = match serde_json::from_str::<Result<Pairing, RunError>>(first) {
            Ok(Ok(pairing)) => Ok(pairing),
            Ok(Err(error)) => Err(BoardAction::RunFailed { run, error }),
            Err(e) => Err(unreadable(run, e)),
        };
        Reader { run, read }
    }

    /// Reads one more line (nothing once the reply failed).
    pub fn feed(&mut self, line: &str) {
        let Ok(pairing) = &mut self.read else { return };
        if let Err(e) = read_pairing_part(pairing, line) {
            self.read = Err(unreadable(self.run, e));
        }
    }

    /// The action for the board: the result, or why the run failed.
    pub fn finish(self) -> BoardAction {
        match self.read {
            Ok(pairing) => BoardAction::ResultReady {
                run: self.run,
                pairing,
            },
            Err(action) => action,
        }
    }
}

/// Reads a whole reply at once.
pub fn reply_action(run: u32, reply: &str) -> BoardAction {
    let mut lines = reply.split('\n');
    let mut reader = Reader::new(run, lines.next().unwrap_or_default());
    lines.for_each(|line| reader.feed(line));
    reader.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::{Lang, MatchingMode};
    use crate::matching::match_cohort;
    use crate::workflow::board::{Board, BoardMessage};
    use std::rc::Rc;

    const NOW: &str = "2026-11-26T09:00:00Z";

    fn request(n: usize, mode: MatchingMode) -> (Rc<crate::document::model::Cohort>, RunRequest) {
        let cohort = Rc::new(demo_cohort(n, 2, Lang::En, NOW));
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = mode;
        let mut board = Board::default();
        board.settings = Some(settings);
        let request = board.run_request(&cohort);
        (cohort, request)
    }

    #[test]
    fn suggestions_through_the_worker_are_the_boards_own() {
        let cohort = Rc::new(demo_cohort(40, 5, Lang::Ja, NOW));
        let mut board = Board::default();
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = MatchingMode::Reverse;
        settings.mentor_capacity = 1;
        board.settings = Some(settings.clone());
        let pairing = match_cohort(&cohort, &settings).unwrap();
        let mut shared = cohort.clone();
        board.apply(&mut shared, BoardAction::StartRun);
        board.apply(&mut shared, BoardAction::ResultReady { run: 0, pairing });
        let request = board
            .suggestion_request(&cohort)
            .expect("people are left without a partner");
        let direct = crate::workflow::board::suggest(&request);
        let through = suggestions_action(request.key, &answer(&suggest_request(&request)));
        assert_eq!(through, direct);
        let BoardAction::SuggestionsReady { suggestions, .. } = through else {
            unreachable!()
        };
        assert!(!suggestions.is_empty());
        // A reply that cannot be read gives none rather than a failure.
        assert_eq!(
            suggestions_action(3, "{"),
            BoardAction::SuggestionsReady {
                key: 3,
                suggestions: vec![]
            }
        );
        assert_eq!(answer("suggest:{"), "[]");
    }

    #[test]
    fn a_run_through_lines_gives_the_engines_result() {
        // Large enough for several slices of pairs and of unmatched people.
        for (n, mode) in [
            (12, MatchingMode::Reverse),
            (450, MatchingMode::Reverse),
            (301, MatchingMode::Mutual),
        ] {
            let (cohort, request) = request(n, mode);
            let reply = run_lines(&serde_json::to_string(&request).unwrap());
            let expected = match_cohort(&cohort, &request.settings).unwrap();
            let lines = reply.lines().count();
            let slices = |n: usize| n.div_ceil(crate::workflow::sliced::PAIRS_PER_LINE);
            assert_eq!(
                lines,
                1 + slices(expected.pairs.len()) + slices(expected.unmatched.len())
            );
            assert_eq!(
                reply_action(4, &reply),
                BoardAction::ResultReady {
                    run: 4,
                    pairing: expected
                }
            );
        }
    }

    #[test]
    fn errors_come_back_as_errors_never_as_panics() {
        let (mut cohort, mut request) = request(12, MatchingMode::Reverse);
        request.settings.locked_pairs = vec![["nobody".into(), "p001".into()]];
        let mut board = Board::default();
        board.apply(&mut cohort, BoardAction::StartRun);
        board.apply(
            &mut cohort,
            reply_action(
                board.computing.unwrap(),
                &run_lines(&serde_json::to_string(&request).unwrap()),
            ),
        );
        let Some(BoardMessage::RunFailed(error)) = &board.message else {
            panic!("{:?}", board.message)
        };
        let name = |id: &str| id.to_owned();
        assert!(crate::i18n::run_error(Lang::En, error, &name).contains("'nobody'"));
        assert!(crate::i18n::run_error(Lang::Ja, error, &name).contains("「nobody」"));
        assert!(matches!(
            reply_action(9, &run_lines("not json")),
            BoardAction::RunFailed {
                error: RunError::Plumbing {
                    stage: PlumbingStage::Request,
                    ..
                },
                ..
            }
        ));
    }

    #[test]
    fn a_broken_line_fails_the_run() {
        let (_, request) = request(450, MatchingMode::Reverse);
        let reply = run_lines(&serde_json::to_string(&request).unwrap());
        let mut lines: Vec<&str> = reply.lines().collect();
        for broken in ["", "{\"pairs\":[{}]}", "{\"other\":[]}", "[1"] {
            lines[2] = broken;
            assert!(matches!(
                reply_action(1, &lines.join("\n")),
                BoardAction::RunFailed {
                    run: 1,
                    error: RunError::Plumbing {
                        stage: PlumbingStage::ReplyRead,
                        ..
                    }
                }
            ));
        }
        assert!(matches!(reply_action(1, ""), BoardAction::RunFailed { .. }));
    }
}
