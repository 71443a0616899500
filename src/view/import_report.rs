//! The report of an import of answers, as the console shows it: a summary first ("30
//! added, 2 rejected"), then the items, the rejected ones first, then those with something
//! to check (a name another participant already has), then the rest, each group in the
//! order the items came. Pure.

use crate::document::model::Lang;
use crate::i18n::{import_outcome, msg, Msg};
use crate::transport::import::{ImportOutcome, ImportReport, ImportWarning};

/// The report as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportView {
    /// "30 added, 2 rejected".
    pub summary: String,
    pub rows: Vec<ImportRow>,
}

/// One item of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    /// The item's position in the import: a stable key while the report grows.
    pub index: usize,
    /// The file name or "#3" (the line of a paste).
    pub source: String,
    /// What happened to it: "Added: Ann Lee".
    pub outcome: String,
    pub rejected: bool,
    /// What to check about it, if anything.
    pub warning: Option<String>,
}

fn rejected(outcome: &ImportOutcome) -> bool {
    matches!(
        outcome,
        ImportOutcome::RejectedFile(_)
            | ImportOutcome::RejectedCode(_)
            | ImportOutcome::RejectedFollowUp(_)
    )
}

fn warning_text(warning: &ImportWarning, lang: Lang) -> String {
    match warning {
        ImportWarning::SameName { name, id, other_id } => {
            msg(lang, &Msg::ImportSameName { name, id, other_id })
        }
    }
}

pub fn import_view(reports: &[ImportReport], lang: Lang) -> ImportView {
    let count = |f: fn(&ImportOutcome) -> bool| reports.iter().filter(|r| f(&r.outcome)).count();
    let summary = msg(
        lang,
        &Msg::ImportSummary {
            // Follow-up answers (issue 11 §3) count with the answers; each row says which.
            added: count(|o| {
                matches!(o, ImportOutcome::Added(_) | ImportOutcome::FollowUpAdded(_))
            }),
            updated: count(|o| {
                matches!(
                    o,
                    ImportOutcome::Updated(_) | ImportOutcome::FollowUpUpdated(_)
                )
            }),
            unchanged: count(|o| {
                matches!(
                    o,
                    ImportOutcome::AlreadyNewer(_) | ImportOutcome::FollowUpAlreadyNewer(_)
                )
            }),
            rejected: count(rejected),
            to_check: reports.iter().filter(|r| r.warning.is_some()).count(),
        },
    );
    let mut rows: Vec<ImportRow> = reports
        .iter()
        .enumerate()
        .map(|(index, r)| ImportRow {
            index,
            source: r.source.clone(),
            outcome: import_outcome(lang, &r.outcome),
            rejected: rejected(&r.outcome),
            warning: r.warning.as_ref().map(|w| warning_text(w, lang)),
        })
        .collect();
    // Stable: each group keeps the order the items came in.
    rows.sort_by_key(|r| (!r.rejected, r.warning.is_none()));
    ImportView { summary, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::formats::FormatError;

    fn report(
        source: &str,
        outcome: ImportOutcome,
        warning: Option<ImportWarning>,
    ) -> ImportReport {
        ImportReport {
            source: source.into(),
            outcome,
            warning,
        }
    }

    #[test]
    fn the_summary_comes_first_then_the_rejected_then_what_to_check() {
        let same = ImportWarning::SameName {
            name: "Ann Lee".into(),
            id: "p-9".into(),
            other_id: "p-1".into(),
        };
        let reports = vec![
            report("a.json", ImportOutcome::Added("Bo".into()), None),
            report(
                "b.json",
                ImportOutcome::RejectedFile(FormatError::Empty),
                None,
            ),
            report("c.json", ImportOutcome::Added("Ann Lee".into()), Some(same)),
            report("d.json", ImportOutcome::Updated("Cy".into()), None),
            report(
                "e.json",
                ImportOutcome::RejectedFile(FormatError::Empty),
                None,
            ),
            report("f.json", ImportOutcome::AlreadyNewer("Di".into()), None),
        ];
        let en = import_view(&reports, Lang::En);
        assert_eq!(
            en.summary,
            "2 added, 1 updated, 1 unchanged, 2 rejected; 1 name to check."
        );
        let order: Vec<&str> = en.rows.iter().map(|r| r.source.as_str()).collect();
        assert_eq!(
            order,
            ["b.json", "e.json", "c.json", "a.json", "d.json", "f.json"]
        );
        assert_eq!(
            en.rows.iter().map(|r| r.index).collect::<Vec<_>>(),
            [1, 4, 2, 0, 3, 5]
        );
        assert!(en.rows[0].rejected && en.rows[1].rejected && !en.rows[2].rejected);
        let warning = en.rows[2].warning.as_deref().unwrap();
        assert!(
            warning.contains("p-9") && warning.contains("p-1") && warning.contains("Ann Lee"),
            "{warning}"
        );
        let ja = import_view(&reports, Lang::Ja);
        assert_eq!(
            ja.summary,
            "追加 2件、更新 1件、変更なし 1件、読み込めない 2件。確認が必要な名前 1件。"
        );
        let warning = ja.rows[2].warning.as_deref().unwrap();
        assert!(
            warning.contains("p-9") && warning.contains("p-1"),
            "{warning}"
        );
        // Follow-up answers count with the answers, and a refused one is rejected first.
        let followups = vec![
            report("a.json", ImportOutcome::FollowUpAdded("Bo".into()), None),
            report("b.json", ImportOutcome::FollowUpUpdated("Cy".into()), None),
            report(
                "#1",
                ImportOutcome::RejectedFollowUp(
                    crate::transport::import::FollowUpRejection::NoPairing,
                ),
                None,
            ),
        ];
        let view = import_view(&followups, Lang::En);
        assert_eq!(view.summary, "1 added, 1 updated, 1 rejected.");
        assert_eq!(view.rows[0].source, "#1");
        assert!(view.rows[0].rejected);
        assert_eq!(view.rows[1].outcome, "Follow-up added: Bo");
        // Only what happened is counted; one item is "1".
        let one = import_view(&reports[..1], Lang::En);
        assert_eq!(one.summary, "1 added.");
        assert_eq!(
            import_view(&reports[1..2], Lang::Ja).summary,
            "読み込めない 1件。"
        );
    }
}
