//! Collecting answers: response files and response codes added to a cohort, each with its
//! own outcome, so that one bad item never blocks the others and nothing is dropped
//! without a reason. A participant who answers again (same participant id) replaces their
//! earlier answers when the new ones are newer. Pure.
//!
//! Follow-up answers (issue 11 §3) come in the same way, as files or `KF1.` codes mixed
//! with the others: they are taken only for a participant of the cohort, for a round the
//! session has pairs of, and the newer `updated_at` wins, as for answers.

use crate::document::formats::{self, FormatError};
use crate::document::model::{Cohort, FollowUp, Kind, Response};
use crate::transport::codes::{self, CodeError, CodeKind};
use crate::transport::followup_code;
use std::collections::HashMap;

/// One item handed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportInput {
    /// Where it came from, for the report: a file name, or "line 3" of a paste.
    pub source: String,
    pub content: ImportContent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportContent {
    File(Vec<u8>),
    Code(String),
}

/// What happened to one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub source: String,
    pub outcome: ImportOutcome,
    /// Something to check about an item that was taken.
    pub warning: Option<ImportWarning>,
}

/// Something to check about an answer that was taken (the import goes on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportWarning {
    /// Another participant (`other_id`) already has this name (`name`, participant `id`):
    /// the same person answered twice on two devices, or two people share a name.
    SameName {
        name: String,
        id: String,
        other_id: String,
    },
}

/// A name as it is compared for [`ImportWarning::SameName`]: without spaces of any width,
/// in lower case ("山田　太郎" and "山田 太郎", "Ann Lee" and "ann lee" are one name).
fn comparable(name: &str) -> String {
    name.split_whitespace().collect::<String>().to_lowercase()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new participant (their name).
    Added(String),
    /// A participant already there, replaced by these newer answers.
    Updated(String),
    /// Answers already there are as new or newer: nothing changed.
    AlreadyNewer(String),
    RejectedFile(FormatError),
    RejectedCode(CodeError),
    // ---- follow-up answers (issue 11 §3) ----
    /// A participant's first follow-up answers (their name, from their first answers).
    FollowUpAdded(String),
    /// Their earlier follow-up answers, replaced by these newer ones.
    FollowUpUpdated(String),
    /// Follow-up answers already there are as new or newer: nothing changed.
    FollowUpAlreadyNewer(String),
    /// Readable follow-up answers that this session cannot take; nothing changed.
    RejectedFollowUp(FollowUpRejection),
}

/// Why readable follow-up answers are not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpRejection {
    /// Nobody was paired yet in this session: there is no pair to follow up.
    NoPairing,
    /// From a participant whose first answers are not in this cohort (their id).
    NotInCohort { participant_id: String },
    /// For a round this session has no pairs of; `latest` is the latest round it has.
    UnknownRound { round: u32, latest: u32 },
}

/// What [`upsert`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    Added,
    Updated,
    AlreadyNewer,
}

/// Adds `response`, or replaces the one with its participant id if it is newer.
pub fn upsert(cohort: &mut Cohort, response: Response) -> Upsert {
    match cohort
        .responses
        .iter_mut()
        .find(|r| r.participant_id == response.participant_id)
    {
        None => {
            cohort.responses.push(response);
            Upsert::Added
        }
        // Valid timestamps are UTC RFC 3339, so the later time is the greater string.
        Some(existing) if response.updated_at > existing.updated_at => {
            *existing = response;
            Upsert::Updated
        }
        Some(_) => Upsert::AlreadyNewer,
    }
}

/// Adds follow-up answers `f`, or replaces those with its participant id if newer.
pub fn upsert_followup(cohort: &mut Cohort, f: FollowUp) -> Upsert {
    match cohort
        .followups
        .iter_mut()
        .find(|e| e.participant_id == f.participant_id)
    {
        None => {
            cohort.followups.push(f);
            Upsert::Added
        }
        Some(existing) if f.updated_at > existing.updated_at => {
            *existing = f;
            Upsert::Updated
        }
        Some(_) => Upsert::AlreadyNewer,
    }
}

