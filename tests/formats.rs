//! The document formats from the outside: every kind round-trips, and malformed input of
//! every sort gets its own specific error (never a panic, never a vague message).

use kakehashi::document::formats::{self, Document, FormatError, MAX_DEPTH, MAX_WORKSHOP_BYTES};
use kakehashi::document::model::Kind;
use kakehashi::document::model::{Cohort, Lang, Response, Workshop};
use kakehashi::document::template::{default_workshop, workshop_with_preset, GenerationPreset};
use kakehashi::document::validate::{IdKind, Invalid};
use serde_json::{json, Value};

fn workshop() -> Workshop {
    workshop_with_preset(GenerationPreset::International)
}

fn response(w: &Workshop, id: &str, rating: u8) -> Response {
    Response {
        format: Kind::Response.tag(),
        workshop_id: w.id.clone(),
        participant_id: id.into(),
        name: format!("山田 {id}"),
        generation: None,
        birth_year: Some(1990),
        department: Some("営業部".into()),
        ratings: w.skills.iter().map(|s| (s.id.clone(), rating)).collect(),
        wants_to_learn: vec!["ai_tools".into()],
        note: Some("よろしくお願いします".into()),
        created_at: "2026-11-26T09:00:00Z".into(),
        updated_at: "2026-11-26T09:05:00.250Z".into(),
    }
}

fn cohort() -> Cohort {
    let w = workshop();
    let responses = vec![response(&w, "p-1", 3), response(&w, "p-2", 5)];
    Cohort {
        format: Kind::Cohort.tag(),
        workshop: w,
        responses,
        rounds: vec![],
        pairing: None,
        followups: vec![],
    }
}

fn bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap()
}

fn value<T: serde::Serialize>(t: &T) -> Value {
    serde_json::to_value(t).unwrap()
}

// ---- round trips ----

#[test]
fn workshop_round_trips_in_both_presets() {
    for lang in Lang::ALL {
        let w = default_workshop(lang);
        let text = formats::to_json(&w);
        assert_eq!(formats::parse_workshop(text.as_bytes()), Ok(w.clone()));
        assert_eq!(
            formats::parse_document(text.as_bytes()),
            Ok(Document::Workshop(w))
        );
    }
}

#[test]
fn response_round_trips_against_its_workshop() {
    let w = workshop();
    let r = response(&w, "p-1", 4);
    let text = formats::to_json(&r);
    assert_eq!(formats::parse_response(text.as_bytes(), &w), Ok(r));
}

#[test]
fn cohort_round_trips() {
    let c = cohort();
    let text = formats::to_json(&c);
    assert_eq!(formats::parse_cohort(text.as_bytes()), Ok(c));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut text = "\u{feff}".as_bytes().to_vec();
    text.extend(formats::to_json(&workshop()).as_bytes());
    assert!(formats::parse_workshop(&text).is_ok());
}

// ---- malformed input: one specific error each ----

/// Parses a response (against the international template) after `edit`.
fn response_error(edit: impl FnOnce(&mut Value)) -> FormatError {
    let w = workshop();
    let mut v = value(&response(&w, "p-1", 3));
    edit(&mut v);
    formats::parse_response(&bytes(&v), &w).expect_err("should be rejected")
}

fn workshop_error(edit: impl FnOnce(&mut Value)) -> FormatError {
    let mut v = value(&workshop());
    edit(&mut v);
    formats::parse_workshop(&bytes(&v)).expect_err("should be rejected")
}

fn invalid(e: FormatError) -> Invalid {
    match e {
        FormatError::Invalid(i) => i,
        other => panic!("expected a content error, got {other:?}"),
    }
}

#[test]
fn out_of_range_rating_names_skill_rating_and_scale() {
    let e = response_error(|v| v["ratings"]["ai_tools"] = json!(7));
    assert_eq!(e.to_string(), "skill 'ai_tools' rating 7 is outside 1–5");
}

