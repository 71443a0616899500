//! What the `kakehashi` command line says, as typed values: [`Cli`] (a message with its
//! values), [`UsageMistake`] (a mistake in the command line, kept until it is printed)
//! and [`IoProblem`] (why a file could not be read or written). Each language file words
//! every one of them whole ([`super::Language::cli`]).
//!
//! Values that come from files or the command line (paths, names, ids, the core's error
//! sentences) arrive already made safe for a terminal by the CLI: a language file only
//! places them.

use crate::document::model::Kind;

/// A message of the command line.
#[derive(Debug, Clone, PartialEq)]
pub enum Cli<'a> {
    /// The help text: every subcommand with its options.
    Usage,
    /// A mistake in the command line, printed before the help text.
    Mistake(&'a UsageMistake),
    /// Something about a path: "cohort.json: the file is empty".
    AtPath {
        path: &'a str,
        problem: &'a str,
    },
    /// A file could not be read.
    CannotRead(&'a IoProblem),
    /// The single file (`--app`) could not be read; says how to make it.
    CannotReadApp(&'a IoProblem),
    /// A file could not be written.
    CannotWrite(&'a IoProblem),
    /// A folder could not be created.
    CannotCreate(&'a IoProblem),
    /// The standard output could not be written.
    CannotWriteOutput(&'a IoProblem),
    /// `survey-file` was given a document of another kind than a workshop or a cohort.
    NotAWorkshop {
        found: Kind,
    },
    /// `validate`: a file that passed every check, with what it is.
    Valid {
        path: &'a str,
        summary: &'a str,
    },
    /// `validate`: a file that did not, with why.
    Failed {
        path: &'a str,
        problem: &'a str,
    },
    /// What a valid response is, checked against its workshop.
    ResponseFor {
        name: &'a str,
        workshop: &'a str,
    },
    /// What a valid response is, when its workshop was not given.
    ResponseAlone {
        name: &'a str,
        workshop: &'a str,
    },
    WorkshopSummary {
        id: &'a str,
        skills: usize,
        generations: usize,
    },
    CohortSummary {
        workshop: &'a str,
        responses: usize,
    },
    PairingSummary {
        workshop: &'a str,
        pairs: usize,
    },
    /// `demo --responses-dir`: what was written where.
    WroteResponses {
        n: usize,
        dir: &'a str,
    },
    /// `bench` in a debug build: the times mean little.
    DebugBuildNote,
    /// `bench`: the table's heading.
    BenchHeader,
    /// `bench`: one size and mode could not be matched.
    BenchFailed {
        n: usize,
        mode: &'a str,
        problem: &'a str,
    },
}

/// A mistake in the command line itself (exit code 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageMistake {
    UnknownCommand(String),
    UnknownOption(String),
    NeedsValue(String),
    GivenTwice(String),
    NotWholeNumber {
        flag: String,
        value: String,
    },
    /// `--lang` is neither `ja` nor `en`.
    LangChoice(String),
    ModeChoice(String),
    ObjectiveChoice(String),
    /// `validate` without a file.
    ValidateNeedsFile,
    /// `command` needs one `what` file (`COHORT`, `WORKSHOP`).
    NeedsFile {
        command: String,
        what: String,
    },
    /// `command` takes only one `what` file.
    TakesOneFile {
        command: String,
        what: String,
    },
    DemoTakesNoFile(String),
    DemoNeedsParticipants,
    ParticipantsAtMost {
        max: usize,
    },
    NowNotUtc(String),
    SizesNotNumbers(String),
    SizeAboveMaximum {
        size: usize,
        max: usize,
    },
    /// `--capacity` outside 1 to the core's maximum.
    CapacityOutOfRange {
        value: u32,
        max: u32,
    },
}

/// Why a file or folder could not be read, written or created: the common cases by
/// name, anything else with the system's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoProblem {
    NotFound,
    PermissionDenied,
    IsADirectory,
    NotADirectory,
    StorageFull,
    /// The operating system's message, as it gave it.
    Other(String),
}
