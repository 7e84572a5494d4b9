"""Production settings plus the load test's trivial view (``make loadtest`` only)."""

from sern_portal.settings import *  # noqa: F403

ROOT_URLCONF = "sern_portal.scale.urls"

# The load test measures pages, not the second factor: its staff sign in with the password alone
# (they have no authenticator app to read codes from). Never used outside `make loadtest`.
SERN_STAFF_MFA_REQUIRED = False
