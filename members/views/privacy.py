"""My account: download my data (JSON) and delete my account (erasure, confirmed, POST only)."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sern_portal.permissions import permission_required

from ..forms import DeleteAccountForm
from ..services.personal_data import ErasureRefused, erase_account, export_personal_data


@permission_required("members.view_account")
def download_my_data(request):
    data = export_personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="sern-my-data.json"'
    return response


@permission_required("members.delete_account")
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            erase_account(request.user, by=request.user)
        except ErasureRefused:
            form.add_error(
                None,
                _("One of your applications is being reviewed: withdraw it first, then delete your account."),
            )
        else:
            logout(request)
            messages.success(request, _("Your account and your personal data have been deleted."))
            return redirect("home")
    return render(request, "members/account_delete.html", {"form": form})
