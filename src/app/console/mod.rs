//! The console's parts, one component per file.

pub mod board;
pub mod followup_panel;
// Growth made visible (issue 11 §4).
pub mod growth;
pub mod heatmap;
pub mod import_panel;
pub mod response_editor;
pub mod roster;
pub mod roster_row;
