"""Indicators on applications, Board meetings and fees (C and D), on known data."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from billing.services.payments import issue_credit_note, record_payment
from evaluation.indicators import compute
from evaluation.indicators.activity import active_on_the_board
from evaluation.period import Period
from members.models import (
    ApplicationEvent,
    ApplicationState,
    BoardMeeting,
    BoardSeat,
    MeetingStatus,
    MembershipApplication,
)
from tests.billing.helpers import make_invoice
from tests.factories import UserFactory

Y2025 = Period.year(2025)
D = datetime.date
S = ApplicationState


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(day.year, day.month, day.day, 12))


@pytest.fixture
def board(known_network):
    """Seats: A (Region Test) since 2024; B (Comune Uno) from 2025-03-01; C (no organisation)
    until 2025-04-30.

    Meetings held: 2025-02-15 (A and C present), 2025-05-15 (B present, and a guest without a
    seat); 2025-11-15 is only planned.
    """
    a, b, c, guest = UserFactory(), UserFactory(), UserFactory(), UserFactory()
    BoardSeat.objects.create(user=a, organisation=known_network["region"], started_on=D(2024, 1, 1))
    BoardSeat.objects.create(user=b, organisation=known_network["comune"], started_on=D(2025, 3, 1))
    BoardSeat.objects.create(user=c, started_on=D(2020, 1, 1), ended_on=D(2025, 4, 30))
    february = BoardMeeting.objects.create(date=D(2025, 2, 15), status=MeetingStatus.MINUTES_APPROVED)
    february.attendees.set([a, c])
    may = BoardMeeting.objects.create(date=D(2025, 5, 15), status=MeetingStatus.HELD)
    may.attendees.set([b, guest])
    november = BoardMeeting.objects.create(date=D(2025, 11, 15), status=MeetingStatus.PLANNED)
    november.attendees.set([a, b])
    return known_network


def test_board_meeting_attendance_per_meeting_held(board):
    table = compute("c-board-attendance", Y2025).table
    assert table.rows == [(D(2025, 2, 15), 2, 2, 1.0), (D(2025, 5, 15), 2, 1, 0.5)]
    assert table.total == ("All meetings", 4, 3, 0.75)


def test_attending_the_board_counts_as_the_represented_members_activity(board):
    assert active_on_the_board(Y2025) == {board["region"].pk, board["comune"].pk}
    assert active_on_the_board(Period.year(2024)) == set()


@pytest.fixture
def applications(known_network):
    """app1: submitted 2025-01-10, approved 2025-02-15 (36 days); app2: submitted 2024-12-01,
    rejected 2025-05-15 (165 days); app3: submitted 2025-03-01, deferred 2025-05-15, approved
    2025-11-20 (264 days); app4: submitted 2025-06-01, withdrawn 2025-07-01."""
    actor = UserFactory()
    history = {
        "app1": [(S.SUBMITTED, D(2025, 1, 10)), (S.READY, D(2025, 1, 20)), (S.APPROVED, D(2025, 2, 15))],
        "app2": [
            (S.SUBMITTED, D(2024, 12, 1)),
            (S.MORE_INFORMATION_REQUESTED, D(2024, 12, 5)),
            (S.AMENDED, D(2025, 1, 5)),
            (S.READY, D(2025, 1, 6)),
            (S.REJECTED, D(2025, 5, 15)),
        ],
        "app3": [
            (S.SUBMITTED, D(2025, 3, 1)),
            (S.READY, D(2025, 3, 2)),
            (S.DEFERRED, D(2025, 5, 15)),
            (S.APPROVED, D(2025, 11, 20)),
        ],
        "app4": [(S.SUBMITTED, D(2025, 6, 1)), (S.WITHDRAWN, D(2025, 7, 1))],
    }
    for name, steps in history.items():
        application = MembershipApplication.objects.create(applicant=UserFactory(), name=name)
        state = S.DRAFT
        for to_state, day in steps:
            ApplicationEvent.objects.create(
                application=application, from_state=state, to_state=to_state, actor=actor, created_at=at(day)
            )
            state = to_state
        MembershipApplication.objects.filter(pk=application.pk).update(state=state)


def test_applications_by_outcome(applications):
    assert compute("d-applications-by-outcome", Y2025).table.rows == [
        ("Submitted", 3),
        ("Approved", 2),
        ("Rejected", 1),
        ("Deferred to the next meeting", 1),
        ("Withdrawn", 1),
    ]
    assert compute("d-applications-by-outcome", Period.year(2023)).table.rows == []


def test_median_days_from_submission_to_decision(applications):
    table = compute("d-decision-time", Y2025).table
    assert table.rows == [("Approved", 2, 150), ("Rejected", 1, 165)]
    assert table.total == ("All decisions", 3, 165)


@pytest.fixture
def fees(known_network, secretariat):
    """Four fee invoices (app billing); what is paid is recorded as payments."""
    n = known_network

    def invoice(organisation, year, amount, due_on, paid_on=None):
        made = make_invoice(organisation, str(amount), due_on=due_on, fee_year=year, issued_on=due_on)
        if paid_on:
            record_payment(made.pk, Decimal(amount), paid_on, f"fee-{made.number}", secretariat)
        return made

    invoice(n["region"], 2024, 500, D(2024, 3, 31), paid_on=D(2024, 3, 1))
    invoice(n["region"], 2025, 500, D(2025, 3, 31), paid_on=D(2025, 3, 2))
    invoice(n["comune"], 2025, 1000, D(2025, 3, 31))
    invoice(n["kommun"], 2025, 250, D(2025, 6, 30), paid_on=D(2025, 7, 1))
    # A fully credited invoice owes nothing and is not counted.
    cancelled = invoice(n["kommun"], 2024, 250, D(2024, 6, 30))
    issue_credit_note(cancelled.pk, None, "Joined later", secretariat, issued_on=D(2024, 7, 1))


def test_fees_due_and_paid_per_year(fees):
    table = compute("d-fees", Y2025).table
    assert table.rows == [("2025", 3, 2, Decimal(1750), Decimal(750), Decimal(750) / Decimal(1750))]
    assert table.total is None
    table = compute("d-fees", Period(D(2024, 1, 1), D(2025, 12, 31))).table
    assert table.rows[0] == ("2024", 1, 1, Decimal(500), Decimal(500), Decimal(1))
    assert table.total == ("All years", 4, 3, Decimal(2250), Decimal(1250), Decimal(1250) / Decimal(2250))
    assert [cell.text for cell in table.display_rows[1]] == ["2025", "3", "2", "EUR 1,750", "EUR 750", "43 %"]


def test_the_dashboard_csv_and_report_show_the_membership_indicators(
    client, secretariat, board, applications, fees
):
    import io

    from pypdf import PdfReader

    from evaluation.services.reports import render_report_pdf

    client.force_login(secretariat)  # (a board member would add a seat to the Board)
    content = client.get("/en/evaluation/", {"year": 2025}).content.decode()
    assert '<th scope="row">All meetings</th><td class="num">4</td><td class="num">3</td>' in content
    assert '<th scope="row">All decisions</th><td class="num">3</td><td class="num">165</td>' in content
    assert '<td class="num">EUR 1,750</td><td class="num">EUR 750</td><td class="num">43 %</td>' in content
    csv = client.get("/en/evaluation/indicators/c-board-attendance.csv?year=2025").content.decode("utf-8-sig")
    assert csv.splitlines() == [
        "Meeting,Seats,Present,Attendance (%)",
        "2025-02-15,2,2,100.0",
        "2025-05-15,2,1,50.0",
        "All meetings,4,3,75.0",
    ]
    fees_csv = client.get("/en/evaluation/indicators/d-fees.csv?year=2025").content.decode("utf-8-sig")
    assert fees_csv.splitlines()[1] == "2025,3,2,1750.00,750.00,42.9"
    pdf = render_report_pdf(Y2025, "en")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Board meeting attendance — 2025" in text
    assert "Membership fees due and paid — 2025" in text


def test_the_fee_figures_are_added_up_by_the_database_without_loading_an_invoice(fees):
    """At 10,000 members, loading each invoice made the fresh dashboard take 1.4 s (issue 16)."""
    from django.db.models.signals import pre_init

    from billing.models import Invoice

    loaded = []

    def count(sender, **kwargs):
        loaded.append(sender)

    pre_init.connect(count, sender=Invoice)
    try:
        table = compute("d-fees", Period(D(2024, 1, 1), D(2025, 12, 31))).table
    finally:
        pre_init.disconnect(count, sender=Invoice)
    assert table.total[1] == 4
    assert loaded == []


def test_the_cached_dashboard_shows_a_payment_recorded_after_it_was_drawn(
    client, secretariat, fees, settings, fresh_cache
):
    from billing.models import Invoice

    settings.EVALUATION_CACHE_SECONDS = 600
    client.force_login(secretariat)
    before = client.get("/en/evaluation/", {"year": 2025}).content.decode()
    assert '<td class="num">EUR 1,750</td><td class="num">EUR 750</td>' in before
    unpaid = Invoice.objects.get(fee_year=2025, amount_eur=1000)
    record_payment(unpaid.pk, Decimal(1000), D(2025, 4, 2), "late-fee", secretariat)

    after = client.get("/en/evaluation/", {"year": 2025}).content.decode()

    assert '<td class="num">EUR 1,750</td><td class="num">EUR 1,750</td>' in after
