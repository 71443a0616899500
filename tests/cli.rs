//! `kakehashi demo`, `scores`, `match` and `bench`, driven through `kakehashi::cli::run`
//! (the same function the binary calls): outputs that re-import, the matrix shapes, the
//! specific errors of bad input with exit code 1, and usage mistakes with exit code 2.

use kakehashi::cli;
use kakehashi::document::formats;
use kakehashi::document::model::{MatchingMode, Objective, Pairing};
use std::path::{Path, PathBuf};

const NOW: &str = "2026-11-26T09:30:00Z";

fn run(args: &[&str]) -> (u8, String, String) {
    let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "kakehashi-engine-cli-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Writes a demo cohort of `n` and returns its path.
fn demo_file(dir: &Path, n: usize, lang: &str) -> PathBuf {
    let file = dir.join(format!("cohort-{n}-{lang}.json"));
    let n = n.to_string();
    let (code, out, err) = run(&[
        "demo",
        "--participants",
        &n,
        "--seed",
        "4",
        "--lang",
        lang,
        "--now",
        NOW,
        "-o",
        path(&file),
    ]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    file
}

#[test]
fn demo_is_reproducible_and_validates() {
    let (code, first, _) = run(&["demo", "--participants", "12", "--seed", "9", "--now", NOW]);
    assert_eq!(code, 0);
    let (_, second, _) = run(&["demo", "--participants", "12", "--seed", "9", "--now", NOW]);
    assert_eq!(first, second);
    let cohort = formats::parse_cohort(first.as_bytes()).unwrap();
    assert_eq!(cohort.responses.len(), 12);
    let (_, ja, _) = run(&[
        "demo",
        "--participants",
        "12",
        "--seed",
        "9",
        "--lang",
        "ja",
        "--now",
        NOW,
    ]);
    let ja = formats::parse_cohort(ja.as_bytes()).unwrap();
    assert!(ja.workshop.generations.iter().any(|g| g.id == "dankai"));
    assert!(
        ja.responses.iter().all(|r| !r.name.is_ascii()),
        "Japanese names"
    );
}

#[test]
fn demo_writes_the_files_participants_would_hand_in() {
    let dir = temp_dir("responses");
    let responses = dir.join("responses");
    let cohort = dir.join("cohort.json");
    let (code, _, err) = run(&[
        "demo",
        "--participants",
        "5",
        "--now",
        NOW,
        "--responses-dir",
        path(&responses),
        "-o",
        path(&cohort),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("5 response files"), "{err}");
    let mut files: Vec<String> = std::fs::read_dir(&responses)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "response-p001.json",
            "response-p002.json",
            "response-p003.json",
            "response-p004.json",
            "response-p005.json",
            "workshop.json"
        ]
    );
    // Each response checks against the workshop, as an import would.
    let mut args = vec!["validate".to_owned()];
    args.extend(files.iter().map(|f| path(&responses.join(f)).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, _) = run(&args);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out.matches("for workshop 'sample-workshop'").count(),
        5,
        "{out}"
    );
}

#[test]
fn scores_prints_the_matrix_in_both_shapes() {
    let dir = temp_dir("scores");
    let file = demo_file(&dir, 9, "en");
    let (code, out, err) = run(&["scores", path(&file), "--mode", "mutual"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids = v["ids"].as_array().unwrap();
    let m = v["matrix"].as_array().unwrap();
    assert_eq!((ids.len(), m.len()), (9, 9));
    for i in 0..9 {
        assert!(m[i][i].is_null());
        for j in 0..9 {
            assert_eq!(m[i][j], m[j][i]);
        }
    }
    let (code, out, _) = run(&["scores", path(&file), "--mode", "reverse"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let (rows, cols) = (
        v["rows"].as_array().unwrap().len(),
        v["cols"].as_array().unwrap().len(),
    );
    assert_eq!(rows + cols, 9);
    assert_eq!(v["matrix"].as_array().unwrap().len(), rows);
    assert!(v["matrix"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r.as_array().unwrap().len() == cols));
}

#[test]
fn match_prints_or_writes_a_pairing_that_reimports() {
    let dir = temp_dir("match");
    let file = demo_file(&dir, 11, "ja");
    let (code, out, err) = run(&[
        "match",
        path(&file),
        "--mode",
        "mutual",
        "--objective",
        "fairest",
    ]);
    assert_eq!(code, 0, "{err}");
    let pairing: Pairing = formats::parse_pairing(out.as_bytes()).unwrap();
    assert_eq!(
        (pairing.mode, pairing.objective, pairing.round),
        (MatchingMode::Mutual, Objective::Fairest, 1)
    );
    assert!(
        pairing.unmatched.is_empty(),
        "11 people: four pairs and a trio"
    );
    assert_eq!(
        pairing
            .pairs
            .iter()
            .filter(|p| p.members.len() == 3)
            .count(),
        1
    );

    let written = dir.join("pairing.json");
    let (code, out, _) = run(&[
        "match",
        path(&file),
        "--capacity",
        "2",
        "-o",
        path(&written),
    ]);
    assert_eq!((code, out.as_str()), (0, ""));
    let pairing = formats::parse_pairing(&std::fs::read(&written).unwrap()).unwrap();
    // The template workshop is a reverse-mentoring one; the flag set the capacity.
    assert_eq!(
        (pairing.mode, pairing.settings.mentor_capacity),
        (MatchingMode::Reverse, 2)
    );
    let (code, out, _) = run(&["validate", path(&written)]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn bad_input_gives_the_validate_message_and_exit_code_1() {
    let dir = temp_dir("bad");
    let missing = dir.join("missing.json");
    let not_json = dir.join("not-json.json");
    std::fs::write(&not_json, "{ \"format\": ").unwrap();
    let workshop = dir.join("workshop.json");
    let (_, text, _) = run(&["template"]);
    std::fs::write(&workshop, text).unwrap();
    let bad_rating = dir.join("bad-rating.json");
    let (_, cohort, _) = run(&["demo", "--participants", "3", "--now", NOW]);
    let mut broken: serde_json::Value = serde_json::from_str(&cohort).unwrap();
    broken["responses"][0]["ratings"]["ai_tools"] = serde_json::json!(9);
    std::fs::write(&bad_rating, broken.to_string()).unwrap();

    for file in [&missing, &not_json, &bad_rating] {
        for command in ["scores", "match"] {
            let (code, out, err) = run(&[command, path(file)]);
            assert_eq!((code, out.as_str()), (1, ""), "{command} {file:?}");
            let (_, verdict, _) = run(&["validate", path(file)]);
            let message = verdict.trim_start_matches("FAIL").trim();
            assert_eq!(
                err.trim(),
                format!("kakehashi: {message}"),
                "{command} {file:?}"
            );
        }
    }
    let (code, _, err) = run(&["scores", path(&workshop)]);
    assert_eq!(code, 1);
    assert!(
        err.ends_with("this is a workshop file, but a cohort file is expected here\n"),
        "{err}"
    );
    let (_, out, err) = run(&["match", path(&bad_rating)]);
    assert!(
        out.is_empty() && err.contains("rating 9 is outside 1–5"),
        "{err}"
    );
}

#[test]
fn matching_errors_exit_1_with_the_reason() {
    let dir = temp_dir("lock");
    let file = demo_file(&dir, 4, "en");
    let mut cohort: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    cohort["workshop"]["matching"]["locked_pairs"] = serde_json::json!([["p001", "nobody"]]);
    std::fs::write(&file, cohort.to_string()).unwrap();
    let (code, _, err) = run(&["match", path(&file)]);
    assert_eq!(code, 1);
    assert!(
        err.contains("a locked pair names 'nobody', who is not in this cohort"),
        "{err}"
    );
}

#[test]
fn usage_mistakes_exit_2() {
    for args in [
        &["demo"][..],
        &["demo", "--participants", "many"],
        &["demo", "--participants", "3", "--now", "today"],
        &["demo", "--participants", "3", "--lang", "fr"],
        &["scores"],
        &["scores", "a.json", "b.json"],
        &["match", "a.json", "--mode", "sideways"],
        &["match", "a.json", "--objective", "kindest"],
        &["match", "a.json", "--capacity"],
        &["match", "a.json", "--colour", "red"],
        &["bench", "--sizes", "ten"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert!(
            err.starts_with("kakehashi: ") && err.contains("USAGE"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn bench_runs_on_small_sizes() {
    let (code, out, _) = run(&["bench", "--sizes", "10,20"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines()
            .filter(|l| l.contains("mutual") || l.contains("reverse"))
            .count(),
        4,
        "{out}"
    );
}

/// The pairing example of docs/FORMATS.md is the real output of the two commands it shows.
#[test]
fn the_documented_pairing_example_is_current_output() {
    const DEMO: &str = "kakehashi demo --participants 5 --seed 1 --lang en --now 2026-11-26T09:30:00Z -o cohort.json";
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/FORMATS.md"))
            .unwrap();
    let at = doc
        .find(DEMO)
        .expect("a documented pairing example made with the demo command");
    let after = &doc[at..];
    let start = after
        .find("```json\n")
        .expect("a json block after the commands")
        + "```json\n".len();
    let documented = &after[start..start + after[start..].find("```").unwrap()];

    let dir = temp_dir("docs");
    let cohort = dir.join("cohort.json");
    let args: Vec<&str> = DEMO
        .split(' ')
        .skip(1)
        .map(|a| if a == "cohort.json" { path(&cohort) } else { a })
        .collect();
    assert_eq!(run(&args).0, 0);
    let (code, out, _) = run(&["match", path(&cohort)]);
    assert_eq!(code, 0);
    assert_eq!(
        documented, out,
        "regenerate the example with the commands shown"
    );
}

/// A stand-in for dist/kakehashi.html: only the slot matters to `survey-file`.
const SINGLE_FILE: &str = concat!(
    "<!doctype html>\n<html><head>",
    r#"<script type="application/json" id="kakehashi-workshop"></script>"#,
    "</head><body></body></html>\n"
);

#[test]
fn survey_file_embeds_the_workshop_of_a_workshop_or_cohort_file() {
    let dir = temp_dir("survey-file");
    let app = dir.join("kakehashi.html");
    std::fs::write(&app, SINGLE_FILE).unwrap();
    let cohort_file = demo_file(&dir, 6, "ja");
    let cohort = formats::parse_cohort(&std::fs::read(&cohort_file).unwrap()).unwrap();
    let out_file = dir.join("survey.html");
    let (code, out, err) = run(&[
        "survey-file",
        path(&cohort_file),
        "--app",
        path(&app),
        "-o",
        path(&out_file),
    ]);
    assert_eq!((code, out.trim(), err.as_str()), (0, path(&out_file), ""));
    let html = std::fs::read_to_string(&out_file).unwrap();
    let slot = html
        .split(kakehashi::transport::survey_file::SLOT_OPEN)
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    assert_eq!(
        kakehashi::transport::survey_file::read_slot(slot).unwrap(),
        Some(cohort.workshop.clone())
    );

    // A workshop file gives the same survey file.
    let workshop_file = dir.join("workshop.json");
    std::fs::write(&workshop_file, formats::to_json(&cohort.workshop)).unwrap();
    let again = dir.join("again.html");
    let (code, _, err) = run(&[
        "survey-file",
        path(&workshop_file),
        "--app",
        path(&app),
        "-o",
        path(&again),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&again).unwrap(), html);
}

#[test]
fn survey_file_errors_name_the_file_and_what_to_do() {
    let dir = temp_dir("survey-file-errors");
    let cohort_file = demo_file(&dir, 4, "en");
    let response = dir.join("response.json");
    let cohort = formats::parse_cohort(&std::fs::read(&cohort_file).unwrap()).unwrap();
    std::fs::write(&response, formats::to_json(&cohort.responses[0])).unwrap();
    let plain_page = dir.join("index.html");
    std::fs::write(
        &plain_page,
        "<!doctype html><html><head></head><body></body></html>",
    )
    .unwrap();
    let missing = dir.join("missing.html");

    let (code, _, err) = run(&["survey-file", path(&response), "--app", path(&plain_page)]);
    assert_eq!(code, 1);
    assert!(
        err.contains("response.json: this is a response file; give a workshop"),
        "{err}"
    );
    let (code, _, err) = run(&["survey-file", path(&cohort_file), "--app", path(&missing)]);
    assert_eq!(code, 1);
    assert!(
        err.contains("missing.html: cannot read") && err.contains("trunk build --release"),
        "{err}"
    );
    let (code, _, err) = run(&[
        "survey-file",
        path(&cohort_file),
        "--app",
        path(&plain_page),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("index.html: this page is not the single-file edition"),
        "{err}"
    );
    assert_eq!(run(&["survey-file"]).0, 2);
    assert_eq!(run(&["survey-file", "a.json", "b.json"]).0, 2);
}

/// The same commands with the messages in Japanese, as `LANG=ja_JP.UTF-8` asks for.
fn run_ja(args: &[&str]) -> (u8, String, String) {
    let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::run_in(
        kakehashi::document::model::Lang::Ja,
        &args,
        &mut out,
        &mut err,
    );
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn messages_are_japanese_when_asked() {
    let dir = temp_dir("ja");
    let cohort = demo_file(&dir, 4, "ja");
    let (code, out, _) = run_ja(&["validate", path(&cohort)]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("OK    ") && out.contains("のコホート（回答 4 件）"),
        "{out}"
    );

    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        "{\"format\": \"kakehashi/cohort@1\", \"workshop\": 3}",
    )
    .unwrap();
    let (code, out, _) = run_ja(&["validate", path(&broken), "/nonexistent/kakehashi.json"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("FAIL") && lines[0].contains("項目「workshop」"),
        "{out}"
    );
    assert!(
        lines[1].ends_with("読めません。ファイルまたはフォルダがありません。"),
        "{out}"
    );

    let (code, _, err) = run_ja(&["match", path(&cohort), "--mode", "sideways"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--mode は mutual か reverse で指定してください（「sideways」ではなく）。")
            && err.contains("使い方:"),
        "{err}"
    );
    let (code, out, _) = run_ja(&["help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("kakehashi validate FILE...") && out.contains("この説明を表示します"),
        "{out}"
    );
    let (code, out, _) = run_ja(&["bench", "--sizes", "6"]);
    assert_eq!(code, 0);
    assert!(out.contains("人数") && out.contains("mutual"), "{out}");
    // English stays the default of `run`.
    assert!(run(&["frobnicate"])
        .2
        .contains("unknown command 'frobnicate'"));
}

#[test]
fn the_message_language_follows_posix_precedence() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    use kakehashi::document::model::Lang;
    assert_eq!(cli::message_language(env(&[])), Lang::En);
    assert_eq!(
        cli::message_language(env(&[("LANG", "ja_JP.UTF-8")])),
        Lang::Ja
    );
    assert_eq!(
        cli::message_language(env(&[
            ("LANG", "ja_JP.UTF-8"),
            ("LC_MESSAGES", "en_US.UTF-8")
        ])),
        Lang::En
    );
    assert_eq!(
        cli::message_language(env(&[
            ("LANG", "en_US"),
            ("LC_ALL", ""),
            ("LC_MESSAGES", "ja_JP")
        ])),
        Lang::Ja
    );
    assert_eq!(
        cli::message_language(env(&[("LC_ALL", "C"), ("LANG", "ja_JP")])),
        Lang::En
    );
}

/// Runs `args` on a thread and gives up after a minute: a command that never returns
/// fails the test instead of hanging it.
fn run_within_a_minute(args: &[&str]) -> (u8, String, String) {
    let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let _ = send.send(run(&args));
    });
    receive
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the command returns")
}

/// Issue 15, item 10: `validate /dev/zero` read forever (the system gives a device's size
/// as 0, so the size was never checked); now at most the limit and one byte is read.
#[cfg(unix)]
#[test]
fn endless_devices_are_refused_with_the_size_message() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let (code, out, _) = run_within_a_minute(&["validate", device]);
        assert_eq!(code, 1, "{out}");
        assert!(
            out.starts_with(&format!("FAIL  {device}: the file is ")) && out.contains("limit"),
            "{out}"
        );
    }
    let dir = temp_dir("devices");
    let workshop = dir.join("workshop.json");
    std::fs::write(&workshop, run(&["template"]).1).unwrap();
    let (code, _, err) = run_within_a_minute(&[
        "survey-file",
        path(&workshop),
        "--app",
        "/dev/zero",
        "-o",
        path(&dir.join("s.html")),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("kakehashi: /dev/zero: the file is ") && err.contains("limit"),
        "{err}"
    );
}

/// Issue 15, item 13: a name with ESC and BEL retitled the terminal, cleared the screen
/// and printed a fake `OK` line. Everything printed from a file is escaped now.
#[test]
fn nothing_from_a_file_can_drive_the_terminal() {
    const EVIL: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\r\nOK    fake.json: all good\u{202e}\u{9b}";
    let dir = temp_dir("terminal");
    let cohort_file = demo_file(&dir, 4, "en");
    let mut cohort = formats::parse_cohort(&std::fs::read(&cohort_file).unwrap()).unwrap();
    cohort.responses[0].name = format!("Ann{EVIL}");
    let response = dir.join("response\u{1b}[31m.json");
    std::fs::write(&response, formats::to_json(&cohort.responses[0])).unwrap();
    let mut unknown_field: serde_json::Value =
        serde_json::from_str(&formats::to_json(&cohort.responses[1])).unwrap();
    unknown_field[format!("x{EVIL}")] = serde_json::json!(1);
    let broken = dir.join("broken.json");
    std::fs::write(&broken, unknown_field.to_string()).unwrap();
    let mut bad_lock = cohort.clone();
    bad_lock.workshop.matching.locked_pairs = vec![["p001".into(), format!("p{EVIL}")]];
    let locked = dir.join("locked.json");
    std::fs::write(&locked, formats::to_json(&bad_lock)).unwrap();

    let is_safe = |text: &str| {
        !text
            .chars()
            .any(|c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
    };
    let (code, out, err) = run(&["validate", path(&response), path(&broken), path(&locked)]);
    assert_eq!(code, 1);
    assert!(is_safe(&out) && is_safe(&err), "{out:?}");
    assert_eq!(
        out.lines().count(),
        3,
        "one line per file, no fake line: {out}"
    );
    assert!(
        out.contains("Ann\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{d}\\u{a}OK    fake.json"),
        "{out}"
    );
    assert!(out.contains("response\\u{1b}[31m.json"), "{out}");
    for command in ["match", "scores"] {
        let (code, out, err) = run(&[command, path(&locked)]);
        assert_eq!(code, 1);
        assert!(
            is_safe(&out) && is_safe(&err) && err.lines().count() == 1,
            "{err:?}"
        );
    }
    let (code, _, err) = run_ja(&["survey-file", path(&response)]);
    assert_eq!(code, 1);
    assert!(is_safe(&err) && err.lines().count() == 1, "{err:?}");
}

/// Issue 15, item 9: `--capacity` takes the core's bound, like the board's field.
#[test]
fn capacity_beyond_the_core_bound_is_refused() {
    let dir = temp_dir("capacity");
    let file = demo_file(&dir, 6, "en");
    for capacity in ["0", "51", "1000000000"] {
        let (code, out, err) = run(&["match", path(&file), "--capacity", capacity]);
        assert_eq!((code, out.as_str()), (2, ""), "{capacity}");
        assert!(err.contains("--capacity must be from 1 to 50"), "{err}");
    }
    assert_eq!(run(&["match", path(&file), "--capacity", "50"]).0, 0);
    let mut cohort: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    cohort["workshop"]["matching"]["mentor_capacity"] = serde_json::json!(1_000_000_000u32);
    std::fs::write(&file, cohort.to_string()).unwrap();
    let (code, out, _) = run(&["validate", path(&file)]);
    assert_eq!(code, 1);
    assert!(
        out.contains("setting 'matching.mentor_capacity': 1000000000 is above the maximum 50"),
        "{out}"
    );
}

/// Writes `cohort` after `edit` to a file named `name`.
fn edited_cohort(
    dir: &Path,
    name: &str,
    cohort: &str,
    edit: impl FnOnce(&mut serde_json::Value),
) -> PathBuf {
    let mut v: serde_json::Value = serde_json::from_str(cohort).unwrap();
    edit(&mut v);
    let file = dir.join(name);
    std::fs::write(&file, v.to_string()).unwrap();
    file
}

/// Issue 15, items 6 and 7: `validate` passed cohorts that `match` then refused (unknown
/// or twice-locked people, a reverse lock the wrong way round, a weight over the limit,
/// 5,001 participants), and a never-pair entry with a typo (`p01O`) switched the rule
/// off without a word. Now `validate` runs the engine's own checks and says what `match`
/// says, word for word, naming the id that was probably meant.
#[test]
fn validate_says_everything_match_would_say() {
    let dir = temp_dir("one-validation");
    let (_, cohort, _) = run(&["demo", "--participants", "12", "--seed", "3", "--now", NOW]);
    let parsed = formats::parse_cohort(cohort.as_bytes()).unwrap();
    let role = |id: &str| parsed.role(&parsed.workshop.matching, id);
    let mentor = parsed
        .responses
        .iter()
        .find(|r| role(&r.participant_id) == kakehashi::document::model::Role::Mentor)
        .unwrap();
    let mentee = parsed
        .responses
        .iter()
        .find(|r| role(&r.participant_id) == kakehashi::document::model::Role::Mentee)
        .unwrap();
    let (mentor, mentee) = (mentor.participant_id.clone(), mentee.participant_id.clone());
    let many = {
        let mut v: serde_json::Value =
            serde_json::from_str(&run(&["demo", "--participants", "5000", "--now", NOW]).1)
                .unwrap();
        let mut extra = v["responses"][0].clone();
        extra["participant_id"] = serde_json::json!("p5001");
        v["responses"].as_array_mut().unwrap().push(extra);
        v.to_string()
    };
    type Edit = Box<dyn FnOnce(&mut serde_json::Value)>;
    let cases: Vec<(&str, &str, Edit, &str)> = vec![
        ("unknown-lock.json", &cohort, Box::new(|v| v["workshop"]["matching"]["locked_pairs"] = serde_json::json!([["p001", "p01O"]])),
            "a locked pair names 'p01O', who is not in this cohort; did you mean 'p010'?"),
        ("never-pair-typo.json", &cohort, Box::new(|v| v["workshop"]["matching"]["never_pair"] = serde_json::json!([["p002", "p003"], ["p001", "p01O"]])),
            "entry 2 of the never-pair list names 'p01O', who is not in this cohort, so the rule would not apply; did you mean 'p010'?"),
        ("locked-twice.json", &cohort, Box::new(|v| {
            v["workshop"]["matching"]["mode"] = serde_json::json!("mutual");
            v["workshop"]["matching"]["locked_pairs"] = serde_json::json!([["p001", "p002"], ["p003", "p001"]]);
        }), "'p001' is in two locked pairs"),
        ("wrong-way-round.json", &cohort, {
            let lock = serde_json::json!([[mentee.clone(), mentor.clone()]]);
            Box::new(move |v| v["workshop"]["matching"]["locked_pairs"] = lock)
        }, "must name a mentor (from a mentor generation) first and a mentee second"),
        ("heavy.json", &cohort, Box::new(|v| v["workshop"]["matching"]["want_weight"] = serde_json::json!(2_000_000)),
            "setting 'matching.want_weight': 2000000 is larger than the maximum 1000000"),
        ("too-many.json", &many, Box::new(|_| {}), "5001 participants are more than the 5000"),
    ];
    for (name, text, edit, expected) in cases {
        let file = edited_cohort(&dir, name, text, edit);
        let (code, verdict, _) = run(&["validate", path(&file)]);
        assert_eq!(code, 1, "{name}: {verdict}");
        assert!(verdict.contains(expected), "{name}: {verdict}");
        let (code, _, err) = run(&["match", path(&file)]);
        assert_eq!(code, 1, "{name}");
        assert_eq!(
            err.trim(),
            format!("kakehashi: {}", verdict.trim_start_matches("FAIL").trim()),
            "{name}"
        );
    }
    // A workshop file on its own is checked for what it holds: its weights.
    let workshop = dir.join("workshop.json");
    let mut w: serde_json::Value = serde_json::from_str(&run(&["template"]).1).unwrap();
    w["matching"]["reciprocity_bonus"] = serde_json::json!(1_000_001);
    std::fs::write(&workshop, w.to_string()).unwrap();
    let (code, verdict, _) = run(&["validate", path(&workshop)]);
    assert_eq!(code, 1);
    assert!(
        verdict.contains("'matching.reciprocity_bonus': 1000001 is larger than the maximum"),
        "{verdict}"
    );
    // In Japanese, the suggestion too.
    let file = dir.join("never-pair-typo.json");
    let (_, verdict, _) = run_ja(&["validate", path(&file)]);
    assert!(
        verdict.contains(
            "「p01O」はこの参加者の中にいないため、この指定は働きません。「p010」のことですか？"
        ),
        "{verdict}"
    );
}

/// Issue 15, item 3: "Save the session" after matching 5,000 people wrote ~10 MB, which
/// the app and `validate` refused (8 MiB). The largest realistic session — the demo's
/// 5,000, their pairing and three earlier rounds, from the CLI's own `demo` and `match` —
/// re-opens now, through the parser and through `validate`.
#[test]
fn the_largest_realistic_session_reopens() {
    let dir = temp_dir("large-session");
    let cohort_file = dir.join("cohort.json");
    let n = kakehashi::matching::engine::MAX_PARTICIPANTS.to_string();
    assert_eq!(
        run(&[
            "demo",
            "--participants",
            &n,
            "--now",
            NOW,
            "-o",
            path(&cohort_file)
        ])
        .0,
        0
    );
    let pairing_file = dir.join("pairing.json");
    let (code, _, err) = run(&["match", path(&cohort_file), "-o", path(&pairing_file)]);
    assert_eq!(code, 0, "{err}");
    let mut session = formats::parse_cohort(&std::fs::read(&cohort_file).unwrap()).unwrap();
    let pairing = formats::parse_pairing(&std::fs::read(&pairing_file).unwrap()).unwrap();
    session.rounds = (1..=3)
        .map(|round| Pairing {
            round,
            ..pairing.clone()
        })
        .collect();
    session.pairing = Some(Pairing {
        round: 4,
        earlier_rounds: vec![1, 2, 3],
        ..pairing
    });
    let text = kakehashi::view::export::session_json(&session);
    assert!(
        text.len() > 8 * 1024 * 1024,
        "larger than the old limit: {} bytes",
        text.len()
    );
    let reopened = formats::parse_cohort(text.as_bytes()).expect("the session re-opens");
    assert_eq!(
        (reopened.responses.len(), reopened.rounds.len()),
        (5_000, 3)
    );
    let file = dir.join("session.json");
    std::fs::write(&file, &text).unwrap();
    let (code, out, _) = run(&["validate", path(&file)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK "), "{out}");
}