/// The rounds a cohort file has pairs of: its kept rounds and its current pairing.
pub fn paired_rounds(cohort: &Cohort) -> Vec<u32> {
    cohort
        .rounds
        .iter()
        .chain(&cohort.pairing)
        .map(|p| p.round)
        .collect()
}

/// An item as read: answers, or follow-up answers (told by the file's `format` tag or the
/// code's prefix), or why it could not be read.
enum Read {
    Answers(Result<Response, ImportOutcome>),
    FollowUp(Result<FollowUp, ImportOutcome>),
}

fn read(content: &ImportContent, cohort: &Cohort) -> Read {
    let w = &cohort.workshop;
    match content {
        ImportContent::File(bytes) => match formats::parse_response(bytes, w) {
            Err(FormatError::WrongKind {
                found: Kind::FollowUp,
                ..
            }) => Read::FollowUp(
                formats::parse_followup(bytes, w).map_err(ImportOutcome::RejectedFile),
            ),
            read => Read::Answers(read.map_err(ImportOutcome::RejectedFile)),
        },
        ImportContent::Code(code) if CodeKind::of(code) == Some(CodeKind::FollowUp) => {
            Read::FollowUp(
                followup_code::parse_followup_code(code, w).map_err(ImportOutcome::RejectedCode),
            )
        }
        ImportContent::Code(code) => {
            Read::Answers(codes::parse_response_code(code, w).map_err(ImportOutcome::RejectedCode))
        }
    }
}

/// Takes follow-up answers read from an item, if this session can.
fn take_followup(cohort: &mut Cohort, f: FollowUp, paired_rounds: &[u32]) -> ImportOutcome {
    let Some(&latest) = paired_rounds.iter().max() else {
        return ImportOutcome::RejectedFollowUp(FollowUpRejection::NoPairing);
    };
    let Some(name) = cohort.response(&f.participant_id).map(|r| r.name.clone()) else {
        return ImportOutcome::RejectedFollowUp(FollowUpRejection::NotInCohort {
            participant_id: f.participant_id,
        });
    };
    if !paired_rounds.contains(&f.round) {
        return ImportOutcome::RejectedFollowUp(FollowUpRejection::UnknownRound {
            round: f.round,
            latest,
        });
    }
    match upsert_followup(cohort, f) {
        Upsert::Added => ImportOutcome::FollowUpAdded(name),
        Upsert::Updated => ImportOutcome::FollowUpUpdated(name),
        Upsert::AlreadyNewer => ImportOutcome::FollowUpAlreadyNewer(name),
    }
}

/// [`import_all`] for a cohort file: the rounds it has pairs of are its own.
pub fn import_into(cohort: &mut Cohort, inputs: Vec<ImportInput>) -> Vec<ImportReport> {
    let rounds = paired_rounds(cohort);
    import_all(cohort, inputs, &rounds)
}

/// Reads every item, adds the good ones to `cohort`, and reports on each in order. An
/// answer whose name another participant of the cohort already has is taken, with a
/// warning naming both participant ids. Follow-up answers are taken for the rounds in
/// `paired_rounds` (the session's kept rounds and the board's pairing).
pub fn import_all(
    cohort: &mut Cohort,
    inputs: Vec<ImportInput>,
    paired_rounds: &[u32],
) -> Vec<ImportReport> {
    let mut names: HashMap<String, Vec<String>> = HashMap::new();
    for r in &cohort.responses {
        names
            .entry(comparable(&r.name))
            .or_default()
            .push(r.participant_id.clone());
    }
    inputs
        .into_iter()
        .map(|input| {
            let parsed = match read(&input.content, cohort) {
                Read::FollowUp(read) => {
                    let outcome =
                        read.map_or_else(|e| e, |f| take_followup(cohort, f, paired_rounds));
                    return ImportReport {
                        source: input.source,
                        outcome,
                        warning: None,
                    };
                }
                Read::Answers(read) => read,
            };
            let (outcome, warning) = match parsed {
                Err(rejected) => (rejected, None),
                Ok(response) => {
                    let (name, id) = (response.name.clone(), response.participant_id.clone());
                    let outcome = match upsert(cohort, response) {
                        Upsert::Added => ImportOutcome::Added(name.clone()),
                        Upsert::Updated => ImportOutcome::Updated(name.clone()),
                        Upsert::AlreadyNewer => ImportOutcome::AlreadyNewer(name.clone()),
                    };
                    let ids = names.entry(comparable(&name)).or_default();
                    let warning = match &outcome {
                        ImportOutcome::AlreadyNewer(_) => None,
                        _ => ids.iter().find(|other| **other != id).map(|other_id| {
                            ImportWarning::SameName {
                                name: name.clone(),
                                id: id.clone(),
                                other_id: other_id.clone(),
                            }
                        }),
                    };
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                    (outcome, warning)
                }
            };
            ImportReport {
                source: input.source,
                outcome,
                warning,
            }
        })
        .collect()
}

