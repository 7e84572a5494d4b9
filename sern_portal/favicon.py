"""``/favicon.ico``: browsers ask for it on every site whatever the page links; it leads to the icon.

The pages link ``static/img/favicon.svg`` themselves (templates/base.html); this answers the
browsers, feed readers and bookmarks that ask the old address instead of getting a 404.
"""

from django.http import HttpRequest, HttpResponseRedirect
from django.templatetags.static import static
from django.utils.cache import patch_cache_control

from .permissions import permission_required

ICON = "img/favicon.svg"


@permission_required("sern_portal.see_icon")
def favicon(request: HttpRequest) -> HttpResponseRedirect:
    # Not permanent: the icon's static address changes with its content (hashed file names).
    response = HttpResponseRedirect(static(ICON))
    patch_cache_control(response, public=True, max_age=86400)
    return response
