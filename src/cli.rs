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

use crate::demo;
use crate::document::formats::{self, Document, FormatError, MAX_DOCUMENT_BYTES};
use crate::matching::{self, assignment, blossom, ScoredCohort};
use crate::document::model::{Cohort, Lang, MatchingMode, MatchingSettings, Objective, Workshop};
use crate::transport::survey_file;
use crate::document::template;
use crate::document::validate;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

const USAGE: &str = "\
kakehashi — mentoring-workshop files and matching (架け橋)

USAGE:
    kakehashi validate FILE...          check Kakehashi JSON files (exit 1 if any fails)
    kakehashi template [--lang ja|en]   print the built-in reverse-mentoring workshop
    kakehashi demo --participants N [--seed S] [--lang ja|en] [--now TIME]
                   [--responses-dir DIR] [-o FILE]
                                        write a synthetic cohort (TIME: 2026-11-26T09:30:00Z,
                                        default now); with --responses-dir also the workshop
                                        and one response file per participant
    kakehashi scores COHORT [--mode mutual|reverse] [-o FILE]
                                        print every pair's score (null: forbidden)
    kakehashi match COHORT [--mode mutual|reverse] [--capacity K]
                   [--objective most-pairs|fairest] [-o FILE]
                                        print the optimal pairing (settings from the
                                        cohort's workshop, overridden by the flags)
    kakehashi bench [--sizes 100,500,1000,2000] [--seed S]
                                        time scoring and matching on demo cohorts
                                        (build with --release)
    kakehashi survey-file WORKSHOP [--app FILE] [-o FILE]
                                        write a survey file for participants: the single
                                        file (--app, default dist/kakehashi.html) with the
                                        workshop (or a cohort's workshop) inside; default
                                        output kakehashi-<workshop id>.html
    kakehashi help                      show this help
";

/// Runs the command line; returns the process exit code (0 ok, 1 a file failed, 2 usage).
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => {
            let _ = write!(err, "{USAGE}");
            return 2;
        }
    };
    let result = match command {
        "validate" => validate_files(rest, out),
        "template" => print_template(rest, out),
        "demo" => write_demo(rest, out, err),
        "scores" => print_scores(rest, out, err),
        "match" => print_match(rest, out, err),
        "bench" => bench(rest, out),
        "survey-file" => write_survey_file(rest, out, err),
        "help" | "--help" | "-h" => {
            let _ = write!(out, "{USAGE}");
            Ok(0)
        }
        other => Err(UsageError(format!("unknown command '{other}'"))),
    };
    match result {
        Ok(code) => code,
        Err(UsageError(message)) => {
            let _ = writeln!(err, "kakehashi: {message}\n\n{USAGE}");
            2
        }
    }
}

/// A mistake in the command line itself (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub String);

/// Reads `--lang ja|en` style options: returns the value after `flag`, if present.
pub fn option_value<'a>(args: &'a [String], flag: &str) -> Result<Option<&'a str>, UsageError> {
    match args.iter().position(|a| a == flag) {
        None => Ok(None),
        Some(i) => args
            .get(i + 1)
            .map(|v| Some(v.as_str()))
            .ok_or_else(|| UsageError(format!("{flag} needs a value"))),
    }
}

fn parse_lang(args: &[String]) -> Result<Lang, UsageError> {
    match option_value(args, "--lang")? {
        None => Ok(Lang::En),
        Some(tag) => Lang::from_tag(tag)
            .ok_or_else(|| UsageError(format!("--lang must be ja or en, not '{tag}'"))),
    }
}

fn print_template(args: &[String], out: &mut dyn Write) -> Result<u8, UsageError> {
    let lang = parse_lang(args)?;
    let _ = writeln!(
        out,
        "{}",
        formats::to_json(&template::default_workshop(lang))
    );
    Ok(0)
}

