"""The secretariat's audit trail: state changes, decisions, role changes, second-factor changes
and erasures in one filterable, paginated page of append-only records (issue 11, "Also")."""

import datetime

import pytest
from allauth.mfa import signals as mfa_signals
from allauth.mfa.models import Authenticator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from members.models import AppendOnlyError, AuditAction, AuditEntry, BoardMeeting, BoardRole, BoardSeat
from members.services.applications import transition
from members.services.audit import record_audit
from projects.models import IdeaPhaseChange
from tests.factories import ApplicantFactory, OrganisationFactory, ProjectIdeaFactory
from tests.members.conftest import make_application
from tests.mfa import give_totp

AUDIT = reverse("desk_audit")


@pytest.fixture
def history(secretariat, chair):
    """One record of each kind."""
    meeting = BoardMeeting.objects.create(date=timezone.localdate(), status="held", place="Parma")
    application = make_application(ApplicantFactory(), state="ready", meeting=meeting, name="Comune di Bardi")
    transition(application, "approved", chair)
    other = make_application(ApplicantFactory(), state="submitted", name="Kalix kommun")
    transition(other, "more_information_requested", secretariat, comment="Statute missing")
    idea = ProjectIdeaFactory(title="Green schools")
    IdeaPhaseChange.objects.create(idea=idea, from_phase="identification", to_phase="formulation")
    newcomer = ApplicantFactory(name="Greta Board")
    BoardSeat.objects.create(user=newcomer, role=BoardRole.MEMBER, started_on=datetime.date(2026, 1, 1))
    record_audit(secretariat, AuditAction.ERASURE, "a former contact", {"reason": "request"})
    return {"application": application, "newcomer": newcomer}


def rows_text(response) -> str:
    return response.content.decode()


def test_the_secretariat_sees_every_kind_of_record_on_one_page(client, secretariat, history):
    authenticator = give_totp(history["newcomer"])
    mfa_signals.authenticator_added.send(
        sender=Authenticator, request=None, user=history["newcomer"], authenticator=authenticator
    )
    client.force_login(secretariat)
    html = rows_text(client.get(AUDIT))
    assert "Comune di Bardi" in html and "Board decision" in html and "Approved" in html
    assert "Kalix kommun" in html and "Statute missing" in html
    assert "Green schools" in html and "Idea phase" in html
    assert "Role granted" in html and "Greta Board" in html
    assert "Second factor added" in html
    assert "Personal data erased" in html


