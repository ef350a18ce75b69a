use yew::prelude::*;

use crate::domain::i18n::Strings;
use crate::domain::state::Notice;

/// One calm line about the person's data. The region is always present so
/// that a notice appearing later is announced politely.
pub fn notice_bar(s: &Strings, notice: Option<Notice>) -> Html {
    let text = notice.map(|n| match n {
        Notice::StorageUnavailable => s.notice_storage_unavailable,
        Notice::SaveFailed => s.notice_save_failed,
        Notice::Corrupt => s.notice_corrupt,
        Notice::Newer => s.notice_newer,
        Notice::CorruptNotKept => s.notice_corrupt_not_kept,
        Notice::ChangedElsewhere => s.notice_changed_elsewhere,
    });
    html! {
        <div class="nearer-notices" role="status">
            if let Some(text) = text {
                <p class="nearer-notice">{ text }</p>
            }
        </div>
    }
}