/// Reads a file for parsing, refusing one over the size limit before reading it.
pub fn read_document_file(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > MAX_DOCUMENT_BYTES as u64 {
        let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        return Err(FormatError::TooLarge {
            size,
            limit: MAX_DOCUMENT_BYTES,
        }
        .to_string());
    }
    std::fs::read(path).map_err(|e| format!("cannot read: {e}"))
}

fn validate_files(paths: &[String], out: &mut dyn Write) -> Result<u8, UsageError> {
    if paths.is_empty() {
        return Err(UsageError("validate needs at least one FILE".into()));
    }
    let parsed: Vec<(&String, Result<Document, String>)> = paths
        .iter()
        .map(|p| {
            let doc = read_document_file(Path::new(p))
                .and_then(|bytes| formats::parse_document(&bytes).map_err(|e| e.to_string()));
            (p, doc)
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
                    .map(|()| format!("response of '{}' for workshop '{}'", r.name, w.id))
                    .map_err(|e| e.to_string()),
                None => Ok(format!(
                    "response of '{}' (shape only: pass the workshop '{}' file too to check ratings and skills)",
                    r.name, r.workshop_id
                )),
            },
            Ok(Document::Workshop(w)) => Ok(format!(
                "workshop '{}' ({} skills, {} generations)",
                w.id,
                w.skills.len(),
                w.generations.len()
            )),
            Ok(Document::Cohort(c)) => {
                Ok(format!("cohort of workshop '{}' ({} responses)", c.workshop.id, c.responses.len()))
            }
            Ok(Document::Pairing(p)) => {
                Ok(format!("pairing of workshop '{}' ({} pairs)", p.workshop_id, p.pairs.len()))
            }
        };
        match verdict {
            Ok(summary) => {
                let _ = writeln!(out, "OK    {path}: {summary}");
            }
            Err(message) => {
                failures += 1;
                let _ = writeln!(out, "FAIL  {path}: {message}");
            }
        }
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
                    .ok_or_else(|| UsageError(format!("unknown option '{arg}'")))?;
                let value = iter
                    .next()
                    .ok_or_else(|| UsageError(format!("{flag} needs a value")))?;
                if parsed.options.insert(flag, value).is_some() {
                    return Err(UsageError(format!("{flag} is given twice")));
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
                v.parse()
                    .map_err(|_| UsageError(format!("{flag} must be a whole number, not '{v}'")))
            })
            .transpose()
    }

    fn lang(&self) -> Result<Lang, UsageError> {
        match self.get("--lang") {
            None => Ok(Lang::En),
            Some(tag) => Lang::from_tag(tag)
                .ok_or_else(|| UsageError(format!("--lang must be ja or en, not '{tag}'"))),
        }
    }

    fn mode(&self) -> Result<Option<MatchingMode>, UsageError> {
        self.get("--mode")
            .map(|m| match m {
                "mutual" => Ok(MatchingMode::Mutual),
                "reverse" => Ok(MatchingMode::Reverse),
                other => Err(UsageError(format!(
                    "--mode must be mutual or reverse, not '{other}'"
                ))),
            })
            .transpose()
    }

    /// The single COHORT argument.
    fn one_file(&self, command: &str) -> Result<&'a str, UsageError> {
        match self.positional.as_slice() {
            [file] => Ok(file),
            [] => Err(UsageError(format!("{command} needs a COHORT file"))),
            _ => Err(UsageError(format!("{command} takes one COHORT file"))),
        }
    }
}

/// Writes `text` to the `-o` file, or to `out`. Returns the exit code.
fn emit(text: &str, output: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let written = match output {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("{path}: cannot write: {e}")),
        None => out
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write the output: {e}")),
    };
    match written {
        Ok(()) => 0,
        Err(message) => {
            let _ = writeln!(err, "kakehashi: {message}");
            1
        }
    }
}

