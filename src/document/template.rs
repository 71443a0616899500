//! The built-in starting points: the bilingual reverse-mentoring workshop template, the
//! default five-point scale, and the two generation presets (the international five
//! generations at work, and the Japanese generations Japanese facilitators use).
//!
//! Pure data: no browser, no clock. The app's "start from the template" and
//! `kakehashi template` both call [`default_workshop`].

use crate::document::model::Kind;
use crate::document::model::{
    Generation, Lang, MatchingMode, MatchingSettings, Programme, Scale, Skill, SkillFamily, Text,
    Workshop,
};

/// The id of the built-in template workshop.
pub const TEMPLATE_ID: &str = "reverse-mentoring";

/// Which set of generations a workshop uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenerationPreset {
    /// Silent Generation, Baby Boomers, Gen X, Millennials, Gen Z.
    International,
    /// 団塊の世代, しらけ世代, バブル世代, 就職氷河期世代, ゆとり世代, Z世代.
    Japanese,
}

fn generation(
    id: &str,
    ja: &str,
    en: &str,
    born_from: Option<i32>,
    born_to: Option<i32>,
) -> Generation {
    Generation {
        id: id.into(),
        label: Text::new(ja, en),
        born_from,
        born_to,
    }
}

impl GenerationPreset {
    /// The generations, oldest first, with contiguous birth-year ranges so that every
    /// working-age birth year maps to exactly one.
    pub fn generations(self) -> Vec<Generation> {
        match self {
            GenerationPreset::International => vec![
                generation(
                    "silent",
                    "サイレント世代",
                    "Silent Generation",
                    None,
                    Some(1945),
                ),
                generation(
                    "boomers",
                    "ベビーブーマー",
                    "Baby Boomers",
                    Some(1946),
                    Some(1964),
                ),
                generation("gen_x", "X世代", "Gen X", Some(1965), Some(1980)),
                generation(
                    "millennials",
                    "ミレニアル世代",
                    "Millennials",
                    Some(1981),
                    Some(1996),
                ),
                generation("gen_z", "Z世代", "Gen Z", Some(1997), Some(2012)),
            ],
            // The usual Japanese ranges, made contiguous: 団塊 is 1947–1949 in the strict
            // sense and takes the earlier years too; しらけ世代 fills 1950–1964 so that no
            // birth year falls between two generations; ゆとり starts where 氷河期 ends.
            GenerationPreset::Japanese => vec![
                generation(
                    "dankai",
                    "団塊の世代",
                    "Dankai (baby boom)",
                    None,
                    Some(1949),
                ),
                generation(
                    "shirake",
                    "しらけ世代",
                    "Shirake generation",
                    Some(1950),
                    Some(1964),
                ),
                generation(
                    "bubble",
                    "バブル世代",
                    "Bubble generation",
                    Some(1965),
                    Some(1970),
                ),
                generation(
                    "hyogaki",
                    "就職氷河期世代",
                    "Employment Ice Age generation",
                    Some(1971),
                    Some(1982),
                ),
                generation(
                    "yutori",
                    "ゆとり世代",
                    "Yutori generation",
                    Some(1983),
                    Some(1996),
                ),
                generation("gen_z", "Z世代", "Gen Z", Some(1997), Some(2012)),
            ],
        }
    }

    /// The generations that mentor in reverse mode by default: the two youngest.
    pub fn default_mentor_generations(self) -> Vec<String> {
        let gens = self.generations();
        gens[gens.len() - 2..]
            .iter()
            .map(|g| g.id.clone())
            .collect()
    }

    /// The preset a facilitator working in `lang` most likely wants.
    pub fn for_lang(lang: Lang) -> GenerationPreset {
        match lang {
            Lang::Ja => GenerationPreset::Japanese,
            Lang::En => GenerationPreset::International,
        }
    }
}

/// The default 1–5 self-assessment scale, a label for every point.
pub fn default_scale() -> Scale {
    Scale {
        min: 1,
        max: 5,
        labels: vec![
            Text::new("経験なし", "No experience"),
            Text::new("基本を知っている", "Know the basics"),
            Text::new("ひとりでできる", "Can do it alone"),
            Text::new("人に教えられる", "Can teach others"),
            Text::new("第一人者", "Expert"),
        ],
    }
}

fn skill(id: &str, ja: &str, en: &str, family: SkillFamily) -> Skill {
    Skill {
        id: id.into(),
        label: Text::new(ja, en),
        family,
    }
}

/// The twelve skills of the template: six digital, six from experience.
pub fn default_skills() -> Vec<Skill> {
    use SkillFamily::{Digital, Experience};
    vec![
        skill("ai_tools", "生成AIツール", "Generative AI tools", Digital),
        skill(
            "smartphone_apps",
            "スマートフォンアプリ",
            "Smartphone apps",
            Digital,
        ),
        skill("social_media", "SNS", "Social media", Digital),
        skill(
            "collaboration_tools",
            "オンライン共同作業ツール",
            "Online collaboration tools",
            Digital,
        ),
        skill(
            "data_spreadsheets",
            "データ・表計算",
            "Data and spreadsheets",
            Digital,
        ),
        skill(
            "online_meetings",
            "オンライン会議",
            "Online meetings",
            Digital,
        ),
        skill(
            "customer_relations",
            "顧客との関係づくり",
            "Customer relations",
            Experience,
        ),
        skill("negotiation", "交渉", "Negotiation", Experience),
        skill("leading_people", "人を率いる", "Leading people", Experience),
        skill(
            "industry_knowledge",
            "業界知識",
            "Industry knowledge",
            Experience,
        ),
        skill(
            "project_planning",
            "プロジェクト計画",
            "Project planning",
            Experience,
        ),
        skill(
            "internal_network",
            "社内人脈",
            "Internal network",
            Experience,
        ),
    ]
}

