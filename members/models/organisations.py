from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.limits import LONG_TEXT, SHORT_TEXT, limited


class Country(models.TextChoices):
    """ISO 3166 alpha-2 codes: the network's two countries first, then its European partners."""

    SWEDEN = "SE", _("Sweden")
    ITALY = "IT", _("Italy")
    AUSTRIA = "AT", _("Austria")
    BELGIUM = "BE", _("Belgium")
    BULGARIA = "BG", _("Bulgaria")
    CROATIA = "HR", _("Croatia")
    CYPRUS = "CY", _("Cyprus")
    CZECHIA = "CZ", _("Czechia")
    DENMARK = "DK", _("Denmark")
    ESTONIA = "EE", _("Estonia")
    FINLAND = "FI", _("Finland")
    FRANCE = "FR", _("France")
    GERMANY = "DE", _("Germany")
    GREECE = "GR", _("Greece")
    HUNGARY = "HU", _("Hungary")
    IRELAND = "IE", _("Ireland")
    LATVIA = "LV", _("Latvia")
    LITHUANIA = "LT", _("Lithuania")
    LUXEMBOURG = "LU", _("Luxembourg")
    MALTA = "MT", _("Malta")
    NETHERLANDS = "NL", _("Netherlands")
    POLAND = "PL", _("Poland")
    PORTUGAL = "PT", _("Portugal")
    ROMANIA = "RO", _("Romania")
    SLOVAKIA = "SK", _("Slovakia")
    SLOVENIA = "SI", _("Slovenia")
    SPAIN = "ES", _("Spain")
    ALBANIA = "AL", _("Albania")
    BOSNIA_AND_HERZEGOVINA = "BA", _("Bosnia and Herzegovina")
    ICELAND = "IS", _("Iceland")
    LIECHTENSTEIN = "LI", _("Liechtenstein")
    MOLDOVA = "MD", _("Moldova")
    MONTENEGRO = "ME", _("Montenegro")
    NORTH_MACEDONIA = "MK", _("North Macedonia")
    NORWAY = "NO", _("Norway")
    SERBIA = "RS", _("Serbia")
    SWITZERLAND = "CH", _("Switzerland")
    UKRAINE = "UA", _("Ukraine")
    UNITED_KINGDOM = "GB", _("United Kingdom")
    OTHER = "ZZ", _("Other country")

    @classmethod
    def from_code(cls, code: str) -> "Country":
        """The country for an ISO code, also accepting the EU's own EL (Greece) and UK."""
        code = {"EL": "GR", "UK": "GB"}.get(code.strip().upper(), code.strip().upper())
        return cls(code) if code in cls.values else cls.OTHER


class OrganisationKind(models.TextChoices):
    REGION = "region", _("Region")
    PROVINCE = "province", _("Province")
    MUNICIPALITY = "municipality", _("Municipality")
    MUNICIPAL_ASSOCIATION = "municipal_association", _("Association of municipalities")
    OTHER_PUBLIC = "other_public", _("Other public body")
    CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")
    EDUCATION = "education", _("Education or research institution")
    PRIVATE = "private", _("Private organisation")

    @classmethod
    def public_kinds(cls) -> set[str]:
        return {cls.REGION, cls.PROVINCE, cls.MUNICIPALITY, cls.MUNICIPAL_ASSOCIATION, cls.OTHER_PUBLIC}


class OrganisationQuerySet(models.QuerySet):
    def members(self, on=None):
        """Organisations that are members on the given date (today by default)."""
        on = on or timezone.localdate()
        return self.filter(member_since__lte=on).filter(
            Q(member_until__isnull=True) | Q(member_until__gte=on)
        )


class Organisation(models.Model):
    """A member of the network, a former member, or an organisation known from its projects."""

    name = models.CharField(_("name"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices)
    is_public = models.BooleanField(_("public authority"))
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(_("region"), max_length=120, blank=True)
    town = models.CharField(_("town"), max_length=120, blank=True)
    inhabitants = models.PositiveIntegerField(_("inhabitants"), null=True, blank=True)
    employees = models.PositiveIntegerField(_("employees"), null=True, blank=True)
    annual_budget_eur = models.DecimalField(
        _("annual budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    website = models.URLField(_("website"), blank=True)
    address = models.TextField(_("address"), blank=True, **limited(SHORT_TEXT))
    description = models.TextField(_("description"), blank=True, **limited(LONG_TEXT))
    priorities = models.ManyToManyField(
        "strategy.Priority", blank=True, related_name="organisations", verbose_name=_("priorities")
    )
    member_since = models.DateField(_("member since"), null=True, blank=True)
    member_until = models.DateField(_("member until"), null=True, blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=Q(member_until__isnull=True) | Q(member_since__isnull=False),
                name="organisation_left_only_after_joining",
            )
        ]
        indexes = [
            # The directory's order and its region filter's choices (issue 16: 10,000 members).
            models.Index(fields=["name", "id"], name="members_org_directory_idx"),
            models.Index(fields=["region"], name="members_org_region_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_member(self) -> bool:
        today = timezone.localdate()
        return bool(self.member_since and self.member_since <= today) and (
            self.member_until is None or self.member_until >= today
        )


class OrganisationContact(models.Model):
    """A person who acts for an organisation in the portal (the "Member contact" role)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("organisation")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="organisation_contacts",
        verbose_name=_("user"),
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    is_primary = models.BooleanField(_("primary contact"), default=False)

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="one_contact_per_user_and_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.organisation})"
