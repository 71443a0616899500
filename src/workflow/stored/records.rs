//! The state as records, so that saving after an action writes only what the action
//! changed, and a large room never has to be written (or read) in one piece:
//!
//! | key | what | written when |
//! |---|---|---|
//! | `meta` | format, version, draft, address, board (pairings by id), backup index | every facilitator change |
//! | `prefs` | the chosen language | it changes |
//! | `cohort` | the current workshop and its answers, in lines* | it changes |
//! | `round/<i>` | the cohort's earlier rounds, in lines* | one is added or changed |
//! | `archive/<i>` | archived workshops with their answers (and rounds), in lines* | one is archived |
//! | `pairing/<id>` | the board's pairing and those of its undo history, in lines* | it is made (never rewritten) |
//! | `survey/<workshop>` | a participant's draft for that workshop | it changes |
//! | `backup/<id>` | a session file kept before a destructive action | it is made |
//!
//! \* A large record is one JSON document a line ([`crate::workflow::sliced`]): the head
//! (a cohort without its answers, a pairing without its pairs and its people without a
//! partner), then the answers 250 a line, or the pairs and the people 100 a line, so that
//! the shell writes and reads a room of 2,000 a slice per task ([`Write::lines`],
//! [`Loader::feed_line`]). A record of one line, as `app-state@2` wrote them, reads the
//! same way: this version reads `@2` and writes `@3` (which `@2` does not read, and so
//! does not write over).
//!
//! The facilitator's records (`meta` and those it refers to) are written together in one
//! transaction that first checks `meta.version` is still the one this tab planned
//! against ([`Plan::base`]); survey drafts and the language are written on their own
//! (each belongs to one person, the last write wins). What changed is found by pointer
//! (`Rc::ptr_eq`) against [`Saved`], the parts as they were last read or written, so the
//! cost of planning does not grow with the room.

use super::recover::{self, Part, SetAside, Why};
use crate::document::formats::{self, FormatError};
use crate::document::model::{Cohort, Kind, Lang, Pairing, Response, Text, Workshop};
use crate::document::validate;
use crate::workflow::board::{Board, BoardRecord};
use crate::workflow::sliced::{pairing_lines, read_pairing_part, response_lines};
use crate::workflow::survey::SurveyState;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The format of the `meta` record.
pub const FORMAT: &str = "kakehashi/app-state@3";
/// The format before large records were written in lines (read as well).
const FORMAT_V2: &str = "kakehashi/app-state@2";
pub const META: &str = "meta";
pub const PREFS: &str = "prefs";
pub const COHORT: &str = "cohort";

/// How many automatic backups are kept (the oldest goes).
pub const MAX_BACKUPS: usize = 5;

pub fn round_key(i: usize) -> String {
    format!("round/{i}")
}

pub fn archive_key(i: usize) -> String {
    format!("archive/{i}")
}

pub fn pairing_key(id: u64) -> String {
    format!("pairing/{id}")
}

pub fn survey_key(workshop: &str) -> String {
    format!("survey/{workshop}")
}

pub fn backup_key(id: &str) -> String {
    format!("backup/{id}")
}

/// Why an automatic backup was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BackupReason {
    /// Before the workshop was replaced (the template, the sample, a session file).
    Replaced,
    /// Before an edited workshop was saved that moved answers to the archive.
    Edited,
    /// Before an import replaced earlier answers with newer ones.
    Import,
    /// Before the state of an earlier version was moved into this one.
    Migration,
    /// Before a backup was restored.
    Restore,
    /// The last changes of a page that closed before storing them, when the workshop
    /// had changed since in another tab (they could not be applied on top).
    Unsaved,
}

/// An automatic backup in the list on Home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupInfo {
    /// Unique among backups: the time and a sequence number.
    pub id: String,
    /// When it was kept (RFC 3339 UTC).
    pub created_at: String,
    pub reason: BackupReason,
    /// The workshop's title and how many answers it held.
    pub title: Text,
    pub answers: usize,
    /// The size of the backup file, in bytes, once it is stored (0 before).
    #[serde(default)]
    pub bytes: usize,
}

/// An automatic backup: its entry, and (until it is stored) its content, a session file.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    pub info: BackupInfo,
    pub content: Option<Rc<Cohort>>,
}

