//! The matching board: what the facilitator sees and adjusts in the console after the
//! answers are in — the settings being edited ([`Board::settings`]), the current
//! [`Pairing`], and the edits on it (lock, break, move, re-run, next round, re-match) with
//! undo and redo ([`BoardAction`], [`Board::apply`]). Re-matching — which pairs are marked,
//! the run that breaks them, its result completed — is [`crate::workflow::rematch`].
//!
//! Running the engine is not done here: on [`BoardAction::StartRun`] the board only
//! records that a run is pending (`computing`); the shell computes
//! [`Board::run_input`]'s settings with [`crate::matching::match_cohort`] — in a Web
//! Worker for large cohorts, inline for small ones — and hands the result back as
//! [`BoardAction::ResultReady`]. A result whose run was cancelled or superseded is
//! ignored, so a late worker can never overwrite a newer state.
//!
//! Edits by hand are scored by [`crate::matching::regroup`], the engine's own scorer, so
//! a moved person's pair shows the points the engine would give it.
//!
//! How a move works ("move X to this pair"):
//! - mutual mode: X joins the pair, which becomes a trio (a trio takes nobody more);
//! - reverse mode: only mentees move. X becomes the pair's mentor's mentee: in a new pair
//!   of theirs when the mentor has a free place, else in place of the pair's mentee, who
//!   is set aside.
//!
//! In both, the group X leaves keeps its other members if two remain; a lone member is
//! set aside ([`crate::document::model::UnmatchedReason::SetAside`]).
//!
//! Pure: no browser, no clock; the undo stacks are not persisted.

use crate::document::model::{
    Cohort, MatchingMode, MatchingSettings, Objective, Pairing, Role, Strictness,
};
use crate::document::validate::{MAX_MENTOR_CAPACITY, MAX_MIN_GENERATION_DISTANCE};
use crate::matching::regroup::{self, Group};
use crate::matching::suggest::{self, Alternative, Suggestion};
use crate::matching::MatchError;
use crate::workflow::rematch::{self, RematchMark, RematchOutcome, RematchRun};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// How many edits can be undone.
pub const MAX_UNDO: usize = 30;

/// Why a matching run gave no pairing. Plain data, so that it crosses a worker boundary
/// as JSON and is worded (with people's names) in whichever language is chosen later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RunError {
    /// The engine refused the cohort or the settings.
    Engine(MatchError),
    /// A request or reply between the page and the worker did not parse: a bug, or an app
    /// and a worker from different builds. `detail` is the parser's own words.
    Plumbing {
        stage: PlumbingStage,
        detail: String,
    },
}

/// Where the worker's plumbing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlumbingStage {
    /// The worker could not read the request.
    Request,
    /// The worker could not write its reply.
    ReplyWrite,
    /// The page could not read the worker's reply.
    ReplyRead,
}

/// A message about the board, shown on the board until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoardMessage {
    /// The run failed: the engine refused the settings, or the worker's plumbing broke.
    RunFailed(RunError),
    /// Web Workers are unavailable here: matching ran on the page itself.
    WorkerUnavailable,
    /// The run was cancelled; the previous result is kept.
    Cancelled,
    /// Mutual mode: a trio takes nobody more.
    GroupFull,
    /// Reverse mode: mentors stay with their pairs; move mentees.
    MoveMentees,
    /// Undo or redo had nothing to restore.
    NothingToUndo,
    /// Moving `moved` (a participant id) dissolved the pairs numbered `dissolved` and left
    /// `set_aside` (ids) without a partner; Undo puts them back. Said as the move happens.
    MoveSetAside {
        moved: String,
        dissolved: Vec<u32>,
        set_aside: Vec<String>,
    },
    /// A re-run found the very pairs already on the board: nothing better exists with
    /// these settings.
    SameResult,
    // Re-matching (issue 11 §5, `super::rematch`).
    /// Re-matching was asked for with no pair marked.
    RematchNothingMarked,
    /// A re-match ran: who has a new partner, who could not be re-paired and why.
    Rematched(RematchOutcome),
}

impl BoardMessage {
    /// Whether the message reports on the last change (and goes with the next one).
    fn is_feedback(&self) -> bool {
        matches!(
            self,
            BoardMessage::MoveSetAside { .. }
                | BoardMessage::SameResult
                | BoardMessage::Rematched(_)
        )
    }
}

/// What one undo step restores: the pairing on the board and how many rounds were kept.
/// Rounds only ever change by one [`BoardAction::NextRound`], which keeps the pairing of
/// the step before as the new round, so the count is enough to restore them. A step of
/// an applied suggestion also restores the settings it changed.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    pairing: Option<Rc<Pairing>>,
    rounds: usize,
    settings: Option<MatchingSettings>,
}

/// The board's state. Only `settings` and `pairing` are kept across reloads.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Board {
    /// The settings being edited; `None` until the facilitator changes one (then the
    /// workshop's own apply).
    #[serde(default)]
    pub settings: Option<MatchingSettings>,
    /// The current round's pairing, as computed and then adjusted; shared, so that the
    /// session and its undo steps hold one copy of a large room's pairing.
    #[serde(default)]
    pub pairing: Option<Rc<Pairing>>,
    /// The pending run, if any: its number (see [`Board::next_run`]).
    #[serde(skip)]
    pub computing: Option<u32>,
    /// The number the next run gets; results of other runs are ignored.
    #[serde(skip)]
    next_run: u32,
    #[serde(skip)]
    pub message: Option<BoardMessage>,
    #[serde(skip)]
    undo: Vec<Step>,
    #[serde(skip)]
    redo: Vec<Step>,
    /// The settings before an applied suggestion, while its run is pending: its result's
    /// undo step restores them, a failed or cancelled run puts them back.
    #[serde(skip)]
    settings_before_run: Option<MatchingSettings>,
    /// Changes whenever the pairing on the board does: names the pairing that
    /// [`Board::suggestions`] were computed for.
    #[serde(skip)]
    pub suggest_key: u32,
    /// Ways to pair more people, for the pairing of [`Board::suggest_key`] then.
    #[serde(skip)]
    pub suggestions: Option<(u32, Vec<Suggestion>)>,
    /// Re-matching: the facilitator's marks on pairs ([`rematch::toggle`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rematch_marks: Vec<RematchMark>,
    /// Re-matching: the re-match whose run is pending, if the pending run is one.
    #[serde(skip)]
    rematching: Option<Rc<RematchRun>>,
}

/// One change to the settings of the next run, applied to the current settings in the
/// reducer (two quick changes in one frame must both survive). Values out of range are
/// brought into it here, the one place the bounds are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsEdit {
    Mode(MatchingMode),
    Objective(Objective),
    /// Mentees per mentor: 1 to [`MAX_MENTOR_CAPACITY`].
    MentorCapacity(u32),
    SameDepartment(Strictness),
    /// 0 (no limit) to [`MAX_MIN_GENERATION_DISTANCE`].
    MinGenerationDistance(u32),
    /// Two different people who must never be paired (ignored when already listed).
    AddNeverPair([String; 2]),
    /// The never-pair entry at this position.
    RemoveNeverPair(usize),
}

