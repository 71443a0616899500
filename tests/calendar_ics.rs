//! The meeting calendar read by a real iCalendar parser (issue 11 §2): Python's
//! `icalendar` package (installed by `scripts/ensure-tools.sh test`) reads the files the
//! core writes. Checked: the number of events per pair, every date and time in the
//! programme's zone (Asia/Tokyo, and Europe/Berlin across the change to summer time),
//! UIDs that stay the same across two exports, escaped places, folded CRLF lines.
//! Without the package the test says so and is skipped (on CI, where ensure-tools ran,
//! it fails instead).

use kakehashi::demo::{demo_cohort, SAMPLE_PARTICIPANTS, SAMPLE_SEED};
use kakehashi::document::model::{Cohort, Lang, Pairing, Programme};
use kakehashi::document::programme::{LocalDate, Weekday};
use kakehashi::matching::match_cohort;
use kakehashi::view::calendar::{all_pairs_calendar, pair_calendar};
use kakehashi::view::people::Directory;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A Python that has `icalendar`, if there is one.
fn python() -> Option<&'static str> {
    let found = ["python3", "/usr/bin/python3"].into_iter().find(|p| {
        Command::new(p)
            .args(["-c", "import icalendar"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "Python's icalendar is missing: scripts/ensure-tools.sh test installs it"
        );
        eprintln!("skipped: no Python with the icalendar package (scripts/ensure-tools.sh test installs it)");
    }
    found
}

fn read(python: &str, path: &Path, zone: &str) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/read_ics.py");
    let out = Command::new(python)
        .arg(script)
        .arg(path)
        .arg(zone)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "icalendar could not read {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kakehashi-ics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn matched(programme: Programme) -> (Cohort, Pairing, Directory) {
    let mut cohort = demo_cohort(
        SAMPLE_PARTICIPANTS,
        SAMPLE_SEED,
        Lang::Ja,
        "2026-11-26T09:00:00Z",
    );
    cohort.workshop.programme = programme;
    let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
    let dir = Directory::new(&cohort, &pairing.settings, Lang::Ja);
    (cohort, pairing, dir)
}

fn programme(starts_on: &str, zone: &str) -> Programme {
    Programme {
        meetings: 3,
        interval_weeks: 2,
        minutes: 45,
        starts_on: Some(starts_on.into()),
        time: "17:30".into(),
        place: "本社 5F, 会議室A; 東側".into(),
        time_zone: zone.into(),
    }
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e[key].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_real_parser_reads_every_pairs_meetings_in_tokyo_time_with_stable_uids() {
    let Some(python) = python() else { return };
    let (cohort, p, names) = matched(programme("2027-01-15", "Asia/Tokyo"));
    let w = &cohort.workshop;
    let tokyo = |_| Some(540);
    let (dir, n) = (dir(), p.pairs.len());
    let first = dir.join("all-1.ics");
    let second = dir.join("all-2.ics");
    std::fs::write(
        &first,
        all_pairs_calendar(&p, w, &names, Lang::Ja, "2026-11-26T09:00:00Z", &tokyo).unwrap(),
    )
    .unwrap();
    std::fs::write(
        &second,
        all_pairs_calendar(&p, w, &names, Lang::Ja, "2026-12-03T09:00:00Z", &tokyo).unwrap(),
    )
    .unwrap();
    let (a, b) = (
        read(python, &first, "Asia/Tokyo"),
        read(python, &second, "Asia/Tokyo"),
    );

    assert_eq!(
        a["events"].as_array().unwrap().len(),
        3 * n,
        "three meetings for each of the {n} pairs"
    );
    assert!(
        a["crlf_only"].as_bool().unwrap() && a["longest_line"].as_u64().unwrap() <= 75,
        "{}",
        a["longest_line"]
    );
    let starts = strings(&a, "start");
    for pair in 0..n {
        assert_eq!(
            starts[3 * pair..3 * pair + 3],
            ["2027-01-15T17:30", "2027-01-29T17:30", "2027-02-12T17:30"]
        );
    }
    assert!(
        strings(&a, "end").iter().all(|e| e.ends_with("18:15")),
        "45 minutes"
    );
    assert!(
        strings(&a, "location")
            .iter()
            .all(|l| l == "本社 5F, 会議室A; 東側"),
        "the place, unescaped by the parser"
    );
    assert_eq!(
        strings(&a, "uid"),
        strings(&b, "uid"),
        "the same UIDs on a later export"
    );
    assert!(
        b["events"][0]["sequence"].as_i64() > a["events"][0]["sequence"].as_i64(),
        "the later export wins"
    );
    let uids = strings(&a, "uid");
    assert_eq!(
        uids.iter().collect::<std::collections::BTreeSet<_>>().len(),
        uids.len()
    );
    assert!(
        strings(&a, "description")[0].contains("初回の進め方\n- 自己紹介"),
        "line breaks come back"
    );

    // One pair's own file: its three events, the same as in the all-pairs file.
    let pair = &p.pairs[n - 1];
    let own = dir.join("pair.ics");
    std::fs::write(
        &own,
        pair_calendar(
            pair,
            &p,
            w,
            &names,
            Lang::Ja,
            "2026-11-26T09:00:00Z",
            &tokyo,
        )
        .unwrap(),
    )
    .unwrap();
    let own = read(python, &own, "Asia/Tokyo");
    assert_eq!(strings(&own, "uid"), uids[3 * (n - 1)..].to_vec());
    let summary = &strings(&own, "summary")[0];
    for id in &pair.members {
        assert!(
            summary.contains(&format!("{}さん", names.name(id))),
            "{summary}"
        );
    }
}

/// Europe/Berlin as a browser's `Intl` reports it: UTC+1, UTC+2 from the last Sunday of
/// March 01:00 UTC to the last Sunday of October 01:00 UTC.
fn berlin(utc: i64) -> Option<i32> {
    let year = LocalDate::from_days(utc.div_euclid(86_400)).year;
    let last_sunday = |month: u32| {
        (25..=31)
            .map(|day| LocalDate { year, month, day })
            .find(|d| d.weekday() == Weekday::Sunday)
            .unwrap()
    };
    let change = |month| last_sunday(month).days() * 86_400 + 3600;
    Some(if (change(3)..change(10)).contains(&utc) {
        120
    } else {
        60
    })
}

#[test]
fn a_zone_with_summer_time_keeps_the_local_time_across_the_change() {
    let Some(python) = python() else { return };
    let (cohort, p, names) = matched(programme("2027-03-12", "Europe/Berlin"));
    let path = dir().join("berlin.ics");
    std::fs::write(
        &path,
        pair_calendar(
            &p.pairs[0],
            &p,
            &cohort.workshop,
            &names,
            Lang::En,
            "2026-11-26T09:00:00Z",
            &berlin,
        )
        .unwrap(),
    )
    .unwrap();
    let v = read(python, &path, "Europe/Berlin");
    // 12 and 26 March in winter time, 9 April in summer time: 17:30 in Berlin each time.
    assert_eq!(
        strings(&v, "start"),
        ["2027-03-12T17:30", "2027-03-26T17:30", "2027-04-09T17:30"]
    );
    let utc = read(python, &path, "UTC");
    assert_eq!(
        strings(&utc, "start"),
        ["2027-03-12T16:30", "2027-03-26T16:30", "2027-04-09T15:30"]
    );
}
