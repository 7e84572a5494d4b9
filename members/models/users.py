from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra) -> "User":
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra) -> "User":
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with an e-mail address (there are no usernames).

    Roles are not flags on the user but facts about them: ``is_secretariat`` (staff of the
    Parma secretariat), a current ``BoardSeat``, or an ``OrganisationContact`` of a member.
    """

    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mails from the portal are written in this language."),
    )
    receives_weekly_digest = models.BooleanField(
        _("weekly digest"),
        default=True,
        help_text=_(
            "Once a week, an e-mail with the new EU calls, news and events matching your priorities."
        ),
    )
    is_secretariat = models.BooleanField(_("secretariat staff"), default=False)
    is_staff = models.BooleanField(_("admin access"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    # Set when the person's account was erased: the row stays (decisions, fees and organisation
    # records point to it) but holds no personal data, and reads as "a former contact".
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name()

    def get_full_name(self) -> str:
        if self.erased_at:
            return str(_("a former contact"))
        return self.name or self.email

    def get_short_name(self) -> str:
        return self.name.split(" ")[0] if self.name else self.email