impl SettingsEdit {
    /// `settings` with this edit.
    pub fn apply(&self, mut settings: MatchingSettings) -> MatchingSettings {
        match self {
            SettingsEdit::Mode(mode) => settings.mode = *mode,
            SettingsEdit::Objective(objective) => settings.objective = *objective,
            SettingsEdit::MentorCapacity(n) => {
                settings.mentor_capacity = (*n).clamp(1, MAX_MENTOR_CAPACITY)
            }
            SettingsEdit::SameDepartment(strictness) => {
                settings.same_department.strictness = *strictness
            }
            SettingsEdit::MinGenerationDistance(n) => {
                settings.min_generation_distance = (*n).min(MAX_MIN_GENERATION_DISTANCE)
            }
            SettingsEdit::AddNeverPair([a, b]) => {
                let known = settings
                    .never_pair
                    .iter()
                    .any(|[x, y]| (x == a && y == b) || (x == b && y == a));
                if !a.is_empty() && !b.is_empty() && a != b && !known {
                    settings.never_pair.push([a.clone(), b.clone()]);
                }
            }
            SettingsEdit::RemoveNeverPair(i) => {
                if *i < settings.never_pair.len() {
                    settings.never_pair.remove(*i);
                }
            }
        }
        settings
    }
}

/// The facilitator's intents on the board. Pairs are named by their members.
#[derive(Debug, Clone, PartialEq)]
pub enum BoardAction {
    /// Replace the settings for the next run (the current result stays until then).
    SetSettings(MatchingSettings),
    /// Change one setting for the next run.
    EditSettings(SettingsEdit),
    /// Ask for a run; the shell answers with [`BoardAction::ResultReady`] or
    /// [`BoardAction::RunFailed`] for run number `computing`.
    StartRun,
    ResultReady {
        run: u32,
        pairing: Pairing,
    },
    RunFailed {
        run: u32,
        error: RunError,
    },
    /// A result this tab accepted, replayed on a newer stored state (see
    /// [`crate::workflow::session::Session::rebase`]): taken whatever the run. Shared
    /// with the board, so recording it copies nothing.
    Adopt(Rc<Pairing>),
    /// Stop waiting for the pending run; the previous result stays.
    Cancel,
    /// The shell could not start a worker and computes on the page instead.
    WorkerUnavailable,
    Lock {
        members: Vec<String>,
    },
    Unlock {
        members: Vec<String>,
    },
    /// Dissolve a pair; its members are set aside until a re-run.
    Break {
        members: Vec<String>,
    },
    /// Move `person` into the pair `into` (see the module documentation).
    Move {
        person: String,
        into: Vec<String>,
    },
    /// Keep the current pairing as a finished round; the next run avoids its partners.
    NextRound,
    /// Change the settings as a suggestion says and run again; one undo restores both
    /// the pairing and the settings.
    ApplySuggestion(Alternative),
    /// The suggestions for the pairing of `key` ([`Board::suggest_key`]).
    SuggestionsReady {
        key: u32,
        suggestions: Vec<Suggestion>,
    },
    Undo,
    Redo,
    DismissMessage,
    // Re-matching (issue 11 §5, `super::rematch`).
    /// Mark the pair `members` to be re-matched, or keep it although a follow-up asks.
    ToggleRematch {
        members: Vec<String>,
    },
    /// Break the marked pairs and pair their members again, among themselves and with
    /// everyone without a partner, every other pair kept and locked; one undo restores
    /// the pairing. Runs like [`BoardAction::StartRun`].
    Rematch,
}

impl Board {
    /// The settings the next run uses, before locks: the edited ones, else the workshop's.
    pub fn settings(&self, cohort: &Cohort) -> MatchingSettings {
        self.settings
            .clone()
            .unwrap_or_else(|| cohort.workshop.matching.clone())
    }

    /// The current pairing if it belongs to this cohort's workshop.
    pub fn pairing_for(&self, cohort: &Cohort) -> Option<&Pairing> {
        self.pairing
            .as_deref()
            .filter(|p| p.workshop_id == cohort.workshop.id)
    }

    /// The settings for a run: [`Board::settings`], whose own `locked_pairs` (the
    /// workshop's) hold for the first run exactly as in the CLI; once a pairing of the same
    /// mode is on the board its locked pairs are the locks (they started as the workshop's,
    /// and the facilitator may since have unlocked or added some). A pairing of another
    /// mode lends no locks: a mutual pair is not a mentor–mentee pair.
    pub fn run_input(&self, cohort: &Cohort) -> MatchingSettings {
        self.input_for(cohort, self.settings(cohort))
    }

    /// [`Board::run_input`] had the settings been `settings`.
    fn input_for(&self, cohort: &Cohort, mut settings: MatchingSettings) -> MatchingSettings {
        if let Some(p) = self.pairing_for(cohort).filter(|p| p.mode == settings.mode) {
            settings.locked_pairs = p
                .pairs
                .iter()
                .filter(|p| p.locked)
                .map(|p| [p.members[0].clone(), p.members[1].clone()])
                .collect();
        }
        settings
    }

