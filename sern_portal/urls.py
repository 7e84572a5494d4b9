from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "SERN Portal"
admin.site.site_title = "SERN Portal"

urlpatterns = [
    path(settings.ADMIN_URL_PREFIX, admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    path("members-area/", include("information.urls")),
    path("members-area/events/", include("events.urls")),
    path("evaluation/", include("evaluation.urls")),
    path("", include("strategy.urls")),
    path("", include("projects.urls")),
    prefix_default_language=True,
)

handler400 = "sern_portal.errors.bad_request"
handler403 = "sern_portal.errors.permission_denied"
handler404 = "sern_portal.errors.page_not_found"
handler500 = "sern_portal.errors.server_error"