/// The facilitator's state as stored: what no tab may ever lose.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facilitator {
    pub cohort: Option<Rc<Cohort>>,
    pub archive: Vec<Rc<Cohort>>,
    pub workshop_draft: Option<Workshop>,
    pub public_base: Option<String>,
    pub board: Board,
    pub backups: Vec<Backup>,
}

/// The small record every facilitator write carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    format: String,
    /// Grows by one with every committed facilitator write.
    version: u64,
    #[serde(default)]
    cohort: bool,
    #[serde(default)]
    rounds: usize,
    #[serde(default)]
    archive: usize,
    #[serde(default)]
    workshop_draft: Option<Workshop>,
    #[serde(default)]
    public_base: Option<String>,
    #[serde(default)]
    board: BoardRecord,
    /// The next id a new pairing record gets.
    #[serde(default)]
    next_pairing: u64,
    #[serde(default)]
    backups: Vec<BackupInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Prefs {
    #[serde(default)]
    lang: Option<Lang>,
}

/// The first line of a cohort record: the cohort without its answers (on the next
/// lines). For the current cohort also without its rounds (each stored apart) and its
/// pairing (the board's); an archived cohort keeps them.
#[derive(Serialize)]
struct CohortHead<'a> {
    format: &'a str,
    workshop: &'a Workshop,
    responses: [Response; 0],
    #[serde(skip_serializing_if = "<[Pairing]>::is_empty")]
    rounds: &'a [Pairing],
    #[serde(skip_serializing_if = "Option::is_none")]
    pairing: Option<&'a Pairing>,
}

impl<'a> CohortHead<'a> {
    fn of(c: &'a Cohort, archived: bool) -> CohortHead<'a> {
        let (rounds, pairing) = if archived {
            (&c.rounds[..], c.pairing.as_ref())
        } else {
            (&[][..], None)
        };
        CohortHead {
            format: &c.format,
            workshop: &c.workshop,
            responses: [],
            rounds,
            pairing,
        }
    }
}

/// What this tab knows storage holds: the version it last read or wrote and the parts as
/// they were then, to tell what an action changed by pointer.
#[derive(Debug, Clone, Default)]
pub struct Saved {
    pub version: u64,
    /// `None` before anything was read or written.
    facilitator: Option<Facilitator>,
    /// The pairing records stored, by the pairing they hold.
    pairings: Vec<(Rc<Pairing>, u64)>,
    next_pairing: u64,
    surveys: BTreeMap<String, SurveyState>,
    lang: Option<Lang>,
    /// Backup records stored.
    backups: BTreeSet<String>,
}

impl Saved {
    /// Forgets what is stored but its version (`stored`, as storage holds it): the next
    /// plan writes every record again, against that version. For a state read with a
    /// journal's records over it that storage refused: storage lacks any of them.
    pub fn forget(&mut self, stored: u64) {
        self.version = stored;
        self.facilitator = None;
        self.pairings.clear();
        self.surveys.clear();
        self.lang = None;
    }
}

/// One record to write. Serialising is left to [`Write::text`], so the shell can spread
/// the work of a large room over several tasks.
#[derive(Debug, Clone)]
pub struct Write {
    pub key: String,
    part: Piece,
}

#[derive(Debug, Clone)]
enum Piece {
    Meta(Box<Meta>),
    Prefs(Prefs),
    Cohort(Rc<Cohort>),
    Round(Rc<Cohort>, usize),
    Archived(Rc<Cohort>),
    Pairing(Rc<Pairing>),
    Survey(Box<SurveyState>),
    Backup(Rc<Cohort>),
}

impl Write {
    /// The record's text.
    pub fn text(&self) -> String {
        self.lines().collect::<Vec<_>>().join("\n")
    }

    /// The record's text a line at a time, each made when it is asked for: a large
    /// record has many (see the table at the top), which the shell makes in several tasks.
    pub fn lines(&self) -> Box<dyn Iterator<Item = String> + '_> {
        let json = |v: &dyn erased::Json| v.json();
        let one =
            |text: String| -> Box<dyn Iterator<Item = String>> { Box::new(std::iter::once(text)) };
        match &self.part {
            Piece::Meta(m) => one(json(m.as_ref())),
            Piece::Prefs(p) => one(json(p)),
            Piece::Cohort(c) => Box::new(
                std::iter::once_with(move || json(&CohortHead::of(c, false)))
                    .chain(response_lines(&c.responses)),
            ),
            Piece::Round(c, i) => Box::new(pairing_lines(&c.rounds[*i])),
            Piece::Archived(c) => Box::new(
                std::iter::once_with(move || json(&CohortHead::of(c, true)))
                    .chain(response_lines(&c.responses)),
            ),
            Piece::Pairing(p) => Box::new(pairing_lines(p)),
            Piece::Survey(s) => one(json(s.as_ref())),
            Piece::Backup(c) => one(crate::document::formats::to_json(c.as_ref())),
        }
    }

