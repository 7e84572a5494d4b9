"""Leaving a list: the one-click link of every mail (no sign-in), and "My mailing lists"."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from members.models import User
from sern_portal.permissions import permission_required

from ..models import ListOptOut, MailingList
from ..services.lists import (
    InvalidUnsubscribeLink,
    ListCannotBeLeft,
    ensure_lists,
    read_unsubscribe_token,
    resubscribe,
    unsubscribe,
)


# CSRF-exempt on purpose, and only this view: RFC 8058 one-click unsubscribe is a POST that the
# recipient's mail client (Gmail, Outlook, Apple Mail …) sends by itself, with the body
# "List-Unsubscribe=One-Click" and no cookie, so it can carry no CSRF token. The signed token in
# the URL is what authorises it (it binds the person and the list), and the worst a forged
# cross-site POST with a stolen link could do is take that person off that optional list, which
# they undo on "My mailing lists".
@csrf_exempt
@permission_required("mailings.unsubscribe_with_link")
def unsubscribe_with_link(request, list_slug: str, token: str):
    """GET shows a confirm button (link scanners must not unsubscribe anybody); POST unsubscribes."""
    mailing_list = MailingList.objects.select_related("working_group").filter(slug=list_slug).first()
    try:
        if mailing_list is None:
            raise InvalidUnsubscribeLink("forged")
        user_id = read_unsubscribe_token(token, list_slug)
        user = User.objects.filter(pk=user_id, is_active=True).first()
        if user is None:
            raise InvalidUnsubscribeLink("forged")
    except InvalidUnsubscribeLink as error:
        return render(request, "mailings/unsubscribe_invalid.html", {"reason": error.reason}, status=400)
    context = {"mailing_list": mailing_list, "email": user.email}
    if not mailing_list.can_unsubscribe:
        return render(request, "mailings/unsubscribe_refused.html", context, status=400)
    if request.method == "POST":
        try:
            unsubscribe(user, mailing_list)
        except ListCannotBeLeft:  # pragma: no cover (checked above)
            return render(request, "mailings/unsubscribe_refused.html", context, status=400)
        return render(request, "mailings/unsubscribed.html", context)
    return render(request, "mailings/unsubscribe_confirm.html", context)


@permission_required("mailings.manage_own_lists")
def subscriptions(request):
    """The person's lists: leave an optional one or rejoin it; the required ones are shown as such."""
    lists = ensure_lists()
    if request.method == "POST":
        mailing_list = get_object_or_404(MailingList, slug=request.POST.get("list", ""))
        try:
            if request.POST.get("action") == "leave":
                unsubscribe(request.user, mailing_list)
                messages.success(
                    request, _("You have left the list “%(list)s”.") % {"list": mailing_list.name}
                )
            else:
                resubscribe(request.user, mailing_list)
                messages.success(
                    request, _("You are on the list “%(list)s” again.") % {"list": mailing_list.name}
                )
        except ListCannotBeLeft:
            messages.error(request, _("This list cannot be left: it carries legal and governance mail."))
        return redirect("mailings:subscriptions")
    left = set(ListOptOut.objects.filter(user=request.user).values_list("mailing_list_id", flat=True))
    return render(
        request,
        "mailings/subscriptions.html",
        {"rows": [(item, item.pk not in left) for item in lists]},
    )