@pytest.mark.parametrize("who", ["member", "board_member", "chair", "outsider"])
def test_nobody_but_the_secretariat_opens_the_audit_trail(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(AUDIT).status_code == 403


def test_an_anonymous_visitor_is_sent_to_sign_in(client, db):
    assert client.get(AUDIT)["Location"].startswith(reverse("account_login"))


def test_filtering_by_kind_shows_only_that_kind(client, secretariat, history):
    client.force_login(secretariat)
    roles = rows_text(client.get(AUDIT, {"category": "role"}))
    assert "Greta Board" in roles and "<td>Board decision</td>" not in roles and "Green schools" not in roles
    decisions = rows_text(client.get(AUDIT, {"category": "decision"}))
    assert "Comune di Bardi" in decisions and "Kalix kommun" not in decisions
    states = rows_text(client.get(AUDIT, {"category": "state"}))
    assert "Kalix kommun" in states and "Green schools" in states and "Comune di Bardi" not in states


def test_filtering_by_who_and_by_dates(client, secretariat, chair, history):
    client.force_login(secretariat)
    by_chair = rows_text(client.get(AUDIT, {"actor": chair.email}))
    assert "Comune di Bardi" in by_chair and "Kalix kommun" not in by_chair
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert "Nothing recorded matches" in rows_text(client.get(AUDIT, {"since": tomorrow.isoformat()}))


@pytest.mark.parametrize(
    "query", [{"since": "not-a-date"}, {"category": "nonsense"}, {"page": "99999999999999999999"}]
)
def test_bad_filter_values_give_the_page_never_a_server_error(client, secretariat, history, query):
    client.force_login(secretariat)
    assert client.get(AUDIT, query).status_code == 200


def test_the_page_is_paginated_with_a_constant_number_of_queries(
    client, secretariat, django_assert_num_queries
):
    client.force_login(secretariat)
    record_audit(secretariat, AuditAction.ERASURE, "person 0")
    client.get(AUDIT)
    with CaptureQueriesContext(connection) as one:
        client.get(AUDIT)
    for n in range(1, 70):
        record_audit(secretariat, AuditAction.ERASURE, f"person {n}")
    with django_assert_num_queries(len(one)):
        response = client.get(AUDIT)
    assert response.context["paginator"].num_pages == 2
    assert "person 69" in rows_text(response) and "person 0<" not in rows_text(response)
    assert "person 0" in rows_text(client.get(AUDIT, {"page": 2}))


def test_audit_entries_are_append_only(secretariat):
    entry = record_audit(secretariat, AuditAction.ERASURE, "someone")
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.update(target_label="changed")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()


def test_role_changes_are_recorded_when_they_happen(db, board_member):
    seat = board_member.board_seats.get()
    seat.ended_on = datetime.date(2026, 6, 30)
    seat.save()
    board_member.is_secretariat = True
    board_member.save()
    actions = list(
        AuditEntry.objects.filter(target_id=str(board_member.pk)).values_list("action", "data__role")
    )
    assert (AuditAction.ROLE_ENDED, "board_member") in actions
    assert (AuditAction.ROLE_GRANTED, "secretariat") in actions


def test_signing_in_records_no_role_change(db, member):
    before = AuditEntry.objects.count()
    member.last_login = timezone.now()
    member.save(update_fields=["last_login"])
    assert AuditEntry.objects.count() == before


@pytest.fixture
def member_org(db):
    return OrganisationFactory(name="Comune di Parma")


@pytest.fixture
def detailed_entries(secretariat, member_org):
    """Entries whose details are what the services write: keys, choice values, ISO dates."""
    record_audit(
        secretariat, AuditAction.EXEMPTION_GRANTED, member_org, {"fee_year": 2026, "reason": "Sisma"}
    )
    record_audit(
        secretariat,
        AuditAction.PAYMENT_RECORDED,
        "SERN-2026-0007",
        {"amount_eur": "1250.50", "paid_on": "2026-03-31", "reference": "TRF-9"},
    )
    record_audit(
        secretariat,
        AuditAction.ROLE_GRANTED,
        "Anna (Comune di Parma)",
        {"contact_role": "billing", "from": "2026-01-15", "organisation": member_org.pk},
    )
    record_audit(
        secretariat,
        AuditAction.PROCEDURE_CLOSED,
        "Procedure",
        {"outcome": "adopted", "yes": 3, "eligible": 5},
    )
    record_audit(
        secretariat, AuditAction.ERASURE, "someone", {"mystery_key": "kept", "odd": [1, 2], "flag": True}
    )


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        (
            "it",
            [
                "Anno della quota: 2026",
                "Motivo: Sisma",
                "Importo (EUR): 1250,50",
                "Pagata il: 31 marzo 2026",
                "Riferimento del pagamento: TRF-9",
                "Ruolo: Referente per la fatturazione",
                "Da: 15 gennaio 2026",
                "Organizzazione: Comune di Parma",
                "Esito: Approvata",
                "Membri del Consiglio con diritto di voto: 5",
            ],
        ),
        (
            "sv",
            [
                "Avgiftsår: 2026",
                "Skäl: Sisma",
                "Belopp (EUR): 1250,50",
                "Betald: 31 mars 2026",
                "Roll: Fakturakontakt",
                "Organisation: Comune di Parma",
                "Utfall: Antaget",
            ],
        ),
    ],
)
def test_details_read_as_labels_and_values_in_the_readers_language(
    client, secretariat, member_org, detailed_entries, language, shown
):
    client.force_login(secretariat)
    with translation.override(language):
        html = rows_text(client.get(reverse("desk_audit")))
    for text in shown:
        assert text in html
    for raw in ("fee_year", "amount_eur", "paid_on", "contact_role", "2026-03-31", ": billing", ": adopted"):
        assert raw not in html
    # A key the page does not know is still shown as written, and nothing breaks.
    assert "Mystery key: kept" in html and "Odd: 1, 2" in html
