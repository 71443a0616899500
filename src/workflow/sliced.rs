//! Large documents as lines of JSON, so that they are written and read a slice per task
//! rather than in one piece: for a room of 2,000 people the answers are about 1 MB and a
//! pairing with its explanations about as much. The document's head (everything but its
//! long lists) is on the first line, then the lists a slice a line. Compact JSON never
//! holds a raw line break, so a document written whole on one line reads the same way.
//!
//! Used for the matching worker's reply ([`super::reply`]) and for the stored records of
//! answers and pairings ([`super::stored::records`]).

use crate::document::model::{Pair, Pairing, Response, Unmatched};
use serde::{Deserialize, Serialize};

/// Pairs (or people without a partner) a line: a hundred pairs with their explanations
/// are read or written in a few milliseconds.
pub const PAIRS_PER_LINE: usize = 100;
/// Answers a line.
pub const RESPONSES_PER_LINE: usize = 250;

/// A line of a pairing after its head.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum PairingPart {
    Pairs(Vec<Pair>),
    Unmatched(Vec<Unmatched>),
}

/// The same line, written from borrowed slices.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum PairingPartRef<'a> {
    Pairs(&'a [Pair]),
    Unmatched(&'a [Unmatched]),
}

fn json<T: Serialize + ?Sized>(value: &T) -> String {
    // Our types serialise infallibly: string keys, no non-finite floats.
    serde_json::to_string(value).unwrap_or_default()
}

/// A pairing's head: everything but its pairs and its people without a partner. (Every
/// field is named, so that a new field cannot be forgotten here.)
pub fn pairing_head(p: &Pairing) -> Pairing {
    Pairing {
        format: p.format.clone(),
        workshop_id: p.workshop_id.clone(),
        round: p.round,
        mode: p.mode,
        objective: p.objective,
        settings: p.settings.clone(),
        total_score: p.total_score,
        min_pair_score: p.min_pair_score,
        pairs: Vec::new(),
        unmatched: Vec::new(),
        earlier_rounds: p.earlier_rounds.clone(),
        repeated_partners: p.repeated_partners.clone(),
        optimal: p.optimal,
        rematched: p.rematched.clone(),
    }
}

/// The lines of a pairing after its head: its pairs, then its people without a partner.
pub fn pairing_part_lines(p: &Pairing) -> impl Iterator<Item = String> + '_ {
    let pairs = p
        .pairs
        .chunks(PAIRS_PER_LINE)
        .map(|c| json(&PairingPartRef::Pairs(c)));
    pairs.chain(
        p.unmatched
            .chunks(PAIRS_PER_LINE)
            .map(|c| json(&PairingPartRef::Unmatched(c))),
    )
}

/// A pairing as lines: its head, then its parts.
pub fn pairing_lines(p: &Pairing) -> impl Iterator<Item = String> + '_ {
    std::iter::once_with(move || json(&pairing_head(p))).chain(pairing_part_lines(p))
}

/// Adds a line after the head to the pairing read so far.
pub fn read_pairing_part(p: &mut Pairing, line: &str) -> Result<(), serde_json::Error> {
    match serde_json::from_str::<PairingPart>(line)? {
        PairingPart::Pairs(pairs) => p.pairs.extend(pairs),
        PairingPart::Unmatched(people) => p.unmatched.extend(people),
    }
    Ok(())
}

/// The lines of a list of answers (after a head that has none).
pub fn response_lines(responses: &[Response]) -> impl Iterator<Item = String> + '_ {
    responses.chunks(RESPONSES_PER_LINE).map(|c| json(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::Lang;
    use crate::matching::match_cohort;

    #[test]
    fn a_pairing_read_back_from_its_lines_is_the_same() {
        let cohort = demo_cohort(450, 2, Lang::Ja, "2026-11-26T09:00:00Z");
        let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        assert!(
            pairing.pairs.len() > PAIRS_PER_LINE,
            "several lines of pairs"
        );
        let lines: Vec<String> = pairing_lines(&pairing).collect();
        assert!(lines.iter().all(|l| !l.contains('\n')));
        assert_eq!(
            lines.len(),
            1 + pairing.pairs.len().div_ceil(PAIRS_PER_LINE)
                + pairing.unmatched.len().div_ceil(PAIRS_PER_LINE)
        );
        let mut read: Pairing = serde_json::from_str(&lines[0]).unwrap();
        for line in &lines[1..] {
            read_pairing_part(&mut read, line).unwrap();
        }
        assert_eq!(read, pairing);
        assert!(read_pairing_part(&mut read, r#"{"pairs":[{}]}"#).is_err());
        assert!(read_pairing_part(&mut read, r#"{"rounds":[]}"#).is_err());
    }

    #[test]
    fn answers_are_written_a_slice_a_line() {
        let cohort = demo_cohort(RESPONSES_PER_LINE + 3, 2, Lang::En, "2026-11-26T09:00:00Z");
        let lines: Vec<String> = response_lines(&cohort.responses).collect();
        assert_eq!(lines.len(), 2);
        let read: Vec<Response> = lines
            .iter()
            .flat_map(|l| serde_json::from_str::<Vec<Response>>(l).unwrap())
            .collect();
        assert_eq!(read, cohort.responses);
    }
}
