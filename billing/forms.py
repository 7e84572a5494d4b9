"""Billing forms: validation only (the views call the services)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import BillingDetails


class IssueYearForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, issue these invoices now"), required=True)
    due_on = forms.DateField(label=_("Due on"), widget=forms.DateInput(attrs={"type": "date"}))


class PaymentForm(forms.Form):
    amount_eur = forms.DecimalField(label=_("Amount (EUR)"), max_digits=10, decimal_places=2)
    paid_on = forms.DateField(
        label=_("Paid on"), initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"})
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
    organisation = forms.ModelChoiceField(label=_("Member"), queryset=None)
    reason = forms.CharField(label=_("Reason"), max_length=300)

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


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