    /// The number of runs that were started and have ended (with a result, a failure or
    /// a cancel): it changes when a new result may be shown, and not with an edit.
    pub fn settled_runs(&self) -> u32 {
        self.next_run - u32::from(self.computing.is_some())
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What a suggestion needs computed, when the pairing on the board leaves people
    /// without a partner whom other settings might pair: each alternative with the exact
    /// settings its run would use (see [`Board::run_input`]).
    pub fn suggestion_request(&self, cohort: &Rc<Cohort>) -> Option<SuggestRequest> {
        let pairing = self.pairing_for(cohort)?;
        let settings = self.settings(cohort);
        let tries: Vec<(Alternative, MatchingSettings)> = suggest::candidates(&settings, pairing)
            .into_iter()
            .map(|a| (a, self.input_for(cohort, a.apply(settings.clone()))))
            .collect();
        (!tries.is_empty()).then(|| SuggestRequest {
            key: self.suggest_key,
            cohort: cohort.clone(),
            tries,
            paired_now: suggest::paired(pairing),
        })
    }

    /// Whether the pairing on the board leaves people whom other settings might pair (what
    /// [`Board::suggestion_request`] asks about, without building the request).
    pub fn seeks_suggestions(&self, cohort: &Cohort) -> bool {
        self.pairing_for(cohort)
            .is_some_and(|p| !suggest::candidates(&self.settings(cohort), p).is_empty())
    }

    /// The suggestions for the pairing on the board, once computed.
    pub fn current_suggestions(&self) -> Option<&[Suggestion]> {
        self.suggestions
            .as_ref()
            .filter(|(k, _)| *k == self.suggest_key)
            .map(|(_, s)| s.as_slice())
    }

    /// Remembers the present state for undo, before an edit (the pairing changes: its
    /// suggestions no longer hold, nor does a message about the last change).
    fn remember(&mut self, cohort: &Cohort) {
        self.suggest_key = self.suggest_key.wrapping_add(1);
        self.clear_feedback();
        let settings = self.settings_before_run.take();
        self.undo.push(Step {
            pairing: self.pairing.clone(),
            rounds: cohort.rounds.len(),
            settings,
        });
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Applies `action`. The cohort is shared: it is copied (once) only by the actions
    /// that change its rounds.
    pub fn apply(&mut self, cohort: &mut Rc<Cohort>, action: BoardAction) {
        match action {
            BoardAction::SetSettings(settings) => self.settings = Some(settings),
            BoardAction::EditSettings(edit) => {
                self.settings = Some(edit.apply(self.settings(cohort)))
            }
            BoardAction::StartRun => {
                self.computing = Some(self.next_run);
                self.next_run += 1;
                self.rematching = None;
                if self.message == Some(BoardMessage::Cancelled) {
                    self.message = None;
                }
            }
            BoardAction::ResultReady { run, pairing } => {
                let current = self.computing == Some(run);
                if let Some(r) = self.rematching.take_if(|_| current) {
                    let (pairing, outcome) = rematch::finish(cohort, &r, pairing);
                    self.remember(cohort);
                    self.pairing = Some(Rc::new(pairing));
                    self.computing = None;
                    self.message = Some(BoardMessage::Rematched(outcome));
                } else if current {
                    let same = self
                        .pairing_for(cohort)
                        .filter(|p| p.round == pairing.round && same_groups(p, &pairing));
                    let unchanged =
                        same.is_some_and(|p| *p == pairing) && self.settings_before_run.is_none();
                    let same = same.is_some();
                    if !unchanged {
                        self.remember(cohort);
                        self.pairing = Some(Rc::new(pairing));
                    }
                    self.computing = None;
                    if matches!(self.message, Some(BoardMessage::RunFailed(_))) || same {
                        self.message = same.then_some(BoardMessage::SameResult);
                    }
                }
            }
            BoardAction::Adopt(pairing) => {
                self.remember(cohort);
                self.pairing = Some(pairing);
            }
            BoardAction::RunFailed { run, error } => {
                if self.computing == Some(run) {
                    self.computing = None;
                    self.rematching = None;
                    self.put_back_settings();
                    self.message = Some(BoardMessage::RunFailed(error));
                }
            }
            BoardAction::Cancel => {
                self.rematching = None;
                if self.computing.take().is_some() {
                    self.put_back_settings();
                    self.message = Some(BoardMessage::Cancelled);
                }
            }
            BoardAction::WorkerUnavailable => self.message = Some(BoardMessage::WorkerUnavailable),
            BoardAction::Lock { members } => self.edit(cohort, |_, groups| {
                set_locked(groups, &members, true);
                None
            }),
            BoardAction::Unlock { members } => self.edit(cohort, |_, groups| {
                set_locked(groups, &members, false);
                None
            }),
            BoardAction::Break { members } => self.edit(cohort, |_, groups| {
                groups.retain(|g| g.members != members);
                None
            }),
            BoardAction::Move { person, into } => {
                let before = self.pairing.clone();
                self.edit(cohort, |ctx, groups| {
                    move_person(ctx, groups, &person, &into)
                });
                if let (Some(before), Some(after)) = (before, &self.pairing) {
                    if !Rc::ptr_eq(&before, after) {
                        self.message =
                            set_aside_by_move(&before, after, &person).or(self.message.take());
                    }
                }
            }
            BoardAction::NextRound => {
                if self.pairing_for(cohort).is_none() || self.computing.is_some() {
                    return;
                }
                self.remember(cohort);
                if let Some(pairing) = self.pairing.take() {
                    keep_round(cohort, &pairing);
                }
            }
            BoardAction::ApplySuggestion(alternative) => {
                if self.pairing_for(cohort).is_none() || self.computing.is_some() {
                    return;
                }
                let before = self.settings(cohort);
                self.settings = Some(alternative.apply(before.clone()));
                self.settings_before_run = Some(before);
                self.apply(cohort, BoardAction::StartRun);
            }
            BoardAction::SuggestionsReady { key, suggestions } => {
                if key == self.suggest_key {
                    self.suggestions = Some((key, suggestions));
                }
            }
            BoardAction::Undo => self.restore(cohort, true),
            BoardAction::Redo => self.restore(cohort, false),
            BoardAction::DismissMessage => self.message = None,
            BoardAction::ToggleRematch { members } => {
                if let Some(pairing) = self.pairing_for(cohort).cloned() {
                    rematch::toggle(&mut self.rematch_marks, cohort, &pairing, &members);
                }
            }
            BoardAction::Rematch => self.start_rematch(cohort),
        }
    }

    /// The marks of the pairs on the board ([`rematch::marks`]), if there is a pairing.
    pub fn pair_marks(&self, cohort: &Cohort) -> Option<rematch::Marks> {
        let pairing = self.pairing_for(cohort)?;
        Some(rematch::marks(cohort, pairing, &self.rematch_marks))
    }

    /// [`BoardAction::Rematch`]: the run of the marked pairs, or a message that none is.
    fn start_rematch(&mut self, cohort: &mut Rc<Cohort>) {
        let (Some(base), None) = (self.pairing.clone(), self.computing) else {
            return;
        };
        let Some(marks) = self.pair_marks(cohort) else {
            return;
        };
        match rematch::start(cohort, &base, self.settings(cohort), &marks) {
            Some(run) => {
                self.apply(cohort, BoardAction::StartRun);
                self.rematching = Some(Rc::new(run));
            }
            None => self.message = Some(BoardMessage::RematchNothingMarked),
        }
    }

    fn restore(&mut self, cohort: &mut Rc<Cohort>, undo: bool) {
        let settings_now = self.settings(cohort);
        let (from, to) = if undo {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(step) = from.pop() else {
            self.message = Some(BoardMessage::NothingToUndo);
            return;
        };
        // The other stack's step restores the settings too when this one changes them.
        let settings = step.settings.is_some().then_some(settings_now);
        let now = Step {
            pairing: self.pairing.take(),
            rounds: cohort.rounds.len(),
            settings,
        };
        if step.rounds < now.rounds {
            // Undoing a "next round": the kept round goes (it is the step's pairing).
            Rc::make_mut(cohort).rounds.truncate(step.rounds);
        } else if step.rounds > now.rounds {
            // Redoing it: the pairing on the board is kept as the round again.
            if let Some(pairing) = &now.pairing {
                keep_round(cohort, pairing);
            }
        }
        to.push(now);
        self.pairing = step.pairing;
        if let Some(settings) = step.settings {
            self.settings = Some(settings);
        }
        self.computing = None;
        self.rematching = None;
        self.suggest_key = self.suggest_key.wrapping_add(1);
        self.clear_feedback();
    }

    /// Drops a message about the last change: another change came.
    fn clear_feedback(&mut self) {
        if self.message.as_ref().is_some_and(BoardMessage::is_feedback) {
            self.message = None;
        }
    }

    /// A run of an applied suggestion did not give a result: its settings go.
    fn put_back_settings(&mut self) {
        if let Some(before) = self.settings_before_run.take() {
            self.settings = Some(before);
        }
    }

    /// Applies a change to the current groups and re-scores them; `change` may refuse
    /// with a message, and then nothing changes.
    fn edit(
        &mut self,
        cohort: &Cohort,
        change: impl FnOnce(&MoveContext, &mut Vec<Group>) -> Option<BoardMessage>,
    ) {
        let Some(base) = self.pairing_for(cohort).cloned() else {
            return;
        };
        if self.computing.is_some() {
            return;
        }
        let mut groups: Vec<Group> = base.pairs.iter().map(Group::of).collect();
        let ctx = MoveContext {
            cohort,
            settings: &base.settings,
        };
        if let Some(message) = change(&ctx, &mut groups) {
            self.message = Some(message);
            return;
        }
        let mut next = regroup::regroup(cohort, &base, &groups);
        // A lock or an unlock keeps the engine's groups: still its optimum.
        let same_groups = next.pairs.len() == base.pairs.len()
            && next
                .pairs
                .iter()
                .zip(&base.pairs)
                .all(|(a, b)| a.members == b.members);
        next.optimal = base.optimal && same_groups;
        if next != base {
            self.remember(cohort);
            self.pairing = Some(Rc::new(next));
        }
    }
}

/// The most undo (and redo) steps kept across a reload. Each step's pairing is a stored
/// record of its own (about 1 MB for 2,000 people), so the stored history is shorter than
/// the one in memory ([`MAX_UNDO`]).
pub const MAX_STORED_STEPS: usize = 10;

/// The board as it is stored: the settings, and the pairings of the board and of its
/// undo and redo steps by reference (`u64`) into pairings stored apart, so that a pairing
/// is written once however many steps share it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardRecord {
    #[serde(default)]
    pub settings: Option<MatchingSettings>,
    #[serde(default)]
    pub pairing: Option<u64>,
    /// Oldest first, at most [`MAX_STORED_STEPS`].
    #[serde(default)]
    pub undo: Vec<StepRecord>,
    #[serde(default)]
    pub redo: Vec<StepRecord>,
    /// Re-matching: the facilitator's marks ([`Board::rematch_marks`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rematch_marks: Vec<RematchMark>,
}

/// One stored undo or redo step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRecord {
    pub pairing: Option<u64>,
    pub rounds: usize,
    /// The settings the step restores (a step of an applied suggestion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<MatchingSettings>,
}

impl Board {
    /// Every pairing the stored board refers to: the current one and those of the last
    /// [`MAX_STORED_STEPS`] undo and redo steps (a pairing may appear more than once).
    pub fn stored_pairings(&self) -> impl Iterator<Item = &Rc<Pairing>> {
        let steps = recent(&self.undo).iter().chain(recent(&self.redo));
        self.pairing
            .iter()
            .chain(steps.filter_map(|s| s.pairing.as_ref()))
    }

