//! The `kakehashi` command line, as a function from arguments to output and an exit code,
//! so that tests drive it without spawning processes. This is the native edge: it reads
//! and writes files, reads the clock and times the benchmark; all checking, scoring and
//! matching is done by the core ([`crate::document::formats`], [`crate::matching`], [`crate::demo`]).
//!
//! Subcommands:
//! - `validate FILE...`: checks any Kakehashi JSON files; responses are also checked
//!   against a workshop or cohort given in the same call. Exit 1 if any file fails.
//! - `template [--lang ja|en]`: prints the built-in workshop.
//! - `demo --participants N`: writes a synthetic cohort (and, with `--responses-dir`, the
//!   workshop and one response file per participant).
//! - `scores COHORT`: prints every pair's score; `match COHORT`: prints the pairing.
//! - `bench`: times scoring and matching on demo cohorts.
//! - `survey-file WORKSHOP`: writes a survey file for participants, the single-file app
//!   (`dist/kakehashi.html`) with the workshop embedded ([`crate::transport::survey_file`]).
//!
//! Exit codes: 0 success, 1 a file or the matching failed (the message says why), 2 a
//! mistake in the command line.
//!
//! Every message is a typed [`Cli`] value worded by the language files ([`crate::i18n`]),
//! in English, or in Japanese when the environment asks for it ([`message_language`],
//! read once by the binary). Flags, file names and JSON are the same in both.

use crate::demo;
use crate::document::formats::{self, Document, FormatError, MAX_DOCUMENT_BYTES};
use crate::document::model::{Cohort, Lang, MatchingMode, MatchingSettings, Objective, Workshop};
use crate::document::template;
use crate::document::validate::{self, MAX_MENTOR_CAPACITY};
use crate::i18n::{self, Cli, IoProblem, UsageMistake};
use crate::matching::{self, assignment, blossom, MatchError, ScoredCohort};
use crate::transport::survey_file;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Runs the command line with English messages; returns the process exit code (0 ok,
/// 1 a file failed, 2 usage).
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    run_in(Lang::En, args, out, err)
}

/// The language of the CLI's messages, from the environment as POSIX reads it: the
/// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty; Japanese when
/// it starts with `ja` (`ja_JP.UTF-8`), else English. `var` reads one variable.
pub fn message_language(var: impl Fn(&str) -> Option<String>) -> Lang {
    let setting = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| var(name))
        .find(|v| !v.is_empty());
    match setting {
        Some(value) if value.starts_with("ja") => Lang::Ja,
        _ => Lang::En,
    }
}

/// Runs the command line with messages in `lang`; returns the process exit code.
pub fn run_in(lang: Lang, args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut console = Console { lang, out, err };
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => {
            let usage = console.say(&Cli::Usage);
            let _ = write!(console.err, "{usage}");
            return 2;
        }
    };
    let result = match command {
        "validate" => validate_files(rest, &mut console),
        "template" => print_template(rest, &mut console),
        "demo" => write_demo(rest, &mut console),
        "scores" => print_scores(rest, &mut console),
        "match" => print_match(rest, &mut console),
        "bench" => bench(rest, &mut console),
        "survey-file" => write_survey_file(rest, &mut console),
        "help" | "--help" | "-h" => {
            let usage = console.say(&Cli::Usage);
            let _ = write!(console.out, "{usage}");
            Ok(0)
        }
        other => Err(UsageError(UsageMistake::UnknownCommand(other.to_owned()))),
    };
    match result {
        Ok(code) => code,
        Err(UsageError(mistake)) => {
            let (message, usage) = (
                shown(&console.say(&Cli::Mistake(&mistake))).into_owned(),
                console.say(&Cli::Usage),
            );
            let _ = writeln!(console.err, "kakehashi: {message}\n\n{usage}");
            2
        }
    }
}

/// Where the command line writes, and in which language.
struct Console<'a> {
    lang: Lang,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
}

