//! The console's parts, one component per file.

pub mod board;
pub mod followup_panel;
pub mod heatmap;
pub mod import_panel;
pub mod response_editor;
pub mod roster;
pub mod roster_row;