    /// The backup this write stores, if it is one (its size is then the text's length).
    pub fn backup_id(&self) -> Option<&str> {
        match self.part {
            Piece::Backup(_) => self.key.strip_prefix("backup/"),
            _ => None,
        }
    }

    /// Whether the record belongs to the facilitator's versioned state.
    pub fn versioned(&self) -> bool {
        !matches!(self.part, Piece::Prefs(_) | Piece::Survey(_))
    }
}

/// Serialising to compact JSON through one function for every record type.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            // Our types serialise infallibly: string keys, no non-finite floats.
            serde_json::to_string(self).unwrap_or_default()
        }
    }
}

/// What to write after an action, against what this tab last knew was stored.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The version storage must still hold for the facilitator's writes to be committed.
    pub base: u64,
    /// The facilitator's records, `meta` last; empty when nothing of it changed.
    pub versioned: Vec<Write>,
    /// Facilitator records no longer referred to.
    pub deletes: Vec<String>,
    /// Survey drafts and the language: written whatever the version.
    pub unversioned: Vec<Write>,
    /// What storage holds once this plan is committed.
    after: Saved,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.versioned.is_empty() && self.unversioned.is_empty() && self.deletes.is_empty()
    }

    /// The state this tab knows once the plan was committed.
    pub fn committed(self) -> Saved {
        self.after
    }

    /// The state this tab knows once only the unversioned records were written (the
    /// facilitator's writes were refused: another tab wrote first).
    pub fn unversioned_only(self, saved: &Saved) -> Saved {
        Saved {
            surveys: self.after.surveys,
            lang: self.after.lang,
            ..saved.clone()
        }
    }
}

/// Everything this tab wants stored.
#[derive(Debug, Clone)]
pub struct Wanted<'a> {
    pub facilitator: Facilitator,
    pub surveys: &'a BTreeMap<String, SurveyState>,
    pub lang: Option<Lang>,
    /// Whether this tab may write the facilitator's state (a participant's page, or a
    /// state this version cannot read, does not).
    pub write_facilitator: bool,
}

