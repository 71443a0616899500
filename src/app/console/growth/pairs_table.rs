//! Each followed-up pair in a table: its meetings, then a row per member with what they
//! said (their meetings, their satisfaction, whether they would like a new partner).
//! Renders [`crate::view::growth::view::PairRow`]s.

use crate::app::Ctx;
use crate::i18n::Key;
use crate::view::growth::view::PairRow;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PairsTableProps {
    pub ctx: Ctx,
    pub pairs: Rc<Vec<PairRow>>,
}

#[function_component(PairsTable)]
pub fn pairs_table(props: &PairsTableProps) -> Html {
    let ctx = &props.ctx;
    let rows = props.pairs.iter().map(|pair| {
        let span = pair.members.len().to_string();
        let members = pair.members.iter().enumerate().map(|(i, m)| {
            let next = classes!(m.wants_new_partner.then_some("growth-wants-new"));
            html! {
                <tr key={format!("{}/{i}", pair.key)} data-pair={pair.key.clone()}>
                    if i == 0 {
                        <th scope="rowgroup" rowspan={span.clone()}>{ pair.heading.clone() }</th>
                        <td rowspan={span.clone()} class="growth-number">{ pair.meetings.clone() }</td>
                    }
                    <th scope="row" class="growth-member">{ m.name.clone() }</th>
                    <td class="growth-number">{ m.meetings.clone() }</td>
                    <td class="growth-number growth-satisfaction">{ m.satisfaction.clone() }</td>
                    <td class={next}>{ m.next }</td>
                </tr>
            }
        });
        html! { <tbody class="growth-pair">{ for members }</tbody> }
    });
    html! {
        <section class="growth-part" aria-labelledby="growth-pairs-title">
            <h3 id="growth-pairs-title">{ ctx.t(Key::GrowthPairsTitle) }</h3>
            <p class="hint">{ ctx.t(Key::GrowthPairsIntro) }</p>
            <div class="table-scroll">
                <table class="roster growth-pairs">
                    <thead>
                        <tr>
                            <th scope="col">{ ctx.t(Key::CsvPair) }</th>
                            <th scope="col" class="growth-number">{ ctx.t(Key::GrowthColPairMeetings) }</th>
                            <th scope="col">{ ctx.t(Key::RosterName) }</th>
                            <th scope="col" class="growth-number">{ ctx.t(Key::GrowthColMeetings) }</th>
                            <th scope="col" class="growth-number">{ ctx.t(Key::GrowthColSatisfaction) }</th>
                            <th scope="col">{ ctx.t(Key::GrowthColNext) }</th>
                        </tr>
                    </thead>
                    { for rows }
                </table>
            </div>
        </section>
    }
}