/// The template's skills by name, for what is said about each of them in particular (the
/// goals a kickoff sheet suggests, worded in the i18n files). A skill a facilitator adds
/// has none, and is spoken of by its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplateSkill {
    AiTools,
    SmartphoneApps,
    SocialMedia,
    CollaborationTools,
    DataSpreadsheets,
    OnlineMeetings,
    CustomerRelations,
    Negotiation,
    LeadingPeople,
    IndustryKnowledge,
    ProjectPlanning,
    InternalNetwork,
}

impl TemplateSkill {
    pub const ALL: [TemplateSkill; 12] = [
        TemplateSkill::AiTools,
        TemplateSkill::SmartphoneApps,
        TemplateSkill::SocialMedia,
        TemplateSkill::CollaborationTools,
        TemplateSkill::DataSpreadsheets,
        TemplateSkill::OnlineMeetings,
        TemplateSkill::CustomerRelations,
        TemplateSkill::Negotiation,
        TemplateSkill::LeadingPeople,
        TemplateSkill::IndustryKnowledge,
        TemplateSkill::ProjectPlanning,
        TemplateSkill::InternalNetwork,
    ];

    /// The skill's id in [`default_skills`].
    pub fn id(self) -> &'static str {
        match self {
            TemplateSkill::AiTools => "ai_tools",
            TemplateSkill::SmartphoneApps => "smartphone_apps",
            TemplateSkill::SocialMedia => "social_media",
            TemplateSkill::CollaborationTools => "collaboration_tools",
            TemplateSkill::DataSpreadsheets => "data_spreadsheets",
            TemplateSkill::OnlineMeetings => "online_meetings",
            TemplateSkill::CustomerRelations => "customer_relations",
            TemplateSkill::Negotiation => "negotiation",
            TemplateSkill::LeadingPeople => "leading_people",
            TemplateSkill::IndustryKnowledge => "industry_knowledge",
            TemplateSkill::ProjectPlanning => "project_planning",
            TemplateSkill::InternalNetwork => "internal_network",
        }
    }

    pub fn from_id(id: &str) -> Option<TemplateSkill> {
        TemplateSkill::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The built-in reverse-mentoring workshop, with the generation preset for `lang`
/// (Japanese generations for `ja`, the international five for `en`).
pub fn default_workshop(lang: Lang) -> Workshop {
    workshop_with_preset(GenerationPreset::for_lang(lang))
}

pub fn workshop_with_preset(preset: GenerationPreset) -> Workshop {
    Workshop {
        format: Kind::Workshop.tag(),
        id: TEMPLATE_ID.into(),
        title: Text::new(
            "リバースメンタリング・ワークショップ",
            "Reverse mentoring workshop",
        ),
        languages: vec![Lang::Ja, Lang::En],
        scale: default_scale(),
        skills: default_skills(),
        generations: preset.generations(),
        departments: Vec::new(),
        matching: MatchingSettings {
            mode: MatchingMode::Reverse,
            mentor_generations: preset.default_mentor_generations(),
            ..MatchingSettings::default()
        },
        followup: None,
        programme: Programme::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::validate;

    #[test]
    fn both_presets_give_valid_workshops() {
        for preset in [GenerationPreset::International, GenerationPreset::Japanese] {
            let w = workshop_with_preset(preset);
            assert_eq!(validate::workshop(&w), Ok(()), "{preset:?}");
        }
    }

    #[test]
    fn every_working_age_birth_year_has_one_generation() {
        for preset in [GenerationPreset::International, GenerationPreset::Japanese] {
            let w = workshop_with_preset(preset);
            for year in 1940..=2012 {
                let n = w.generations.iter().filter(|g| g.covers(year)).count();
                assert_eq!(n, 1, "{preset:?} {year}");
            }
        }
    }

    #[test]
    fn template_is_fully_bilingual() {
        let w = default_workshop(Lang::En);
        let texts = std::iter::once(&w.title)
            .chain(w.scale.labels.iter())
            .chain(w.skills.iter().map(|s| &s.label))
            .chain(w.generations.iter().map(|g| &g.label));
        for t in texts {
            assert!(!t.ja.is_empty() && !t.en.is_empty(), "{t:?}");
        }
        let digital = w
            .skills
            .iter()
            .filter(|s| s.family == SkillFamily::Digital)
            .count();
        assert_eq!((digital, w.skills.len() - digital), (6, 6));
    }

    #[test]
    fn every_template_skill_is_named() {
        let skills = default_skills();
        let ids: Vec<&str> = skills.iter().map(|s| s.id.as_str()).collect();
        let named: Vec<&str> = TemplateSkill::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids, named);
        assert_eq!(
            TemplateSkill::from_id("negotiation"),
            Some(TemplateSkill::Negotiation)
        );
        assert_eq!(TemplateSkill::from_id("cooking"), None);
    }

    #[test]
    fn international_preset_matches_the_five_generations_at_work() {
        let w = workshop_with_preset(GenerationPreset::International);
        let gen = |y| w.generation_for_birth_year(y).map(|g| g.id.as_str());
        assert_eq!(gen(1945), Some("silent"));
        assert_eq!(gen(1946), Some("boomers"));
        assert_eq!(gen(1980), Some("gen_x"));
        assert_eq!(gen(1981), Some("millennials"));
        assert_eq!(gen(2012), Some("gen_z"));
        assert_eq!(w.matching.mentor_generations, ["millennials", "gen_z"]);
    }
}