fn same<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// The records to write so that storage holds `wanted`, given that it holds `saved`.
pub fn plan(saved: &Saved, wanted: Wanted) -> Plan {
    let mut after = saved.clone();
    let mut unversioned = Vec::new();
    if wanted.lang != saved.lang {
        unversioned.push(Write {
            key: PREFS.into(),
            part: Piece::Prefs(Prefs { lang: wanted.lang }),
        });
        after.lang = wanted.lang;
    }
    for (id, survey) in wanted.surveys {
        if saved.surveys.get(id) != Some(survey) {
            unversioned.push(Write {
                key: survey_key(id),
                part: Piece::Survey(Box::new(survey.clone())),
            });
        }
    }
    after.surveys = wanted.surveys.clone();

    let (mut versioned, mut deletes) = (Vec::new(), Vec::new());
    let now = &wanted.facilitator;
    // Nothing stored and nothing to store: a first visit writes nothing (so that an
    // earlier version's state can still be migrated on the next load). Compared as stored:
    // what a load renews on the board (its suggestions' key) is not stored.
    let unchanged = match &saved.facilitator {
        Some(was) => facilitator_equal(was, now),
        None => saved.version == 0 && facilitator_equal(&Facilitator::default(), now),
    };
    if wanted.write_facilitator && !unchanged {
        let empty = Facilitator::default();
        let was = saved.facilitator.as_ref().unwrap_or(&empty);
        let known = saved.facilitator.is_some();

        // The cohort and its rounds.
        if !known || !same(&was.cohort, &now.cohort) {
            if let Some(c) = &now.cohort {
                let head_changed = !known
                    || was
                        .cohort
                        .as_ref()
                        .is_none_or(|w| w.workshop != c.workshop || w.responses != c.responses);
                if head_changed {
                    versioned.push(Write {
                        key: COHORT.into(),
                        part: Piece::Cohort(c.clone()),
                    });
                }
                for i in 0..c.rounds.len() {
                    let was_round = was.cohort.as_ref().and_then(|w| w.rounds.get(i));
                    if !known || was_round != Some(&c.rounds[i]) {
                        versioned.push(Write {
                            key: round_key(i),
                            part: Piece::Round(c.clone(), i),
                        });
                    }
                }
            } else if known && was.cohort.is_some() {
                deletes.push(COHORT.into());
            }
        }
        let (was_rounds, now_rounds) = (
            was.cohort.as_ref().map_or(0, |c| c.rounds.len()),
            now.cohort.as_ref().map_or(0, |c| c.rounds.len()),
        );
        deletes.extend((now_rounds..was_rounds).map(round_key));

        // The archive, by position.
        for (i, c) in now.archive.iter().enumerate() {
            if !known || was.archive.get(i).is_none_or(|w| !Rc::ptr_eq(w, c)) {
                versioned.push(Write {
                    key: archive_key(i),
                    part: Piece::Archived(c.clone()),
                });
            }
        }
        deletes.extend((now.archive.len()..was.archive.len()).map(archive_key));

        // The board's pairings, each stored once under an id.
        let mut pairings: Vec<(Rc<Pairing>, u64)> = Vec::new();
        for p in now.board.stored_pairings() {
            if pairings.iter().any(|(q, _)| Rc::ptr_eq(p, q)) {
                continue;
            }
            match saved.pairings.iter().find(|(q, _)| Rc::ptr_eq(p, q)) {
                Some((_, id)) => pairings.push((p.clone(), *id)),
                None => {
                    let id = after.next_pairing;
                    after.next_pairing += 1;
                    versioned.push(Write {
                        key: pairing_key(id),
                        part: Piece::Pairing(p.clone()),
                    });
                    pairings.push((p.clone(), id));
                }
            }
        }
        for (_, id) in &saved.pairings {
            if !pairings.iter().any(|(_, kept)| kept == id) {
                deletes.push(pairing_key(*id));
            }
        }
        let board = now.board.record(|p| {
            pairings
                .iter()
                .find(|(q, _)| Rc::ptr_eq(p, q))
                .map_or(0, |(_, id)| *id)
        });
        after.pairings = pairings;

        // Backups: the content of a new one, and the records of those dropped.
        let mut stored_backups = BTreeSet::new();
        for b in &now.backups {
            if saved.backups.contains(&b.info.id) {
                stored_backups.insert(b.info.id.clone());
            } else if let Some(content) = &b.content {
                versioned.push(Write {
                    key: backup_key(&b.info.id),
                    part: Piece::Backup(content.clone()),
                });
                stored_backups.insert(b.info.id.clone());
            }
        }
        deletes.extend(
            saved
                .backups
                .difference(&stored_backups)
                .map(|id| backup_key(id)),
        );
        after.backups = stored_backups;

        let meta = Meta {
            format: FORMAT.into(),
            version: saved.version + 1,
            cohort: now.cohort.is_some(),
            rounds: now_rounds,
            archive: now.archive.len(),
            workshop_draft: now.workshop_draft.clone(),
            public_base: now.public_base.clone(),
            board,
            next_pairing: after.next_pairing,
            backups: now.backups.iter().map(|b| b.info.clone()).collect(),
        };
        versioned.push(Write {
            key: META.into(),
            part: Piece::Meta(Box::new(meta)),
        });
        after.version = saved.version + 1;
        after.facilitator = Some(now.clone());
    }
    Plan {
        base: saved.version,
        versioned,
        deletes,
        unversioned,
        after,
    }
}

/// Whether two states are the same for storage: the shared parts by pointer, the rest by
/// value (the board's transient state does not count).
fn facilitator_equal(a: &Facilitator, b: &Facilitator) -> bool {
    let board = |f: &Facilitator| f.board.record(|p| Rc::as_ptr(p) as u64);
    same(&a.cohort, &b.cohort)
        && a.archive.len() == b.archive.len()
        && a.archive
            .iter()
            .zip(&b.archive)
            .all(|(x, y)| Rc::ptr_eq(x, y))
        && a.workshop_draft == b.workshop_draft
        && a.public_base == b.public_base
        && a.backups
            .iter()
            .map(|b| &b.info)
            .eq(b.backups.iter().map(|b| &b.info))
        && board(a) == board(b)
}