    /// Keeps this tab's run in progress, its message and its run numbers from `other`
    /// (the board as this tab had it before taking a stored one).
    pub fn keep_transient(&mut self, other: &Board) {
        self.computing = other.computing;
        self.next_run = other.next_run;
        self.message = other.message.clone();
        self.settings_before_run = other.settings_before_run.clone();
        self.rematching = other.rematching.clone();
        // The suggestions hold while the pairing is the same; another one gets its own.
        let same = match (&self.pairing, &other.pairing) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b) || a == b,
            (a, b) => a.is_none() && b.is_none(),
        };
        self.suggest_key = if same {
            other.suggest_key
        } else {
            other.suggest_key.wrapping_add(1)
        };
        self.suggestions = if same {
            other.suggestions.clone()
        } else {
            None
        };
    }

    /// The board as stored, `id` naming each of [`Board::stored_pairings`].
    pub fn record(&self, mut id: impl FnMut(&Rc<Pairing>) -> u64) -> BoardRecord {
        let mut steps = |list: &[Step]| -> Vec<StepRecord> {
            recent(list)
                .iter()
                .map(|s| StepRecord {
                    pairing: s.pairing.as_ref().map(&mut id),
                    rounds: s.rounds,
                    settings: s.settings.clone(),
                })
                .collect()
        };
        let (undo, redo) = (steps(&self.undo), steps(&self.redo));
        BoardRecord {
            settings: self.settings.clone(),
            pairing: self.pairing.as_ref().map(&mut id),
            undo,
            redo,
            rematch_marks: self.rematch_marks.clone(),
        }
    }

    /// The board a record describes, `pairing` giving each stored pairing back. A step
    /// whose pairing is missing is dropped with those before it (it could not be undone
    /// to); a missing current pairing leaves the board without one.
    pub fn from_record(record: BoardRecord, pairing: impl Fn(u64) -> Option<Rc<Pairing>>) -> Board {
        let steps = |list: Vec<StepRecord>| -> Vec<Step> {
            let mut out = Vec::new();
            for s in list {
                match s.pairing {
                    Some(id) => match pairing(id) {
                        Some(p) => out.push(Step {
                            pairing: Some(p),
                            rounds: s.rounds,
                            settings: s.settings,
                        }),
                        None => out.clear(),
                    },
                    None => out.push(Step {
                        pairing: None,
                        rounds: s.rounds,
                        settings: s.settings,
                    }),
                }
            }
            out
        };
        Board {
            settings: record.settings,
            pairing: record.pairing.and_then(&pairing),
            undo: steps(record.undo),
            redo: steps(record.redo),
            rematch_marks: record.rematch_marks,
            ..Board::default()
        }
    }
}

/// The last [`MAX_STORED_STEPS`] of an undo or redo stack.
fn recent(steps: &[Step]) -> &[Step] {
    &steps[steps.len().saturating_sub(MAX_STORED_STEPS)..]
}

/// Keeps `pairing` as the cohort's next round (numbered after the last one).
fn keep_round(cohort: &mut Rc<Cohort>, pairing: &Pairing) {
    let cohort = Rc::make_mut(cohort);
    let mut round = pairing.clone();
    round.round = cohort.rounds.iter().map(|r| r.round).max().unwrap_or(0) + 1;
    cohort.rounds.push(round);
}

/// Whether two pairings have the same groups (whatever their order, numbers, scores).
fn same_groups(a: &Pairing, b: &Pairing) -> bool {
    fn groups(p: &Pairing) -> Vec<Vec<&String>> {
        let mut groups: Vec<Vec<&String>> = p
            .pairs
            .iter()
            .map(|pair| {
                let mut members: Vec<&String> = pair.members.iter().collect();
                members.sort();
                members
            })
            .collect();
        groups.sort();
        groups
    }
    groups(a) == groups(b)
}

/// What moving `person` from `before` to `after` did to others: the pairs it dissolved
/// and the people it left without a partner, if any.
fn set_aside_by_move(before: &Pairing, after: &Pairing, person: &str) -> Option<BoardMessage> {
    let dissolved: Vec<u32> = before
        .pairs
        .iter()
        .map(|p| p.number)
        .filter(|n| !after.pairs.iter().any(|q| q.number == *n))
        .collect();
    let placed = |p: &Pairing, id: &str| p.pairs.iter().any(|q| q.members.iter().any(|m| m == id));
    let set_aside: Vec<String> = before
        .pairs
        .iter()
        .flat_map(|p| &p.members)
        .filter(|id| *id != person && !placed(after, id))
        .fold(Vec::new(), |mut out, id| {
            if !out.contains(id) {
                out.push(id.clone());
            }
            out
        });
    (!dissolved.is_empty() || !set_aside.is_empty()).then(|| BoardMessage::MoveSetAside {
        moved: person.to_owned(),
        dissolved,
        set_aside,
    })
}

/// What a move needs to know besides the groups.
struct MoveContext<'a> {
    cohort: &'a Cohort,
    settings: &'a MatchingSettings,
}

fn set_locked(groups: &mut [Group], members: &[String], locked: bool) {
    if let Some(g) = groups.iter_mut().find(|g| g.members == members) {
        g.locked = locked;
    }
}

