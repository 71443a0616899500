//! Realistic synthetic cohorts for rehearsals, the app's "load sample workshop" button,
//! tests and benchmarks: [`demo_cohort`] answers the built-in template workshop with `n`
//! plausible participants.
//!
//! The profiles follow the premise of reverse mentoring: ratings of digital skills rise
//! and ratings of experience skills fall with the birth year, with a personal aptitude
//! and per-skill noise on top, so scores have the many ties real surveys have. Names are
//! drawn per generation (a Japanese 昭和 name for an older participant, a Reiwa-era name
//! for Gen Z), departments from a list, want-to-learn choices among one's weaker skills.
//!
//! Pure: the seed and the current time are parameters, randomness comes from
//! [`crate::demo::rng::SplitMix64`] (integer arithmetic only, so native and wasm agree), and
//! every generated response passes [`crate::document::validate::response_for`].

use crate::document::model::Kind;
use crate::document::model::{Cohort, Lang, Response, SkillFamily, Text, Workshop};
pub mod rng;

use crate::document::template;
use crate::document::timestamp;
use crate::document::validate;
use rng::SplitMix64;
use std::collections::BTreeMap;

/// The workshop id of demo cohorts.
pub const DEMO_WORKSHOP_ID: &str = "sample-workshop";

/// Used when the `now` given to [`demo_cohort`] is not an RFC 3339 UTC timestamp.
pub const FALLBACK_NOW: &str = "2026-01-01T09:00:00Z";

/// A cohort of `n_participants` synthetic responses to the template workshop in `lang`
/// (Japanese generations and names for `ja`, the international ones for `en`), the same
/// for the same `seed` on every platform. `now` (e.g. `2026-11-26T09:30:00Z`) is the
/// latest time a response may carry; responses were "handed in" over the two weeks
/// before it. An invalid `now` is replaced by [`FALLBACK_NOW`].
/// The seed of the sample workshop on Home: the same 24 people on every load, so that a
/// rehearsal (and its screenshots) can be repeated. In its reverse mode some mentees wait
/// for a mentor, which the board's suggestions then resolve.
pub const SAMPLE_SEED: u64 = 6;

/// How many made-up answers the sample workshop has.
pub const SAMPLE_PARTICIPANTS: usize = 24;

pub fn demo_cohort(n_participants: usize, seed: u64, lang: Lang, now: &str) -> Cohort {
    let now_seconds = parse_timestamp(now)
        .or_else(|| parse_timestamp(FALLBACK_NOW))
        .unwrap_or(0);
    let mut rng = SplitMix64::new(seed);
    let workshop = demo_workshop(lang);
    let width = n_participants.to_string().len().max(3);
    let responses = (0..n_participants)
        .map(|i| {
            let id = format!("p{:0width$}", i + 1);
            demo_response(&mut rng, &workshop, lang, id, now_seconds)
        })
        .collect();
    Cohort {
        format: Kind::Cohort.tag(),
        workshop,
        responses,
        rounds: Vec::new(),
        pairing: None,
    }
}

/// The template workshop with a sample id and title and a list of departments.
pub fn demo_workshop(lang: Lang) -> Workshop {
    let mut workshop = template::default_workshop(lang);
    workshop.id = DEMO_WORKSHOP_ID.into();
    workshop.title = Text::new("サンプル・ワークショップ", "Sample workshop");
    workshop.departments = departments(lang).iter().map(|d| (*d).to_owned()).collect();
    workshop
}

fn departments(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ja => &[
            "営業",
            "開発",
            "人事",
            "経理",
            "マーケティング",
            "総務",
            "製造",
            "企画",
        ],
        Lang::En => &[
            "Sales",
            "Engineering",
            "HR",
            "Finance",
            "Marketing",
            "Operations",
            "Manufacturing",
            "Strategy",
        ],
    }
}

/// A skill's difficulty shift (hundredths of a rating point), the same for everyone:
/// nearly everyone has been in online meetings, fewer use generative AI.
fn skill_shift(skill_id: &str) -> i64 {
    match skill_id {
        "online_meetings" => 60,
        "smartphone_apps" => 40,
        "ai_tools" => -40,
        "data_spreadsheets" => -10,
        "industry_knowledge" => 20,
        "negotiation" => -20,
        "leading_people" => -30,
        _ => 0,
    }
}

