from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import UpdateView

from sern_portal.permissions import PermissionRequiredMixin

from ..forms import AccountPreferencesForm
from ..models import BoardSeat


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
            **kwargs,
        )

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("Your preferences have been saved."))
        return redirect("account")