/// Splits pasted text into one code per non-empty line ("line N" as the source).
pub fn codes_from_paste(text: &str) -> Vec<ImportInput> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| ImportInput {
            source: format!("#{}", i + 1),
            content: ImportContent::Code(line.trim().to_owned()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::Kind;
    use crate::document::model::Lang;
    use crate::document::template::default_workshop;

    fn cohort() -> Cohort {
        Cohort {
            format: Kind::Cohort.tag(),
            workshop: default_workshop(Lang::En),
            responses: vec![],
            rounds: vec![],
            pairing: None,
            followups: vec![],
        }
    }

    fn response(c: &Cohort, id: &str, name: &str, at: &str) -> Response {
        Response {
            format: Kind::Response.tag(),
            workshop_id: c.workshop.id.clone(),
            participant_id: id.into(),
            name: name.into(),
            generation: Some("gen_z".into()),
            birth_year: None,
            department: None,
            ratings: c
                .workshop
                .skills
                .iter()
                .map(|s| (s.id.clone(), 4))
                .collect(),
            wants_to_learn: vec![],
            note: None,
            created_at: "2026-11-26T09:00:00Z".into(),
            updated_at: at.into(),
        }
    }

    #[test]
    fn each_item_gets_its_own_outcome_and_bad_ones_block_nothing() {
        let mut c = cohort();
        let ann = response(&c, "p-1", "Ann", "2026-11-26T09:00:00Z");
        let ann_later = response(&c, "p-1", "Ann B.", "2026-11-26T10:00:00Z");
        let bo = response(&c, "p-2", "Bo", "2026-11-26T09:00:00Z");
        let inputs = vec![
            ImportInput {
                source: "ann.json".into(),
                content: ImportContent::File(formats::to_json(&ann).into_bytes()),
            },
            ImportInput {
                source: "broken.json".into(),
                content: ImportContent::File(b"{\"format\":".to_vec()),
            },
            ImportInput {
                source: "#1".into(),
                content: ImportContent::Code(codes::response_code(&bo, &c.workshop)),
            },
            ImportInput {
                source: "#2".into(),
                content: ImportContent::Code("KR1.AAAA".into()),
            },
            ImportInput {
                source: "ann2.json".into(),
                content: ImportContent::File(formats::to_json(&ann_later).into_bytes()),
            },
            ImportInput {
                source: "ann-old.json".into(),
                content: ImportContent::File(formats::to_json(&ann).into_bytes()),
            },
        ];
        let reports = import_into(&mut c, inputs);
        let outcomes: Vec<_> = reports.iter().map(|r| &r.outcome).collect();
        assert_eq!(outcomes[0], &ImportOutcome::Added("Ann".into()));
        assert!(matches!(
            outcomes[1],
            ImportOutcome::RejectedFile(FormatError::Syntax { .. })
        ));
        assert_eq!(outcomes[2], &ImportOutcome::Added("Bo".into()));
        assert!(matches!(outcomes[3], ImportOutcome::RejectedCode(_)));
        assert_eq!(outcomes[4], &ImportOutcome::Updated("Ann B.".into()));
        assert_eq!(outcomes[5], &ImportOutcome::AlreadyNewer("Ann".into()));
        let names: Vec<&str> = c.responses.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Ann B.", "Bo"]);
    }

    /// Issue 14, section 4: a name that a participant with another id already has is
    /// flagged with both ids, and the answer is still taken.
    #[test]
    fn a_name_given_twice_with_different_ids_is_flagged_and_still_imported() {
        let mut c = cohort();
        c.responses
            .push(response(&c, "p-1", "山田 太郎", "2026-11-26T09:00:00Z"));
        let file = |r: &Response, source: &str| ImportInput {
            source: source.into(),
            content: ImportContent::File(formats::to_json(r).into_bytes()),
        };
        let inputs = vec![
            file(
                &response(&c, "p-2", "山田　太郎", "2026-11-26T09:00:00Z"),
                "a.json",
            ),
            file(
                &response(&c, "p-3", "Ann Lee", "2026-11-26T09:00:00Z"),
                "b.json",
            ),
            file(
                &response(&c, "p-4", "ann  lee", "2026-11-26T09:00:00Z"),
                "c.json",
            ),
            file(
                &response(&c, "p-1", "山田 太郎", "2026-11-26T10:00:00Z"),
                "d.json",
            ),
        ];
        let reports = import_into(&mut c, inputs);
        assert_eq!(
            reports[0].outcome,
            ImportOutcome::Added("山田　太郎".into())
        );
        assert_eq!(
            reports[0].warning,
            Some(ImportWarning::SameName {
                name: "山田　太郎".into(),
                id: "p-2".into(),
                other_id: "p-1".into()
            })
        );
        assert_eq!(reports[1].warning, None);
        assert_eq!(
            reports[2].warning,
            Some(ImportWarning::SameName {
                name: "ann  lee".into(),
                id: "p-4".into(),
                other_id: "p-3".into()
            }),
            "within one import too"
        );
        assert_eq!(
            reports[3].outcome,
            ImportOutcome::Updated("山田 太郎".into())
        );
        assert_eq!(
            reports[3].warning,
            Some(ImportWarning::SameName {
                name: "山田 太郎".into(),
                id: "p-1".into(),
                other_id: "p-2".into()
            }),
            "the first of the two, answering again, is still one of two"
        );
        assert_eq!(c.responses.len(), 4, "every answer is taken");
    }

    fn followup(c: &Cohort, id: &str, round: u32, at: &str) -> FollowUp {
        FollowUp {
            format: Kind::FollowUp.tag(),
            workshop_id: c.workshop.id.clone(),
            participant_id: id.into(),
            round,
            meetings_held: 5,
            satisfaction: 4,
            wants_new_partner: false,
            ratings: c
                .workshop
                .skills
                .iter()
                .map(|s| (s.id.clone(), 3))
                .collect(),
            went_well: None,
            comment: None,
            created_at: "2027-02-01T09:00:00Z".into(),
            updated_at: at.into(),
        }
    }

    /// Issue 11 §3: follow-up files and codes come in with the answers, each with its
    /// outcome; the newer wins; one that cannot be taken changes nothing.
    #[test]
    fn follow_up_answers_are_imported_beside_answers_and_each_refusal_is_specific() {
        let mut c = cohort();
        c.responses
            .push(response(&c, "p-1", "Ann", "2026-11-26T09:00:00Z"));
        c.responses
            .push(response(&c, "p-2", "Bo", "2026-11-26T09:00:00Z"));
        let early = followup(&c, "p-1", 1, "2027-02-01T09:00:00Z");
        let later = followup(&c, "p-1", 1, "2027-02-02T09:00:00Z");
        let bo = followup(&c, "p-2", 1, "2027-02-01T09:00:00Z");
        let stranger = followup(&c, "p-9", 1, "2027-02-01T09:00:00Z");
        let round3 = followup(&c, "p-2", 3, "2027-02-03T09:00:00Z");
        let mut elsewhere = c.workshop.clone();
        elsewhere.id = "another".into();
        let foreign = FollowUp {
            workshop_id: "another".into(),
            ..bo.clone()
        };
        let file = |f: &FollowUp, source: &str| ImportInput {
            source: source.into(),
            content: ImportContent::File(formats::to_json(f).into_bytes()),
        };
        let code = |f: &FollowUp, w: &crate::document::model::Workshop, source: &str| ImportInput {
            source: source.into(),
            content: ImportContent::Code(followup_code::followup_code(f, w)),
        };

        // Before any pairing: readable follow-ups are refused, and nothing changes.
        let before = c.clone();
        let reports = import_all(&mut c, vec![file(&early, "a.json")], &[]);
        assert_eq!(
            reports[0].outcome,
            ImportOutcome::RejectedFollowUp(FollowUpRejection::NoPairing)
        );
        assert_eq!(c, before);

        let cut = followup_code::followup_code(&bo, &c.workshop);
        let inputs = vec![
            file(&early, "ann.json"),
            code(&bo, &c.workshop, "#1"),
            file(&later, "ann-again.json"),
            file(&early, "ann-old.json"),
            file(&stranger, "stranger.json"),
            code(&round3, &c.workshop, "#2"),
            code(&foreign, &elsewhere, "#3"),
            ImportInput {
                source: "#4".into(),
                content: ImportContent::Code(cut[..cut.len() - 4].to_owned()),
            },
            file(&foreign, "foreign.json"),
        ];
        let reports = import_all(&mut c, inputs, &[1, 2]);
        let outcomes: Vec<&ImportOutcome> = reports.iter().map(|r| &r.outcome).collect();
        assert_eq!(outcomes[0], &ImportOutcome::FollowUpAdded("Ann".into()));
        assert_eq!(outcomes[1], &ImportOutcome::FollowUpAdded("Bo".into()));
        assert_eq!(outcomes[2], &ImportOutcome::FollowUpUpdated("Ann".into()));
        assert_eq!(
            outcomes[3],
            &ImportOutcome::FollowUpAlreadyNewer("Ann".into())
        );
        assert_eq!(
            outcomes[4],
            &ImportOutcome::RejectedFollowUp(FollowUpRejection::NotInCohort {
                participant_id: "p-9".into()
            })
        );
        assert_eq!(
            outcomes[5],
            &ImportOutcome::RejectedFollowUp(FollowUpRejection::UnknownRound {
                round: 3,
                latest: 2
            })
        );
        assert!(matches!(
            outcomes[6],
            ImportOutcome::RejectedCode(CodeError::OtherWorkshop { .. })
        ));
        assert_eq!(
            outcomes[7],
            &ImportOutcome::RejectedCode(CodeError::Truncated)
        );
        assert!(matches!(
            outcomes[8],
            ImportOutcome::RejectedFile(FormatError::Invalid(
                crate::document::validate::Invalid::OtherWorkshop { .. }
            ))
        ));
        assert_eq!(c.followups, [later, bo]);
        assert_eq!(c.responses.len(), 2, "the answers are untouched");
        assert!(reports.iter().all(|r| r.warning.is_none()));
    }

    #[test]
    fn a_cohort_file_follows_up_its_own_rounds() {
        let mut c = cohort();
        c.responses
            .push(response(&c, "p-1", "Ann", "2026-11-26T09:00:00Z"));
        assert_eq!(paired_rounds(&c), Vec::<u32>::new());
        let f = followup(&c, "p-1", 1, "2027-02-01T09:00:00Z");
        let input = || ImportInput {
            source: "a.json".into(),
            content: ImportContent::File(formats::to_json(&f).into_bytes()),
        };
        let reports = import_into(&mut c, vec![input()]);
        assert_eq!(
            reports[0].outcome,
            ImportOutcome::RejectedFollowUp(FollowUpRejection::NoPairing)
        );
        let mut round = crate::matching::match_cohort(&c, &c.workshop.matching).unwrap();
        round.round = 1;
        c.rounds.push(round);
        assert_eq!(paired_rounds(&c), [1]);
        let reports = import_into(&mut c, vec![input()]);
        assert_eq!(
            reports[0].outcome,
            ImportOutcome::FollowUpAdded("Ann".into())
        );
    }

    #[test]
    fn a_pasted_block_is_one_code_per_line() {
        let inputs = codes_from_paste("KR1.abc\n\n  KR1.def  \r\n");
        assert_eq!(inputs.len(), 2);
        assert_eq!(
            inputs[1],
            ImportInput {
                source: "#3".into(),
                content: ImportContent::Code("KR1.def".into())
            }
        );
    }
}
