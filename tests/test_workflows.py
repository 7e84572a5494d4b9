"""Every workflow's table, spelled out by hand: a wrong edge in a table fails here.

The other transition tests use the tables to decide what to expect; these do not. Each workflow's
edges are written again, one role at a time, and its final states listed: a pair added to or
taken from a table (say ``(APPROVED, DRAFT): SECRETARIAT``) makes one of these tests fail.
"""

import pytest

from events.models import RegistrationStatus
from events.services import FREED_PLACE, PARTICIPANT, REGISTRATION_WORKFLOW, RegistrationError
from members.models import ApplicationState, MeetingStatus, MinutesState
from members.services.applications import APPLICANT, APPLICATION_WORKFLOW, CHAIR, SECRETARIAT
from members.services.meetings import MEETING_WORKFLOW
from members.services.minutes import FILING, MINUTES_WORKFLOW
from members.services.minutes import SECRETARIAT as MINUTES_SECRETARIAT
from projects.models import (
    INTEREST_WORKFLOW,
    OUTCOME_WORKFLOW,
    PHASE_WORKFLOW,
    InterestStatus,
    PcmPhase,
    ProjectOutcome,
)
from projects.models.interest import IDEA_LEAD, INTERESTED_MEMBER
from sern_portal.workflow import TransitionRefused, Workflow

A = ApplicationState
P = PcmPhase
I = InterestStatus  # noqa: E741
O = ProjectOutcome  # noqa: E741
R = RegistrationStatus
M = MeetingStatus
N = MinutesState

# workflow → (final states, {role: edges of the role})
EXPECTED = {
    "application": (
        APPLICATION_WORKFLOW,
        {A.APPROVED, A.REJECTED, A.WITHDRAWN},
        {
            APPLICANT: {
                (A.DRAFT, A.SUBMITTED),
                (A.MORE_INFORMATION_REQUESTED, A.AMENDED),
                (A.DRAFT, A.WITHDRAWN),
                (A.SUBMITTED, A.WITHDRAWN),
                (A.MORE_INFORMATION_REQUESTED, A.WITHDRAWN),
                (A.AMENDED, A.WITHDRAWN),
                (A.READY, A.WITHDRAWN),
                (A.DEFERRED, A.WITHDRAWN),
            },
            SECRETARIAT: {
                (A.SUBMITTED, A.MORE_INFORMATION_REQUESTED),
                (A.AMENDED, A.MORE_INFORMATION_REQUESTED),
                (A.SUBMITTED, A.READY),
                (A.AMENDED, A.READY),
            },
            CHAIR: {
                (A.READY, A.APPROVED),
                (A.READY, A.REJECTED),
                (A.READY, A.DEFERRED),
                (A.DEFERRED, A.APPROVED),
                (A.DEFERRED, A.REJECTED),
                (A.DEFERRED, A.DEFERRED),
            },
        },
    ),
    "board meeting": (
        MEETING_WORKFLOW,
        {M.MINUTES_APPROVED},
        {
            SECRETARIAT: {
                (M.PLANNED, M.AGENDA_PUBLISHED),
                (M.PLANNED, M.HELD),
                (M.AGENDA_PUBLISHED, M.HELD),
                (M.HELD, M.MINUTES_APPROVED),
            },
        },
    ),
    "board minutes": (
        MINUTES_WORKFLOW,
        {N.FROZEN},
        {
            MINUTES_SECRETARIAT: {
                (N.DRAFT, N.CIRCULATED),
                (N.CIRCULATED, N.DRAFT),
                (N.CIRCULATED, N.APPROVED),
            },
            FILING: {(N.APPROVED, N.FROZEN)},
        },
    ),
    "idea phase": (
        PHASE_WORKFLOW,
        {P.EVALUATION},
        {
            IDEA_LEAD: {
                (P.PROGRAMMING, P.IDENTIFICATION),
                (P.IDENTIFICATION, P.PROGRAMMING),
                (P.IDENTIFICATION, P.FORMULATION),
                (P.FORMULATION, P.IDENTIFICATION),
                (P.FORMULATION, P.FINANCING),
                (P.FINANCING, P.FORMULATION),
                (P.FINANCING, P.IMPLEMENTATION),
                (P.IMPLEMENTATION, P.EVALUATION),
            },
        },
    ),
    "expression of interest": (
        INTEREST_WORKFLOW,
        {I.DECLINED},
        {
            IDEA_LEAD: {(I.PENDING, I.ACCEPTED), (I.PENDING, I.DECLINED)},
            INTERESTED_MEMBER: {
                (I.PENDING, I.WITHDRAWN),
                (I.ACCEPTED, I.WITHDRAWN),
                (I.WITHDRAWN, I.PENDING),
            },
        },
    ),
    "project outcome": (
        OUTCOME_WORKFLOW,
        {O.APPROVED, O.REJECTED},
        {IDEA_LEAD: {(O.PENDING, O.APPROVED), (O.PENDING, O.REJECTED)}},
    ),
    "event registration": (
        REGISTRATION_WORKFLOW,
        {R.CANCELLED},
        {
            PARTICIPANT: {(R.WAITING, R.CANCELLED), (R.CONFIRMED, R.CANCELLED)},
            FREED_PLACE: {(R.WAITING, R.CONFIRMED)},
        },
    ),
}
NAMES = list(EXPECTED)