fn move_person(
    ctx: &MoveContext,
    groups: &mut Vec<Group>,
    person: &str,
    into: &[String],
) -> Option<BoardMessage> {
    if into.iter().any(|m| m == person) || !groups.iter().any(|g| g.members == into) {
        return None;
    }
    let reverse = ctx.settings.mode == MatchingMode::Reverse;
    if reverse && ctx.cohort.role(ctx.settings, person) == Role::Mentor {
        return Some(BoardMessage::MoveMentees);
    }
    if !reverse && into.len() >= 3 {
        return Some(BoardMessage::GroupFull);
    }
    // Leave the current group: it keeps going with two or more; a trio that loses one
    // of its first two (the locked pair) is no longer locked.
    if let Some(i) = groups
        .iter()
        .position(|g| g.members.iter().any(|m| m == person))
    {
        let g = &mut groups[i];
        let at = g.members.iter().position(|m| m == person).unwrap_or(0);
        g.members.remove(at);
        if at < 2 {
            g.locked = false;
        }
        if g.members.len() < 2 {
            groups.remove(i);
        }
    }
    let target = groups
        .iter()
        .position(|g| g.members == into)
        .expect("the target is not the group the person left, which it does not contain");
    if reverse {
        let mentor = groups[target].members[0].clone();
        let load = groups.iter().filter(|g| g.members[0] == mentor).count();
        if (load as u32) < ctx.settings.mentor_capacity {
            groups.push(Group {
                members: vec![mentor, person.to_owned()],
                locked: false,
                number: 0,
            });
        } else {
            groups[target].members[1] = person.to_owned();
            groups[target].locked = false;
        }
    } else {
        groups[target].members.push(person.to_owned());
    }
    None
}

/// Cohorts up to this size are matched inline by the shell (a worker's start-up costs
/// more than the matching); larger ones in a Web Worker.
pub const INLINE_MAX_PARTICIPANTS: usize = 24;

/// What a matching run needs, as sent to a worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRequest {
    /// Shared with the session: making a request copies no answers.
    pub cohort: Rc<Cohort>,
    pub settings: MatchingSettings,
}

impl Board {
    /// The request for the pending run (or the next one): a re-match's when the pending
    /// run is one.
    pub fn run_request(&self, cohort: &Rc<Cohort>) -> RunRequest {
        match &self.rematching {
            Some(r) => RunRequest {
                cohort: r.cohort.clone(),
                settings: r.settings.clone(),
            },
            None => RunRequest {
                cohort: cohort.clone(),
                settings: self.run_input(cohort),
            },
        }
    }
}

/// What the suggestions for one pairing need (see [`Board::suggestion_request`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuggestRequest {
    pub key: u32,
    pub cohort: Rc<Cohort>,
    pub tries: Vec<(Alternative, MatchingSettings)>,
    pub paired_now: usize,
}

/// Computes a suggestion request: the board's action with the engine's figures.
pub fn suggest(request: &SuggestRequest) -> BoardAction {
    let suggestions = suggest::suggestions(&request.cohort, &request.tries, request.paired_now);
    BoardAction::SuggestionsReady {
        key: request.key,
        suggestions,
    }
}

/// Runs a request: the engine's pairing or its error.
pub fn run(request: &RunRequest) -> Result<Pairing, RunError> {
    crate::matching::match_cohort(&request.cohort, &request.settings).map_err(RunError::Engine)
}

