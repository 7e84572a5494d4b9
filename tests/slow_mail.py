"""A file e-mail backend that takes its time, so a test can kill a worker in the middle of a burst."""

import os
import time

from django.core.mail.backends.filebased import EmailBackend as FileBackend


class SlowFileBackend(FileBackend):
    def send_messages(self, email_messages):
        time.sleep(float(os.environ.get("SLOW_MAIL_SECONDS", "0.1")))
        return super().send_messages(email_messages)


def recipients_in(directory) -> list[str]:
    """Every recipient of every e-mail written to ``directory``, one entry per e-mail."""
    found = []
    for path in sorted(directory.glob("*.log")):
        found += [line[4:].strip() for line in path.read_text().splitlines() if line.startswith("To: ")]
    return found
