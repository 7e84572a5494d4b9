"""On PostgreSQL + Redis with real workers: nothing is lost when a worker is killed or the broker
is down (issue 11, "Done when").

The guarantee, as tested here: a task whose worker dies is delivered again once Redis's
visibility timeout has passed (late acks); the annual report is taken over from the dead worker
and produced once; each e-mail is sent at most once (``send_once`` records its key before
sending), so the only e-mail a crash can lose is the one being sent at that instant. Writes made
while the broker is unreachable succeed, and their tasks go out when a worker is connected again.
"""

import os
import signal
import time
import uuid

import pytest
from django.db import transaction
from django.urls import reverse

from evaluation.models import ReportRun, ReportStatus
from members.models import OrganisationContact, User
from outbox.models import OutboxMessage, OutboxState
from outbox.queue import enqueue
from sern_portal.models import SentNotification
from tests.factories import OrganisationFactory
from tests.members.conftest import make_application
from tests.slow_mail import recipients_in
from tests.workers import broker_unreachable, celery_worker, require_services

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def wait_for(condition, seconds: float = 120, every: float = 0.05):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    pytest.fail(f"still waiting after {seconds} s for {condition.__doc__ or condition}")


@pytest.fixture
def worker_env(tmp_path, settings):
    """Short timeouts, so a dead worker's tasks come back in seconds; e-mails written to files."""
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT = tmp_path / "private"
    return {
        "CELERY_VISIBILITY_TIMEOUT": "4",
        "CELERY_RESTORE_INTERVAL": "1",
        "SERN_REPORT_STALE_SECONDS": "2",
        "OUTBOX_RELAY_INTERVAL": "1",
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "EMAIL_BACKEND": "tests.slow_mail.SlowFileBackend",
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
        "SLOW_MAIL_SECONDS": "0.15",
    }


def kill(worker) -> None:
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=20)


def test_a_report_whose_worker_is_killed_is_produced_once_by_the_restarted_worker(
    worker_env, tmp_path, board_member
):
    require_services()
    run = ReportRun.objects.create(
        requested_by=board_member, period_start="2025-01-01", period_end="2025-12-31", language="en"
    )
    queue = f"test-{uuid.uuid4().hex[:12]}"
    with celery_worker(queue, worker_env) as worker:
        enqueue("evaluation.tasks.build_annual_report", run.pk)  # autocommit: sent at once

        def being_produced():
            return ReportRun.objects.filter(pk=run.pk, status=ReportStatus.RUNNING).exists()

        wait_for(being_produced)
        kill(worker)
    run.refresh_from_db()
    assert run.status == ReportStatus.RUNNING, "the worker finished before it was killed"
    with celery_worker(queue, worker_env):

        def ready():
            return ReportRun.objects.filter(pk=run.pk, status=ReportStatus.READY).exists()

        wait_for(ready)
    run.refresh_from_db()
    assert (run.progress, run.attempts) == (100, 2)
    assert [path.name for path in (tmp_path / "private" / "reports").iterdir()] == [
        run.file.name.split("/")[-1]
    ]


def test_a_burst_of_40_invitations_loses_at_most_the_one_in_flight_when_the_worker_is_killed(
    worker_env, tmp_path
):
    require_services()
    organisation = OrganisationFactory(name="Kommun Burst", slug="kommun-burst")
    contacts = [
        OrganisationContact.objects.create(
            organisation=organisation, user=User.objects.create_user(f"contact{n}@burst.example", "pw")
        )
        for n in range(40)
    ]
    queue = f"test-{uuid.uuid4().hex[:12]}"
    with celery_worker(queue, worker_env) as worker:
        with transaction.atomic():  # as when the Board admits a member with 40 contacts
            for contact in contacts:
                enqueue("members.tasks.send_member_invitation", contact.pk)

        def ten_sent():
            return (tmp_path / "mail").exists() and len(recipients_in(tmp_path / "mail")) >= 10

        wait_for(ten_sent)
        kill(worker)
    assert len(recipients_in(tmp_path / "mail")) < 40, "the burst ended before the worker was killed"
    with celery_worker(queue, worker_env):

        def every_invitation_handled():
            return SentNotification.objects.filter(key__startswith="invitation:").count() == 40

        wait_for(every_invitation_handled)

        def files_written_for_all_but_the_one_in_flight():
            # The last e-mail's file is written just after its key.
            return len(set(recipients_in(tmp_path / "mail"))) >= 39

        wait_for(files_written_for_all_but_the_one_in_flight)
    sent = recipients_in(tmp_path / "mail")
    assert len(sent) == len(set(sent)), "an e-mail was sent twice"
    lost = {contact.user.email for contact in contacts} - set(sent)
    assert len(lost) <= 1, lost


def test_a_desk_decision_with_the_broker_down_succeeds_and_the_email_goes_out_when_it_is_back(
    worker_env, tmp_path, client, secretariat, applicant
):
    require_services()
    application = make_application(applicant, state="submitted")
    client.force_login(secretariat)
    with broker_unreachable():
        response = client.post(
            reverse("desk_change_state", args=[application.pk]),
            {"to_state": "more_information_requested", "comment": "Sign the form."},
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == "more_information_requested"
    assert OutboxMessage.objects.filter(state=OutboxState.PENDING).exists()
    assert not (tmp_path / "mail").exists()
    with celery_worker(env=worker_env):  # the broker is back: the worker relays the outbox

        def mailed():
            return (tmp_path / "mail").exists() and applicant.email in recipients_in(tmp_path / "mail")

        wait_for(mailed)
    assert recipients_in(tmp_path / "mail") == [applicant.email]
    assert not OutboxMessage.objects.filter(state=OutboxState.PENDING).exists()
