//! The pairs CSV in a real spreadsheet: LibreOffice Calc (Debian's `libreoffice-calc-nogui`)
//! opens the export and saves it as xlsx, and openpyxl (Debian's `python3-openpyxl`) reads
//! every cell back. No name may arrive as a formula, whatever it starts with (issue 15,
//! item 12). Both are installed by `scripts/ensure-tools.sh test`; without `soffice` the
//! test says so and is skipped.

use kakehashi::demo::demo_cohort;
use kakehashi::document::model::Lang;
use kakehashi::matching::match_cohort;
use kakehashi::view::export::pairs_csv;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Names that start with a formula trigger, raw or behind what a reader may trim.
const HOSTILE: [&str; 12] = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1;1)",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "＝1+1",
    "＋1+1",
    "\u{3000}=1+1",
    "=HYPERLINK(\"https://example.com\";\"click\")",
    "\n=1+1",
];

fn soffice_present() -> bool {
    Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Debian's Python first: its openpyxl is the one ensure-tools installs.
fn python() -> &'static str {
    if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

/// How LibreOffice is told to read the CSV: comma, double quotes, UTF-8, from line 1; the
/// second also with "Trim spaces" ticked, as a user may in the import dialog (then an
/// unquoted ` =1+1` becomes a formula).
const IMPORTS: [&str; 2] = [
    "CSV:44,34,76,1",
    "CSV:44,34,76,1,,0,false,true,false,false,true",
];

/// `csv` as LibreOffice reads it with `import` (one of [`IMPORTS`]), saved as xlsx, then
/// read back by openpyxl: every cell as (text, openpyxl's data type; `f` is a formula).
fn cells_in_a_spreadsheet(dir: &Path, csv: &str, import: &str) -> Vec<(String, String)> {
    rows_in_a_spreadsheet(dir, csv, import)
        .into_iter()
        .flatten()
        .collect()
}

/// The same, row by row.
fn rows_in_a_spreadsheet(dir: &Path, csv: &str, import: &str) -> Vec<Vec<(String, String)>> {
    let input = dir.join("pairs.csv");
    std::fs::write(&input, csv).unwrap();
    // A profile of its own, so that a LibreOffice already running elsewhere does not
    // take the conversion over (or lock it out).
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let status = Command::new("soffice")
        .args([
            &profile,
            "--headless",
            &format!("--infilter={import}"),
            "--convert-to",
            "xlsx",
            "--outdir",
        ])
        .arg(dir)
        .arg(&input)
        .output()
        .expect("soffice runs");
    assert!(
        status.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    const READ: &str = "import json, sys, openpyxl\n\
        for row in openpyxl.load_workbook(sys.argv[1]).active.iter_rows():\n\
        \x20   print(json.dumps([[str(c.value) if c.value is not None else '', c.data_type] for c in row]))\n";
    let out = Command::new(python())
        .args(["-c", READ])
        .arg(dir.join("pairs.xlsx"))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "openpyxl could not read the sheet (scripts/ensure-tools.sh test installs python3-openpyxl): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Vec<(String, String)>>(l).unwrap())
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kakehashi-sheet-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn no_name_becomes_a_formula_in_libreoffice() {
    if !soffice_present() {
        eprintln!("skipped: soffice (LibreOffice Calc) is not installed; `scripts/ensure-tools.sh test` installs it");
        return;
    }
    // The reader is real: a raw `=` cell does become a formula, and so does a spaced one
    // when spaces are trimmed.
    let control = cells_in_a_spreadsheet(
        &temp_dir("control"),
        "\u{feff}a,b\r\n=1+1, =2+2\r\n",
        IMPORTS[1],
    );
    assert_eq!(
        control.iter().filter(|(_, kind)| kind == "f").count(),
        2,
        "LibreOffice should evaluate both: {control:?}"
    );

    let mut cohort = demo_cohort(HOSTILE.len() * 2, 5, Lang::En, "2026-11-26T09:30:00Z");
    for (i, r) in cohort.responses.iter_mut().enumerate() {
        r.name = format!(
            "{}{}",
            HOSTILE[i % HOSTILE.len()],
            if i < HOSTILE.len() { "" } else { " x" }
        );
        r.department = Some(HOSTILE[(i + 3) % HOSTILE.len()].to_owned());
    }
    let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
    let csv = pairs_csv(&cohort, &pairing, Lang::En);
    for (i, import) in IMPORTS.iter().enumerate() {
        let cells = cells_in_a_spreadsheet(&temp_dir(&format!("pairs-{i}")), &csv, import);
        let formulas: Vec<&(String, String)> =
            cells.iter().filter(|(_, kind)| kind == "f").collect();
        assert!(
            formulas.is_empty(),
            "{import}: cells read as formulas: {formulas:?}"
        );
        every_name_is_text(&cohort, &cells);
    }
}

fn every_name_is_text(cohort: &kakehashi::document::model::Cohort, cells: &[(String, String)]) {
    // Each hostile name arrived as text, behind the apostrophe that defused it: the
    // paired and the unpaired (issue 14: every participant is in the export).
    for r in &cohort.responses {
        let visible = r.name.trim();
        assert!(
            cells.iter().any(|(text, kind)| kind == "s"
                && text.starts_with('\'')
                && text.contains(visible)),
            "{:?} is not a text cell: {cells:?}",
            r.name
        );
    }
}

/// Issue 14, section 5: opened in a spreadsheet, the export has one heading per column,
/// each different, a round on every row, and every participant's name in exactly one row
/// (paired or not), in both languages and both modes, even where a cell holds several
/// lines.
#[test]
fn a_spreadsheet_shows_unique_headings_and_every_participant_once() {
    if !soffice_present() {
        eprintln!("skipped: soffice (LibreOffice Calc) is not installed; `scripts/ensure-tools.sh test` installs it");
        return;
    }
    use kakehashi::document::model::MatchingMode;
    for (i, (mode, lang)) in [
        (MatchingMode::Reverse, Lang::Ja),
        (MatchingMode::Mutual, Lang::En),
    ]
    .into_iter()
    .enumerate()
    {
        let mut cohort = demo_cohort(15, 8, lang, "2026-11-26T09:30:00Z");
        cohort.workshop.matching.mode = mode;
        let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        let rows = rows_in_a_spreadsheet(
            &temp_dir(&format!("people-{i}")),
            &pairs_csv(&cohort, &pairing, lang),
            IMPORTS[0],
        );
        let header: Vec<&str> = rows[0].iter().map(|(t, _)| t.as_str()).collect();
        let unique: std::collections::HashSet<&str> = header.iter().copied().collect();
        assert_eq!(unique.len(), header.len(), "{header:?}");
        assert!(!header.iter().any(|h| h.is_empty()));
        assert_eq!(
            rows.len(),
            1 + pairing.pairs.len() + pairing.unmatched.len(),
            "one row per pair and per unpaired person"
        );
        assert!(
            rows[1..]
                .iter()
                .all(|r| r[0].0 == pairing.round.to_string()),
            "the round column"
        );
        let name_columns: Vec<usize> = (0..if mode == MatchingMode::Reverse { 2 } else { 3 })
            .map(|k| 2 + 3 * k)
            .collect();
        for r in &cohort.responses {
            let rows_naming = rows[1..]
                .iter()
                .filter(|row| name_columns.iter().any(|&c| row[c].0 == r.name))
                .count();
            assert_eq!(rows_naming, 1, "{} is in exactly one row", r.name);
        }
        let reason = header.len() - 1;
        assert_eq!(
            rows[1..]
                .iter()
                .filter(|row| !row[reason].0.is_empty())
                .count(),
            pairing.unmatched.len(),
            "each unpaired person has a reason"
        );
    }
}