@pytest.mark.parametrize("name", NAMES)
def test_each_roles_edges_are_exactly_the_ones_listed_by_hand(name):
    workflow, _final, by_role = EXPECTED[name]
    assert workflow.roles == set(by_role)
    for role, expected in by_role.items():
        assert workflow.edges_of(role) == expected, f"{name}: edges of {role}"


@pytest.mark.parametrize("name", NAMES)
def test_the_table_has_no_edge_beyond_the_ones_listed_by_hand(name):
    workflow, _final, by_role = EXPECTED[name]
    listed = {pair: role for role, pairs in by_role.items() for pair in pairs}
    assert workflow.edges == listed


@pytest.mark.parametrize("name", NAMES)
def test_final_states_have_no_way_out(name):
    workflow, final, _by_role = EXPECTED[name]
    assert workflow.final_states() == final
    for state in final:
        assert workflow.next_states(state) == set()


@pytest.mark.parametrize("name", NAMES)
def test_every_state_but_the_first_can_be_reached_and_every_edge_joins_two_states(name):
    workflow, _final, _by_role = EXPECTED[name]
    reached = {to for _from, to in workflow.edges}
    unreachable = set(workflow.states.values) - reached
    # Only a starting state may be unreachable (a new record is created in it).
    assert len(unreachable) <= 1


def test_a_wrong_edge_such_as_approved_back_to_draft_would_be_caught():
    """The check above works: a table with one extra edge differs from the one listed by hand."""
    wrong = Workflow(
        ApplicationState,
        {**APPLICATION_WORKFLOW.edges, (A.APPROVED, A.DRAFT): SECRETARIAT},
        refusal="%(from)s → %(to)s",
    )
    _workflow, final, by_role = EXPECTED["application"]
    assert wrong.edges_of(SECRETARIAT) != by_role[SECRETARIAT]
    assert wrong.final_states() != final


@pytest.mark.parametrize(
    ("workflow", "from_state", "to_state", "error", "message"),
    [
        (APPLICATION_WORKFLOW, A.APPROVED, A.DRAFT, TransitionRefused, "cannot become"),
        (MEETING_WORKFLOW, M.MINUTES_APPROVED, M.HELD, TransitionRefused, "cannot become"),
        (MINUTES_WORKFLOW, N.FROZEN, N.DRAFT, TransitionRefused, "cannot become"),
        (PHASE_WORKFLOW, P.EVALUATION, P.PROGRAMMING, TransitionRefused, "cannot move"),
        (INTEREST_WORKFLOW, I.DECLINED, I.ACCEPTED, TransitionRefused, "cannot go"),
        (OUTCOME_WORKFLOW, O.APPROVED, O.REJECTED, TransitionRefused, "already recorded"),
        (REGISTRATION_WORKFLOW, R.CANCELLED, R.CONFIRMED, RegistrationError, "cannot become"),
    ],
)
def test_check_refuses_a_pair_not_in_the_table_with_a_readable_message(
    workflow, from_state, to_state, error, message
):
    with pytest.raises(error, match=message) as refused:
        workflow.check(from_state, to_state)
    assert str(workflow.states(from_state).label) in str(refused.value)


def test_check_answers_the_role_of_an_allowed_pair():
    assert APPLICATION_WORKFLOW.check(A.READY, A.APPROVED) == CHAIR
    assert REGISTRATION_WORKFLOW.check(R.WAITING, R.CONFIRMED) == FREED_PLACE


def test_the_refusal_is_in_the_readers_language():
    from django.utils import translation

    with translation.override("sv"), pytest.raises(TransitionRefused) as refused:
        APPLICATION_WORKFLOW.check(A.APPROVED, A.DRAFT)
    assert "cannot become" not in refused.value.message


def test_a_table_naming_an_unknown_state_is_refused_when_it_is_built():
    with pytest.raises(ValueError, match="no state"):
        Workflow(ApplicationState, {(A.DRAFT, "archived"): APPLICANT}, refusal="%(from)s → %(to)s")
