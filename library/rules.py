"""Who may open what in the document library: one predicate per access level.

A document opens for a person when it is published and the person reaches its access level;
drafts and withdrawn documents open for the secretariat only. The version history (and the old
versions' files) is for people with a role in the network; the public gets the current version.
"""

import rules

from members.rules import is_board_member, is_secretariat, uses_members_area

from .models import Access, DocumentState

# One predicate per level; each level's readers include the readers of the levels above it.
LEVEL_PREDICATES = {
    Access.PUBLIC: rules.always_allow,
    Access.MEMBERS: uses_members_area,
    Access.BOARD: is_board_member | is_secretariat,
    Access.SECRETARIAT: is_secretariat,
}


def readable_levels(user) -> list[str]:
    """The access levels the person reaches (the library's lists filter on them)."""
    return [level.value for level, predicate in LEVEL_PREDICATES.items() if predicate.test(user)]


@rules.predicate
def is_published(user, document) -> bool:
    return document is not None and document.state == DocumentState.PUBLISHED


@rules.predicate
def reaches_access_level(user, document) -> bool:
    return document is not None and LEVEL_PREDICATES[Access(document.access)].test(user)


may_open = is_secretariat | (is_published & reaches_access_level)

# The library's pages (folders, the search) are public: the lists hold only what the reader may open.
rules.add_perm("library.view_library", rules.always_allow)
rules.add_perm("library.open_document", may_open)
rules.add_perm("library.view_history", may_open & uses_members_area)
rules.add_perm("library.manage_documents", is_secretariat)
rules.add_perm("library.manage_folders", is_secretariat)