/// What was read back from the records.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub facilitator: Facilitator,
    pub surveys: BTreeMap<String, SurveyState>,
    pub lang: Option<Lang>,
    /// What could not be read, and why (the records themselves are left as they were).
    pub set_aside: Vec<SetAside>,
    /// Records holding something unreadable: copy them aside before anything is written.
    pub damaged: Vec<String>,
    /// What storage holds, as this tab now knows it.
    pub saved: Saved,
}

/// Why the stored state cannot be read at all: this version must not write over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub why: FormatError,
}

/// Reads the records back one at a time, each parsed and checked as it comes (a large
/// room's records a line per task in the shell, see [`Loader::feed_line`]): feed them in
/// key order (as a `BTreeMap` gives them: `cohort` before `pairing/…` and `round/…`,
/// which are checked against its workshop), then [`Loader::finish`].
#[derive(Debug)]
pub struct Loader {
    meta: Option<Meta>,
    /// The record being read, until a line of another one (or the finish) closes it.
    open: Option<Open>,
    cohort: Option<Cohort>,
    rounds: BTreeMap<usize, Pairing>,
    archive: BTreeMap<usize, Rc<Cohort>>,
    pairings: Vec<(Rc<Pairing>, u64)>,
    surveys: BTreeMap<String, SurveyState>,
    lang: Option<Lang>,
    set_aside: Vec<SetAside>,
    damaged: Vec<String>,
}

fn syntax(e: serde_json::Error) -> FormatError {
    FormatError::syntax(&e)
}

/// A record being read a line at a time.
#[derive(Debug)]
struct Open {
    key: String,
    /// How many parts were set aside before it: more after it mark it damaged.
    before: usize,
    reading: Reading,
}

/// What the next lines of a record add to.
#[derive(Debug)]
enum Reading {
    /// Nothing: a record of one line, or one that could not be read.
    Nothing,
    /// A cohort's answers: the current one's, or the archived one's at this position.
    Answers {
        cohort: Cohort,
        seen: BTreeSet<String>,
        next: usize,
        archived: Option<usize>,
    },
    /// A pairing's pairs and people without a partner.
    Pairs { pairing: Pairing, slot: Slot },
}

/// Where a pairing read from a record goes.
#[derive(Debug, Clone, Copy)]
enum Slot {
    Round(usize),
    Board(u64),
}

impl Slot {
    fn part(self) -> Part {
        match self {
            Slot::Round(i) => Part::Round(i),
            Slot::Board(_) => Part::Board,
        }
    }
}

/// The lines of a stored record, as the loader reads them (only the large records are
/// written in lines; another record's text is one piece, whatever it holds).
pub fn lines_of<'a>(key: &str, text: &'a str) -> Box<dyn Iterator<Item = &'a str> + 'a> {
    let sliced = key == COHORT
        || ["round/", "archive/", "pairing/"]
            .iter()
            .any(|p| key.starts_with(p));
    if sliced {
        Box::new(text.split('\n'))
    } else {
        Box::new(std::iter::once(text))
    }
}

/// The version a `meta` record's text holds (0 when it has none).
pub fn version_of(meta: &str) -> u64 {
    serde_json::from_str::<Value>(meta)
        .ok()
        .and_then(|m| m.get("version")?.as_u64())
        .unwrap_or(0)
}

impl Loader {
    /// Starts from the `meta` record (`None`: nothing stored yet).
    pub fn new(meta: Option<&str>) -> Result<Loader, Unreadable> {
        let meta = match meta {
            None => None,
            Some(text) => {
                let value: Value =
                    serde_json::from_str(text).map_err(|e| Unreadable { why: syntax(e) })?;
                match value.get("format").and_then(Value::as_str) {
                    Some(FORMAT | FORMAT_V2) => {}
                    Some(other) => {
                        return Err(Unreadable {
                            why: FormatError::UnknownFormat {
                                found: other.chars().take(80).collect(),
                            },
                        })
                    }
                    None => {
                        return Err(Unreadable {
                            why: FormatError::NoFormatTag,
                        })
                    }
                }
                let meta: Meta = serde_json::from_value(value).map_err(|e| Unreadable {
                    why: FormatError::shape(META, &e),
                })?;
                Some(meta)
            }
        };
        Ok(Loader {
            meta,
            open: None,
            cohort: None,
            rounds: BTreeMap::new(),
            archive: BTreeMap::new(),
            pairings: Vec::new(),
            surveys: BTreeMap::new(),
            lang: None,
            set_aside: Vec::new(),
            damaged: Vec::new(),
        })
    }