#[test]
fn rating_of_the_wrong_type_names_its_path() {
    match response_error(|v| v["ratings"]["ai_tools"] = json!("4")) {
        e @ FormatError::Shape { .. } => {
            assert!(matches!(&e, FormatError::Shape { path, .. } if path == "ratings.ai_tools"));
            assert!(e.to_string().contains("invalid type: string"), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn negative_rating_is_a_shape_error() {
    match response_error(|v| v["ratings"]["negotiation"] = json!(-1)) {
        FormatError::Shape { path, .. } => assert_eq!(path, "ratings.negotiation"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn missing_field_is_named() {
    let e = response_error(|v| {
        v.as_object_mut().unwrap().remove("name");
    });
    assert!(e.to_string().contains("missing field `name`"), "{e}");
}

#[test]
fn misspelt_field_is_rejected_not_ignored() {
    let e = response_error(|v| v["nmae"] = json!("typo"));
    assert!(e.to_string().contains("unknown field `nmae`"), "{e}");
}

#[test]
fn unknown_skill_is_named() {
    let e = response_error(|v| v["ratings"]["juggling"] = json!(3));
    assert_eq!(
        invalid(e),
        Invalid::UnknownSkill {
            field: "ratings.juggling".into(),
            id: "juggling".into()
        }
    );
}

#[test]
fn missing_rating_is_named() {
    let e = response_error(|v| {
        v["ratings"].as_object_mut().unwrap().remove("negotiation");
    });
    assert_eq!(
        invalid(e),
        Invalid::MissingRating {
            skill: "negotiation".into()
        }
    );
}

#[test]
fn want_to_learn_outside_the_ratings_is_rejected() {
    let e = response_error(|v| v["wants_to_learn"] = json!(["cooking"]));
    assert!(matches!(invalid(e), Invalid::UnknownSkill { .. }));
}

#[test]
fn unknown_generation_is_named() {
    let e = response_error(|v| v["generation"] = json!("gen_alpha"));
    assert_eq!(
        invalid(e),
        Invalid::UnknownGeneration {
            field: "generation".into(),
            id: "gen_alpha".into()
        }
    );
}

#[test]
fn birth_year_and_generation_must_agree() {
    let e = response_error(|v| v["generation"] = json!("boomers"));
    assert_eq!(
        invalid(e),
        Invalid::GenerationMismatch {
            birth_year: 1990,
            generation: "boomers".into(),
            expected: "millennials".into()
        }
    );
}

#[test]
fn birth_year_outside_every_generation_is_rejected() {
    assert_eq!(
        invalid(response_error(|v| v["birth_year"] = json!(2020))),
        Invalid::BadBirthYear { year: 2020 }
    );
}

#[test]
fn no_generation_and_no_birth_year_is_rejected() {
    assert_eq!(
        invalid(response_error(|v| v["birth_year"] = Value::Null)),
        Invalid::NoGeneration
    );
}

#[test]
fn empty_name_is_rejected() {
    assert_eq!(
        invalid(response_error(|v| v["name"] = json!("   "))),
        Invalid::EmptyField {
            field: "name".into()
        }
    );
}

#[test]
fn bad_participant_id_is_rejected() {
    let e = response_error(|v| v["participant_id"] = json!("has space"));
    assert!(matches!(invalid(e), Invalid::BadId { field, .. } if field == "participant_id"));
}

#[test]
fn timestamp_with_an_offset_is_rejected() {
    let e = response_error(|v| v["updated_at"] = json!("2026-11-26T18:00:00+09:00"));
    assert!(matches!(invalid(e), Invalid::BadTimestamp { field, .. } if field == "updated_at"));
}

#[test]
fn response_for_another_workshop_is_rejected() {
    let e = response_error(|v| v["workshop_id"] = json!("other-workshop"));
    assert_eq!(
        invalid(e),
        Invalid::OtherWorkshop {
            expected: "reverse-mentoring".into(),
            found: "other-workshop".into(),
            title: workshop().title
        }
    );
}

#[test]
fn duplicate_skill_ids_are_rejected() {
    let e = workshop_error(|v| v["skills"][1]["id"] = json!("ai_tools"));
    assert_eq!(
        invalid(e),
        Invalid::DuplicateId {
            what: IdKind::Skill,
            id: "ai_tools".into()
        }
    );
}

#[test]
fn overlapping_generations_are_rejected() {
    let e = workshop_error(|v| v["generations"][2]["born_from"] = json!(1960));
    assert_eq!(
        invalid(e),
        Invalid::OverlappingGenerations {
            first: "boomers".into(),
            second: "gen_x".into()
        }
    );
}

#[test]
fn a_label_empty_in_both_languages_is_rejected() {
    let e = workshop_error(|v| v["skills"][3]["label"] = json!({"ja": "", "en": " "}));
    assert_eq!(
        invalid(e),
        Invalid::EmptyLabel {
            field: "skills[3].label".into()
        }
    );
}

#[test]
fn scale_needs_one_label_per_point() {
    let e = workshop_error(|v| v["scale"]["max"] = json!(7));
    assert!(matches!(invalid(e), Invalid::BadScale { .. }));
}

#[test]
fn teach_threshold_must_lie_on_the_scale() {
    let e = workshop_error(|v| v["matching"]["teach_threshold"] = json!(9));
    assert!(
        matches!(invalid(e), Invalid::BadSetting { field, .. } if field == "matching.teach_threshold")
    );
}

#[test]
fn duplicate_participants_in_a_cohort_are_rejected() {
    let mut c = cohort();
    c.responses[1].participant_id = "p-1".into();
    let e = formats::parse_cohort(formats::to_json(&c).as_bytes()).unwrap_err();
    assert_eq!(
        invalid(e),
        Invalid::DuplicateId {
            what: IdKind::Participant,
            id: "p-1".into()
        }
    );
}

/// A pairing written before pairs were numbered reads with its pairs numbered 1, 2, … as
/// listed, by every road (a file, a cohort's rounds, the browser's records); a number given
/// twice is refused.
#[test]
fn pairs_without_numbers_are_numbered_as_listed_and_a_number_is_given_once() {
    use kakehashi::document::model::Pairing;
    let c = kakehashi::demo::demo_cohort(12, 3, Lang::En, "2026-11-26T09:00:00Z");
    let pairing = kakehashi::matching::match_cohort(&c, &c.workshop.matching).unwrap();
    assert!(pairing.pairs.len() >= 3);
    let mut old = value(&pairing);
    for pair in old["pairs"].as_array_mut().unwrap() {
        pair.as_object_mut().unwrap().remove("number");
    }
    let read = formats::parse_pairing(&bytes(&old)).unwrap();
    assert_eq!(read, pairing, "numbered 1, 2, … as the engine numbers them");
    let direct: Pairing = serde_json::from_value(old.clone()).unwrap();
    assert_eq!(
        direct.pairs.iter().map(|p| p.number).collect::<Vec<_>>(),
        (1..=pairing.pairs.len() as u32).collect::<Vec<_>>()
    );
    let in_a_cohort = Cohort {
        rounds: vec![pairing.clone()],
        pairing: None,
        ..c.clone()
    };
    let mut old_cohort = value(&in_a_cohort);
    old_cohort["rounds"][0]["pairs"][0]
        .as_object_mut()
        .unwrap()
        .remove("number");
    old_cohort["rounds"][0]["pairs"][1]["number"] = json!(9);
    let read = formats::parse_cohort(&bytes(&old_cohort)).unwrap();
    let numbers: Vec<u32> = read.rounds[0].pairs.iter().map(|p| p.number).collect();
    assert_eq!(
        &numbers[..2],
        [10, 9],
        "an unnumbered pair is numbered after the highest"
    );
    let mut twice = value(&pairing);
    twice["pairs"][1]["number"] = json!(1);
    let e = formats::parse_pairing(&bytes(&twice)).unwrap_err();
    assert_eq!(
        invalid(e),
        Invalid::DuplicateId {
            what: IdKind::PairNumber,
            id: "1".into()
        }
    );
}

#[test]
fn a_bad_response_inside_a_cohort_says_which() {
    let mut c = cohort();
    c.responses[1].ratings.insert("ai_tools".into(), 9);
    let e = formats::parse_cohort(formats::to_json(&c).as_bytes()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "responses[1] ('p-2'): skill 'ai_tools' rating 9 is outside 1–5"
    );
}

#[test]
fn a_file_of_another_kind_is_named() {
    let e = formats::parse_workshop(formats::to_json(&cohort()).as_bytes()).unwrap_err();
    assert_eq!(
        e,
        FormatError::WrongKind {
            expected: Kind::Workshop,
            found: Kind::Cohort
        }
    );
    assert_eq!(
        e.to_string(),
        "this is a cohort file, but a workshop file is expected here"
    );
}

#[test]
fn an_unknown_major_version_is_rejected_clearly() {
    let e = workshop_error(|v| v["format"] = json!("kakehashi/workshop@2"));
    assert_eq!(
        e,
        FormatError::UnsupportedVersion {
            kind: Kind::Workshop,
            found: 2,
            supported: 1
        }
    );
    assert!(e.to_string().contains("version 2 is not supported"));
}

#[test]
fn a_foreign_format_tag_is_rejected() {
    let e = workshop_error(|v| v["format"] = json!("acme/survey@1"));
    assert_eq!(
        e,
        FormatError::UnknownFormat {
            found: "acme/survey@1".into()
        }
    );
}

#[test]
fn a_format_tag_of_the_wrong_type_is_named() {
    let e = workshop_error(|v| v["format"] = json!(1));
    assert!(matches!(e, FormatError::Shape { path, .. } if path == "format"));
}

#[test]
fn json_without_a_format_tag_is_not_kakehashi() {
    assert_eq!(
        formats::parse_document(b"[1, 2, 3]"),
        Err(FormatError::NoFormatTag)
    );
    assert_eq!(
        formats::parse_document(br#"{"name": "x"}"#),
        Err(FormatError::NoFormatTag)
    );
}

#[test]
fn invalid_utf8_is_rejected_with_its_offset() {
    let mut text = br#"{"format": "kakehashi/workshop@1", "id": ""#.to_vec();
    let offset = text.len();
    text.extend([0xff, 0xfe, b'"', b'}']);
    assert_eq!(
        formats::parse_document(&text),
        Err(FormatError::NotUtf8 { offset })
    );
}

#[test]
fn a_file_over_the_limit_is_rejected_before_parsing() {
    // Not JSON at all: if it were parsed, the error would be a syntax error. (The limit
    // of any document is far larger: `a_document_is_limited_by_its_kind` below.)
    let huge = vec![b'x'; formats::MAX_DOCUMENT_BYTES + 1];
    assert_eq!(
        formats::parse_document(&huge),
        Err(FormatError::TooLarge {
            size: formats::MAX_DOCUMENT_BYTES + 1,
            limit: formats::MAX_DOCUMENT_BYTES
        })
    );
}

#[test]
fn deeply_nested_json_is_rejected_before_parsing() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        formats::parse_document(deep.as_bytes()),
        Err(FormatError::TooDeep { limit: MAX_DEPTH })
    );
}

#[test]
fn truncated_json_reports_line_and_column() {
    let text = formats::to_json(&workshop());
    let cut = &text.as_bytes()[..text.len() / 2];
    match formats::parse_document(cut) {
        Err(FormatError::Syntax { line, .. }) => assert!(line > 1),
        other => panic!("{other:?}"),
    }
}

#[test]
fn empty_input_is_its_own_error() {
    assert_eq!(formats::parse_document(b""), Err(FormatError::Empty));
    assert_eq!(formats::parse_document(b" \n\t"), Err(FormatError::Empty));
}

/// Issue 15, item 9: a capacity of 10⁹ was accepted in a file while the app's field stops
/// at 50; the core now holds the one bound for both (and for the minimum distance).
#[test]
fn settings_beyond_the_boards_bounds_are_rejected() {
    use kakehashi::document::validate::{
        SettingProblem, MAX_MENTOR_CAPACITY, MAX_MIN_GENERATION_DISTANCE,
    };
    let mut w = workshop();
    w.matching.mentor_capacity = MAX_MENTOR_CAPACITY;
    w.matching.min_generation_distance = MAX_MIN_GENERATION_DISTANCE;
    assert!(formats::parse_workshop(formats::to_json(&w).as_bytes()).is_ok());
    let e = workshop_error(|v| v["matching"]["mentor_capacity"] = json!(1_000_000_000));
    assert_eq!(
        invalid(e),
        Invalid::BadSetting {
            field: "matching.mentor_capacity".into(),
            problem: SettingProblem::AboveMax {
                value: 1_000_000_000,
                max: MAX_MENTOR_CAPACITY
            }
        }
    );
    let e = workshop_error(|v| v["matching"]["min_generation_distance"] = json!(11));
    assert!(
        matches!(invalid(e), Invalid::BadSetting { field, .. } if field == "matching.min_generation_distance")
    );
}

/// Issue 15, item 8: a key given twice was read, the last one winning (`"format"` twice
/// could make a file look like another kind to another reader). Now it is refused with
/// the key's path, before serde.
#[test]
fn a_key_given_twice_is_refused_with_its_path() {
    let text = formats::to_json(&workshop());
    let twice = text.replacen(
        "\"format\": \"kakehashi/workshop@1\",",
        "\"format\": \"kakehashi/response@1\", \"format\": \"kakehashi/workshop@1\",",
        1,
    );
    assert_eq!(
        formats::parse_workshop(twice.as_bytes()),
        Err(FormatError::DuplicateKey {
            path: "format".into()
        })
    );
    let w = workshop();
    let mut text = formats::to_json(&response(&w, "p-1", 3));
    text = text.replacen("\"name\": ", "\"name\": \"Mallory\", \"name\": ", 1);
    let e = formats::parse_response(text.as_bytes(), &w).unwrap_err();
    assert_eq!(
        e,
        FormatError::DuplicateKey {
            path: "name".into()
        }
    );
    assert_eq!(e.to_string(), "the key 'name' is given twice in the same object; keep only one (which one a program reads is not defined)");
    let mut c = formats::to_json(&cohort());
    c = c.replacen(
        "\"teach_threshold\": 4,",
        "\"teach_threshold\": 4, \"teach_threshold\": 2,",
        1,
    );
    assert_eq!(
        formats::parse_cohort(c.as_bytes()),
        Err(FormatError::DuplicateKey {
            path: "workshop.matching.teach_threshold".into()
        })
    );
    let japanese =
        kakehashi::i18n::format_error(Lang::Ja, &formats::parse_cohort(c.as_bytes()).unwrap_err());
    assert!(
        japanese.contains("キー「workshop.matching.teach_threshold」が同じオブジェクトの中で 2 回"),
        "{japanese}"
    );
}

/// Issue 15, item 15: the Japanese messages quoted serde's English ("EOF while parsing a
/// string", "unexpected end of hex escape"); syntax and shape errors are typed now and
/// each language words them.
#[test]
fn syntax_and_shape_errors_are_worded_in_each_language() {
    use kakehashi::document::json::{Expected, Found, JsonPart, ShapeProblem, SyntaxProblem};
    use kakehashi::i18n::format_error;
    let cases: [(&[u8], SyntaxProblem); 3] = [
        (
            br#"{"format": "kakehashi/workshop@1", "id": "abc"#,
            SyntaxProblem::EndedInside(JsonPart::String),
        ),
        (
            br#"{"format": "kakehashi/workshop@1", "id": "\u12"}"#,
            SyntaxProblem::InvalidEscape,
        ),
        (
            br#"{"format": "kakehashi/workshop@1"} trailing"#,
            SyntaxProblem::TrailingCharacters,
        ),
    ];
    for (bytes, expected) in cases {
        let e = formats::parse_document(bytes).unwrap_err();
        assert!(
            matches!(&e, FormatError::Syntax { problem, .. } if *problem == expected),
            "{e:?}"
        );
        let ja = format_error(Lang::Ja, &e);
        for english in ["EOF", "while parsing", "hex escape", "trailing characters"] {
            assert!(!ja.contains(english), "{ja}");
        }
        assert!(ja.ends_with('。'), "{ja}");
    }
    let e = response_error(|v| v["ratings"]["ai_tools"] = json!("4"));
    assert_eq!(
        e,
        FormatError::Shape {
            path: "ratings.ai_tools".into(),
            problem: ShapeProblem::InvalidType {
                found: Found::Text("\"4\"".into()),
                expected: Expected::WholeNumber { min: 0, max: 255 }
            }
        }
    );
    assert_eq!(
        kakehashi::i18n::format_error(Lang::Ja, &e),
        "項目「ratings.ai_tools」の形式が違います。文字列 \"4\"ではなく、0〜255 の整数が必要です。"
    );
    let e = response_error(|v| v["nmae"] = json!("typo"));
    assert!(
        matches!(&e, FormatError::Shape { problem: ShapeProblem::UnknownField { field, allowed }, .. } if field == "nmae" && allowed.contains(&"name".to_owned())),
        "{e:?}"
    );
    assert!(
        format_error(Lang::Ja, &e).contains(
            "欄「nmae」はこの形式にありません。ここで使える欄は「format」「workshop_id」"
        ),
        "{e}"
    );
    let e = workshop_error(|v| v["matching"]["mode"] = json!("sideways"));
    assert!(
        matches!(&e, FormatError::Shape { problem: ShapeProblem::UnknownVariant { found, allowed }, .. } if found == "sideways" && allowed == &["mutual", "reverse"]),
        "{e:?}"
    );
    assert_eq!(
        e.to_string(),
        "field 'matching.mode': 'sideways' is not allowed here; use 'mutual' or 'reverse'"
    );
    let e = workshop_error(|v| v["matching"]["never_pair"] = json!([["a", "b", "c"]]));
    assert!(
        matches!(
            &e,
            FormatError::Shape {
                problem: ShapeProblem::InvalidLength { length: 3, .. },
                ..
            }
        ),
        "{e:?}"
    );
    let e = response_error(|v| {
        v.as_object_mut().unwrap().remove("name");
    });
    assert_eq!(
        format_error(Lang::Ja, &e),
        "項目「.」の形式が違います。欄「name」がありません。"
    );
}

/// Issue 15, item 15: a file saved as UTF-16 (Notepad's "Unicode") or UTF-32 was
/// reported as bad UTF-8 or bad JSON; it is named as the wrong encoding now.
#[test]
fn utf16_and_utf32_are_named_as_the_wrong_encoding() {
    use kakehashi::document::formats::Encoding;
    let text = formats::to_json(&workshop());
    let utf16le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let utf32le: Vec<u8> = text
        .chars()
        .flat_map(|c| u32::from(c).to_le_bytes())
        .collect();
    let with_bom = |bom: &[u8], body: &[u8]| [bom, body].concat();
    for (bytes, encoding) in [
        (utf16le.clone(), Encoding::Utf16),
        (utf16be.clone(), Encoding::Utf16),
        (with_bom(&[0xff, 0xfe], &utf16le), Encoding::Utf16),
        (with_bom(&[0xfe, 0xff], &utf16be), Encoding::Utf16),
        (utf32le.clone(), Encoding::Utf32),
        (with_bom(&[0xff, 0xfe, 0, 0], &utf32le), Encoding::Utf32),
    ] {
        let e = formats::parse_workshop(&bytes).unwrap_err();
        assert_eq!(e, FormatError::WrongEncoding { encoding });
    }
    let e = FormatError::WrongEncoding {
        encoding: Encoding::Utf16,
    };
    assert!(
        e.to_string()
            .starts_with("the file is UTF-16 text, not UTF-8; save it as UTF-8"),
        "{e}"
    );
    assert!(
        kakehashi::i18n::format_error(Lang::Ja, &e).contains("UTF-8 にして保存し直してください。")
    );
}

/// Issue 14, section 2: a photo, a PDF or a spreadsheet given where a Kakehashi file is
/// expected said "not UTF-8 text (bad byte at offset 0)" or "not valid JSON at line 1";
/// it says what the file looks like now, told by its first bytes, even when it is larger
/// than any Kakehashi file.
#[test]
fn files_that_are_not_kakehashi_files_say_what_they_look_like() {
    use kakehashi::document::formats::ForeignFile;
    use kakehashi::i18n::format_error;
    let with = |head: &[u8], rest: usize| [head, &vec![0x5a; rest][..]].concat();
    let cases: [(&[u8], ForeignFile); 12] = [
        (
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
            ForeignFile::Image,
        ),
        (b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01", ForeignFile::Image),
        (b"GIF89a\x10\0\x10\0", ForeignFile::Image),
        (b"RIFF\x24\0\0\0WEBPVP8 ", ForeignFile::Image),
        (b"\0\0\0\x18ftypheic\0\0\0\0", ForeignFile::Image),
        (b"BM\x36\x10\0\0\0\0\0\0\x36\0", ForeignFile::Image),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", ForeignFile::Pdf),
        (
            b"PK\x03\x04\x14\0\x06\0\x08\0[Content_Types].xml",
            ForeignFile::ZipOrOffice,
        ),
        (b"PK\x05\x06\0\0\0\0", ForeignFile::ZipOrOffice),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0",
            ForeignFile::OlderOffice,
        ),
        (
            b"\xef\xbb\xbf\n  <!DOCTYPE html><html lang=\"ja\">",
            ForeignFile::WebPage,
        ),
        (b"<HTML><body>", ForeignFile::WebPage),
    ];
    for (head, looks_like) in cases {
        let expected = Err(FormatError::NotKakehashi { looks_like });
        assert_eq!(
            formats::parse_document(&with(head, 600)).map(|_| ()),
            expected,
            "{head:?}"
        );
        assert_eq!(
            formats::parse_response(&with(head, 600), &workshop()).map(|_| ()),
            expected
        );
    }
    // A photo larger than any Kakehashi file is still a photo.
    let huge = with(b"\xff\xd8\xff\xe1", formats::MAX_DOCUMENT_BYTES + 1);
    assert_eq!(
        formats::parse_cohort(&huge).map(|_| ()),
        Err(FormatError::NotKakehashi {
            looks_like: ForeignFile::Image
        })
    );
    // What is not one of them is read as before: text that starts "BM" is not a bitmap.
    assert!(matches!(
        formats::parse_document(b"BMW cars"),
        Err(FormatError::Syntax { .. })
    ));
    assert!(matches!(
        formats::parse_document(b"<p>html</p>"),
        Err(FormatError::Syntax { .. })
    ));
    let png = FormatError::NotKakehashi {
        looks_like: ForeignFile::Image,
    };
    assert_eq!(
        format_error(Lang::Ja, &png),
        "架け橋のファイルではありません（画像のようです）。架け橋で保存した .json ファイルを選んでください。"
    );
    assert_eq!(png.to_string(), "this is not a Kakehashi file (it looks like an image); choose a .json file saved by Kakehashi");
    let xlsx = FormatError::NotKakehashi {
        looks_like: ForeignFile::ZipOrOffice,
    };
    assert!(format_error(Lang::Ja, &xlsx).contains("（ZIP や Excel のファイルのようです）"));
    assert!(format_error(Lang::En, &xlsx).contains("(it looks like a ZIP or Excel file)"));
    let pdf = FormatError::NotKakehashi {
        looks_like: ForeignFile::Pdf,
    };
    assert!(format_error(Lang::Ja, &pdf).contains("（PDFのようです）"));
}

/// Issue 15, item 15: English had "a answer code", and the app's English messages ran
/// into the next sentence without a full stop. They are sentences now (the CLI's
/// `Display` still leaves the final stop out after "file: ").
#[test]
fn english_messages_are_full_sentences() {
    use kakehashi::i18n::{code_error, format_error, invalid_inline, invalid_message};
    use kakehashi::transport::codes::{CodeError, CodeKind};
    let wrong = CodeError::WrongKind {
        expected: CodeKind::Workshop,
        found: CodeKind::Response,
    };
    assert_eq!(
        code_error(Lang::En, &wrong),
        "this is an answer code, but a workshop code is expected here."
    );
    assert_eq!(
        format_error(Lang::En, &FormatError::Empty),
        "the file is empty."
    );
    let bad = invalid(response_error(|v| v["ratings"]["ai_tools"] = json!(7)));
    assert_eq!(
        invalid_message(Lang::En, &bad),
        "skill 'ai_tools' rating 7 is outside 1–5."
    );
    assert_eq!(
        invalid_inline(
            Lang::En,
            &Invalid::EmptyLabel {
                field: "title".into()
            }
        ),
        "The label is empty in both Japanese and English."
    );
    let in_response = Invalid::InResponse {
        index: 1,
        participant: "p-2".into(),
        inner: Box::new(bad),
    };
    assert_eq!(
        invalid_message(Lang::En, &in_response),
        "responses[1] ('p-2'): skill 'ai_tools' rating 7 is outside 1–5."
    );
    let notice = kakehashi::workflow::session::Notice::LinkBroken(CodeError::Truncated);
    assert_eq!(
        kakehashi::i18n::notice_text(Lang::En, &notice),
        "The link could not be opened: the code is incomplete: it was cut off when copied; copy it again in full. Ask your facilitator to send the link again, or open the workshop file instead."
    );
}

/// Issue 15, item 11: an invisible name (`\u3000\u200b`) was accepted, and lengths counted
/// code points, so a short name of emoji hit the limit early. A text people read must
/// show something, and its length is what a person sees (grapheme clusters).
#[test]
fn names_must_show_something_and_count_as_people_see_them() {
    use kakehashi::document::validate::MAX_NAME_CHARS;
    let e = response_error(|v| v["name"] = json!("\u{3000}\u{200b}"));
    assert_eq!(
        invalid(e.clone()),
        Invalid::Invisible {
            field: "name".into()
        }
    );
    assert_eq!(
        e.to_string(),
        "field 'name' shows nothing: it has only spaces or invisible characters"
    );
    assert_eq!(
        kakehashi::i18n::format_error(Lang::Ja, &e),
        "項目「name」：見える文字がありません。空白や見えない文字だけになっています。"
    );
    for hidden in [
        "\u{200b}\u{200d}",
        "\u{2800}",
        "\u{3164}",
        "\u{feff}\u{2066}",
        "\u{e0041}",
    ] {
        let e = response_error(|v| v["department"] = json!(hidden));
        assert_eq!(
            invalid(e),
            Invalid::Invisible {
                field: "department".into()
            },
            "{hidden:?}"
        );
    }
    let e =
        workshop_error(|v| v["skills"][0]["label"] = json!({"ja": "\u{200b}", "en": "AI tools"}));
    assert_eq!(
        invalid(e),
        Invalid::Invisible {
            field: "skills[0].label".into()
        }
    );
    let e = workshop_error(|v| v["title"] = json!({"ja": "\u{200b}", "en": "\u{3164}"}));
    assert_eq!(
        invalid(e),
        Invalid::EmptyLabel {
            field: "title".into()
        }
    );
    let e = workshop_error(|v| v["departments"] = json!(["営業", "\u{200b}"]));
    assert_eq!(
        invalid(e),
        Invalid::Invisible {
            field: "departments[1]".into()
        }
    );

    // 100 family emoji are 100 characters to a person (700 code points): accepted.
    let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466}";
    let w = workshop();
    let mut r = response(&w, "p-1", 3);
    r.name = family.repeat(MAX_NAME_CHARS);
    assert!(formats::parse_response(formats::to_json(&r).as_bytes(), &w).is_ok());
    r.name = family.repeat(MAX_NAME_CHARS + 1);
    assert!(matches!(
        invalid(formats::parse_response(formats::to_json(&r).as_bytes(), &w).unwrap_err()),
        Invalid::TooLong { .. }
    ));
    // One "character" stacked with a thousand combining marks is too long all the same.
    r.name = format!("a{}", "\u{301}".repeat(1000));
    assert!(matches!(
        invalid(formats::parse_response(formats::to_json(&r).as_bytes(), &w).unwrap_err()),
        Invalid::TooLong { .. }
    ));
}

/// Issue 15, item 3: each kind has its own limit, derived from what Kakehashi writes. A
/// response at every limit of validation fits its limit; one byte of a larger response
/// file does not get parsed.
#[test]
fn a_document_is_limited_by_its_kind() {
    use kakehashi::document::model::{Skill, SkillFamily, Text};
    use kakehashi::document::validate::{MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_SKILLS};
    let mut w = workshop();
    w.skills = (0..MAX_SKILLS)
        .map(|i| Skill {
            id: format!("{i:0>width$}", width = MAX_ID_CHARS),
            label: Text::new("技能", "Skill"),
            family: SkillFamily::Digital,
        })
        .collect();
    w.matching.mentor_generations.clear();
    // A character of eight code points, each four bytes: the most a counted character takes.
    let heavy = format!("a{}", "\u{1d167}".repeat(7));
    let mut r = response(&w, &"p".repeat(MAX_ID_CHARS), 3);
    r.name = heavy.repeat(MAX_NAME_CHARS);
    r.department = Some(heavy.repeat(MAX_NAME_CHARS));
    r.note = Some(heavy.repeat(MAX_NOTE_CHARS));
    r.wants_to_learn = w.skills.iter().map(|s| s.id.clone()).collect();
    r.updated_at = "2026-11-26T09:05:00.123456789Z".into();
    let text = formats::to_json(&r);
    assert!(
        text.len() <= formats::MAX_RESPONSE_BYTES,
        "{} > {}",
        text.len(),
        formats::MAX_RESPONSE_BYTES
    );
    assert_eq!(formats::parse_response(text.as_bytes(), &w), Ok(r));

    let padded = format!(
        "{}{}",
        text.trim_end().trim_end_matches('}'),
        format!(",\"x\": \"{}\"}}", "y".repeat(formats::MAX_RESPONSE_BYTES))
    );
    let e = formats::parse_response(padded.as_bytes(), &w).unwrap_err();
    assert_eq!(
        e,
        FormatError::TooLarge {
            size: padded.len(),
            limit: formats::MAX_RESPONSE_BYTES
        }
    );
    // The limits nest: a session holds its responses and its pairings.
    assert!(
        formats::MAX_RESPONSE_BYTES < MAX_WORKSHOP_BYTES
            && MAX_WORKSHOP_BYTES < formats::MAX_PAIRING_BYTES
    );
    assert!(
        formats::MAX_PAIRING_BYTES < formats::MAX_COHORT_BYTES
            && formats::MAX_COHORT_BYTES == formats::MAX_DOCUMENT_BYTES
    );
    assert_eq!(
        formats::MAX_PARTICIPANTS,
        kakehashi::matching::engine::MAX_PARTICIPANTS
    );
}

/// Issue 11: the programme is optional. A workshop written before it existed reads with
/// the defaults, an unchanged one writes as before (no `programme` key), a set one
/// round-trips, and an unknown or wrong programme field gets a specific error.
#[test]
fn the_programme_is_optional_and_checked() {
    use kakehashi::document::model::Programme;
    let w = workshop();
    let v = value(&w);
    assert!(
        v.get("programme").is_none(),
        "the default programme is not written"
    );
    assert_eq!(
        formats::parse_workshop(&bytes(&v)).unwrap().programme,
        Programme::default()
    );

    let mut set = w.clone();
    set.programme = Programme {
        meetings: 3,
        interval_weeks: 2,
        starts_on: Some("2027-01-15".into()),
        time: "17:30".into(),
        ..Programme::default()
    };
    let text = formats::to_json(&set);
    assert!(text.contains("\"starts_on\": \"2027-01-15\""), "{text}");
    assert_eq!(formats::parse_workshop(text.as_bytes()).unwrap(), set);

    // Only some fields given: the rest are the defaults.
    let mut partial = value(&w);
    partial["programme"] = json!({ "meetings": 8 });
    assert_eq!(
        formats::parse_workshop(&bytes(&partial)).unwrap().programme,
        Programme {
            meetings: 8,
            ..Programme::default()
        }
    );

    let e = workshop_error(|v| v["programme"] = json!({ "meeting": 3 }));
    assert!(e.to_string().contains("meeting"), "{e}");
    let e = workshop_error(|v| v["programme"] = json!({ "starts_on": "2027-02-30" }));
    assert_eq!(e.to_string(), "field 'programme.starts_on': '2027-02-30' is not a date such as 2027-01-15 (in the years 2000 to 2100)");
    let e = workshop_error(|v| v["programme"] = json!({ "meetings": 30 }));
    assert_eq!(
        e.to_string(),
        "field 'programme.meetings': the number of meetings must be from 1 to 24, not 30"
    );
}
