"""The Celery application.

Without REDIS_URL the settings make every task run eagerly in the web process, so the portal
needs no server to run; with REDIS_URL tasks go through the Redis broker to real workers.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sern_portal.settings")

app = Celery("sern_portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
