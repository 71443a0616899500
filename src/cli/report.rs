//! `kakehashi report COHORT [--csv FILE]`: the programme report of a session with
//! follow-up answers, printed as the figures of the app's growth view and report
//! ([`crate::view::growth::report`]), in the same digits; `--csv` writes every figure as
//! the app's CSV does. And the demo session `kakehashi demo --followups` writes for
//! rehearsals: a demo room, paired, with follow-up answers.

use super::{io_problem, load_cohort, shown, Args, Console, UsageError};
use crate::demo;
use crate::document::model::{Cohort, Lang};
use crate::i18n::Cli;
use crate::matching::{self, MatchError};
use crate::view::growth::report::{growth_csv, report_text};
use crate::view::growth::Growth;
use crate::view::people::Directory;

pub(super) fn print_report(args: &[String], console: &mut Console) -> Result<u8, UsageError> {
    let args = Args::parse(args, &["--csv"])?;
    let path = args.one_file("report", "COHORT")?;
    let cohort = match load_cohort(path, console) {
        Ok(c) => c,
        Err(message) => return console.fail(&message),
    };
    let lang = console.lang;
    let growth = Growth::of(&cohort, cohort.pairing.as_ref());
    let dir = Directory::new(&cohort, &cohort.workshop.matching, lang);
    if let Some(csv_path) = args.get("--csv") {
        if let Err(e) = std::fs::write(csv_path, growth_csv(&cohort, &growth, &dir, lang)) {
            let message =
                console.at_path(csv_path, &console.say(&Cli::CannotWrite(&io_problem(&e))));
            return console.fail(&message);
        }
        let wrote = console.say(&Cli::WroteReportCsv {
            path: &shown(csv_path),
        });
        let _ = writeln!(console.err, "{wrote}");
    }
    // Names and titles come from the file: each line is made safe for a terminal.
    let text: String = report_text(&cohort, &growth, &dir, lang)
        .lines()
        .map(|line| format!("{}\n", shown(line)))
        .collect();
    if let Err(e) = console.out.write_all(text.as_bytes()) {
        let message = console.say(&Cli::CannotWriteOutput(&io_problem(&e)));
        return console.fail(&message);
    }
    Ok(0)
}

/// A demo room of `n` whose first answers were handed in a programme ago
/// ([`demo::followups::programme_start`]), paired by the workshop's settings (the pairing
/// is the session's current one, round 1), with everyone's follow-up answers up to `now`.
pub(super) fn demo_with_followups(
    n: usize,
    seed: u64,
    lang: Lang,
    now: &str,
) -> Result<Cohort, MatchError> {
    let mut cohort = demo::demo_cohort(n, seed, lang, &demo::followups::programme_start(now));
    let pairing = matching::match_cohort(&cohort, &cohort.workshop.matching)?;
    cohort.followups = demo::demo_followups(&cohort, &pairing, seed, now);
    cohort.pairing = Some(pairing);
    Ok(cohort)
}
