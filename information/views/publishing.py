"""What the create and update views of the secretariat's publications (news, EU calls) share."""

from collections.abc import Callable

from django.contrib import messages
from django.db.models import Model
from django.forms import ModelForm
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.functional import Promise

from sern_portal.permissions import PermissionRequiredMixin


class PublishFormMixin(PermissionRequiredMixin):
    """Saves a valid form through ``service`` (forms have no side effects, see CONTRIBUTING), says
    so, and shows what was saved."""

    permission_required = "information.publish"
    # Set with staticmethod(), so that the service is not bound to the view.
    service: Callable[[ModelForm, object], Model]
    saved_message: str | Promise

    def form_valid(self, form: ModelForm) -> HttpResponse:
        saved = self.service(form, self.request.user)
        # str() now: the message is translated in the language of this request.
        messages.success(self.request, str(self.saved_message))
        return redirect(saved)
