"""What an organisation's invoices must carry so that it can pay them (public bodies above all)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .identifiers import validate_ipa_code, validate_peppol_id, validate_swedish_organisation_number


class BillingDetails(models.Model):
    """One row per organisation, edited by the secretariat and the organisation's contacts.

    Invoices copy these identifiers when they are issued (an issued invoice never changes).
    """

    organisation = models.OneToOneField(
        "members.Organisation",
        on_delete=models.CASCADE,
        related_name="billing_details",
        verbose_name=_("organisation"),
    )
    invoice_name = models.CharField(
        _("name on the invoice"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty to use the organisation's name."),
    )
    invoice_address = models.TextField(
        _("invoice address"),
        max_length=500,
        blank=True,
        help_text=_("Leave empty to use the organisation's address."),
    )
    vat_number = models.CharField(_("VAT or tax number"), max_length=30, blank=True)
    ipa_code = models.CharField(
        _("Codice Univoco Ufficio (IPA)"),
        max_length=6,
        blank=True,
        validators=[validate_ipa_code],
        help_text=_("Italian public bodies: the 6-character office code of the IPA index."),
    )
    cig = models.CharField(_("CIG"), max_length=10, blank=True, help_text=_("Italian tender code, if given."))
    cup = models.CharField(
        _("CUP"), max_length=15, blank=True, help_text=_("Italian project code, if given.")
    )
    swedish_organisation_number = models.CharField(
        _("Swedish organisation number"),
        max_length=11,
        blank=True,
        validators=[validate_swedish_organisation_number],
    )
    peppol_id = models.CharField(_("Peppol id"), max_length=60, blank=True, validators=[validate_peppol_id])
    buyer_reference = models.CharField(
        _("your reference"),
        max_length=100,
        blank=True,
        help_text=_("Printed on the invoice (e.g. an order number)."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("billing details")
        verbose_name_plural = _("billing details")

    def __str__(self) -> str:
        return str(self.organisation)

    def identifiers(self) -> dict[str, str]:
        """The identifiers given, by field name (what an invoice copies and prints)."""
        names = [
            "vat_number",
            "ipa_code",
            "cig",
            "cup",
            "swedish_organisation_number",
            "peppol_id",
            "buyer_reference",
        ]
        return {name: getattr(self, name) for name in names if getattr(self, name)}