impl Console<'_> {
    fn say(&self, message: &Cli) -> String {
        i18n::cli(self.lang, message)
    }

    /// "cohort.json: the file is empty", in this console's language.
    fn at_path(&self, path: &str, problem: &str) -> String {
        self.say(&Cli::AtPath {
            path: &shown(path),
            problem: &shown(problem),
        })
    }

    /// Prints `kakehashi: <message>` on the error stream; the exit code 1.
    fn fail(&mut self, message: &str) -> Result<u8, UsageError> {
        let _ = writeln!(self.err, "kakehashi: {message}");
        Ok(1)
    }

    /// Why a file could not be read, or what the core found wrong in it.
    fn read_problem(&self, problem: &ReadProblem) -> String {
        let text = match problem {
            ReadProblem::Io(io) => self.say(&Cli::CannotRead(io)),
            ReadProblem::Format(e) => i18n::format_error(self.lang, e),
        };
        shown(&text).into_owned()
    }

    /// Why the engine refused, naming people by their ids.
    fn match_problem(&self, e: &MatchError) -> String {
        shown(&i18n::match_error(self.lang, e, &|id: &str| id.to_owned())).into_owned()
    }
}

/// A mistake in the command line itself (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub UsageMistake);

/// Whether printing `c` could drive a terminal or change how a line reads: control
/// characters (C0 with line breaks and tabs, DEL, C1) and the bidirectional marks,
/// embeddings, overrides and isolates.
fn is_unsafe_for_terminal(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` as it may be printed on a terminal: every character that could drive it (ESC
/// sequences that retitle the window or clear the screen, BEL) or change how the line
/// reads (a line break before a fake `OK`, a right-to-left override) is written as
/// Rust writes it, `\u{1b}`. Everything the CLI prints from a file or an argument goes
/// through here: names, ids, titles, paths and the core's messages that quote them.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe_for_terminal) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_for_terminal(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// JSON printed on a terminal: the same document, with the characters serde leaves as
/// they are (DEL, C1, bidirectional controls) written as JSON escapes `\u202e`. serde
/// already escapes C0 inside strings, so the only raw controls left are line breaks.
fn json_for_terminal(json: &str) -> std::borrow::Cow<'_, str> {
    let escape = |c: char| is_unsafe_for_terminal(c) && !matches!(c, '\n' | '\r' | '\t');
    if !json.chars().any(escape) {
        return std::borrow::Cow::Borrowed(json);
    }
    std::borrow::Cow::Owned(
        json.chars()
            .map(|c| {
                if escape(c) {
                    format!("\\u{:04x}", u32::from(c))
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

fn print_template(args: &[String], console: &mut Console) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--lang"])?;
    let _ = writeln!(
        console.out,
        "{}",
        formats::to_json(&template::default_workshop(args.lang()?))
    );
    Ok(0)
}

/// Why a document file could not be used.
#[derive(Debug)]
pub enum ReadProblem {
    /// The file system refused.
    Io(IoProblem),
    /// The bytes are not a valid document (or too many of them).
    Format(FormatError),
}

/// An I/O error as the words for it.
fn io_problem(e: &std::io::Error) -> IoProblem {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => IoProblem::NotFound,
        K::PermissionDenied => IoProblem::PermissionDenied,
        K::IsADirectory => IoProblem::IsADirectory,
        K::NotADirectory => IoProblem::NotADirectory,
        K::StorageFull => IoProblem::StorageFull,
        _ => IoProblem::Other(e.to_string()),
    }
}

/// Reads a file for parsing: at most [`MAX_DOCUMENT_BYTES`] and one byte more, so that a
/// device that never ends (`/dev/zero`, whose size the system gives as 0) or a file
/// that grows is refused with the size message instead of being read forever.
pub fn read_document_file(path: &Path) -> Result<Vec<u8>, ReadProblem> {
    read_limited(path, MAX_DOCUMENT_BYTES)
}

/// The bytes of `path`, or [`FormatError::TooLarge`] as soon as there are more than
/// `limit` of them.
fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>, ReadProblem> {
    use std::io::Read;
    let io = |e: std::io::Error| ReadProblem::Io(io_problem(&e));
    let file = std::fs::File::open(path).map_err(io)?;
    let claimed = file
        .metadata()
        .map_or(0, |m| usize::try_from(m.len()).unwrap_or(usize::MAX));
    if claimed > limit {
        return Err(ReadProblem::Format(FormatError::TooLarge {
            size: claimed,
            limit,
        }));
    }
    let mut bytes = Vec::with_capacity(claimed.min(limit) + 1);
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() > limit {
        return Err(ReadProblem::Format(FormatError::TooLarge {
            size: bytes.len().max(claimed),
            limit,
        }));
    }
    Ok(bytes)
}

/// Reads and parses any document file.
fn read_document(path: &str) -> Result<Document, ReadProblem> {
    let bytes = read_document_file(Path::new(path))?;
    formats::parse_document(&bytes).map_err(ReadProblem::Format)
}

fn validate_files(paths: &[String], console: &mut Console) -> Result<u8, UsageError> {
    if paths.is_empty() {
        return Err(UsageError(UsageMistake::ValidateNeedsFile));
    }
    let parsed: Vec<(&String, Result<Document, String>)> = paths
        .iter()
        .map(|p| {
            (
                p,
                read_document(p).map_err(|problem| console.read_problem(&problem)),
            )
        })
        .collect();

    // Responses are checked against any workshop (or cohort's workshop) given alongside.
    let mut workshops: BTreeMap<&str, &Workshop> = BTreeMap::new();
    for (_, doc) in &parsed {
        match doc {
            Ok(Document::Workshop(w)) => {
                workshops.insert(&w.id, w);
            }
            Ok(Document::Cohort(c)) => {
                workshops.insert(&c.workshop.id, &c.workshop);
            }
            _ => {}
        }
    }

    let mut failures = 0;
    for (path, doc) in &parsed {
        let verdict = match doc {
            Err(message) => Err(message.clone()),
            Ok(Document::Response(r)) => match workshops.get(r.workshop_id.as_str()) {
                Some(w) => validate::response_for(r, w)
                    .map(|()| {
                        console.say(&Cli::ResponseFor {
                            name: &shown(&r.name),
                            workshop: &shown(&w.id),
                        })
                    })
                    .map_err(|e| shown(&i18n::invalid_message(console.lang, &e)).into_owned()),
                None => Ok(console.say(&Cli::ResponseAlone {
                    name: &shown(&r.name),
                    workshop: &shown(&r.workshop_id),
                })),
            },
            // What matching would refuse is said here too: the engine's own checks.
            Ok(Document::Workshop(w)) => matching::check_settings(&w.matching)
                .map(|()| {
                    console.say(&Cli::WorkshopSummary {
                        id: &shown(&w.id),
                        skills: w.skills.len(),
                        generations: w.generations.len(),
                    })
                })
                .map_err(|e| console.match_problem(&e)),
            Ok(Document::Cohort(c)) => matching::check_cohort(c, &c.workshop.matching)
                .map(|()| {
                    console.say(&Cli::CohortSummary {
                        workshop: &shown(&c.workshop.id),
                        responses: c.responses.len(),
                    })
                })
                .map_err(|e| console.match_problem(&e)),
            Ok(Document::Pairing(p)) => Ok(console.say(&Cli::PairingSummary {
                workshop: &shown(&p.workshop_id),
                pairs: p.pairs.len(),
            })),
        };
        let path = shown(path);
        let line = match &verdict {
            Ok(summary) => console.say(&Cli::Valid {
                path: &path,
                summary,
            }),
            Err(problem) => {
                failures += 1;
                console.say(&Cli::Failed {
                    path: &path,
                    problem,
                })
            }
        };
        let _ = writeln!(console.out, "{line}");
    }
    Ok(if failures == 0 { 0 } else { 1 })
}

/// A subcommand's arguments: positionals and `--flag value` options.
struct Args<'a> {
    positional: Vec<&'a str>,
    options: BTreeMap<&'static str, &'a str>,
}

impl<'a> Args<'a> {
    /// Splits `args`; every flag takes a value and must be one of `flags`.
    fn parse(args: &'a [String], flags: &[&'static str]) -> Result<Args<'a>, UsageError> {
        let mut parsed = Args {
            positional: Vec::new(),
            options: BTreeMap::new(),
        };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if arg.starts_with('-') && arg.len() > 1 {
                let flag = flags
                    .iter()
                    .find(|f| **f == arg)
                    .ok_or_else(|| UsageError(UsageMistake::UnknownOption(arg.clone())))?;
                let value = iter
                    .next()
                    .ok_or_else(|| UsageError(UsageMistake::NeedsValue((*flag).to_owned())))?;
                if parsed.options.insert(flag, value).is_some() {
                    return Err(UsageError(UsageMistake::GivenTwice((*flag).to_owned())));
                }
            } else {
                parsed.positional.push(arg);
            }
        }
        Ok(parsed)
    }

    fn get(&self, flag: &str) -> Option<&'a str> {
        self.options.get(flag).copied()
    }

    fn number<T: std::str::FromStr>(&self, flag: &str) -> Result<Option<T>, UsageError> {
        self.get(flag)
            .map(|v| {
                v.parse().map_err(|_| {
                    UsageError(UsageMistake::NotWholeNumber {
                        flag: flag.to_owned(),
                        value: v.to_owned(),
                    })
                })
            })
            .transpose()
    }

    fn lang(&self) -> Result<Lang, UsageError> {
        match self.get("--lang") {
            None => Ok(Lang::En),
            Some(tag) => Lang::from_tag(tag)
                .ok_or_else(|| UsageError(UsageMistake::LangChoice(tag.to_owned()))),
        }
    }

    fn mode(&self) -> Result<Option<MatchingMode>, UsageError> {
        self.get("--mode")
            .map(|m| match m {
                "mutual" => Ok(MatchingMode::Mutual),
                "reverse" => Ok(MatchingMode::Reverse),
                other => Err(UsageError(UsageMistake::ModeChoice(other.to_owned()))),
            })
            .transpose()
    }

    /// The single file argument of `command`, a `what` file (`COHORT`, `WORKSHOP`).
    fn one_file(&self, command: &str, what: &str) -> Result<&'a str, UsageError> {
        let (command, what) = (command.to_owned(), what.to_owned());
        match self.positional.as_slice() {
            [file] => Ok(file),
            [] => Err(UsageError(UsageMistake::NeedsFile { command, what })),
            _ => Err(UsageError(UsageMistake::TakesOneFile { command, what })),
        }
    }
}

/// Writes `text` to the `-o` file, or to the standard output. Returns the exit code.
fn emit(text: &str, output: Option<&str>, console: &mut Console) -> u8 {
    let written = match output {
        Some(path) => std::fs::write(path, text)
            .map_err(|e| console.at_path(path, &console.say(&Cli::CannotWrite(&io_problem(&e))))),
        None => console
            .out
            .write_all(json_for_terminal(text).as_bytes())
            .map_err(|e| console.say(&Cli::CannotWriteOutput(&io_problem(&e)))),
    };
    match written {
        Ok(()) => 0,
        Err(message) => {
            let _ = writeln!(console.err, "kakehashi: {message}");
            1
        }
    }
}

/// Reads and checks a cohort file; the error is the same message `validate` prints.
fn load_cohort(path: &str, console: &Console) -> Result<Cohort, String> {
    read_document_file(Path::new(path))
        .and_then(|bytes| formats::parse_cohort(&bytes).map_err(ReadProblem::Format))
        .map_err(|problem| console.at_path(path, &console.read_problem(&problem)))
}

/// The matching settings the command line overrides, checked before any file is read.
struct Overrides {
    mode: Option<MatchingMode>,
    capacity: Option<u32>,
    objective: Option<Objective>,
}

impl Overrides {
    fn parse(args: &Args) -> Result<Overrides, UsageError> {
        let objective = match args.get("--objective") {
            None => None,
            Some("most-pairs" | "most_pairs") => Some(Objective::MostPairs),
            Some("fairest") => Some(Objective::Fairest),
            Some(other) => return Err(UsageError(UsageMistake::ObjectiveChoice(other.to_owned()))),
        };
        // The core's one bound (the board's field has the same), checked before any file is read.
        let capacity: Option<u32> = args.number("--capacity")?;
        if let Some(value) = capacity.filter(|c| !(1..=MAX_MENTOR_CAPACITY).contains(c)) {
            return Err(UsageError(UsageMistake::CapacityOutOfRange {
                value,
                max: MAX_MENTOR_CAPACITY,
            }));
        }
        Ok(Overrides {
            mode: args.mode()?,
            capacity,
            objective,
        })
    }

    /// The workshop's matching settings with these overrides.
    fn apply(&self, cohort: &Cohort) -> MatchingSettings {
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = self.mode.unwrap_or(settings.mode);
        settings.mentor_capacity = self.capacity.unwrap_or(settings.mentor_capacity);
        settings.objective = self.objective.unwrap_or(settings.objective);
        settings
    }
}

fn write_demo(args: &[String], console: &mut Console) -> Result<u8, UsageError> {
    let args = Args::parse(
        args,
        &[
            "--participants",
            "--seed",
            "--lang",
            "--now",
            "--responses-dir",
            "-o",
        ],
    )?;
    if let Some(extra) = args.positional.first() {
        return Err(UsageError(UsageMistake::DemoTakesNoFile(
            (*extra).to_owned(),
        )));
    }
    let n: usize = args
        .number("--participants")?
        .ok_or(UsageError(UsageMistake::DemoNeedsParticipants))?;
    if n > matching::engine::MAX_PARTICIPANTS {
        return Err(UsageError(UsageMistake::ParticipantsAtMost {
            max: matching::engine::MAX_PARTICIPANTS,
        }));
    }
    let seed: u64 = args.number("--seed")?.unwrap_or(1);
    let now = match args.get("--now") {
        Some(t) if validate::is_valid_timestamp(t) => t.to_owned(),
        Some(t) => return Err(UsageError(UsageMistake::NowNotUtc(t.to_owned()))),
        None => clock_now(),
    };
    let cohort = demo::demo_cohort(n, seed, args.lang()?, &now);

    if let Some(dir) = args.get("--responses-dir") {
        let dir = PathBuf::from(dir);
        let mut files = vec![(
            dir.join("workshop.json"),
            formats::to_json(&cohort.workshop),
        )];
        for r in &cohort.responses {
            files.push((
                dir.join(format!("response-{}.json", r.participant_id)),
                formats::to_json(r),
            ));
        }
        let written = std::fs::create_dir_all(&dir)
            .map_err(|e| {
                console.at_path(
                    &dir.to_string_lossy(),
                    &console.say(&Cli::CannotCreate(&io_problem(&e))),
                )
            })
            .and_then(|()| {
                files.iter().try_for_each(|(path, text)| {
                    std::fs::write(path, format!("{text}\n")).map_err(|e| {
                        console.at_path(
                            &path.to_string_lossy(),
                            &console.say(&Cli::CannotWrite(&io_problem(&e))),
                        )
                    })
                })
            });
        if let Err(message) = written {
            return console.fail(&message);
        }
        let wrote = console.say(&Cli::WroteResponses {
            n,
            dir: &shown(&dir.to_string_lossy()),
        });
        let _ = writeln!(console.err, "{wrote}");
    }
    Ok(emit(
        &format!("{}\n", formats::to_json(&cohort)),
        args.get("-o"),
        console,
    ))
}

/// Where `survey-file` finds the single file unless `--app` says otherwise.
const DEFAULT_SINGLE_FILE: &str = "dist/kakehashi.html";

fn write_survey_file(args: &[String], console: &mut Console) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--app", "-o"])?;
    let path = args.one_file("survey-file", "WORKSHOP")?;
    let workshop = match read_document(path) {
        Ok(Document::Workshop(w)) => w,
        Ok(Document::Cohort(c)) => c.workshop,
        Ok(other) => {
            let message = console.at_path(
                path,
                &console.say(&Cli::NotAWorkshop {
                    found: other.kind(),
                }),
            );
            return console.fail(&message);
        }
        Err(problem) => {
            let message = console.at_path(path, &console.read_problem(&problem));
            return console.fail(&message);
        }
    };
    let app = args.get("--app").unwrap_or(DEFAULT_SINGLE_FILE);
    let html = match read_limited(Path::new(app), survey_file::MAX_SINGLE_FILE_BYTES) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(ReadProblem::Io(e)) => {
            let message = console.at_path(app, &console.say(&Cli::CannotReadApp(&e)));
            return console.fail(&message);
        }
        Err(problem) => {
            let message = console.at_path(app, &console.read_problem(&problem));
            return console.fail(&message);
        }
    };
    let copy = match survey_file::embed(&html, &workshop) {
        Ok(copy) => copy,
        Err(e) => {
            let message = console.at_path(app, &i18n::survey_file_error(console.lang, &e));
            return console.fail(&message);
        }
    };
    let output = args
        .get("-o")
        .map_or_else(|| survey_file::file_name(&workshop), str::to_owned);
    if let Err(e) = std::fs::write(&output, copy) {
        let message = console.at_path(&output, &console.say(&Cli::CannotWrite(&io_problem(&e))));
        return console.fail(&message);
    }
    let _ = writeln!(console.out, "{}", shown(&output));
    Ok(0)
}

/// The current time as `2026-11-26T09:30:00Z` (the CLI is the edge allowed a clock).
fn clock_now() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    crate::document::timestamp::from_unix(seconds)
}

fn print_scores(args: &[String], console: &mut Console) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--mode", "-o"])?;
    let path = args.one_file("scores", "COHORT")?;
    let overrides = Overrides::parse(&args)?;
    let cohort = match load_cohort(path, console) {
        Ok(c) => c,
        Err(message) => return console.fail(&message),
    };
    let settings = overrides.apply(&cohort);
    match matching::score_matrix(&cohort, &settings) {
        Ok(matrix) => Ok(emit(&matrix_json_lines(&matrix), args.get("-o"), console)),
        Err(e) => {
            let message = console.at_path(path, &console.match_problem(&e));
            console.fail(&message)
        }
    }
}

/// The score matrix as JSON with one matrix row per line, readable and diffable even
/// for thousands of participants.
fn matrix_json_lines(matrix: &matching::ScoreMatrix) -> String {
    fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
        serde_json::to_string(value).unwrap_or_default()
    }
    let rows: Vec<String> = (0..matrix.row_ids.len())
        .map(|r| {
            let cells: Vec<Option<i64>> = (0..matrix.col_ids.len())
                .map(|c| matrix.get(r, c))
                .collect();
            json(&cells)
        })
        .collect();
    let head = match matrix.mode {
        MatchingMode::Mutual => format!("{{\"ids\": {},\n", json(&matrix.row_ids)),
        MatchingMode::Reverse => {
            format!(
                "{{\"rows\": {},\n\"cols\": {},\n",
                json(&matrix.row_ids),
                json(&matrix.col_ids)
            )
        }
    };
    format!("{head}\"matrix\": [\n{}\n]}}\n", rows.join(",\n"))
}

fn print_match(args: &[String], console: &mut Console) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--mode", "--capacity", "--objective", "-o"])?;
    let path = args.one_file("match", "COHORT")?;
    let overrides = Overrides::parse(&args)?;
    let cohort = match load_cohort(path, console) {
        Ok(c) => c,
        Err(message) => return console.fail(&message),
    };
    let settings = overrides.apply(&cohort);
    match matching::match_cohort(&cohort, &settings) {
        Ok(pairing) => Ok(emit(
            &format!("{}\n", crate::view::export::pairing_json(&cohort, &pairing)),
            args.get("-o"),
            console,
        )),
        Err(e) => {
            let message = console.at_path(path, &console.match_problem(&e));
            console.fail(&message)
        }
    }
}

/// A fixed time for benchmark cohorts, so that runs are comparable.
const BENCH_NOW: &str = "2026-11-26T09:30:00Z";

fn bench(args: &[String], console: &mut Console) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--sizes", "--seed"])?;
    let sizes: Vec<usize> = match args.get("--sizes") {
        None => vec![100, 500, 1000, 2000],
        Some(list) => list
            .split(',')
            .map(|s| {
                s.trim()
                    .parse()
                    .map_err(|_| UsageError(UsageMistake::SizesNotNumbers(list.to_owned())))
            })
            .collect::<Result<_, _>>()?,
    };
    let max = matching::engine::MAX_PARTICIPANTS;
    if let Some(&size) = sizes.iter().find(|&&n| n > max) {
        return Err(UsageError(UsageMistake::SizeAboveMaximum { size, max }));
    }
    let seed: u64 = args.number("--seed")?.unwrap_or(1);
    if cfg!(debug_assertions) {
        let note = console.say(&Cli::DebugBuildNote);
        let _ = writeln!(console.out, "{note}");
    }
    let header = console.say(&Cli::BenchHeader);
    let _ = writeln!(console.out, "{header}");
    for &n in &sizes {
        let cohort = demo::demo_cohort(n, seed, Lang::En, BENCH_NOW);
        for mode in [MatchingMode::Mutual, MatchingMode::Reverse] {
            let mode_name = if mode == MatchingMode::Mutual {
                "mutual"
            } else {
                "reverse"
            };
            let settings = MatchingSettings {
                mode,
                ..cohort.workshop.matching.clone()
            };
            let start = Instant::now();
            let scored = match ScoredCohort::new(&cohort, &settings) {
                Ok(s) => s,
                Err(e) => {
                    let line = console.say(&Cli::BenchFailed {
                        n,
                        mode: mode_name,
                        problem: &console.match_problem(&e),
                    });
                    let _ = writeln!(console.out, "{line}");
                    continue;
                }
            };
            let scoring = start.elapsed().as_secs_f64();
            let matrix = scored.score_matrix();
            let (rows, cols) = (matrix.row_ids.len(), matrix.col_ids.len());
            // The solver alone on the score matrix, as scipy or networkx would get it.
            let start = Instant::now();
            match mode {
                MatchingMode::Mutual => drop(blossom::max_weight_matching(rows, &matrix.cells)),
                MatchingMode::Reverse => drop(assignment::max_weight_assignment(
                    rows,
                    cols,
                    &vec![settings.mentor_capacity; rows],
                    &matrix.cells,
                )),
            }
            let solver = start.elapsed().as_secs_f64();
            // The whole matching: trios, explanations and "why not".
            let start = Instant::now();
            let pairing = scored.pairing();
            let matching = start.elapsed().as_secs_f64();
            // The same under the fairest objective (scoring not counted): its time, or
            // "-" when it cannot run.
            let fairest_settings = MatchingSettings {
                objective: Objective::Fairest,
                ..settings.clone()
            };
            let fairest = match ScoredCohort::new(&cohort, &fairest_settings) {
                Ok(scored) => {
                    let start = Instant::now();
                    drop(scored.pairing());
                    format!("{:.3}", start.elapsed().as_secs_f64())
                }
                Err(_) => "-".to_owned(),
            };
            let _ = writeln!(
                console.out,
                "{n:>6}  {mode_name:<7}  {:>11}  {scoring:>10.3}  {solver:>10.3}  {matching:>11.3}  {:>11}  {:>6}  {fairest:>10}",
                format!("{rows}x{cols}"),
                pairing.total_score,
                pairing.pairs.len()
            );
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_written_as_escapes() {
        assert_eq!(shown("山田 Ann"), "山田 Ann");
        assert_eq!(shown("a\u{1b}]0;x\u{7}b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(shown("x\r\nOK"), "x\\u{d}\\u{a}OK");
        assert_eq!(
            shown("\u{7f}\u{9b}\u{202e}\u{2066}"),
            "\\u{7f}\\u{9b}\\u{202e}\\u{2066}"
        );
        // Escaping twice changes nothing more: messages may be escaped at each step.
        assert_eq!(shown(&shown("\u{1b}")), "\\u{1b}");
    }

    #[test]
    fn json_on_a_terminal_is_the_same_document() {
        let text =
            formats::to_json(&serde_json::json!({"name": "\u{1b}[2J\u{9b}\u{202e}abc\u{7f}"}));
        let safe = json_for_terminal(&text);
        assert!(
            !safe.chars().any(|c| is_unsafe_for_terminal(c) && c != '\n'),
            "{safe}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(
            back,
            serde_json::from_str::<serde_json::Value>(&text).unwrap()
        );
    }
}
