"""Every (from, to) pair of the three transition tables, through the one transition function."""

import itertools
from decimal import Decimal

import pytest

from projects.models import (
    ALLOWED_INTEREST_TRANSITIONS,
    ALLOWED_OUTCOME_TRANSITIONS,
    ALLOWED_PHASE_TRANSITIONS,
    IdeaPhaseChange,
    InterestStatus,
    InterestStatusChange,
    PcmPhase,
    ProjectIdea,
    ProjectOutcome,
)
from projects.services import (
    TransitionRefused,
    decide_outcome,
    move_idea_to_phase,
    set_interest_status,
)
from tests.factories import ProjectRecordFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("from_phase", "to_phase"), list(itertools.product(PcmPhase.values, repeat=2)))
def test_every_phase_move_follows_the_table(idea, member, from_phase, to_phase):
    ProjectIdea.objects.filter(pk=idea.pk).update(phase=from_phase)
    idea.refresh_from_db()
    ProjectRecordFactory(idea=idea, outcome=ProjectOutcome.APPROVED)
    if to_phase in ALLOWED_PHASE_TRANSITIONS[from_phase]:
        change = move_idea_to_phase(idea, to_phase, by=member)
        assert (change.from_phase, change.to_phase, change.changed_by) == (from_phase, to_phase, member)
        assert ProjectIdea.objects.get(pk=idea.pk).phase == to_phase
    else:
        with pytest.raises(TransitionRefused):
            move_idea_to_phase(idea, to_phase, by=member)
        assert ProjectIdea.objects.get(pk=idea.pk).phase == from_phase
        assert not IdeaPhaseChange.objects.filter(idea=idea).exists()


def test_implementation_needs_an_approved_submission(idea, member):
    ProjectIdea.objects.filter(pk=idea.pk).update(phase=PcmPhase.FINANCING)
    idea.refresh_from_db()
    ProjectRecordFactory(idea=idea, outcome=ProjectOutcome.PENDING)
    with pytest.raises(TransitionRefused, match="approved submission"):
        move_idea_to_phase(idea, PcmPhase.IMPLEMENTATION, by=member)


def test_a_move_based_on_a_stale_phase_is_refused_with_a_message(idea, member, secretariat):
    stale = ProjectIdea.objects.get(pk=idea.pk)
    move_idea_to_phase(idea, PcmPhase.FORMULATION, by=secretariat)
    with pytest.raises(TransitionRefused, match="Someone else"):
        move_idea_to_phase(stale, PcmPhase.PROGRAMMING, by=member)
    assert ProjectIdea.objects.get(pk=idea.pk).phase == PcmPhase.FORMULATION
    assert IdeaPhaseChange.objects.filter(idea=idea).count() == 1


def test_the_phase_log_is_append_only(idea, member):
    change = move_idea_to_phase(idea, PcmPhase.FORMULATION, by=member)
    change.note = "rewritten"
    with pytest.raises(ValueError):
        change.save()
    with pytest.raises(ValueError):
        change.delete()


@pytest.mark.parametrize(
    ("from_status", "to_status"), list(itertools.product(InterestStatus.values, repeat=2))
)
def test_every_interest_status_change_follows_the_table(interest, member, from_status, to_status):
    type(interest).objects.filter(pk=interest.pk).update(status=from_status)
    interest.refresh_from_db()
    if to_status in ALLOWED_INTEREST_TRANSITIONS[from_status]:
        set_interest_status(interest, to_status, by=member)
        interest.refresh_from_db()
        assert interest.status == to_status
        log = InterestStatusChange.objects.get(interest=interest)
        assert (log.from_status, log.to_status, log.changed_by) == (from_status, to_status, member)
    else:
        with pytest.raises(TransitionRefused):
            set_interest_status(interest, to_status, by=member)
        interest.refresh_from_db()
        assert interest.status == from_status


def test_a_decision_records_who_decided_and_when(interest, member):
    set_interest_status(interest, InterestStatus.ACCEPTED, by=member)
    interest.refresh_from_db()
    assert interest.decided_by == member
    assert interest.decided_at is not None


def test_a_second_answer_to_the_same_interest_is_refused(interest, member, secretariat):
    stale = type(interest).objects.get(pk=interest.pk)
    set_interest_status(interest, InterestStatus.ACCEPTED, by=member)
    with pytest.raises(TransitionRefused, match="Someone else"):
        set_interest_status(stale, InterestStatus.DECLINED, by=secretariat)
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED


@pytest.mark.parametrize(
    ("from_outcome", "to_outcome"), list(itertools.product(ProjectOutcome.values, repeat=2))
)
def test_every_outcome_change_follows_the_table(idea, member, from_outcome, to_outcome):
    record = ProjectRecordFactory(idea=idea, outcome=from_outcome, eu_grant_eur=0, participants=0)
    if to_outcome in ALLOWED_OUTCOME_TRANSITIONS[from_outcome]:
        decide_outcome(record, to_outcome, eu_grant_eur=Decimal(5000), participants=12, by=member)
        record.refresh_from_db()
        assert record.outcome == to_outcome
        approved = to_outcome == ProjectOutcome.APPROVED
        assert (record.eu_grant_eur, record.participants) == ((5000, 12) if approved else (0, 0))
    else:
        with pytest.raises(TransitionRefused):
            decide_outcome(record, to_outcome, eu_grant_eur=Decimal(5000), participants=12, by=member)
        record.refresh_from_db()
        assert record.outcome == from_outcome
