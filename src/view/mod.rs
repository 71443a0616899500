//! View models: what each screen shows, computed by pure functions of the state, so the
//! components only render them and dispatch actions. The room's averages ([`insights`]),
//! the roster query ([`roster`]), the kept rounds ([`rounds`]), the exports people read ([`export`]),
//! the follow-up survey's panel, form and hand-back ([`followup`]), and after the match each
//! pair's kickoff sheet ([`kickoff`]) and meeting calendar ([`calendar`]), and what changed
//! by the follow-up survey ([`growth`]).
//!
//! **Architecture invariant:** the top of the core: may import every layer, and nothing
//! below imports it; knows nothing about the browser.

pub mod calendar;
pub mod export;
pub mod files;
pub mod followup;
pub mod frame;
// Growth made visible (issue 11 §4): the growth view, the report, its CSV.
pub mod growth;
pub mod heatmap;
pub mod import_report;
pub mod insights;
pub mod kickoff;
pub mod pairs;
pub mod people;
pub mod profile;
pub mod rematch;
pub mod roster;
pub mod rounds;
pub mod share;
pub mod survey;
pub mod time;
