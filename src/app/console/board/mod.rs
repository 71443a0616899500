//! The matching board in the console: settings, the Match button, the pair cards and the
//! edits on them. One component per file.

pub mod board_hooks;
pub mod board_notice;
pub mod board_toolbar;
pub mod export_panel;
pub mod kickoff_dialog;
pub mod kickoff_panel;
pub mod kickoff_print;
pub mod kickoff_sheet;
pub mod match_board;
pub mod never_pair_editor;
pub mod next_round;
pub mod pair_card;
pub mod pair_details;
pub mod person_picker;
pub mod print_sheet;
pub mod rematch_bar;
pub mod rematch_toggle;
pub mod rounds_history;
pub mod settings_form;
pub mod suggestions;
pub mod unmatched_list;
