"""Who may do what with project ideas: each permission reads "state check & role check"."""

import rules

from members.rules import (
    is_board_member,
    is_contact_of,
    is_member_contact,
    is_secretariat,
    member_organisation_ids,
)

from .models import (
    ALLOWED_PHASE_TRANSITIONS,
    PHASES_WITH_SUBMISSIONS,
    InterestStatus,
    ProjectOutcome,
    Visibility,
)

# Members: contacts of member organisations, the secretariat and the Board.
is_network_member = is_member_contact | is_secretariat | is_board_member


@rules.predicate
def is_lead_contact(user, idea) -> bool:
    return idea is not None and is_contact_of(user, idea.lead)


@rules.predicate
def is_visible_to_all_members(user, idea) -> bool:
    return idea is not None and idea.visibility == Visibility.MEMBERS


@rules.predicate
def has_a_next_phase(user, idea) -> bool:
    return idea is not None and bool(ALLOWED_PHASE_TRANSITIONS.get(idea.phase))


@rules.predicate
def takes_submissions(user, idea) -> bool:
    return idea is not None and idea.phase in PHASES_WITH_SUBMISSIONS


@rules.predicate
def is_contact_of_another_member(user, idea) -> bool:
    """The user acts for a member organisation that does not lead the idea."""
    return idea is not None and user.is_authenticated and bool(member_organisation_ids(user) - {idea.lead_id})


# Predicates on an expression of interest.
@rules.predicate
def is_pending(user, interest) -> bool:
    return interest is not None and interest.status == InterestStatus.PENDING


@rules.predicate
def is_withdrawable(user, interest) -> bool:
    return interest is not None and interest.status in {InterestStatus.PENDING, InterestStatus.ACCEPTED}


@rules.predicate
def leads_the_idea_of(user, interest) -> bool:
    return interest is not None and is_contact_of(user, interest.idea.lead)


@rules.predicate
def is_contact_of_interested_organisation(user, interest) -> bool:
    return interest is not None and is_contact_of(user, interest.organisation)


# Predicates on a project record.
@rules.predicate
def is_pending_submission_of_an_idea(user, record) -> bool:
    return record is not None and record.idea_id is not None and record.outcome == ProjectOutcome.PENDING


@rules.predicate
def leads_the_idea_of_record(user, record) -> bool:
    return record is not None and record.idea_id is not None and is_contact_of(user, record.idea.lead)


@rules.predicate
def is_unverified(user, record) -> bool:
    return record is not None and not record.verified


can_view_idea = (is_visible_to_all_members & is_network_member) | is_lead_contact | is_secretariat
can_manage_idea = is_lead_contact | is_secretariat

rules.add_perm("projects.view_ideas", is_network_member)
rules.add_perm("projects.add_idea", is_member_contact | is_secretariat)
rules.add_perm("projects.view_idea", can_view_idea)
rules.add_perm("projects.change_idea", can_manage_idea)
rules.add_perm("projects.move_idea_phase", has_a_next_phase & can_manage_idea)
rules.add_perm("projects.express_interest", can_view_idea & is_contact_of_another_member)
rules.add_perm("projects.decide_interest", is_pending & (leads_the_idea_of | is_secretariat))
rules.add_perm("projects.withdraw_interest", is_withdrawable & is_contact_of_interested_organisation)
rules.add_perm("projects.record_submission", takes_submissions & can_manage_idea)
rules.add_perm(
    "projects.decide_outcome", is_pending_submission_of_an_idea & (leads_the_idea_of_record | is_secretariat)
)
rules.add_perm("projects.view_project_history", is_network_member)
# The public figures count a member's record only once the secretariat has checked it.
rules.add_perm("projects.verify_record", is_unverified & is_secretariat)
rules.add_perm("projects.correct_record", is_secretariat)


# Partner matching: suggestions are the lead's and the secretariat's working tool.
@rules.predicate
def is_open_for_interest(user, idea) -> bool:
    return idea is not None and idea.is_open_for_interest


rules.add_perm("projects.view_suggestions", can_manage_idea)
rules.add_perm("projects.invite_partner", is_open_for_interest & can_manage_idea)
rules.add_perm("projects.dismiss_suggestion", can_manage_idea)
rules.add_perm("projects.recompute_suggestions", is_open_for_interest & can_manage_idea)
rules.add_perm("projects.view_matching_overview", is_secretariat)
rules.add_perm("projects.run_matching", is_secretariat)
