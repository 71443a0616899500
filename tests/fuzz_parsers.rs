//! Fuzzing every parser: random bytes, random JSON, and valid documents corrupted at the
//! byte level and at the JSON-tree level. Each parser must return `Ok` or a typed error
//! for all of them, never panic. The stored-state reader is also fed whole stored
//! sessions with some records damaged, and must give back everything undamaged.
//!
//! `KAKEHASHI_FUZZ_CASES` sets the number of cases per run (default 12,000, the test
//! command's small budget); set it higher for a long run, and `KAKEHASHI_FUZZ_SEED` to
//! replay a run. A failing case prints its seed and index.

use kakehashi::document::formats;
use kakehashi::document::model::Kind;
use kakehashi::document::model::{
    Cohort, FollowUp, FollowUpPerson, FollowUpSurvey, Response, Workshop,
};
use kakehashi::document::template::{workshop_with_preset, GenerationPreset};
use kakehashi::transport::codes;
use kakehashi::transport::followup_code::{followup_code, parse_followup_code};
use kakehashi::workflow::stored;
use serde_json::{json, Value};

/// xorshift64*: a tiny deterministic generator, so a failing case can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

fn seeds() -> Vec<Value> {
    let intl = workshop_with_preset(GenerationPreset::International);
    let ja = workshop_with_preset(GenerationPreset::Japanese);
    let response = |w: &Workshop, id: &str, r: u8| Response {
        format: Kind::Response.tag(),
        workshop_id: w.id.clone(),
        participant_id: id.into(),
        name: "佐藤 花子".into(),
        generation: Some("gen_z".into()),
        birth_year: None,
        department: Some("人事".into()),
        ratings: w.skills.iter().map(|s| (s.id.clone(), r)).collect(),
        wants_to_learn: vec!["negotiation".into()],
        note: None,
        created_at: "2026-11-26T09:00:00Z".into(),
        updated_at: "2026-11-26T09:00:00Z".into(),
    };
    let followup = |w: &Workshop, id: &str| FollowUp {
        format: Kind::FollowUp.tag(),
        workshop_id: w.id.clone(),
        participant_id: id.into(),
        round: 1,
        meetings_held: 4,
        satisfaction: 5,
        wants_new_partner: true,
        ratings: w.skills.iter().map(|s| (s.id.clone(), 3)).collect(),
        went_well: Some("週報".into()),
        comment: None,
        created_at: "2026-11-26T09:00:00Z".into(),
        updated_at: "2026-11-26T09:00:00Z".into(),
    };
    let mut handed_out = intl.clone();
    handed_out.followup = Some(FollowUpSurvey {
        round: 1,
        people: vec![
            FollowUpPerson {
                id: "a".into(),
                name: "佐藤".into(),
                partners: vec!["b".into()],
            },
            FollowUpPerson {
                id: "b".into(),
                name: "Ben".into(),
                partners: vec!["a".into()],
            },
        ],
    });
    let cohort = Cohort {
        format: Kind::Cohort.tag(),
        responses: vec![response(&intl, "a", 2), response(&intl, "b", 5)],
        workshop: intl.clone(),
        rounds: vec![],
        pairing: None,
        followups: vec![followup(&intl, "a")],
    };
    // A real pairing (typed explanations, a trio, why-not) so mutations reach its checks.
    let demo = kakehashi::demo::demo_cohort(
        7,
        11,
        kakehashi::document::model::Lang::Ja,
        "2026-11-26T09:00:00Z",
    );
    let mut settings = demo.workshop.matching.clone();
    settings.mode = kakehashi::document::model::MatchingMode::Mutual;
    let pairing =
        serde_json::to_value(kakehashi::matching::match_cohort(&demo, &settings).unwrap()).unwrap();
    let state = json!({"format": "kakehashi/app-state@1", "lang": "ja", "cohort": cohort});
    vec![
        serde_json::to_value(&intl).unwrap(),
        serde_json::to_value(&ja).unwrap(),
        serde_json::to_value(response(&intl, "p-1", 4)).unwrap(),
        serde_json::to_value(&cohort).unwrap(),
        serde_json::to_value(followup(&intl, "p-1")).unwrap(),
        serde_json::to_value(&handed_out).unwrap(),
        pairing,
        state,
    ]
}

