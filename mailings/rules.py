"""Permissions of the mailings app."""

import rules

from members.rules import is_secretariat

from .models import MailingState


@rules.predicate
def is_draft(_user, mailing) -> bool:
    return mailing is not None and mailing.state == MailingState.DRAFT


# Only the secretariat writes, sends and reads mailings and their send logs.
rules.add_perm("mailings.view_mailings", is_secretariat)
rules.add_perm("mailings.write_mailing", is_secretariat)
rules.add_perm("mailings.change_mailing", is_secretariat & is_draft)
# The link in every mail of an optional list: no sign-in (a mail client's one-click POST has no
# session). The signed token in the URL is the credential; the view checks it.
rules.add_perm("mailings.unsubscribe_with_link", rules.always_allow)
# Anyone signed in manages their own lists on "My account".
rules.add_perm("mailings.manage_own_lists", rules.is_authenticated)
