"""Working-group membership as a signal of interest in the portal's partner matching."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from projects.reason_sentences import NETWORK, ReasonRenderer
from projects.services.matching import candidate_profiles, suggestions_for
from strategy.models import Priority
from tests.factories import MemberContactFactory, OrganisationFactory, ProjectIdeaFactory
from workinggroups.models import WorkingGroup, WorkingGroupMembership

pytestmark = pytest.mark.django_db

DESCRIPTION = "Safe cycling lanes and walking routes to school."


def contact_of(organisation, email):
    return MemberContactFactory(email=email, organisation=organisation).organisation_contacts.get()


@pytest.fixture
def setting():
    priority = Priority.objects.order_by("order").first()
    group = WorkingGroup.objects.get(thematic_area=priority.area)
    lead = OrganisationFactory(name="Luleå kommun", country="SE", region="Norrbotten", town="Luleå")
    idea = ProjectIdeaFactory(lead=lead, title="Green school routes", summary=DESCRIPTION)
    idea.priorities.set([priority])
    # Created first, so that on equal scores (ties go by id) it would come first.
    plain = OrganisationFactory(name="Comune di Uno", description_en=DESCRIPTION)
    former = OrganisationFactory(name="Comune di Due", description_en=DESCRIPTION)
    grouped = OrganisationFactory(name="Comune di Tre", description_en=DESCRIPTION)
    WorkingGroupMembership.objects.create(
        group=group, contact=contact_of(grouped, "tre@example.org"), joined_on=datetime.date(2026, 1, 5)
    )
    WorkingGroupMembership.objects.create(
        group=group,
        contact=contact_of(former, "due@example.org"),
        joined_on=datetime.date(2025, 1, 5),
        left_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    return idea, group, plain, former, grouped


def test_a_current_group_member_gets_the_reason_and_ranks_above_an_equal_organisation(setting):
    idea, group, plain, _former, grouped = setting
    suggestions = suggestions_for(idea, k=10)
    order = [suggestion.candidate_id for suggestion in suggestions]
    assert order.index(grouped.pk) < order.index(plain.pk)
    by_id = {suggestion.candidate_id: suggestion for suggestion in suggestions}
    reasons = {reason.code: reason.params for reason in by_id[grouped.pk].reasons}
    assert reasons["working_group"] == {"groups": [group.slug]}


def test_a_member_who_left_the_group_gets_neither_the_signal_nor_the_reason(setting):
    idea, group, plain, former, grouped = setting
    profiles = {profile.id: profile for profile in candidate_profiles()}
    assert profiles[former.pk].groups == ()
    assert profiles[grouped.pk].groups[0][0] == group.slug
    assert profiles[grouped.pk].priorities == frozenset()  # kept apart from the declared ones
    suggestions = {s.candidate_id: s for s in suggestions_for(idea, k=10)}
    assert suggestions[former.pk].score == suggestions[plain.pk].score
    assert "working_group" not in {reason.code for reason in suggestions[former.pk].reasons}


def test_an_inactive_group_says_nothing(setting):
    _idea, group, _plain, _former, grouped = setting
    group.is_active = False
    group.save(update_fields=["is_active"])
    assert {profile.id: profile for profile in candidate_profiles()}[grouped.pk].groups == ()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "its people take part in the working group “{}”"),
        ("sv", "dess personal deltar i arbetsgruppen “{}”"),
        ("it", "il suo personale partecipa al gruppo di lavoro “{}”"),
    ],
)
def test_the_reason_sentence_names_the_group_in_the_readers_language(setting, language, expected):
    _idea, group, *_ = setting
    with translation.override(language):
        text = ReasonRenderer(perspective=NETWORK).sentence(
            [{"code": "working_group", "params": {"groups": [group.slug]}}]
        )
        name = getattr(group, f"name_{language}")
    assert name and text == expected.format(name)


def test_two_groups_are_listed_in_the_plural():
    groups = list(WorkingGroup.objects.filter(thematic_area__isnull=False).order_by("slug")[:2])
    with translation.override("en"):
        text = ReasonRenderer().render("working_group", {"groups": [g.slug for g in groups]})
    assert text == (f"its people take part in the working groups “{groups[0].name}” and “{groups[1].name}”")


def profile_build_queries() -> int:
    with CaptureQueriesContext(connection) as queries:
        candidate_profiles()
    return len(queries.captured_queries)


def test_the_profile_build_takes_as_many_queries_for_one_membership_as_for_many(setting):
    one = profile_build_queries()
    groups = list(WorkingGroup.objects.filter(thematic_area__isnull=False))
    assert len(groups) >= 3
    for number in range(6):
        organisation = OrganisationFactory(name=f"Kommun {number}", country="SE")
        for contact_number in range(2):
            contact = contact_of(organisation, f"k{number}-{contact_number}@example.org")
            for group in groups:
                WorkingGroupMembership.objects.create(group=group, contact=contact)
    assert profile_build_queries() == one


def test_the_replay_ranks_an_answering_group_member_higher_with_the_signal(setting):
    from projects.services.group_replay import replay_group_signal
    from tests.factories import ExpressionOfInterestFactory

    idea, _group, plain, _former, grouped = setting
    ExpressionOfInterestFactory(idea=idea, organisation=grouped)
    # As active as the answering one (its answer counts as activity): without the group
    # signal the tie goes to the older id, plain.
    ExpressionOfInterestFactory(organisation=plain)
    result = replay_group_signal(k=1)
    key = (idea.pk, grouped.pk)
    assert result.with_groups.ranks[key] < result.without_groups.ranks[key]
    assert result.answers_in_a_group == 1
    # plain's answer to the other idea stays where it was.
    assert result.moved() == (1, 0, 1)
    assert result.with_groups.ranks[(idea.pk, grouped.pk)] == 1
    assert len(result.lines()) == 5


def test_the_signal_replay_shows_the_working_group_moving_the_answering_member_up(setting):
    from projects.services.signal_replay import ENGINE, WEIGHT_VARIANTS, replay_signals
    from tests.factories import ExpressionOfInterestFactory

    idea, _group, plain, _former, grouped = setting
    ExpressionOfInterestFactory(idea=idea, organisation=grouped)
    ExpressionOfInterestFactory(organisation=plain)  # as active as the answering one
    result = replay_signals(k=1)
    key = (idea.pk, grouped.pk)
    assert result.score(ENGINE).ranks[key] < result.score("working groups").ranks[key]
    assert result.moved("working groups") == (1, 0)
    assert [score.name for score in result.scores][: len(WEIGHT_VARIANTS) + 1] == [
        ENGINE,
        *WEIGHT_VARIANTS,
    ]


def test_the_replay_command_prints_a_row_for_each_portal_signal(setting):
    from io import StringIO

    from django.core.management import call_command

    from tests.factories import ExpressionOfInterestFactory

    idea, _group, _plain, _former, grouped = setting
    ExpressionOfInterestFactory(idea=idea, organisation=grouped)
    out = StringIO()
    call_command("replay_matching_signals", stdout=out)
    text = out.getvalue()
    assert text.startswith("1 ideas, 1 answers")
    for name in ("profile texts", "expertise pool", "working groups", "call (programme)"):
        assert f"\nwithout {name} " in text
    assert "\nwithout interest history " in text and "\nwithout dismissals and declines " in text
