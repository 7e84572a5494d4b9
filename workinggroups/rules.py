"""Who may do what with working groups: "state check & role check" predicates."""

import rules

from members.rules import is_member_contact, is_secretariat, uses_members_area


@rules.predicate
def is_active_group(_user, group) -> bool:
    return group is not None and group.is_active


@rules.predicate
def is_group_chair(user, group) -> bool:
    return bool(
        user.is_authenticated
        and group is not None
        and group.chair_id is not None
        and group.chair.user_id == user.pk
    )


# Members see the groups (and the Board and secretariat too: they use the Members Area).
rules.add_perm("workinggroups.view_groups", uses_members_area)
# Only contacts of member organisations join and leave (for themselves).
rules.add_perm("workinggroups.join_group", is_active_group & is_member_contact)
rules.add_perm("workinggroups.leave_group", is_member_contact)
# The page text: the group's chair and the secretariat.
rules.add_perm("workinggroups.edit_group_text", is_secretariat | is_group_chair)
# Creating groups, setting the chair, closing a group: the secretariat, on its desk.
rules.add_perm("workinggroups.manage_groups", is_secretariat)
