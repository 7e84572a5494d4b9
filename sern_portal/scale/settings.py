"""Production settings plus the load test's trivial view (``make loadtest`` only)."""

from sern_portal.settings import *  # noqa: F403

ROOT_URLCONF = "sern_portal.scale.urls"