    /// Feeds one record (any key but `meta`). What cannot be read is set aside and its
    /// record listed as damaged (to be copied aside before anything is written over it).
    pub fn feed(&mut self, key: &str, text: &str) {
        for line in lines_of(key, text) {
            self.feed_line(key, line);
        }
    }

    /// Feeds one line of a record (see [`lines_of`]): the lines of a record one after
    /// the other, the records in key order.
    pub fn feed_line(&mut self, key: &str, line: &str) {
        match self.open.take() {
            Some(mut open) if open.key == key => {
                self.next_line(&mut open, line);
                self.open = Some(open);
            }
            other => {
                if let Some(open) = other {
                    self.close(open);
                }
                let before = self.set_aside.len();
                let reading = self.first_line(key, line);
                self.open = Some(Open {
                    key: key.into(),
                    before,
                    reading,
                });
            }
        }
    }

    /// Reads a record's first line: the whole record, or the head of a large one.
    fn first_line(&mut self, key: &str, text: &str) -> Reading {
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                self.set_aside.push(SetAside {
                    part: Part::Record(key.into()),
                    why: Why::Format(syntax(e)),
                });
                self.damaged.push(key.into());
                return Reading::Nothing;
            }
        };
        let index = |prefix: &str| {
            key.strip_prefix(prefix)
                .and_then(|n| n.parse::<usize>().ok())
        };
        let workshop = self.cohort.as_ref().map(|c| c.workshop.clone());
        let answers = |cohort: Cohort, archived: Option<usize>| {
            let seen = cohort
                .responses
                .iter()
                .map(|r| r.participant_id.clone())
                .collect();
            let next = cohort.responses.len();
            Reading::Answers {
                cohort,
                seen,
                next,
                archived,
            }
        };
        if key == COHORT {
            if let Some(c) = recover::cohort(&value, Part::Cohort, &mut self.set_aside) {
                return answers(c, None);
            }
        } else if key == PREFS {
            match serde_json::from_value::<Prefs>(value) {
                Ok(p) => self.lang = p.lang,
                Err(e) => self.aside(Part::Language, key, e),
            }
        } else if let Some(i) = index("round/") {
            let read = match &workshop {
                Some(w) => recover::pairing(&value, w),
                None => Err(Why::Format(FormatError::Empty)),
            };
            match read {
                Ok(pairing) => {
                    return Reading::Pairs {
                        pairing,
                        slot: Slot::Round(i),
                    }
                }
                Err(why) => self.set_aside.push(SetAside {
                    part: Part::Round(i),
                    why,
                }),
            }
        } else if let Some(i) = index("archive/") {
            if let Some(c) = recover::cohort(&value, Part::Archived(i), &mut self.set_aside) {
                return answers(c, Some(i));
            }
        } else if let Some(id) = key
            .strip_prefix("pairing/")
            .and_then(|n| n.parse::<u64>().ok())
        {
            let read = match &workshop {
                Some(w) => recover::pairing(&value, w),
                None => formats::parse_pairing(text.as_bytes()).map_err(Why::from),
            };
            match read {
                Ok(pairing) => {
                    return Reading::Pairs {
                        pairing,
                        slot: Slot::Board(id),
                    }
                }
                Err(why) => self.set_aside.push(SetAside {
                    part: Part::Board,
                    why,
                }),
            }
        } else if let Some(workshop) = key.strip_prefix("survey/") {
            match serde_json::from_value::<SurveyState>(value) {
                Ok(s) => match crate::document::validate::workshop(&s.workshop) {
                    Ok(()) => {
                        self.surveys.insert(workshop.to_owned(), s);
                    }
                    Err(e) => self.set_aside.push(SetAside {
                        part: Part::Survey(workshop.into()),
                        why: e.into(),
                    }),
                },
                Err(e) => self.aside(Part::Survey(workshop.into()), key, e),
            }
        }
        // Backups are read when one is restored; other keys belong to a newer version.
        Reading::Nothing
    }

    /// Reads a line after the head of a large record.
    fn next_line(&mut self, open: &mut Open, line: &str) {
        match &mut open.reading {
            Reading::Nothing => {}
            Reading::Answers {
                cohort, seen, next, ..
            } => {
                match recover::more_responses(
                    line,
                    &cohort.workshop,
                    seen,
                    next,
                    &mut self.set_aside,
                ) {
                    Ok(more) => cohort.responses.extend(more),
                    Err(why) => {
                        // Not even a list: that line's answers are set aside, the others kept.
                        let part = match open
                            .key
                            .strip_prefix("archive/")
                            .and_then(|i| i.parse().ok())
                        {
                            Some(i) => Part::Archived(i),
                            None => Part::AnswerLine { from: *next },
                        };
                        self.set_aside.push(SetAside {
                            part,
                            why: Why::Format(why),
                        });
                        *next += crate::workflow::sliced::RESPONSES_PER_LINE;
                    }
                }
            }
            Reading::Pairs { pairing, slot } => {
                if let Err(e) = read_pairing_part(pairing, line) {
                    let why = if e.is_syntax() || e.is_eof() {
                        syntax(e)
                    } else {
                        FormatError::shape(open.key.as_str(), &e)
                    };
                    self.set_aside.push(SetAside {
                        part: slot.part(),
                        why: Why::Format(why),
                    });
                    open.reading = Reading::Nothing;
                }
            }
        }
    }

    /// A record is read: what it held goes where it belongs.
    fn close(&mut self, open: Open) {
        match open.reading {
            Reading::Nothing => {}
            Reading::Answers {
                cohort,
                archived: None,
                ..
            } => self.cohort = Some(cohort),
            Reading::Answers {
                cohort,
                archived: Some(i),
                ..
            } => {
                self.archive.insert(i, Rc::new(cohort));
            }
            Reading::Pairs { pairing, slot } => match validate::pairing_alone(&pairing) {
                Ok(()) => match slot {
                    Slot::Round(i) => {
                        self.rounds.insert(i, pairing);
                    }
                    Slot::Board(id) => self.pairings.push((Rc::new(pairing), id)),
                },
                Err(e) => self.set_aside.push(SetAside {
                    part: slot.part(),
                    why: Why::Format(e.into()),
                }),
            },
        }
        if self.set_aside.len() > open.before && !self.damaged.iter().any(|d| *d == open.key) {
            self.damaged.push(open.key);
        }
    }

    fn aside(&mut self, part: Part, key: &str, e: serde_json::Error) {
        let why = Why::Format(FormatError::shape(key, &e));
        self.set_aside.push(SetAside { part, why });
    }

    /// The state read back.
    pub fn finish(mut self) -> Loaded {
        if let Some(open) = self.open.take() {
            self.close(open);
        }
        let mut saved = Saved {
            lang: self.lang,
            surveys: self.surveys.clone(),
            ..Saved::default()
        };
        let Some(meta) = self.meta.take() else {
            return Loaded {
                facilitator: Facilitator::default(),
                surveys: self.surveys,
                lang: self.lang,
                set_aside: self.set_aside,
                damaged: self.damaged,
                saved,
            };
        };
        let (mut aside, mut damaged) = (
            std::mem::take(&mut self.set_aside),
            std::mem::take(&mut self.damaged),
        );
        let cohort = match (meta.cohort, self.cohort.take()) {
            (false, _) => None,
            (true, None) => {
                if !damaged.iter().any(|d| d == COHORT) {
                    aside.push(SetAside {
                        part: Part::Cohort,
                        why: Why::Format(FormatError::Empty),
                    });
                    damaged.push(COHORT.into());
                }
                None
            }
            (true, Some(mut c)) => {
                c.rounds = (0..meta.rounds)
                    .filter_map(|i| self.rounds.remove(&i))
                    .collect();
                Some(Rc::new(c))
            }
        };
        let archive: Vec<Rc<Cohort>> = (0..meta.archive)
            .filter_map(|i| self.archive.remove(&i))
            .collect();
        let pairings = std::mem::take(&mut self.pairings);
        let board = Board::from_record(meta.board.clone(), |id| {
            pairings
                .iter()
                .find(|(_, i)| *i == id)
                .map(|(p, _)| p.clone())
        });
        let backups = meta
            .backups
            .iter()
            .map(|info| Backup {
                info: info.clone(),
                content: None,
            })
            .collect();
        let facilitator = Facilitator {
            cohort,
            archive,
            workshop_draft: meta.workshop_draft.clone(),
            public_base: meta.public_base.clone(),
            board,
            backups,
        };
        saved.version = meta.version;
        saved.next_pairing = meta
            .next_pairing
            .max(pairings.iter().map(|(_, id)| id + 1).max().unwrap_or(0));
        saved.backups = meta.backups.iter().map(|b| b.id.clone()).collect();
        // Parts set aside are not what storage holds: the next write rewrites everything.
        let facilitator_damaged = damaged.iter().any(|d| is_versioned(d));
        if !facilitator_damaged {
            saved.pairings = pairings;
            saved.facilitator = Some(facilitator.clone());
        }
        Loaded {
            facilitator,
            surveys: self.surveys,
            lang: self.lang,
            set_aside: aside,
            damaged,
            saved,
        }
    }
}

