"""Billing forms: validation only (the views call the services)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import BillingDetails


class IssueYearForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, issue these invoices now"), required=True)
    due_on = forms.DateField(
        label=_("Due on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )


class PaymentForm(forms.Form):
    amount_eur = forms.DecimalField(label=_("Amount (EUR)"), max_digits=10, decimal_places=2)
    paid_on = forms.DateField(
        label=_("Paid on"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    reference = forms.CharField(label=_("Payment reference"), max_length=100)

    def clean_amount_eur(self):
        amount = self.cleaned_data["amount_eur"]
        if amount <= 0:
            raise forms.ValidationError(_("The amount must be more than zero."))
        return amount


class CreditNoteForm(forms.Form):
    amount_eur = forms.DecimalField(
        label=_("Amount (EUR)"),
        max_digits=10,
        decimal_places=2,
        required=False,
        help_text=_("Leave empty to cancel all that is left to pay."),
    )
    reason = forms.CharField(label=_("Reason"), max_length=300)

    def clean_amount_eur(self):
        amount = self.cleaned_data["amount_eur"]
        if amount is not None and amount <= 0:
            raise forms.ValidationError(_("The amount must be more than zero."))
        return amount


class ExemptionForm(forms.Form):
    """The member is typed, not chosen from a list: a large network has 10,000 members, and a
    select of them all made the fee year's page 600 KB and two seconds long (issue 16)."""

    organisation = forms.CharField(
        label=_("Member"),
        max_length=200,
        help_text=_("The member's name as the directory writes it."),
    )
    reason = forms.CharField(label=_("Reason"), max_length=300)

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = organisations

    def clean_organisation(self):
        """The one member (of ``organisations``) with this name, or with this number."""
        text = self.cleaned_data["organisation"].strip()
        found = self.organisations.filter(name__iexact=text)
        if text.isascii() and text.isdigit() and len(text) <= 18:
            found = self.organisations.filter(pk=int(text)) | found
        matches = list(found[:2])
        if len(matches) != 1:
            raise forms.ValidationError(
                _("No member without an invoice this year has this name.")
                if not matches
                else _("Several members have this name: write the number of the one you mean.")
            )
        return matches[0]


class BillingDetailsForm(forms.ModelForm):
    class Meta:
        model = BillingDetails
        fields = [
            "invoice_name",
            "invoice_address",
            "vat_number",
            "ipa_code",
            "cig",
            "cup",
            "swedish_organisation_number",
            "peppol_id",
            "buyer_reference",
        ]
        widgets = {"invoice_address": forms.Textarea(attrs={"rows": 3})}

    def clean_ipa_code(self):
        return self.cleaned_data["ipa_code"].strip().upper()

    def clean_peppol_id(self):
        return self.cleaned_data["peppol_id"].strip()