pub(super) fn plumbing(stage: PlumbingStage, error: impl std::fmt::Display) -> RunError {
    RunError::Plumbing {
        stage,
        detail: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::{Lang, Strictness, UnmatchedReason};
    use crate::matching::match_cohort;
    use std::collections::HashSet;

    const NOW: &str = "2026-11-26T09:00:00Z";

    /// What the shell does: start a run and hand back the engine's result.
    fn run(board: &mut Board, cohort: &mut Rc<Cohort>) {
        board.apply(cohort, BoardAction::StartRun);
        let run = board.computing.unwrap();
        let pairing = match_cohort(cohort, &board.run_input(cohort)).unwrap();
        board.apply(cohort, BoardAction::ResultReady { run, pairing });
    }

    fn with_mode(cohort: &Cohort, mode: MatchingMode) -> Board {
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = mode;
        Board {
            settings: Some(settings),
            ..Board::default()
        }
    }

    fn pairing(board: &Board) -> &Pairing {
        board.pairing.as_ref().unwrap()
    }

    /// Every pair's score and the total agree with the engine's scorer.
    fn assert_consistent(cohort: &Cohort, p: &Pairing) {
        let engine_view = regroup::regroup(
            cohort,
            p,
            &p.pairs.iter().map(Group::of).collect::<Vec<_>>(),
        );
        for (a, b) in p.pairs.iter().zip(&engine_view.pairs) {
            assert_eq!(a.score, b.score);
            let links: i64 = a
                .explanation
                .links
                .iter()
                .map(|l| l.breakdown.total())
                .sum();
            assert_eq!(a.score, links, "the breakdown sums to the score");
        }
        assert_eq!(p.total_score, p.pairs.iter().map(|p| p.score).sum::<i64>());
        let placed: HashSet<&String> = p.pairs.iter().flat_map(|p| &p.members).collect();
        let unmatched: HashSet<&String> = p.unmatched.iter().map(|u| &u.participant_id).collect();
        assert_eq!(placed.len() + unmatched.len(), cohort.responses.len());
        assert!(placed.is_disjoint(&unmatched));
    }

    /// The seeded sample in reverse mode leaves mentees waiting; each suggestion's figure
    /// is what applying it gives; one undo brings the pairing and the settings back, redo
    /// the suggestion's, and a stored board keeps that.
    #[test]
    fn a_suggestion_applied_pairs_the_number_it_said_and_one_undo_takes_it_back() {
        use crate::demo::{SAMPLE_PARTICIPANTS, SAMPLE_SEED};
        let mut cohort = Rc::new(demo_cohort(SAMPLE_PARTICIPANTS, SAMPLE_SEED, Lang::Ja, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Reverse);
        run(&mut board, &mut cohort);
        let before = pairing(&board).clone();
        let settings_before = board.settings(&cohort);
        assert!(board.seeks_suggestions(&cohort));
        let request = board
            .suggestion_request(&cohort)
            .expect("the sample leaves mentees waiting");
        let BoardAction::SuggestionsReady { key, suggestions } = suggest(&request) else {
            unreachable!()
        };
        assert!(suggestions.len() >= 2, "{suggestions:?}");
        board.apply(
            &mut cohort,
            BoardAction::SuggestionsReady {
                key,
                suggestions: suggestions.clone(),
            },
        );
        assert_eq!(board.current_suggestions(), Some(suggestions.as_slice()));
        for s in &suggestions {
            board.apply(&mut cohort, BoardAction::ApplySuggestion(s.alternative));
            assert_eq!(
                board.current_suggestions(),
                Some(suggestions.as_slice()),
                "kept while the run is pending"
            );
            let run = board.computing.unwrap();
            let result = match_cohort(&cohort, &board.run_input(&cohort)).unwrap();
            board.apply(
                &mut cohort,
                BoardAction::ResultReady {
                    run,
                    pairing: result,
                },
            );
            assert_eq!(
                suggest::paired(pairing(&board)),
                s.paired,
                "{:?}",
                s.alternative
            );
            assert!(s.paired > suggest::paired(&before));
            assert_eq!(
                board.current_suggestions(),
                None,
                "a new pairing drops the suggestions"
            );
            let applied = board.settings(&cohort);
            assert_eq!(applied, s.alternative.apply(settings_before.clone()));
            // Stored and read back, the undo step still restores the settings.
            let mut stored = Vec::new();
            let record = board.record(|p| {
                stored.push(p.clone());
                stored.len() as u64 - 1
            });
            let mut board2 = Board::from_record(record, |i| stored.get(i as usize).cloned());
            for b in [&mut board, &mut board2] {
                b.apply(&mut cohort, BoardAction::Undo);
                assert_eq!(pairing(b), &before);
                assert_eq!(b.settings(&cohort), settings_before);
                b.apply(&mut cohort, BoardAction::Redo);
                assert_eq!(b.settings(&cohort), applied);
                b.apply(&mut cohort, BoardAction::Undo);
            }
            // Back on the first pairing, its suggestions are worked out again: the same.
            let again = suggest(&board.suggestion_request(&cohort).unwrap());
            let BoardAction::SuggestionsReady {
                key,
                suggestions: same,
            } = again
            else {
                unreachable!()
            };
            assert_eq!(same, suggestions);
            board.apply(
                &mut cohort,
                BoardAction::SuggestionsReady {
                    key,
                    suggestions: same,
                },
            );
        }
        // A cancelled run of a suggestion puts the settings back.
        board.apply(
            &mut cohort,
            BoardAction::ApplySuggestion(suggestions[0].alternative),
        );
        board.apply(&mut cohort, BoardAction::Cancel);
        assert_eq!(board.settings(&cohort), settings_before);
        assert_eq!(pairing(&board), &before);
    }

    #[test]
    fn a_lock_holds_across_a_re_run_in_both_modes() {
        for mode in [MatchingMode::Mutual, MatchingMode::Reverse] {
            let mut cohort = Rc::new(demo_cohort(16, 3, Lang::En, NOW));
            let mut board = with_mode(&cohort, mode);
            run(&mut board, &mut cohort);
            // Lock the lowest-scoring pair: the one an optimiser would most like to change.
            let weakest = pairing(&board)
                .pairs
                .iter()
                .min_by_key(|p| p.score)
                .unwrap()
                .members
                .clone();
            board.apply(
                &mut cohort,
                BoardAction::Lock {
                    members: weakest.clone(),
                },
            );
            // Change a weight so that the re-run has a reason to differ.
            let mut settings = board.settings(&cohort);
            settings.generation_bonus_per_step = 5;
            board.apply(&mut cohort, BoardAction::SetSettings(settings));
            run(&mut board, &mut cohort);
            let p = pairing(&board);
            let kept = p
                .pairs
                .iter()
                .find(|p| p.members[..2] == weakest[..2])
                .unwrap();
            assert!(kept.locked, "{mode:?}");
            assert_eq!(
                p.settings.locked_pairs,
                vec![[weakest[0].clone(), weakest[1].clone()]]
            );
        }
    }

    /// A workshop file's `locked_pairs` hold in the app's first run exactly as in the CLI
    /// (one engine, one result), and the facilitator can still unlock them afterwards.
    #[test]
    fn the_workshops_locked_pairs_hold_in_the_first_run_like_the_cli() {
        let plain = Rc::new(demo_cohort(16, 3, Lang::En, NOW));
        let free = match_cohort(&plain, &plain.workshop.matching).unwrap();
        let weakest = free
            .pairs
            .iter()
            .min_by_key(|p| p.score)
            .unwrap()
            .members
            .clone();
        // Lock a pair the optimiser did not choose: the weakest pair's mentor with
        // another pair's mentee, so the lock visibly changes the result.
        let other = free
            .pairs
            .iter()
            .find(|p| p.members != weakest)
            .unwrap()
            .members
            .clone();
        let lock = [weakest[0].clone(), other[1].clone()];
        let mut workshop = plain.workshop.clone();
        workshop.matching.locked_pairs = vec![lock.clone()];
        let mut cohort = Rc::new(Cohort {
            workshop,
            ..(*plain).clone()
        });
        let cli = match_cohort(&cohort, &cohort.workshop.matching).unwrap();

        let mut board = Board::default();
        run(&mut board, &mut cohort);
        let p = pairing(&board);
        assert_eq!(p.total_score, cli.total_score);
        assert_eq!(p.pairs, cli.pairs);
        let held = p
            .pairs
            .iter()
            .find(|p| p.members[..2] == lock[..])
            .expect("the locked pair is formed");
        assert!(held.locked);

        board.apply(
            &mut cohort,
            BoardAction::Unlock {
                members: held.members.clone(),
            },
        );
        run(&mut board, &mut cohort);
        assert!(
            pairing(&board).pairs.iter().all(|p| !p.locked),
            "unlocked on the board, free in the re-run"
        );
        assert_eq!(pairing(&board).total_score, free.total_score);
    }

    #[test]
    fn breaking_a_pair_sets_its_members_aside_and_updates_the_total() {
        let mut cohort = Rc::new(demo_cohort(12, 5, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Mutual);
        run(&mut board, &mut cohort);
        let before = pairing(&board).clone();
        let broken = before.pairs[0].clone();
        board.apply(
            &mut cohort,
            BoardAction::Break {
                members: broken.members.clone(),
            },
        );
        let p = pairing(&board);
        assert_eq!(p.total_score, before.total_score - broken.score);
        assert!(!p.optimal);
        for id in &broken.members {
            let u = p
                .unmatched
                .iter()
                .find(|u| &u.participant_id == id)
                .unwrap();
            assert_eq!(u.reason, UnmatchedReason::SetAside);
        }
        assert_consistent(&cohort, p);
        // A re-run pairs them again.
        run(&mut board, &mut cohort);
        assert!(pairing(&board).optimal);
        assert_eq!(pairing(&board).total_score, before.total_score);
    }

    /// Issue 14, section 4: breaking a pair renumbers no other pair, and a re-run gives
    /// fresh numbers 1, 2, … again.
    #[test]
    fn breaking_a_pair_keeps_every_other_pairs_number() {
        for mode in [MatchingMode::Mutual, MatchingMode::Reverse] {
            let mut cohort = Rc::new(demo_cohort(16, 5, Lang::En, NOW));
            let mut board = with_mode(&cohort, mode);
            run(&mut board, &mut cohort);
            let before = pairing(&board).clone();
            assert!(before.pairs.len() >= 3, "{mode:?}");
            let broken = before.pairs[1].clone();
            board.apply(
                &mut cohort,
                BoardAction::Break {
                    members: broken.members.clone(),
                },
            );
            let after = pairing(&board);
            let numbered = |p: &Pairing| {
                p.pairs
                    .iter()
                    .map(|q| (q.number, q.members.clone()))
                    .collect::<Vec<_>>()
            };
            let expected: Vec<_> = numbered(&before)
                .into_iter()
                .filter(|(n, _)| *n != broken.number)
                .collect();
            assert_eq!(numbered(after), expected, "{mode:?}");
            // Lock, unlock and a move keep the numbers of the pairs they do not dissolve.
            let last = after.pairs.last().unwrap().clone();
            board.apply(
                &mut cohort,
                BoardAction::Lock {
                    members: last.members.clone(),
                },
            );
            assert_eq!(pairing(&board).pairs.last().unwrap().number, last.number);
            run(&mut board, &mut cohort);
            let fresh: Vec<u32> = pairing(&board).pairs.iter().map(|p| p.number).collect();
            assert_eq!(fresh, (1..=fresh.len() as u32).collect::<Vec<_>>());
        }
    }

    /// Issue 14, section 4: a move that dissolves another pair says so, naming the pair
    /// and the person left without a partner; Undo brings the pairs back and the message
    /// goes.
    #[test]
    fn a_move_that_dissolves_a_pair_says_so_and_undo_restores_it() {
        let mut cohort = Rc::new(demo_cohort(12, 5, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Mutual);
        run(&mut board, &mut cohort);
        let before = pairing(&board).clone();
        let from = before
            .pairs
            .iter()
            .find(|p| p.members.len() == 2)
            .unwrap()
            .clone();
        let into = before
            .pairs
            .iter()
            .find(|p| p.members.len() == 2 && p.number != from.number)
            .unwrap()
            .clone();
        let person = from.members[0].clone();
        board.apply(
            &mut cohort,
            BoardAction::Move {
                person: person.clone(),
                into: into.members.clone(),
            },
        );
        assert_eq!(
            board.message,
            Some(BoardMessage::MoveSetAside {
                moved: person.clone(),
                dissolved: vec![from.number],
                set_aside: vec![from.members[1].clone()]
            })
        );
        let names = |id: &str| {
            cohort
                .response(id)
                .map(|r| r.name.clone())
                .unwrap_or_default()
        };
        let en = crate::i18n::board_message(Lang::En, board.message.as_ref().unwrap(), &names);
        assert_eq!(
            en,
            format!(
                "Moving {} dissolved pair {}: {} now has no partner. Undo puts them back.",
                names(&person),
                from.number,
                names(&from.members[1])
            )
        );
        board.apply(&mut cohort, BoardAction::Undo);
        assert_eq!(pairing(&board), &before);
        assert_eq!(
            board.message, None,
            "the message about the move goes with it"
        );
        // A move out of a trio dissolves nothing: no message.
        board.apply(&mut cohort, BoardAction::Redo);
        let trio: Vec<String> = into
            .members
            .iter()
            .cloned()
            .chain([person.clone()])
            .collect();
        let other = pairing(&board)
            .pairs
            .iter()
            .find(|p| p.members.len() == 2)
            .unwrap()
            .members
            .clone();
        board.apply(
            &mut cohort,
            BoardAction::Move {
                person: trio[0].clone(),
                into: other,
            },
        );
        assert_eq!(board.message, None);
    }

    #[test]
    fn a_mentee_moved_into_a_full_mentors_pair_sets_that_pairs_mentee_aside_and_says_so() {
        let mut cohort = Rc::new(demo_cohort(20, 8, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Reverse);
        run(&mut board, &mut cohort);
        let before = pairing(&board).clone();
        let (a, b) = (before.pairs[0].clone(), before.pairs[1].clone());
        board.apply(
            &mut cohort,
            BoardAction::Move {
                person: a.members[1].clone(),
                into: b.members.clone(),
            },
        );
        let Some(BoardMessage::MoveSetAside {
            moved,
            dissolved,
            set_aside,
        }) = board.message.clone()
        else {
            panic!("{:?}", board.message)
        };
        assert_eq!((moved, dissolved), (a.members[1].clone(), vec![a.number]));
        assert!(
            set_aside.contains(&b.members[1]),
            "the mentee whose place was taken: {set_aside:?}"
        );
        assert!(
            set_aside.contains(&a.members[0]),
            "the mentor left behind: {set_aside:?}"
        );
        let names = |id: &str| id.to_owned();
        let ja = crate::i18n::board_message(Lang::Ja, board.message.as_ref().unwrap(), &names);
        assert!(
            ja.contains(&format!("ペア {}は解消され", a.number))
                && ja.ends_with("「元に戻す」で元に戻せます。"),
            "{ja}"
        );
        // Pair b keeps its number with its new mentee.
        let kept = pairing(&board)
            .pairs
            .iter()
            .find(|p| p.number == b.number)
            .unwrap();
        assert_eq!(
            kept.members,
            vec![b.members[0].clone(), a.members[1].clone()]
        );
    }

    /// Issue 14, section 4: a re-run that finds the same pairs says so, and adds no undo
    /// step that would change nothing.
    #[test]
    fn a_re_run_that_finds_the_same_pairs_says_so() {
        let mut cohort = Rc::new(demo_cohort(12, 5, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Mutual);
        run(&mut board, &mut cohort);
        assert_eq!(
            board.message, None,
            "a first run has nothing to compare with"
        );
        let first = board.pairing.clone();
        run(&mut board, &mut cohort);
        assert_eq!(board.message, Some(BoardMessage::SameResult));
        assert!(
            Rc::ptr_eq(board.pairing.as_ref().unwrap(), first.as_ref().unwrap()),
            "the same pairing, not a copy"
        );
        board.apply(&mut cohort, BoardAction::Undo);
        assert_eq!(
            board.pairing, None,
            "one undo step for the two runs: back before the first"
        );
        board.apply(&mut cohort, BoardAction::Redo);
        // After a break, the re-run pairs them again: a change, said by the board itself.
        let broken = pairing(&board).pairs[0].members.clone();
        board.apply(&mut cohort, BoardAction::Break { members: broken });
        run(&mut board, &mut cohort);
        assert_eq!(board.message, None);
        assert_eq!(board.pairing, first);
        assert_eq!(
            crate::i18n::board_message(Lang::En, &BoardMessage::SameResult, &|id: &str| id
                .to_owned()),
            "The re-run found the same pairs: nothing better exists with these settings."
        );
    }

    #[test]
    fn moving_into_a_pair_makes_a_trio_scored_like_the_engine() {
        let mut cohort = Rc::new(demo_cohort(12, 5, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Mutual);
        run(&mut board, &mut cohort);
        let before = pairing(&board).clone();
        let (from, into) = (before.pairs[0].clone(), before.pairs[1].members.clone());
        let person = from.members[0].clone();
        board.apply(
            &mut cohort,
            BoardAction::Move {
                person: person.clone(),
                into: into.clone(),
            },
        );
        let p = pairing(&board);
        let mut trio_members = into.clone();
        trio_members.push(person.clone());
        let trio = p.pairs.iter().find(|p| p.members == trio_members).unwrap();
        assert_eq!(trio.explanation.links.len(), 3);
        let settings = &p.settings;
        let scorer = crate::matching::score::Scorer::new(&cohort, settings);
        let ix = |id: &str| scorer.people.iter().position(|q| q.id == id).unwrap();
        let expected = scorer.raw_score(ix(&into[0]), ix(&into[1]))
            + scorer.raw_score(ix(&into[0]), ix(&person))
            + scorer.raw_score(ix(&into[1]), ix(&person));
        assert_eq!(trio.score, expected);
        // The partner left behind is set aside.
        let left = &from.members[1];
        assert!(p
            .unmatched
            .iter()
            .any(|u| &u.participant_id == left && u.reason == UnmatchedReason::SetAside));
        assert_consistent(&cohort, p);
        // A trio takes nobody more.
        let other = p
            .pairs
            .iter()
            .find(|q| q.members.len() == 2)
            .unwrap()
            .members[0]
            .clone();
        board.apply(
            &mut cohort,
            BoardAction::Move {
                person: other,
                into: trio_members,
            },
        );
        assert_eq!(board.message, Some(BoardMessage::GroupFull));
    }

    #[test]
    fn reverse_mode_moves_a_mentee_to_another_mentor() {
        let mut cohort = Rc::new(demo_cohort(20, 8, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Reverse);
        run(&mut board, &mut cohort);
        let before = pairing(&board).clone();
        assert!(before.pairs.len() >= 2);
        let (a, b) = (
            before.pairs[0].members.clone(),
            before.pairs[1].members.clone(),
        );
        // Capacity 1: the mentee takes the other mentee's place, who is set aside.
        board.apply(
            &mut cohort,
            BoardAction::Move {
                person: a[1].clone(),
                into: b.clone(),
            },
        );
        let p = pairing(&board);
        assert!(p
            .pairs
            .iter()
            .any(|q| q.members == vec![b[0].clone(), a[1].clone()]));
        assert!(p.unmatched.iter().any(|u| u.participant_id == b[1]));
        assert!(p.unmatched.iter().any(|u| u.participant_id == a[0]));
        assert_consistent(&cohort, p);
        // Mentors do not move.
        board.apply(
            &mut cohort,
            BoardAction::Move {
                person: a[0].clone(),
                into: p.pairs[0].members.clone(),
            },
        );
        assert_eq!(board.message, Some(BoardMessage::MoveMentees));
    }

    #[test]
    fn undo_and_redo_walk_the_edits() {
        let mut cohort = Rc::new(demo_cohort(10, 2, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Mutual);
        run(&mut board, &mut cohort);
        let matched = board.pairing.clone();
        let first = pairing(&board).pairs[0].members.clone();
        board.apply(
            &mut cohort,
            BoardAction::Lock {
                members: first.clone(),
            },
        );
        let locked = board.pairing.clone();
        assert!(locked.as_ref().unwrap().optimal, "a lock keeps the optimum");
        board.apply(
            &mut cohort,
            BoardAction::Break {
                members: first.clone(),
            },
        );
        let broken = board.pairing.clone();
        board.apply(&mut cohort, BoardAction::Undo);
        assert_eq!(board.pairing, locked);
        board.apply(&mut cohort, BoardAction::Undo);
        assert_eq!(board.pairing, matched);
        board.apply(&mut cohort, BoardAction::Undo);
        assert_eq!(board.pairing, None, "before the first run");
        board.apply(&mut cohort, BoardAction::Redo);
        board.apply(&mut cohort, BoardAction::Redo);
        board.apply(&mut cohort, BoardAction::Redo);
        assert_eq!(board.pairing, broken);
        assert!(!board.can_redo());
        // A new edit clears the redo stack.
        board.apply(&mut cohort, BoardAction::Undo);
        board.apply(&mut cohort, BoardAction::Unlock { members: first });
        assert!(!board.can_redo());
    }

    #[test]
    fn next_round_keeps_the_history_and_avoids_earlier_partners() {
        let mut cohort = Rc::new(demo_cohort(14, 6, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Mutual);
        assert_eq!(
            board.settings(&cohort).repeat_partner.strictness,
            Strictness::Hard
        );
        run(&mut board, &mut cohort);
        let first: HashSet<Vec<String>> = pairing(&board)
            .pairs
            .iter()
            .map(|p| p.members.clone())
            .collect();
        board.apply(&mut cohort, BoardAction::NextRound);
        assert_eq!(cohort.rounds.len(), 1);
        assert_eq!(cohort.rounds[0].round, 1);
        assert!(board.pairing.is_none());
        run(&mut board, &mut cohort);
        let p = pairing(&board);
        assert_eq!(p.round, 2);
        assert_eq!(p.earlier_rounds, vec![1]);
        for pair in &p.pairs {
            for (i, a) in pair.members.iter().enumerate() {
                for b in &pair.members[i + 1..] {
                    let together = first.iter().any(|f| f.contains(a) && f.contains(b));
                    assert!(!together, "{a} and {b} were partners in round 1");
                }
            }
        }
        // Undo takes the round back.
        board.apply(&mut cohort, BoardAction::Undo);
        board.apply(&mut cohort, BoardAction::Undo);
        assert!(cohort.rounds.is_empty());
        assert!(board.pairing.is_some());
    }

    #[test]
    fn a_next_round_undone_and_redone_keeps_the_same_round() {
        let mut cohort = Rc::new(demo_cohort(12, 3, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Mutual);
        run(&mut board, &mut cohort);
        board.apply(&mut cohort, BoardAction::NextRound);
        let kept = cohort.rounds.clone();
        assert_eq!((kept.len(), kept[0].round), (1, 1));
        board.apply(&mut cohort, BoardAction::Undo);
        assert!(cohort.rounds.is_empty());
        assert_eq!(
            board.pairing.as_ref().map(|p| p.pairs.clone()),
            Some(kept[0].pairs.clone())
        );
        board.apply(&mut cohort, BoardAction::Redo);
        assert_eq!(cohort.rounds, kept);
        assert_eq!(board.pairing, None);
    }

    #[test]
    fn a_late_result_of_a_cancelled_run_is_ignored() {
        let mut cohort = Rc::new(demo_cohort(10, 2, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Mutual);
        run(&mut board, &mut cohort);
        let kept = board.pairing.clone();
        board.apply(&mut cohort, BoardAction::StartRun);
        let stale = board.computing.unwrap();
        board.apply(&mut cohort, BoardAction::Cancel);
        assert_eq!(board.message, Some(BoardMessage::Cancelled));
        let mut other = (*kept.clone().unwrap()).clone();
        other.total_score = -1;
        board.apply(
            &mut cohort,
            BoardAction::ResultReady {
                run: stale,
                pairing: other,
            },
        );
        assert_eq!(board.pairing, kept);
        assert_eq!(board.computing, None);
    }

    #[test]
    fn settings_edits_apply_to_the_current_settings_and_keep_their_bounds() {
        let mut cohort = Rc::new(demo_cohort(10, 2, Lang::En, NOW));
        let mut board = Board::default();
        let edit = |board: &mut Board, cohort: &mut Rc<Cohort>, e: SettingsEdit| {
            board.apply(cohort, BoardAction::EditSettings(e))
        };
        edit(
            &mut board,
            &mut cohort,
            SettingsEdit::Mode(MatchingMode::Reverse),
        );
        edit(
            &mut board,
            &mut cohort,
            SettingsEdit::MentorCapacity(1_000_000_000),
        );
        edit(
            &mut board,
            &mut cohort,
            SettingsEdit::MinGenerationDistance(99),
        );
        let s = board.settings(&cohort);
        assert_eq!(
            (s.mode, s.mentor_capacity, s.min_generation_distance),
            (
                MatchingMode::Reverse,
                MAX_MENTOR_CAPACITY,
                MAX_MIN_GENERATION_DISTANCE
            )
        );
        edit(&mut board, &mut cohort, SettingsEdit::MentorCapacity(0));
        assert_eq!(board.settings(&cohort).mentor_capacity, 1);
        let (a, b) = ("p001".to_owned(), "p002".to_owned());
        edit(
            &mut board,
            &mut cohort,
            SettingsEdit::AddNeverPair([a.clone(), b.clone()]),
        );
        edit(
            &mut board,
            &mut cohort,
            SettingsEdit::AddNeverPair([b.clone(), a.clone()]),
        );
        edit(
            &mut board,
            &mut cohort,
            SettingsEdit::AddNeverPair([a.clone(), a.clone()]),
        );
        assert_eq!(
            board.settings(&cohort).never_pair,
            vec![[a, b]],
            "no duplicate, nobody with themself"
        );
        edit(&mut board, &mut cohort, SettingsEdit::RemoveNeverPair(0));
        edit(&mut board, &mut cohort, SettingsEdit::RemoveNeverPair(5));
        assert!(board.settings(&cohort).never_pair.is_empty());
    }

    #[test]
    fn only_settings_and_pairing_are_persisted() {
        let mut cohort = Rc::new(demo_cohort(10, 2, Lang::En, NOW));
        let mut board = with_mode(&cohort, MatchingMode::Reverse);
        run(&mut board, &mut cohort);
        let text = serde_json::to_string(&board).unwrap();
        let back: Board = serde_json::from_str(&text).unwrap();
        assert_eq!(back.settings, board.settings);
        assert_eq!(back.pairing, board.pairing);
        assert!(!back.can_undo());
        assert_eq!(
            serde_json::from_str::<Board>("{}").unwrap(),
            Board::default()
        );
    }
}