/// Reads a whole set of records at once (tests, and small states).
pub fn load(records: &BTreeMap<String, String>) -> Result<Loaded, Unreadable> {
    let mut loader = Loader::new(records.get(META).map(String::as_str))?;
    for (key, text) in records {
        if key != META {
            loader.feed(key, text);
        }
    }
    Ok(loader.finish())
}

/// Storage held in memory with the same rules as the shell's: a plan's facilitator
/// writes are committed only if the stored version is still the one planned against.
/// The tests' model of two tabs sharing one browser's storage (and the app's last
/// resort where the browser stores nothing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryStore {
    pub records: BTreeMap<String, String>,
}

/// Another tab wrote first: storage holds a newer version than the plan's base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conflict {
    pub stored: u64,
}

impl MemoryStore {
    /// The stored version (0 when nothing is stored).
    pub fn version(&self) -> u64 {
        self.records.get(META).map_or(0, |m| version_of(m))
    }

    /// Commits `plan`: the unversioned records always; the facilitator's only if the
    /// stored version is `plan.base`. Returns what this tab then knows is stored.
    pub fn commit(&mut self, plan: Plan, saved: &Saved) -> Result<Saved, (Conflict, Saved)> {
        for w in &plan.unversioned {
            self.records.insert(w.key.clone(), w.text());
        }
        let stored = self.version();
        if !plan.versioned.is_empty() || !plan.deletes.is_empty() {
            if stored != plan.base {
                return Err((Conflict { stored }, plan.unversioned_only(saved)));
            }
            for w in &plan.versioned {
                self.records.insert(w.key.clone(), w.text());
            }
            for key in &plan.deletes {
                self.records.remove(key);
            }
        }
        Ok(plan.committed())
    }
}

