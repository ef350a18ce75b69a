use yew::prelude::*;

use super::act;
use crate::domain::i18n::Strings;
use crate::domain::state::{Action, Notice, View};

/// One calm line about the person's data, with a way to the data panel
/// (download a copy, a set-aside copy) when what is on screen may not be
/// kept. The region is always present so that a notice appearing later is
/// announced politely.
pub fn notice_bar(s: &Strings, notice: Option<Notice>, d: &Callback<Action>) -> Html {
    let text = notice.map(|n| match n {
        Notice::StorageUnavailable => s.notice_storage_unavailable,
        Notice::SaveFailed => s.notice_save_failed,
        Notice::Corrupt => s.notice_corrupt,
        Notice::Newer => s.notice_newer,
        Notice::CorruptNotKept => s.notice_corrupt_not_kept,
        Notice::ChangedElsewhere => s.notice_changed_elsewhere,
        Notice::DeletedElsewhere => s.notice_deleted_elsewhere,
    });
    let options = matches!(
        notice,
        Some(
            Notice::StorageUnavailable
                | Notice::SaveFailed
                | Notice::Corrupt
                | Notice::Newer
                | Notice::CorruptNotKept
        )
    );
    html! {
        <div class="nearer-notices" role="status">
            if let Some(text) = text {
                <p class="nearer-notice">
                    { text }
                    if options {
                        { " " }
                        <button type="button" class="nearer-link-button"
                            onclick={act(d, Action::Show(View::Data))}>
                            { s.notice_see_data }
                        </button>
                    }
                </p>
            }
        </div>
    }
}