fn demo_response(
    rng: &mut SplitMix64,
    workshop: &Workshop,
    lang: Lang,
    participant_id: String,
    now: i64,
) -> Response {
    let this_year = year_of(now);

    // Age: a working population with as many over 45 as under (an ageing workforce), so
    // that the template's reverse mode has about as many mentors as mentees.
    let buckets: [(i64, i64, u64); 5] = [
        (22, 29, 16),
        (30, 39, 18),
        (40, 49, 22),
        (50, 59, 28),
        (60, 67, 16),
    ];
    let (lo, hi, _) = buckets[rng.weighted(&buckets.map(|b| b.2))];
    let age = rng.range_i64(lo, hi);
    let latest_year = workshop
        .generations
        .iter()
        .filter_map(|g| g.born_to)
        .max()
        .unwrap_or(i32::MAX);
    let birth_year = (this_year - age as i32).clamp(*validate::BIRTH_YEARS.start(), latest_year);
    let generation = workshop
        .generation_for_birth_year(birth_year)
        .map(|g| g.id.clone());

    // 0 for someone born in 1957 or earlier, 1000 for 2002 or later.
    let youth = ((i64::from(birth_year) - 1957) * 1000 / 45).clamp(0, 1000);
    let (scale_min, scale_max) = (i64::from(workshop.scale.min), i64::from(workshop.scale.max));
    let span = scale_max - scale_min;
    // Means in hundredths of a rating point, from 15% to 85% of the scale.
    let low = scale_min * 100 + span * 15;
    let high = scale_min * 100 + span * 85;
    let digital_mean = low + (high - low) * youth / 1000;
    let experience_mean = low + (high - low) * (1000 - youth) / 1000;
    let (digital_aptitude, experience_aptitude) = (rng.noise(55), rng.noise(55));

    let mut ratings = BTreeMap::new();
    for skill in &workshop.skills {
        let base = match skill.family {
            SkillFamily::Digital => digital_mean + digital_aptitude,
            SkillFamily::Experience => experience_mean + experience_aptitude,
        };
        let hundredths = base + skill_shift(&skill.id) + rng.noise(75);
        let rating = ((hundredths + 50).div_euclid(100)).clamp(scale_min, scale_max);
        ratings.insert(skill.id.clone(), rating as u8);
    }

    // Want to learn: up to three of one's weaker skills, the weakest most likely.
    let n_wants = rng.weighted(&[15, 35, 35, 15]);
    let mut candidates: Vec<(&str, u64)> = workshop
        .skills
        .iter()
        .map(|s| {
            let gap = scale_max - i64::from(ratings[&s.id]);
            (
                s.id.as_str(),
                if gap >= span / 2 {
                    (gap * gap) as u64
                } else {
                    0
                },
            )
        })
        .collect();
    let mut wants_to_learn = Vec::new();
    for _ in 0..n_wants {
        let weights: Vec<u64> = candidates.iter().map(|c| c.1).collect();
        if weights.iter().all(|&w| w == 0) {
            break;
        }
        let i = rng.weighted(&weights);
        wants_to_learn.push(candidates[i].0.to_owned());
        candidates[i].1 = 0;
    }

    let department = if rng.chance(95) {
        Some((*rng.pick(departments(lang))).to_owned())
    } else {
        None
    };
    let name = demo_name(rng, lang, birth_year);

    // How the generation was given: both (most), birth year only, or generation only.
    let (generation, birth_year) = match rng.below(20) {
        0..=14 => (generation, Some(birth_year)),
        15..=17 => (None, Some(birth_year)),
        _ if generation.is_some() => (generation, None),
        _ => (None, Some(birth_year)),
    };

    let created = now - rng.range_i64(3_600, 14 * 86_400);
    let updated = if rng.chance(25) {
        (created + rng.range_i64(60, 2 * 86_400)).min(now)
    } else {
        created
    };

    Response {
        format: Kind::Response.tag(),
        workshop_id: workshop.id.clone(),
        participant_id,
        name,
        generation,
        birth_year,
        department,
        ratings,
        wants_to_learn,
        note: None,
        created_at: timestamp::from_unix(created),
        updated_at: timestamp::from_unix(updated),
    }
}

