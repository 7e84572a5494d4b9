"""One invoice on the desk: its payments and credit notes, and the forms to record them."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from sern_portal.permissions import permission_required
from strategy.models import NetworkProfile

from ..forms import CreditNoteForm, PaymentForm
from ..models import Invoice, Series
from ..selectors import annotate_states, with_totals
from ..services.errors import BillingRefused
from ..services.fatturapa import build_fatturapa, why_no_fatturapa
from ..services.payments import issue_credit_note, record_payment
from ..services.peppol import build_peppol, why_no_peppol

# The e-invoice files, by format: the builder, and why an invoice cannot be one (None if it can).
E_INVOICE_FORMATS = {
    "fatturapa": (build_fatturapa, why_no_fatturapa),
    "peppol": (build_peppol, why_no_peppol),
}


def _fail(form, refusal: BillingRefused) -> None:
    """Show a service's refusal on the field it concerns (or on the whole form)."""
    form.add_error(refusal.field if refusal.field in form.fields else None, refusal.message)


def _e_invoice_refusals(invoice: Invoice) -> dict[str, str | None]:
    """``no_fatturapa`` / ``no_peppol``: why the invoice cannot be that file, or None."""
    network = NetworkProfile.objects.current()
    return {f"no_{name}": why_not(invoice, network) for name, (_build, why_not) in E_INVOICE_FORMATS.items()}


@permission_required("billing.manage")
def invoice(request, pk: int):
    invoice = get_object_or_404(
        with_totals(Invoice.objects.filter(series=Series.INVOICE)).select_related("organisation"), pk=pk
    )
    payment_form = PaymentForm(prefix="payment")
    credit_form = CreditNoteForm(prefix="credit")
    if request.method == "POST":
        if "payment-reference" in request.POST:
            payment_form = PaymentForm(request.POST, prefix="payment")
            if payment_form.is_valid():
                data = payment_form.cleaned_data
                try:
                    record_payment(
                        invoice.pk, data["amount_eur"], data["paid_on"], data["reference"], request.user
                    )
                    messages.success(request, _("The payment is recorded."))
                    return redirect("billing:invoice", invoice.pk)
                except BillingRefused as refusal:
                    _fail(payment_form, refusal)
        else:
            credit_form = CreditNoteForm(request.POST, prefix="credit")
            if credit_form.is_valid():
                data = credit_form.cleaned_data
                try:
                    note = issue_credit_note(invoice.pk, data["amount_eur"], data["reason"], request.user)
                    messages.success(request, _("Credit note %(number)s issued.") % {"number": note.number})
                    return redirect("billing:invoice", invoice.pk)
                except BillingRefused as refusal:
                    _fail(credit_form, refusal)
    (invoice,) = annotate_states([invoice])
    return render(
        request,
        "billing/desk/invoice.html",
        {
            "invoice": invoice,
            "payments": invoice.payments.select_related("recorded_by"),
            "credit_notes": invoice.credit_notes.all(),
            "reminders": invoice.reminders.all(),
            "payment_form": payment_form,
            "credit_form": credit_form,
            **_e_invoice_refusals(invoice),
        },
    )


@permission_required("billing.manage")
def e_invoice(request, pk: int, file_format: str):
    """The invoice or credit note as an e-invoice file (FatturaPA or Peppol BIS); back to the
    invoice with the reason when it cannot be built."""
    build, _why_not = E_INVOICE_FORMATS[file_format]
    invoice = get_object_or_404(Invoice.objects.select_related("organisation", "credits"), pk=pk)
    try:
        name, xml = build(invoice)
    except BillingRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("billing:invoice", invoice.credits_id or invoice.pk)
    response = HttpResponse(xml, content_type="application/xml")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
