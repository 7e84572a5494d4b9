"""Permissions of the portal's own plumbing: sign-in hand-over and health checks.

These are public on purpose (load balancers and signed-out visitors call them); they are still
declared here so every view goes through the one permissions layer.
"""

import rules

# The admin's login URL only redirects to allauth's sign-in.
rules.add_perm("sern_portal.sign_in", rules.always_allow)
# Health checks for the load balancer: no personal data, no session.
rules.add_perm("sern_portal.check_health", rules.always_allow)
# The site's icon (/favicon.ico): the same for everybody.
rules.add_perm("sern_portal.see_icon", rules.always_allow)
