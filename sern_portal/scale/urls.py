"""The portal's URLs plus a trivial view, for ``make loadtest`` only (sern_portal.scale.settings).

``/loadtest/noop`` answers without the database, sessions or templates: the cost of Django and
gunicorn themselves, the floor every page is compared with.
"""

from django.http import HttpResponse
from django.urls import path

from sern_portal.permissions import permission_required
from sern_portal.urls import urlpatterns as portal_urlpatterns


@permission_required("strategy.view_public_pages")  # public; an anonymous request reads no table
def noop(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("loadtest/noop", noop), *portal_urlpatterns]
