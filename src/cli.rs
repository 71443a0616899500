//! The `kakehashi` command line, as a function from arguments to output and an exit code,
//! so that tests drive it without spawning processes. This is the native edge: it reads
//! files and formats messages; all checking is done by [`crate::formats`].
//!
//! Subcommands:
//! - `validate FILE...`: checks any Kakehashi JSON files; responses are also checked
//!   against a workshop or cohort given in the same call. Exit 1 if any file fails.
//! - `template [--lang ja|en]`: prints the built-in workshop.

use crate::formats::{self, Document, FormatError, MAX_DOCUMENT_BYTES};
use crate::model::{Lang, Workshop};
use crate::template;
use crate::validate;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

const USAGE: &str = "\
kakehashi — mentoring-workshop files and matching (架け橋)

USAGE:
    kakehashi validate FILE...          check Kakehashi JSON files (exit 1 if any fails)
    kakehashi template [--lang ja|en]   print the built-in reverse-mentoring workshop
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
        Some(tag) => Lang::from_tag(tag).ok_or_else(|| UsageError(format!("--lang must be ja or en, not '{tag}'"))),
    }
}

fn print_template(args: &[String], out: &mut dyn Write) -> Result<u8, UsageError> {
    let lang = parse_lang(args)?;
    let _ = writeln!(out, "{}", formats::to_json(&template::default_workshop(lang)));
    Ok(0)
}

/// Reads a file for parsing, refusing one over the size limit before reading it.
pub fn read_document_file(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > MAX_DOCUMENT_BYTES as u64 {
        let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        return Err(FormatError::TooLarge { size, limit: MAX_DOCUMENT_BYTES }.to_string());
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
