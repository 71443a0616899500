//! `kakehashi validate` and `kakehashi template`, run as the real binary: per-file
//! verdicts, the precise error, and the exit code.

use std::path::PathBuf;
use std::process::Command;

fn kakehashi(args: &[&str]) -> (i32, String, String) {
    // English messages whatever the machine's locale (Japanese is tested in tests/cli.rs).
    let out = Command::new(env!("CARGO_BIN_EXE_kakehashi"))
        .args(args)
        .env("LC_ALL", "C")
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kakehashi-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn template_prints_a_workshop_that_validates() {
    let dir = temp_dir("template");
    for lang in ["ja", "en"] {
        let (code, stdout, _) = kakehashi(&["template", "--lang", lang]);
        assert_eq!(code, 0);
        let path = dir.join(format!("workshop-{lang}.json"));
        std::fs::write(&path, &stdout).unwrap();
        let (code, stdout, _) = kakehashi(&["validate", path.to_str().unwrap()]);
        assert_eq!(code, 0, "{stdout}");
        assert!(stdout.starts_with("OK "), "{stdout}");
    }
    let (_, ja, _) = kakehashi(&["template", "--lang", "ja"]);
    assert!(ja.contains("団塊の世代"));
    let (_, en, _) = kakehashi(&["template"]);
    assert!(en.contains("Baby Boomers"));
}

#[test]
fn validate_reports_each_file_and_fails_if_any_fails() {
    let dir = temp_dir("mixed");
    let (_, workshop, _) = kakehashi(&["template", "--lang", "en"]);
    let workshop_path = dir.join("workshop.json");
    std::fs::write(&workshop_path, &workshop).unwrap();

    let mut response: serde_json::Value = serde_json::json!({
        "format": "kakehashi/response@1", "workshop_id": "reverse-mentoring", "participant_id": "p-1",
        "name": "Alex", "birth_year": 1999, "ratings": {}, "created_at": "2026-11-26T09:00:00Z",
        "updated_at": "2026-11-26T09:00:00Z"
    });
    let w: serde_json::Value = serde_json::from_str(&workshop).unwrap();
    for skill in w["skills"].as_array().unwrap() {
        response["ratings"][skill["id"].as_str().unwrap()] = serde_json::json!(3);
    }
    let good = dir.join("good.json");
    std::fs::write(&good, response.to_string()).unwrap();
    response["ratings"]["ai_tools"] = serde_json::json!(7);
    let bad = dir.join("response.json");
    std::fs::write(&bad, response.to_string()).unwrap();
    let garbage = dir.join("notes.json");
    std::fs::write(&garbage, "{\"format\": \"kakehashi/response@1\", ").unwrap();

    let paths: Vec<&str> = [&workshop_path, &good, &bad, &garbage]
        .iter()
        .map(|p| p.to_str().unwrap())
        .collect();
    let (code, stdout, _) = kakehashi(&[&["validate"][..], &paths].concat());
    assert_eq!(code, 1, "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert!(
        lines[0].starts_with("OK ") && lines[1].starts_with("OK "),
        "{stdout}"
    );
    assert!(
        lines[2].ends_with("response.json: skill 'ai_tools' rating 7 is outside 1–5"),
        "{stdout}"
    );
    assert!(
        lines[3].starts_with("FAIL") && lines[3].contains("not valid JSON"),
        "{stdout}"
    );

    // Without the workshop, the out-of-range rating cannot be seen: the verdict says so.
    let (code, stdout, _) = kakehashi(&["validate", bad.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("pass the workshop"), "{stdout}");
}

#[test]
fn a_missing_file_and_a_bad_command_are_clear() {
    let (code, stdout, _) = kakehashi(&["validate", "/nonexistent/kakehashi.json"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("FAIL  /nonexistent/kakehashi.json: cannot read"),
        "{stdout}"
    );
    let (code, _, stderr) = kakehashi(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown command 'frobnicate'"));
    let (code, _, stderr) = kakehashi(&["template", "--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--lang must be ja or en"));
}

#[test]
fn the_environment_chooses_japanese_messages() {
    let run = |lc_all: &str, lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_kakehashi"))
            .arg("frobnicate")
            .env_remove("LC_MESSAGES")
            .env("LC_ALL", lc_all)
            .env("LANG", lang)
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(run("", "ja_JP.UTF-8").contains("「frobnicate」というコマンドはありません。"));
    assert!(run("ja_JP.UTF-8", "C").contains("使い方:"));
    // LC_ALL wins over LANG, as POSIX says.
    assert!(run("C.UTF-8", "ja_JP.UTF-8").contains("unknown command 'frobnicate'"));
}
