"""Tasks go through the transactional outbox: written with the change, relayed after the commit;
with the broker down the change is saved, the request succeeds, and the work happens once the
broker is back (issue 11, point 8); without a broker the work runs after the response (issue 10,
point 9)."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from evaluation.models import ReportRun
from members.models import MembershipApplication
from outbox import queue
from outbox.models import OutboxMessage, OutboxState
from projects.models import MatchingRun
from tests.factories import ProjectIdeaFactory
from tests.members.conftest import make_application
from tests.workers import broker_unreachable

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.MEDIA_ROOT = settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def ask_for_information(client, application):
    return client.post(
        reverse("desk_change_state", args=[application.pk]),
        {"to_state": "more_information_requested", "comment": "Sign the form."},
    )


def test_a_desk_decision_with_the_broker_down_succeeds_and_its_email_goes_out_when_it_is_back(
    client, secretariat, applicant, django_capture_on_commit_callbacks
):
    application = make_application(applicant, state="submitted")
    OutboxMessage.objects.all().delete()
    client.force_login(secretariat)
    with broker_unreachable(), django_capture_on_commit_callbacks(execute=True):
        response = ask_for_information(client, application)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == "more_information_requested"
    message = OutboxMessage.objects.get(task="members.tasks.notify_application_event")
    assert message.state == OutboxState.PENDING and message.last_error
    assert mail.outbox == []
    call_command("relay_outbox", "--once")  # the broker is back (here: eager Celery)
    message.refresh_from_db()
    assert message.state == OutboxState.SENT
    assert [m.to for m in mail.outbox] == [[applicant.email]]
    call_command("relay_outbox", "--once")
    assert len(mail.outbox) == 1


def test_a_report_request_and_a_matching_run_with_the_broker_down_succeed(
    client, secretariat, django_capture_on_commit_callbacks
):
    ProjectIdeaFactory()
    OutboxMessage.objects.all().delete()
    client.force_login(secretariat)
    with broker_unreachable(), django_capture_on_commit_callbacks(execute=True):
        report = client.post("/en/evaluation/reports/", {"language": "en", "year": "2025"})
        matching = client.post(reverse("projects:matching_start_run"))
    assert (report.status_code, matching.status_code) == (302, 302)
    assert ReportRun.objects.count() == MatchingRun.objects.count() == 1
    assert set(OutboxMessage.objects.filter(state=OutboxState.PENDING).values_list("task", flat=True)) >= {
        "evaluation.tasks.build_annual_report",
        "projects.tasks.start_matching_run",
    }


def test_nothing_is_queued_when_the_change_is_rolled_back(applicant, secretariat):
    from members.services.applications import transition

    application = make_application(applicant, state="submitted")
    OutboxMessage.objects.all().delete()
    with pytest.raises(RuntimeError), transaction.atomic():
        transition(application, "more_information_requested", secretariat, comment="Sign it.")
        raise RuntimeError("the request failed after the change")
    assert not OutboxMessage.objects.exists()
    assert MembershipApplication.objects.get(pk=application.pk).state == "submitted"


def test_requests_with_the_same_key_become_one_task_while_it_waits(django_capture_on_commit_callbacks):
    with broker_unreachable(), django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            with transaction.atomic():
                queue.enqueue("strategy.tasks.refresh_network_figures", key="figures")
    message = OutboxMessage.objects.get()
    assert (message.state, message.coalesced) == (OutboxState.PENDING, 2)


def test_a_message_is_relayed_once_unless_its_relay_died_holding_it(settings):
    from strategy.models import NetworkFiguresSnapshot

    settings.OUTBOX_LEASE_SECONDS = 60
    message = OutboxMessage.objects.create(task="strategy.tasks.refresh_network_figures")
    assert queue.relay(message.pk) is True
    assert queue.relay(message.pk) is False
    assert NetworkFiguresSnapshot.objects.count() == 1
    import datetime

    from django.utils import timezone

    died = OutboxMessage.objects.create(
        task="strategy.tasks.refresh_network_figures",
        claimed_at=timezone.now() - datetime.timedelta(minutes=5),
    )
    assert queue.relay_pending() == 1
    died.refresh_from_db()
    assert died.state == OutboxState.SENT and died.attempts == 1


def test_a_misspelt_task_name_fails_where_it_is_queued():
    import strategy.tasks  # noqa: F401

    with pytest.raises(LookupError, match="no_such_task"):
        queue.enqueue("strategy.tasks.no_such_task")
    with pytest.raises(LookupError, match="no_such_app"):
        queue.enqueue("no_such_app.tasks.refresh")


def test_sign_in_works_with_redis_down(client, settings, applicant):
    from tests.workers import closed_port

    settings.CACHES = {
        "default": {
            "BACKEND": "sern_portal.cache.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
    settings.ACCOUNT_RATE_LIMITS = {}  # allauth's default limits: they use the cache
    applicant.set_password("a-long-password-1")
    applicant.save()
    response = client.post(
        reverse("account_login"), {"login": applicant.email, "password": "a-long-password-1"}
    )
    assert response.status_code == 302
    assert client.get(reverse("account_email")).status_code == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_a_broker_the_work_runs_after_the_response(
    client, settings, secretariat, applicant, monkeypatch
):
    settings.OUTBOX_RUN_AFTER_RESPONSE = True
    later = []
    monkeypatch.setattr(queue, "run_in_background", later.append)
    application = make_application(applicant, state="submitted")
    client.force_login(secretariat)
    response = ask_for_information(client, application)
    assert response.status_code == 302
    assert mail.outbox == []  # the response left before the e-mail task ran
    (ids,) = later
    queue.run_deferred(ids)
    assert [m.to for m in mail.outbox] == [[applicant.email]]
    assert OutboxMessage.objects.get(pk__in=ids).state == OutboxState.SENT


def test_messages_sent_more_than_a_week_ago_are_forgotten():
    import datetime

    from django.utils import timezone

    now = timezone.now()
    old = OutboxMessage.objects.create(
        task="t.tasks.x", state=OutboxState.SENT, sent_at=now - datetime.timedelta(days=8)
    )
    recent = OutboxMessage.objects.create(task="t.tasks.x", state=OutboxState.SENT, sent_at=now)
    pending = OutboxMessage.objects.create(task="t.tasks.x")
    assert queue.prune_sent() == 1
    assert set(OutboxMessage.objects.values_list("pk", flat=True)) == {recent.pk, pending.pk}
    assert not OutboxMessage.objects.filter(pk=old.pk).exists()


def test_an_expression_of_interest_and_an_invitation_with_the_broker_down_are_kept_and_mailed_later(
    django_capture_on_commit_callbacks,
):
    from projects.services.interest import express_interest
    from projects.services.suggestions import invite_suggested_partner
    from tests.factories import MemberContactFactory, organisation_of

    lead_contact, partner_contact, invited_contact = (MemberContactFactory() for _ in range(3))
    idea = ProjectIdeaFactory(lead=organisation_of(lead_contact), visibility="members")
    OutboxMessage.objects.all().delete()
    with broker_unreachable(), django_capture_on_commit_callbacks(execute=True):
        interest, _ = express_interest(
            idea, organisation_of(partner_contact), message="We join.", by=partner_contact
        )
        invitation, _ = invite_suggested_partner(idea, organisation_of(invited_contact), by=lead_contact)

    assert interest.pk and invitation.pk
    pending = OutboxMessage.objects.filter(state=OutboxState.PENDING, task__contains=".notify_")
    assert sorted(pending.values_list("task", flat=True)) == [
        "projects.tasks.notify_interest_expressed",
        "projects.tasks.notify_partner_invited",
    ]
    assert all(message.last_error for message in pending)
    assert mail.outbox == []
    call_command("relay_outbox", "--once")  # the broker is back (here: eager Celery)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([lead_contact.email, invited_contact.email])


def test_a_freed_event_place_with_the_broker_down_is_kept_and_its_email_sent_later(
    django_capture_on_commit_callbacks,
):
    from events.models import Registration
    from events.services import cancel, register
    from tests.factories import EventFactory, UserFactory

    first, second = UserFactory(), UserFactory()
    event = EventFactory(capacity=1)
    held, waiting = register(event, first), register(event, second)
    assert (held.status, waiting.status) == ("confirmed", "waiting")
    OutboxMessage.objects.all().delete()
    mail.outbox.clear()
    with broker_unreachable(), django_capture_on_commit_callbacks(execute=True):
        promoted = cancel(held, by=first)

    assert promoted.pk == waiting.pk
    assert Registration.objects.get(pk=waiting.pk).status == "confirmed"
    assert OutboxMessage.objects.get(state=OutboxState.PENDING).task == "events.tasks.mail_place_confirmed"
    assert mail.outbox == []
    call_command("relay_outbox", "--once")
    assert [m.to for m in mail.outbox] == [[second.email]]


def test_a_change_that_bumps_the_cached_pages_is_saved_with_redis_down(settings, db):
    from tests.factories import OrganisationFactory
    from tests.workers import closed_port

    settings.CACHES = {
        "default": {
            "BACKEND": "sern_portal.cache.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
    organisation = OrganisationFactory()  # bumps the "public", "evaluation", ... and "pages" groups
    organisation.name = "Saved while Redis is down"
    organisation.save()
    organisation.refresh_from_db()
    assert organisation.name == "Saved while Redis is down"
