"""Nobody can inflate the public figures: bounds on every figure, the secretariat verifies what a
member records, and every change of a record's figures is logged (append-only)."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from projects.models import PcmPhase, ProjectIdea, ProjectOutcome, ProjectRecord, ProjectRecordChange
from strategy.figures import compute_network_figures

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(idea):
    ProjectIdea.objects.filter(pk=idea.pk).update(phase=PcmPhase.FINANCING)
    return ProjectRecord.objects.create(
        idea=idea, acronym="GREEN", title="Green", programme="LIFE", submitted_on=datetime.date(2026, 1, 1)
    )


def record_outcome(client, record, **figures):
    data = {"outcome": "approved", "eu_grant_eur": "250000", "participants": "320"} | figures
    return client.post(reverse("projects:record_outcome", args=[record.pk]), data)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("participants", "2000000000"),
        ("participants", "100000000000000000000"),
        ("eu_grant_eur", "9999999999.99"),
        ("eu_grant_eur", "100000000000000000000"),
        ("participants", "-1"),
    ],
)
def test_a_figure_out_of_bounds_is_a_form_error_not_a_record_nor_a_500(client, member, pending, field, value):
    client.force_login(member)
    response = record_outcome(client, pending, **{field: value})
    assert response.status_code == 200
    assert field in response.context["form"].errors
    pending.refresh_from_db()
    assert pending.outcome == ProjectOutcome.PENDING


def test_the_database_refuses_figures_out_of_bounds(pending):
    with pytest.raises(IntegrityError), transaction.atomic():
        ProjectRecord.objects.filter(pk=pending.pk).update(participants=2_000_000_000)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProjectRecord.objects.filter(pk=pending.pk).update(eu_grant_eur=Decimal("9999999999.99"))


def test_a_members_outcome_counts_in_the_public_figures_only_once_the_secretariat_verified_it(
    client, member, secretariat, pending
):
    client.force_login(member)
    record_outcome(client, pending)
    pending.refresh_from_db()
    assert pending.verified is False
    assert compute_network_figures()["participants"] == 0
    assert compute_network_figures()["projects_approved"] == 0
    history = client.get(reverse("projects:project_history")).content.decode()
    assert "not yet in the public figures" in history
    assert "Verify GREEN" not in history  # a member cannot verify
    assert client.post(reverse("projects:record_verify", args=[pending.pk])).status_code == 403

    client.force_login(secretariat)
    assert "Verify GREEN" in client.get(reverse("projects:project_history")).content.decode()
    client.post(reverse("projects:record_verify", args=[pending.pk]))
    figures = compute_network_figures()
    assert (figures["projects_approved"], figures["participants"]) == (1, 320)
    assert figures["eu_grants_eur"] == Decimal(250000)


def test_the_secretariats_own_outcome_is_verified_at_once(client, secretariat, pending):
    client.force_login(secretariat)
    record_outcome(client, pending)
    assert compute_network_figures()["participants"] == 320


def test_every_change_of_the_figures_is_logged_with_who_and_why(client, member, secretariat, pending):
    client.force_login(member)
    record_outcome(client, pending)
    client.force_login(secretariat)
    client.post(reverse("projects:record_verify", args=[pending.pk]))
    response = client.post(
        reverse("projects:record_correct", args=[pending.pk]),
        {
            "outcome": "approved",
            "eu_grant_eur": "200000",
            "participants": "32",
            "reason": "A typo: 32, not 320.",
        },
    )
    assert response.status_code == 302
    changes = list(ProjectRecordChange.objects.filter(record=pending).values_list("kind", "by", "reason"))
    assert changes == [
        ("outcome", member.pk, ""),
        ("verified", secretariat.pk, ""),
        ("corrected", secretariat.pk, "A typo: 32, not 320."),
    ]
    last = ProjectRecordChange.objects.filter(record=pending).last()
    assert last.changes["participants"] == ["320", "32"]
    assert compute_network_figures()["participants"] == 32
    page = client.get(reverse("projects:record_correct", args=[pending.pk])).content.decode()
    assert "A typo: 32, not 320." in page


def test_the_log_of_changes_is_append_only(client, secretariat, pending):
    client.force_login(secretariat)
    record_outcome(client, pending)
    change = ProjectRecordChange.objects.get(record=pending)
    change.reason = "rewritten"
    with pytest.raises(ValueError):
        change.save()
    with pytest.raises(ValueError):
        change.delete()


def test_a_member_cannot_correct_a_record(client, member, pending):
    client.force_login(member)
    assert client.get(reverse("projects:record_correct", args=[pending.pk])).status_code == 403