/// Reads and checks a cohort file; the error is the same message `validate` prints.
fn load_cohort(path: &str) -> Result<Cohort, String> {
    read_document_file(Path::new(path))
        .and_then(|bytes| formats::parse_cohort(&bytes).map_err(|e| e.to_string()))
        .map_err(|message| format!("{path}: {message}"))
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
            Some(other) => {
                return Err(UsageError(format!(
                    "--objective must be most-pairs or fairest, not '{other}'"
                )));
            }
        };
        Ok(Overrides {
            mode: args.mode()?,
            capacity: args.number("--capacity")?,
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

fn fail(err: &mut dyn Write, message: impl std::fmt::Display) -> Result<u8, UsageError> {
    let _ = writeln!(err, "kakehashi: {message}");
    Ok(1)
}

fn write_demo(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, UsageError> {
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
        return Err(UsageError(format!(
            "demo takes no file argument ('{extra}'); use -o FILE"
        )));
    }
    let n: usize = args
        .number("--participants")?
        .ok_or_else(|| UsageError("demo needs --participants N".into()))?;
    if n > matching::engine::MAX_PARTICIPANTS {
        return Err(UsageError(format!(
            "--participants must be at most {}",
            matching::engine::MAX_PARTICIPANTS
        )));
    }
    let seed: u64 = args.number("--seed")?.unwrap_or(1);
    let now = match args.get("--now") {
        Some(t) if validate::is_valid_timestamp(t) => t.to_owned(),
        Some(t) => {
            return Err(UsageError(format!(
                "--now must be a UTC time such as 2026-11-26T09:30:00Z, not '{t}'"
            )))
        }
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
            .map_err(|e| format!("{}: cannot create: {e}", dir.display()))
            .and_then(|()| {
                files.iter().try_for_each(|(path, text)| {
                    std::fs::write(path, format!("{text}\n"))
                        .map_err(|e| format!("{}: cannot write: {e}", path.display()))
                })
            });
        if let Err(message) = written {
            return fail(err, message);
        }
        let _ = writeln!(
            err,
            "wrote workshop.json and {n} response files to {}",
            dir.display()
        );
    }
    Ok(emit(
        &format!("{}\n", formats::to_json(&cohort)),
        args.get("-o"),
        out,
        err,
    ))
}

/// Where `survey-file` finds the single file unless `--app` says otherwise.
const DEFAULT_SINGLE_FILE: &str = "dist/kakehashi.html";

fn write_survey_file(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--app", "-o"])?;
    let path = match args.positional.as_slice() {
        [file] => *file,
        [] => return Err(UsageError("survey-file needs a WORKSHOP file".into())),
        _ => return Err(UsageError("survey-file takes one WORKSHOP file".into())),
    };
    let workshop = match read_document_file(Path::new(path))
        .and_then(|bytes| formats::parse_document(&bytes).map_err(|e| e.to_string()))
    {
        Ok(Document::Workshop(w)) => w,
        Ok(Document::Cohort(c)) => c.workshop,
        Ok(other) => {
            return fail(err, format!("{path}: this is a {} file; give a workshop (or cohort) file", other.kind().name()))
        }
        Err(message) => return fail(err, format!("{path}: {message}")),
    };
    let app = args.get("--app").unwrap_or(DEFAULT_SINGLE_FILE);
    let html = match std::fs::read_to_string(app) {
        Ok(html) => html,
        Err(e) => {
            return fail(err, format!("{app}: cannot read: {e} (`trunk build --release` makes it, or pass --app FILE)"))
        }
    };
    let copy = match survey_file::embed(&html, &workshop) {
        Ok(copy) => copy,
        Err(e) => return fail(err, format!("{app}: {e}")),
    };
    let output = args.get("-o").map_or_else(|| survey_file::file_name(&workshop), str::to_owned);
    if let Err(e) = std::fs::write(&output, copy) {
        return fail(err, format!("{output}: cannot write: {e}"));
    }
    let _ = writeln!(out, "{output}");
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

fn print_scores(
    args: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--mode", "-o"])?;
    let path = args.one_file("scores")?;
    let overrides = Overrides::parse(&args)?;
    let cohort = match load_cohort(path) {
        Ok(c) => c,
        Err(message) => return fail(err, message),
    };
    let settings = overrides.apply(&cohort);
    match matching::score_matrix(&cohort, &settings) {
        Ok(matrix) => Ok(emit(&matrix_json_lines(&matrix), args.get("-o"), out, err)),
        Err(e) => fail(err, format!("{path}: {e}")),
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

fn print_match(
    args: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--mode", "--capacity", "--objective", "-o"])?;
    let path = args.one_file("match")?;
    let overrides = Overrides::parse(&args)?;
    let cohort = match load_cohort(path) {
        Ok(c) => c,
        Err(message) => return fail(err, message),
    };
    let settings = overrides.apply(&cohort);
    match matching::match_cohort(&cohort, &settings) {
        Ok(pairing) => Ok(emit(
            &format!("{}\n", crate::view::export::pairing_json(&cohort, &pairing)),
            args.get("-o"),
            out,
            err,
        )),
        Err(e) => fail(err, format!("{path}: {e}")),
    }
}

/// A fixed time for benchmark cohorts, so that runs are comparable.
const BENCH_NOW: &str = "2026-11-26T09:30:00Z";

fn bench(args: &[String], out: &mut dyn Write) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--sizes", "--seed"])?;
    let sizes: Vec<usize> = match args.get("--sizes") {
        None => vec![100, 500, 1000, 2000],
        Some(list) => list
            .split(',')
            .map(|s| {
                s.trim().parse().map_err(|_| {
                    UsageError(format!(
                        "--sizes must be numbers like 100,500, not '{list}'"
                    ))
                })
            })
            .collect::<Result<_, _>>()?,
    };
    if let Some(&n) = sizes
        .iter()
        .find(|&&n| n > matching::engine::MAX_PARTICIPANTS)
    {
        return Err(UsageError(format!(
            "size {n} is above the maximum {}",
            matching::engine::MAX_PARTICIPANTS
        )));
    }
    let seed: u64 = args.number("--seed")?.unwrap_or(1);
    if cfg!(debug_assertions) {
        let _ = writeln!(
            out,
            "note: this is a debug build; measure with `cargo run --release -- bench`"
        );
    }
    let _ = writeln!(
        out,
        "{:>6}  {:<7}  {:>11}  {:>10}  {:>10}  {:>11}  {:>11}  {:>6}  {:>10}",
        "n",
        "mode",
        "size",
        "scoring_s",
        "solver_s",
        "matching_s",
        "total_score",
        "pairs",
        "fairest_s"
    );
    for &n in &sizes {
        let cohort = demo::demo_cohort(n, seed, Lang::En, BENCH_NOW);
        for mode in [MatchingMode::Mutual, MatchingMode::Reverse] {
            let settings = MatchingSettings {
                mode,
                ..cohort.workshop.matching.clone()
            };
            let start = Instant::now();
            let scored = match ScoredCohort::new(&cohort, &settings) {
                Ok(s) => s,
                Err(e) => {
                    let _ = writeln!(out, "{n:>6}  {mode:?}: {e}");
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
            // The same under the fairest objective (scoring not counted).
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
                Err(e) => e.to_string(),
            };
            let mode_name = if mode == MatchingMode::Mutual {
                "mutual"
            } else {
                "reverse"
            };
            let _ = writeln!(
                out,
                "{n:>6}  {mode_name:<7}  {:>11}  {scoring:>10.3}  {solver:>10.3}  {matching:>11.3}  {:>11}  {:>6}  {fairest:>10}",
                format!("{rows}x{cols}"),
                pairing.total_score,
                pairing.pairs.len()
            );
        }
    }
    Ok(0)
}
