"""Time three requests of the embedded default on a copy of the demo database (issue 10, point 9).

    .venv/bin/python scripts/time_requests.py [DEMO_SQLITE_FILE] [--inline]

Publishing an idea, recording the Board's decision and requesting the annual report, with the
Django test client, as the demo's member contact, chair and secretariat. For each it prints how
long the request took and when the work it queued (suggestion recomputes, e-mails, the PDF) was
done. By default the queued work runs after the response (``OUTBOX_RUN_AFTER_RESPONSE``, as
``make run`` does); ``--inline`` runs it inside the request instead, as before the outbox.
"""

import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
source = Path(args[0] if args else ROOT / "var" / "sern.sqlite3")
copy = Path(tempfile.mkdtemp()) / "demo.sqlite3"
shutil.copy(source, copy)
os.environ.update(
    DJANGO_SETTINGS_MODULE="sern_portal.settings",
    DJANGO_ENV="development",
    DATABASE_URL=f"sqlite:///{copy}",
    OUTBOX_RUN_AFTER_RESPONSE="0" if "--inline" in sys.argv else "1",
)
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402

django.setup()
logging.disable(logging.INFO)  # the task and PDF libraries' progress lines

from django.core import mail  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from members.models import BoardMeeting, MeetingStatus, MembershipApplication, User  # noqa: E402
from strategy.models import Priority  # noqa: E402

setup_test_environment()  # e-mails into mail.outbox, not the console


class FormFiller(HTMLParser):
    """The values a browser would submit for the first form posting to ``action``."""

    def __init__(self, action: str) -> None:
        super().__init__()
        self.action, self.inside, self.data, self.select, self.textarea = action, False, [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("action", "") in ("", self.action)
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            if a.get("type") in ("checkbox", "radio"):
                if "checked" in a:
                    self.data.append((a["name"], a.get("value", "on")))
            elif a.get("type") not in ("submit", "file"):
                self.data.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self.select = [a.get("name"), None]
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = [a.get("name"), ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select" and self.select is not None:
            self.data.append(tuple(self.select))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            self.data.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "form":
            self.inside = False


def form_data(client: Client, page: str, action: str, **overrides) -> dict:
    filler = FormFiller(action)
    filler.feed(client.get(page).content.decode())
    data: dict[str, list[str]] = {}
    for name, value in filler.data:
        data.setdefault(name, []).append(value)
    return data | {name: value if isinstance(value, list) else [value] for name, value in overrides.items()}


def timed(label: str, client: Client, url: str, data: dict) -> None:
    before = set(threading.enumerate())
    started = time.perf_counter()
    if os.environ.get("PROFILE") == label:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        response = profiler.runcall(client.post, url, data)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    else:
        response = client.post(url, data)
    if response.status_code == 200 and response.context and response.context.get("form") is not None:
        print(f"{label}: the form was refused: {response.context['form'].errors.as_text()}")
    answered = time.perf_counter() - started
    for thread in set(threading.enumerate()) - before:
        thread.join()
    done = time.perf_counter() - started
    print(f"{label:<34} status {response.status_code}  response {answered:6.2f} s  work done {done:6.2f} s")


def signed_in(email: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(email=email))
    return client


mode = "inside the request (--inline)" if "--inline" in sys.argv else "after the response"
print(f"Embedded default (SQLite, eager Celery), queued work run {mode}:")

member = signed_in("member@demo.sern.eu")
page = reverse("projects:idea_create")
timed(
    "publish an idea",
    member,
    page,
    form_data(
        member,
        page,
        page,
        title="Timed idea: school routes",
        summary="Safer cycling routes to school in two towns.",
        target_programme="erasmus_plus",
        priorities=[str(Priority.objects.order_by("pk").values_list("pk", flat=True).first())],
    ),
)

chair = signed_in("chair@demo.sern.eu")
application = MembershipApplication.objects.filter(state="ready").exclude(meeting=None).first()
if application is None:
    print("record the Board's decision: no application ready for a meeting in the demo")
else:
    BoardMeeting.objects.filter(pk=application.meeting_id).update(
        date=timezone.localdate(), status=MeetingStatus.HELD
    )
    timed(
        "record the Board's decision",
        chair,
        reverse("board_decision", args=[application.pk]),
        {"decision": "approved", "comment": ""},
    )

secretariat = signed_in("secretariat@demo.sern.eu")
timed(
    "request the annual report",
    secretariat,
    reverse("evaluation:report_create"),
    {"language": "en", "year": str(timezone.localdate().year - 1)},
)
print(f"e-mails sent: {len(mail.outbox)}")
