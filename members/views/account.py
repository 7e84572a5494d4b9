from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import UpdateView

from sern_portal.permissions import PermissionRequiredMixin, permission_required

from ..forms import AccountPreferencesForm
from ..models import BoardSeat, CalendarToken
from ..services.calendar import issue_calendar_token, revoke_calendar_token


class AccountView(PermissionRequiredMixin, UpdateView):
    """The signed-in person's roles and preferences."""

    permission_required = "members.view_account"
    template_name = "members/account.html"
    form_class = AccountPreferencesForm

    def get_object(self, queryset=None):
        return self.request.user

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            contacts=user.organisation_contacts.select_related("organisation"),
            board_seats=BoardSeat.objects.current().filter(user=user),
            calendar_token=CalendarToken.objects.filter(user=user).first(),
            **kwargs,
        )

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("Your preferences have been saved."))
        return redirect("account")


@require_POST
@permission_required("members.manage_calendar_address")
def calendar_address(request):
    """Create (or replace) the person's private calendar address, shown this once; or revoke it."""
    if request.POST.get("action") == "revoke":
        if revoke_calendar_token(request.user):
            messages.success(request, _("Your calendar address has been revoked: it no longer works."))
        return redirect(f"{reverse('account')}#calendar")
    token = issue_calendar_token(request.user)
    return render(
        request,
        "members/calendar_address.html",
        {"calendar_url": request.build_absolute_uri(reverse("board_calendar", args=[token]))},
    )
