"""The fee schedule (bands per year) and each member's yearly fee record."""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class FeeBandQuerySet(models.QuerySet):
    def applicable(
        self,
        year: int,
        is_public: bool,
        inhabitants: int | None = None,
        employees: int | None = None,
        annual_budget_eur: Decimal | None = None,
    ) -> "FeeBand | None":
        """The band that applies: the highest of the year's bands whose threshold is reached.

        Public authorities are banded by inhabitants; other organisations by employees or by
        annual budget, whichever reaches the higher band (their "economic capacity").
        """
        bands = self.filter(year=year, is_public=is_public).order_by("-amount_eur")
        for band in bands:
            if is_public and band.min_size <= (inhabitants or 0):
                return band
            if not is_public and (
                band.min_size <= (employees or 0)
                or (band.min_budget_eur is not None and band.min_budget_eur <= (annual_budget_eur or 0))
            ):
                return band
        return None


class FeeBand(models.Model):
    """One band of a year's fee schedule, edited by the secretariat."""

    year = models.PositiveSmallIntegerField(_("year"))
    is_public = models.BooleanField(_("for public authorities"))
    min_size = models.PositiveIntegerField(
        _("from (inhabitants or employees)"),
        default=0,
        help_text=_("Inhabitants for public authorities, employees for other organisations."),
    )
    min_budget_eur = models.DecimalField(
        _("or from annual budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    amount_eur = models.DecimalField(_("annual fee (EUR)"), max_digits=10, decimal_places=2)

    objects = FeeBandQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "-is_public", "min_size"]
        verbose_name = _("fee band")
        verbose_name_plural = _("fee bands")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "is_public", "min_size"], name="one_fee_band_per_threshold"
            )
        ]

    def __str__(self) -> str:
        return f"{self.year} · {self.min_size}+ · EUR {self.amount_eur}"


class MembershipFee(models.Model):
    """Retired: what a member owed for a year, typed in the admin before invoices existed.

    The fee state is now computed from the invoices, credit notes, payments and exemptions of the
    app ``billing``; its migration 0002 copied these rows into invoices (and payments). Nothing
    writes here any more; the table is kept read-only until the lead drops it.
    """

    organisation = models.ForeignKey(
        "members.Organisation", on_delete=models.PROTECT, related_name="fees", verbose_name=_("organisation")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    amount_eur = models.DecimalField(_("amount (EUR)"), max_digits=10, decimal_places=2)
    due_on = models.DateField(_("due on"))
    paid_on = models.DateField(_("paid on"), null=True, blank=True)

    class Meta:
        ordering = ["-year", "organisation__name"]
        verbose_name = _("membership fee")
        verbose_name_plural = _("membership fees")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="one_fee_per_member_and_year")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year}"
