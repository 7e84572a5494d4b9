"""Partnership rules per programme, maintained by the secretariat (the consortium builder)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from members.models import OrganisationKind

from .ideas import Programme


class PartnershipRule(models.Model):
    """What a consortium must have for one programme: how many partners (the lead included),
    from how many countries, and which kinds of organisation. The idea page shows the gaps of
    the idea's consortium (lead + partners who joined) and which suggestion fills which."""

    programme = models.CharField(_("programme"), max_length=30, choices=Programme.choices, unique=True)
    min_partners = models.PositiveSmallIntegerField(
        _("minimum partners"), default=3, help_text=_("The lead included.")
    )
    min_countries = models.PositiveSmallIntegerField(_("minimum countries"), default=1)
    required_kinds = models.JSONField(
        _("kinds of organisation required"),
        default=list,
        blank=True,
        help_text=_("At least one partner of each of these kinds."),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["programme"]
        verbose_name = _("partnership rule")
        verbose_name_plural = _("partnership rules")

    def __str__(self) -> str:
        return str(self.get_programme_display())

    def kind_labels(self) -> list[str]:
        labels = dict(OrganisationKind.choices)
        return [str(labels.get(kind, kind)) for kind in self.required_kinds]