/// A plausible full name for someone born in `birth_year`.
fn demo_name(rng: &mut SplitMix64, lang: Lang, birth_year: i32) -> String {
    // Given names by birth era: before 1965, 1965–1980, 1981–1996, 1997 and later.
    let era = match birth_year {
        ..=1964 => 0,
        1965..=1980 => 1,
        1981..=1996 => 2,
        _ => 3,
    };
    match lang {
        Lang::Ja => {
            const FAMILY: &[&str] = &[
                "佐藤",
                "鈴木",
                "高橋",
                "田中",
                "伊藤",
                "渡辺",
                "山本",
                "中村",
                "小林",
                "加藤",
                "吉田",
                "山田",
                "佐々木",
                "山口",
                "松本",
                "井上",
                "木村",
                "林",
                "斎藤",
                "清水",
                "山崎",
                "森",
                "池田",
                "橋本",
                "阿部",
                "石川",
                "山下",
                "中島",
                "石井",
                "小川",
                "前田",
                "岡田",
                "長谷川",
                "藤田",
                "後藤",
                "近藤",
            ];
            const GIVEN: [&[&str]; 4] = [
                &[
                    "和夫",
                    "清",
                    "茂",
                    "博",
                    "勝",
                    "節子",
                    "幸子",
                    "和子",
                    "洋子",
                    "恵美子",
                    "隆",
                    "弘子",
                ],
                &[
                    "誠",
                    "浩",
                    "直樹",
                    "哲也",
                    "健一",
                    "恵子",
                    "久美子",
                    "由美",
                    "真由美",
                    "明美",
                    "剛",
                    "智子",
                ],
                &[
                    "翔太", "大輔", "拓也", "健太", "達也", "美咲", "愛", "彩", "麻衣", "陽子",
                    "翔", "沙織",
                ],
                &[
                    "蓮",
                    "悠真",
                    "陽翔",
                    "湊",
                    "大翔",
                    "結衣",
                    "葵",
                    "陽菜",
                    "凛",
                    "さくら",
                    "芽依",
                    "颯",
                ],
            ];
            format!("{} {}", rng.pick(FAMILY), rng.pick(GIVEN[era]))
        }
        Lang::En => {
            const FAMILY: &[&str] = &[
                "Smith",
                "Johnson",
                "Williams",
                "Brown",
                "Jones",
                "Garcia",
                "Miller",
                "Davis",
                "Rodriguez",
                "Martinez",
                "Wilson",
                "Anderson",
                "Taylor",
                "Thomas",
                "Moore",
                "Jackson",
                "Martin",
                "Lee",
                "Thompson",
                "White",
                "Harris",
                "Clark",
                "Lewis",
                "Walker",
                "Young",
                "Allen",
                "King",
                "Wright",
                "Scott",
                "Hill",
                "Green",
                "Adams",
                "Nelson",
                "Baker",
                "Campbell",
                "Patel",
            ];
            const GIVEN: [&[&str]; 4] = [
                &[
                    "Robert", "Linda", "Barbara", "James", "Mary", "Patricia", "Richard", "Susan",
                    "Donald", "Carol", "Gary", "Sharon",
                ],
                &[
                    "Michael", "Jennifer", "David", "Lisa", "Karen", "Mark", "Kimberly", "Jeffrey",
                    "Michelle", "Scott", "Angela", "Brian",
                ],
                &[
                    "Jessica",
                    "Ashley",
                    "Matthew",
                    "Christopher",
                    "Sarah",
                    "Joshua",
                    "Amanda",
                    "Daniel",
                    "Megan",
                    "Andrew",
                    "Lauren",
                    "Tyler",
                ],
                &[
                    "Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason",
                    "Isabella", "Aiden", "Chloe", "Zoe",
                ],
            ];
            format!("{} {}", rng.pick(GIVEN[era]), rng.pick(FAMILY))
        }
    }
}

/// Seconds since 1970 of a valid timestamp (its fraction dropped).
fn parse_timestamp(s: &str) -> Option<i64> {
    timestamp::unix_seconds(s).map(|(seconds, _)| seconds)
}

fn year_of(seconds: i64) -> i32 {
    timestamp::civil_from_days(seconds.div_euclid(86_400)).0 as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-26T09:30:00Z";

    #[test]
    fn every_demo_response_is_valid_and_the_cohort_too() {
        for lang in Lang::ALL {
            for seed in 0..5 {
                let cohort = demo_cohort(200, seed, lang, NOW);
                for r in &cohort.responses {
                    assert_eq!(validate::response_for(r, &cohort.workshop), Ok(()), "{r:?}");
                    assert!(r.updated_at.as_str() <= NOW && r.created_at <= r.updated_at);
                }
                assert_eq!(validate::cohort(&cohort), Ok(()));
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_cohort() {
        assert_eq!(
            demo_cohort(50, 7, Lang::Ja, NOW),
            demo_cohort(50, 7, Lang::Ja, NOW)
        );
        assert_ne!(
            demo_cohort(50, 7, Lang::Ja, NOW),
            demo_cohort(50, 8, Lang::Ja, NOW)
        );
    }

    #[test]
    fn younger_participants_rate_digital_higher_and_experience_lower() {
        let cohort = demo_cohort(1000, 1, Lang::En, NOW);
        let w = &cohort.workshop;
        let mean = |young: bool, family: SkillFamily| {
            let (mut sum, mut count) = (0u64, 0u64);
            for r in &cohort.responses {
                let g = w.generation_index(r.generation_id(w).unwrap()).unwrap();
                if (g >= 3) != young {
                    continue;
                }
                for s in w.skills.iter().filter(|s| s.family == family) {
                    sum += u64::from(r.ratings[&s.id]);
                    count += 1;
                }
            }
            sum as f64 / count as f64
        };
        assert!(mean(true, SkillFamily::Digital) > mean(false, SkillFamily::Digital) + 1.0);
        assert!(mean(false, SkillFamily::Experience) > mean(true, SkillFamily::Experience) + 1.0);
    }

    #[test]
    fn an_invalid_now_falls_back() {
        let cohort = demo_cohort(3, 1, Lang::En, "yesterday");
        assert!(cohort
            .responses
            .iter()
            .all(|r| r.updated_at.as_str() <= FALLBACK_NOW));
    }

    #[test]
    fn an_empty_demo_is_an_empty_cohort() {
        assert!(demo_cohort(0, 1, Lang::Ja, NOW).responses.is_empty());
    }

    #[test]
    fn timestamps_round_trip() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2000-02-29T23:59:59Z",
            NOW,
            "2100-12-31T12:00:00Z",
        ] {
            assert_eq!(timestamp::from_unix(parse_timestamp(s).unwrap()), s);
        }
        assert_eq!(parse_timestamp("2026-11-26T09:30:00Z"), Some(1_795_685_400));
        assert_eq!(parse_timestamp("2026-11-26"), None);
    }
}
