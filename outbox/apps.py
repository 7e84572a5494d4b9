import logging
import threading
import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class OutboxConfig(AppConfig):
    name = "outbox"
    verbose_name = _("Task outbox")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from celery.signals import worker_ready

        worker_ready.connect(start_worker_relay, weak=False, dispatch_uid="outbox-worker-relay")


def start_worker_relay(**kwargs) -> threading.Thread:
    """Every worker relays the outbox when it starts and then every ``OUTBOX_RELAY_INTERVAL``
    seconds: tasks written while the broker was down go out once a worker is connected again,
    with no Celery beat and no other process needed (``make relay`` does the same alone)."""
    thread = threading.Thread(target=_relay_forever, name="outbox-relay", daemon=True)
    thread.start()
    return thread


def _relay_forever() -> None:
    from django.conf import settings
    from django.db import connections

    from .queue import prune_sent, relay_pending

    while True:
        try:
            relay_pending()
            prune_sent()
        except Exception:  # a database hiccup must not end the loop
            logger.exception("Relaying the outbox failed; trying again.")
        finally:
            connections.close_all()
        time.sleep(settings.OUTBOX_RELAY_INTERVAL)