fn random_scalar(rng: &mut Rng) -> Value {
    match rng.below(9) {
        0 => Value::Null,
        1 => json!(rng.chance(2)),
        2 => json!(rng.below(12)),
        3 => json!(-(rng.below(1000) as i64)),
        4 => json!(u64::MAX - rng.below(3) as u64),
        5 => json!(1.5e300),
        6 => json!(
            [
                "kakehashi/workshop@1",
                "kakehashi/response@2",
                "",
                "ai_tools",
                "gen_z",
                "日本語",
                "2026-02-30T25:61:61Z"
            ][rng.below(7)]
        ),
        7 => json!("x".repeat(rng.below(300))),
        _ => json!([]),
    }
}

/// Applies one random edit somewhere in the JSON tree.
fn mutate_tree(v: &mut Value, rng: &mut Rng, depth: usize) {
    let descend = depth < 6 && rng.below(3) != 0;
    match v {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(rng.below(map.len())).cloned().unwrap();
            if descend {
                mutate_tree(map.get_mut(&key).unwrap(), rng, depth + 1);
            } else {
                match rng.below(4) {
                    0 => {
                        map.remove(&key);
                    }
                    1 => {
                        map.insert(format!("{key}_extra"), random_scalar(rng));
                    }
                    2 => {
                        let inner = map[&key].clone();
                        map.insert(key, json!([inner]));
                    }
                    _ => {
                        map.insert(key, random_scalar(rng));
                    }
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = rng.below(items.len());
            if descend {
                mutate_tree(&mut items[i], rng, depth + 1);
            } else {
                match rng.below(3) {
                    0 => {
                        items.remove(i);
                    }
                    1 => {
                        let copy = items[i].clone();
                        items.push(copy);
                    }
                    _ => items[i] = random_scalar(rng),
                }
            }
        }
        other => *other = random_scalar(rng),
    }
}

/// Corrupts the serialised bytes: flips, truncations, insertions, splices.
fn mutate_bytes(bytes: &mut Vec<u8>, rng: &mut Rng) {
    for _ in 0..1 + rng.below(4) {
        if bytes.is_empty() {
            bytes.push(b'{');
        }
        let at = rng.below(bytes.len());
        match rng.below(6) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => bytes.truncate(at),
            2 => bytes.insert(
                at,
                [b'{', b'[', b'"', b'\\', 0xff, 0xe3, b',', b':'][rng.below(8)],
            ),
            3 => {
                let end = (at + rng.below(64)).min(bytes.len());
                let slice = bytes[at..end].to_vec();
                let to = rng.below(bytes.len());
                bytes.splice(to..to, slice);
            }
            4 => {
                bytes.remove(at);
            }
            _ => bytes[at] = rng.below(256) as u8,
        }
    }
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let len = rng.below(200);
    let alphabet = b"{}[]\":,0123456789.-eEtrufalsn \\kakehashi/@";
    (0..len)
        .map(|_| {
            if rng.chance(4) {
                rng.below(256) as u8
            } else {
                alphabet[rng.below(alphabet.len())]
            }
        })
        .collect()
}

/// Feeds one input to every parser; any panic fails the test.
fn drive(bytes: &[u8], workshop: &Workshop) {
    let _ = formats::parse_document(bytes);
    let _ = formats::parse_workshop(bytes);
    let _ = formats::parse_response(bytes, workshop);
    let _ = formats::parse_cohort(bytes);
    let _ = formats::parse_pairing(bytes);
    let _ = formats::parse_followup(bytes, workshop);
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = stored::legacy::load(Some(text));
        let _ = stored::legacy::salvage(text);
    }
}

