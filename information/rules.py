"""Permissions of news and EU calls.

The pages are part of the Members Area. The RSS/Atom and iCal feeds are public on purpose: they
carry only what the EU itself publishes (call identifiers, titles, summaries, deadlines, links)
and the secretariat's news about it, so members can follow them in any feed reader or calendar
without signing in; the full pages, with the members' own context, stay in the Members Area.
"""

import rules

from members.rules import is_secretariat, uses_members_area

rules.add_perm("information.view_news", uses_members_area)
rules.add_perm("information.view_calls", uses_members_area)
rules.add_perm("information.publish", is_secretariat)
rules.add_perm("information.view_feeds", rules.always_allow)
# The digest's stop link works without signing in: its signed token is the authorisation.
rules.add_perm("information.stop_digest_with_link", rules.always_allow)
