"""The member's side: its invoices in the Members Area, their PDFs, its billing details."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from members.models import Organisation
from members.rules import member_organisation_ids
from sern_portal.permissions import permission_required

from ..forms import BillingDetailsForm
from ..models import BillingDetails, Invoice
from ..pdf import invoice_pdf
from ..selectors import annotate_states, with_totals


@permission_required("billing.view_own_invoices")
def my_invoices(request):
    organisation_ids = member_organisation_ids(request.user)
    organisations = Organisation.objects.filter(pk__in=organisation_ids).order_by("name")
    invoices = annotate_states(
        with_totals(Invoice.objects.filter(organisation_id__in=organisation_ids))
        .select_related("organisation", "credits")
        .order_by("-issued_on", "-pk")
    )
    return render(
        request, "billing/member/invoices.html", {"invoices": invoices, "organisations": organisations}
    )


def _invoice(request, pk: int):
    return get_object_or_404(Invoice.objects.select_related("organisation", "credits"), pk=pk)


@permission_required("billing.view_invoice", get_object=_invoice)
def download_pdf(request, pk: int):
    """The invoice (or credit note) as a PDF in the language it was issued in (its billing contact's)."""
    invoice = _invoice(request, pk)
    with translation.override(invoice.language):
        pdf = invoice_pdf(invoice)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{invoice.number}.pdf"'
    return response


def _organisation(request, slug: str):
    return get_object_or_404(Organisation, slug=slug)


@permission_required("billing.change_billing_details", get_object=_organisation)
def billing_details(request, slug: str):
    organisation = _organisation(request, slug)
    details = BillingDetails.objects.filter(organisation=organisation).first() or BillingDetails(
        organisation=organisation
    )
    form = BillingDetailsForm(request.POST or None, instance=details)
    if request.method == "POST" and form.is_valid():
        details = form.save(commit=False)
        details.updated_by = request.user
        details.save()
        messages.success(request, _("The billing details are saved. New invoices will carry them."))
        return redirect("billing:details", organisation.slug)
    return render(
        request,
        "billing/member/details.html",
        {"organisation": organisation, "form": form, "today": timezone.localdate()},
    )
