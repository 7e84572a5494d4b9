"""Stopping the weekly digest from the link in it, without signing in."""

from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

from members.models import User
from sern_portal.permissions import permission_required
from sern_portal.signed_links import InvalidLink

from ..digest_links import read_digest_stop_token


# CSRF-exempt on purpose, as the mailing lists' link: RFC 8058 one-click unsubscribe is a POST
# the recipient's mail client sends by itself with no cookie, so it can carry no CSRF token. The
# signed token in the URL authorises it; the worst a forged POST with a stolen link can do is
# switch that person's digest off, which they switch on again on their account page.
@csrf_exempt
@permission_required("information.stop_digest_with_link")
def stop_digest(request, token: str):
    """GET shows a confirm button (link scanners must not stop anybody's digest); POST stops it."""
    try:
        user = User.objects.filter(pk=read_digest_stop_token(token), is_active=True).first()
        if user is None:
            raise InvalidLink("forged")
    except InvalidLink as error:
        return render(request, "information/digest_link_invalid.html", {"reason": error.reason}, status=400)
    context = {"email": user.email}
    if request.method == "POST":
        if user.receives_weekly_digest:
            user.receives_weekly_digest = False
            user.save(update_fields=["receives_weekly_digest"])
        return render(request, "information/digest_stopped.html", context)
    return render(request, "information/digest_stop_confirm.html", context)
