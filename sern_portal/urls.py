from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import favicon, health, signin

admin.site.site_header = "SERN Portal"
admin.site.site_title = "SERN Portal"

urlpatterns = [
    # Before the admin's own: its password-only login form is replaced by allauth's sign-in.
    path(f"{settings.ADMIN_URL_PREFIX}login/", signin.admin_login, name="admin_login_redirect"),
    path(settings.ADMIN_URL_PREFIX, admin.site.urls),
    # For the load balancer, outside the language prefixes.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # Browsers ask for it at the root whatever the page links: outside the language prefixes too.
    path("favicon.ico", favicon.favicon, name="favicon"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    path("members-area/", include("information.urls")),
    path("members-area/events/", include("events.urls")),
    path("", include("events.public_urls")),
    path("evaluation/", include("evaluation.urls")),
    path("", include("library.urls")),
    path("", include("strategy.urls")),
    path("", include("projects.urls")),
    path("", include("workinggroups.urls")),
    path("", include("translations.urls")),
    path("", include("billing.urls")),
    path("", include("mailings.urls")),
    prefix_default_language=True,
)

handler400 = "sern_portal.errors.bad_request"
handler403 = "sern_portal.errors.permission_denied"
handler404 = "sern_portal.errors.page_not_found"
handler500 = "sern_portal.errors.server_error"