/// A backup's id: its time and a number that tells apart two kept in one second.
pub fn backup_id(now: &str, existing: &[Backup]) -> String {
    let n = existing.iter().filter(|b| b.info.created_at == now).count();
    format!("{now}#{n}")
}

/// A new backup of `content` (a session file), newest last, keeping [`MAX_BACKUPS`]. Its
/// size is known once it is stored (see [`Write::backup_id`]): serialising a large room
/// here would hold up the action that made it.
pub fn add_backup(backups: &mut Vec<Backup>, reason: BackupReason, content: Cohort, now: &str) {
    let bytes = 0;
    let info = BackupInfo {
        id: backup_id(now, backups),
        created_at: now.to_owned(),
        reason,
        title: content.workshop.title.clone(),
        answers: content.responses.len(),
        bytes,
    };
    backups.push(Backup {
        info,
        content: Some(Rc::new(content)),
    });
    let extra = backups.len().saturating_sub(MAX_BACKUPS);
    backups.drain(..extra);
}

/// A backup's content read back (a session file).
pub fn read_backup(text: &str) -> Result<Cohort, FormatError> {
    formats::parse_cohort(text.as_bytes())
}

/// Whether `key` is one of the facilitator's versioned records.
pub fn is_versioned(key: &str) -> bool {
    key == META
        || key == COHORT
        || ["round/", "archive/", "pairing/", "backup/"]
            .iter()
            .any(|p| key.starts_with(p))
}

/// The tag written into the cohort record.
pub fn cohort_tag() -> String {
    Kind::Cohort.tag()
}