#[test]
fn no_input_makes_any_parser_panic() {
    let cases: usize = std::env::var("KAKEHASHI_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(12_000);
    let seed: u64 = std::env::var("KAKEHASHI_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_ca4e);
    let mut rng = Rng(seed | 1);
    let seeds = seeds();
    let workshop = workshop_with_preset(GenerationPreset::International);
    let (mut accepted, mut rejected) = (0usize, 0usize);

    for case in 0..cases {
        let input = match rng.below(10) {
            0 => random_bytes(&mut rng),
            1..=4 => {
                let mut bytes = serde_json::to_vec(&seeds[rng.below(seeds.len())]).unwrap();
                mutate_bytes(&mut bytes, &mut rng);
                bytes
            }
            _ => {
                let mut tree = seeds[rng.below(seeds.len())].clone();
                for _ in 0..1 + rng.below(3) {
                    mutate_tree(&mut tree, &mut rng, 0);
                }
                serde_json::to_vec(&tree).unwrap()
            }
        };
        let outcome = std::panic::catch_unwind(|| drive(&input, &workshop));
        assert!(
            outcome.is_ok(),
            "panic on case {case} (KAKEHASHI_FUZZ_SEED={seed}): {:?}",
            String::from_utf8_lossy(&input)
        );
        match formats::parse_document(&input) {
            Ok(_) => accepted += 1,
            Err(_) => rejected += 1,
        }
    }
    // The mutations must exercise both paths, or the fuzzer is not reaching the checks.
    assert!(
        accepted > 0 && rejected > cases / 2,
        "accepted {accepted}, rejected {rejected}"
    );
    eprintln!("fuzzed {cases} inputs: {accepted} accepted, {rejected} rejected, no panic");
}

/// `prefix` + base64url(`[length varint][CRC-32][body]`): a code whose frame is valid
/// whatever the body, so that the fuzzer reaches the decoders behind the checksum.
fn framed(prefix: &str, body: &[u8]) -> String {
    let mut bytes = Vec::new();
    let mut n = body.len() as u64;
    while n >= 0x80 {
        bytes.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    bytes.push(n as u8);
    bytes.extend_from_slice(&codes::crc32(body).to_be_bytes());
    bytes.extend_from_slice(body);
    format!("{prefix}{}", codes::base64url_encode(&bytes))
}

/// The body of a code (undoing [`framed`]).
fn body_of(code: &str, prefix: &str) -> Vec<u8> {
    let bytes = codes::base64url_decode(code.strip_prefix(prefix).unwrap(), 0).unwrap();
    let mut at = 0;
    while bytes[at] & 0x80 != 0 {
        at += 1;
    }
    bytes[at + 5..].to_vec()
}

#[test]
fn no_code_makes_the_code_readers_panic() {
    let cases: usize = std::env::var("KAKEHASHI_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(12_000);
    let seed: u64 = std::env::var("KAKEHASHI_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0xc0de_5eed);
    let mut rng = Rng(seed | 1);
    let workshop = workshop_with_preset(GenerationPreset::Japanese);
    let response = kakehashi::demo::demo_cohort(
        1,
        3,
        kakehashi::document::model::Lang::Ja,
        "2026-11-26T09:00:00Z",
    )
    .responses
    .remove(0);
    let demo_workshop = kakehashi::demo::demo_cohort(
        1,
        3,
        kakehashi::document::model::Lang::Ja,
        "2026-11-26T09:00:00Z",
    )
    .workshop;
    // Follow-up answers of the same participant (issue 11 §3): the `KF1.` reader too.
    let followup = FollowUp {
        format: Kind::FollowUp.tag(),
        workshop_id: demo_workshop.id.clone(),
        participant_id: response.participant_id.clone(),
        round: 2,
        meetings_held: 7,
        satisfaction: 4,
        wants_new_partner: true,
        ratings: response.ratings.clone(),
        went_well: Some("毎週のランチ".into()),
        comment: Some("ありがとうございました".into()),
        created_at: "2027-02-01T09:00:00Z".into(),
        updated_at: "2027-02-01T09:30:00.5Z".into(),
    };
    let seeds = [
        ("KW2.", body_of(&codes::workshop_code(&workshop), "KW2.")),
        (
            "KR1.",
            body_of(&codes::response_code(&response, &demo_workshop), "KR1."),
        ),
        (
            "KF1.",
            body_of(&followup_code(&followup, &demo_workshop), "KF1."),
        ),
    ];
    let mut decoded = 0usize;
    for case in 0..cases {
        let (prefix, seed_body) = &seeds[rng.below(seeds.len())];
        let mut body = seed_body.clone();
        if rng.chance(4) {
            body = random_bytes(&mut rng);
        } else {
            mutate_bytes(&mut body, &mut rng);
        }
        let code = if rng.chance(3) {
            // A broken frame too: the text itself mutated.
            let mut text = framed(prefix, &body).into_bytes();
            mutate_bytes(&mut text, &mut rng);
            String::from_utf8_lossy(&text).into_owned()
        } else {
            framed(prefix, &body)
        };
        let outcome = std::panic::catch_unwind(|| {
            (
                codes::parse_workshop_code(&code).is_ok(),
                codes::parse_response_code(&code, &demo_workshop).is_ok(),
                parse_followup_code(&code, &demo_workshop).is_ok(),
            )
        });
        match outcome {
            Ok((w, r, f)) => decoded += usize::from(w || r || f),
            Err(_) => panic!("panic on code case {case} (KAKEHASHI_FUZZ_SEED={seed}): {code}"),
        }
    }
    eprintln!("fuzzed {cases} codes: {decoded} still decoded, no panic");
}

/// The stored-state reader with partially broken states: a stored session (a cohort of
/// answers, a round of pairs, an archived workshop, two survey drafts, the language) has
/// one to three of its records damaged at random — bytes or JSON tree, or just one answer
/// inside the cohort record. Reading it never panics, never refuses the whole state, and
/// everything that was not damaged comes back exactly; a damaged part is set aside.
#[test]
fn a_partially_broken_stored_state_keeps_everything_valid() {
    use kakehashi::demo::demo_cohort;
    use kakehashi::document::model::Lang;
    use kakehashi::matching::match_cohort;
    use kakehashi::workflow::session::{Action, Session};
    use kakehashi::workflow::sliced::RESPONSES_PER_LINE;
    use kakehashi::workflow::stored::records::{self, MemoryStore, COHORT, META};
    use kakehashi::workflow::survey::DraftEdit;

    const NOW: &str = "2026-11-26T09:00:00Z";
    let cases: usize = std::env::var("KAKEHASHI_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(600, |n: usize| n / 20);
    let seed: u64 = std::env::var("KAKEHASHI_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_ca4e);

    // A whole session, stored as the app stores it.
    let mut store = MemoryStore::default();
    let mut session = Session::new(Lang::En);
    session.now = NOW.into();
    let save = |session: &Session, store: &mut MemoryStore| {
        let read = records::load(&store.records).unwrap();
        store
            .commit(records::plan(&read.saved, session.wanted()), &read.saved)
            .unwrap();
    };
    // Two lines of answers in the cohort record.
    let mut cohort = demo_cohort(RESPONSES_PER_LINE + 40, 4, Lang::En, NOW);
    cohort
        .rounds
        .push(match_cohort(&cohort, &cohort.workshop.matching).unwrap());
    let archived = demo_cohort(6, 5, Lang::Ja, NOW);
    session.apply(Action::OpenCohort(archived));
    session.apply(Action::OpenCohort(cohort.clone()));
    session.apply(Action::SetLang(Lang::Ja));
    save(&session, &mut store);
    // Survey drafts of this browser (their tab writes only those).
    for (workshop, name) in [
        (&cohort.workshop, "Aiko"),
        (&workshop_with_preset(GenerationPreset::Japanese), "Ken"),
    ] {
        session.apply(Action::OpenEmbeddedSurvey {
            slot: formats::to_json(workshop),
            participant_id: format!("p-{name}"),
        });
        session.apply(Action::EditDraft(DraftEdit::Name(name.into())));
    }
    save(&session, &mut store);
    let intact = records::load(&store.records).unwrap();
    assert!(intact.set_aside.is_empty());
    let keys: Vec<String> = store
        .records
        .keys()
        .filter(|k| *k != META)
        .cloned()
        .collect();
    assert!(keys.len() >= 6, "{keys:?}");

    let mut rng = Rng(seed | 1);
    for case in 0..cases {
        let mut records = store.records.clone();
        let mut damaged: Vec<String> = Vec::new();
        let mut damaged_answers: Vec<usize> = Vec::new();
        let mut cohort_broken_whole = false;
        for _ in 0..1 + rng.below(3) {
            let key = keys[rng.below(keys.len())].clone();
            // A large record is stored a JSON document a line (a head, then the answers
            // 250 a line): damage one of its lines.
            let mut lines: Vec<String> = records::lines_of(&key, &records[&key])
                .map(str::to_owned)
                .collect();
            let li = rng.below(lines.len());
            let text = lines[li].clone();
            // A line already broken in this case gets more byte damage.
            let parses = serde_json::from_str::<Value>(&text).is_ok();
            let answers_of_line = |li: usize| {
                let from = (li - 1) * RESPONSES_PER_LINE;
                from..cohort.responses.len().min(from + RESPONSES_PER_LINE)
            };
            let mut whole = true;
            let broken = if !parses {
                let mut bytes = text.into_bytes();
                mutate_bytes(&mut bytes, &mut rng);
                String::from_utf8_lossy(&bytes).into_owned()
            } else if key == COHORT && li >= 1 && rng.chance(2) {
                // One answer of a line of answers.
                let mut value: Value = serde_json::from_str(&text).unwrap();
                let range = answers_of_line(li);
                let i = rng.below(range.len());
                mutate_tree(&mut value[i], &mut rng, 1);
                damaged_answers.push(range.start + i);
                whole = false;
                value.to_string()
            } else if rng.chance(2) {
                let mut bytes = text.into_bytes();
                mutate_bytes(&mut bytes, &mut rng);
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                let mut value: Value = serde_json::from_str(&text).unwrap();
                mutate_tree(&mut value, &mut rng, 0);
                value.to_string()
            };
            if broken != lines[li] {
                if key == COHORT && whole {
                    // A line of answers damaged as a whole loses at most its answers; the
                    // head, or a new line break, may lose the whole record.
                    if li >= 1 && !broken.contains('\n') {
                        damaged_answers.extend(answers_of_line(li));
                    } else {
                        cohort_broken_whole = true;
                    }
                }
                lines[li] = broken;
                records.insert(key.clone(), lines.join("\n"));
                damaged.push(key);
            }
        }
        let read = std::panic::catch_unwind(|| records::load(&records));
        let what = format!("case {case} (KAKEHASHI_FUZZ_SEED={seed}), damaged {damaged:?}, answers {damaged_answers:?}, head {cohort_broken_whole}");
        let read = read.unwrap_or_else(|_| panic!("panic on {what}"));
        let read = read.unwrap_or_else(|e| panic!("the whole state refused on {what}: {e:?}"));

        // What was not damaged comes back exactly.
        for (id, survey) in &intact.surveys {
            if !damaged.contains(&records::survey_key(id)) {
                assert_eq!(read.surveys.get(id), Some(survey), "survey {id} on {what}");
            }
        }
        if !damaged.iter().any(|k| k == "prefs") {
            assert_eq!(read.lang, intact.lang, "the language on {what}");
        }
        let before = intact.facilitator.cohort.as_ref().unwrap();
        if !cohort_broken_whole {
            let after = read
                .facilitator
                .cohort
                .as_ref()
                .unwrap_or_else(|| panic!("the cohort on {what}"));
            assert_eq!(after.workshop, before.workshop, "the workshop on {what}");
            for (i, r) in before.responses.iter().enumerate() {
                if !damaged_answers.contains(&i) {
                    assert!(after.responses.contains(r), "answer {i} on {what}");
                }
            }
        }
        if !damaged.iter().any(|k| k.starts_with("archive/")) {
            assert_eq!(
                read.facilitator.archive, intact.facilitator.archive,
                "the archive on {what}"
            );
        }
        if damaged.is_empty() {
            assert!(read.set_aside.is_empty(), "{what}");
        }
    }
}
