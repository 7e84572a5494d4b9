"""A Board meeting's paperwork: the convocation, the agenda's other items, the paperless pack and
the attendance (present / excused / absent, in person or online) the quorum is counted from."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.limits import SHORT_TEXT, limited
from sern_portal.storage import private_storage


class AgendaItem(models.Model):
    """An item the secretariat adds to a meeting's agenda besides the applications."""

    meeting = models.ForeignKey(
        "members.BoardMeeting",
        on_delete=models.CASCADE,
        related_name="agenda_items",
        verbose_name=_("meeting"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, **limited(SHORT_TEXT))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["meeting", "position", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self) -> str:
        return self.title


def pack_path(document: "MeetingDocument", filename: str) -> str:
    return f"board-packs/{document.meeting_id}/{filename}"


class MeetingDocument(models.Model):
    """A document of the meeting's paperless pack: an upload (private storage) or a library document."""

    meeting = models.ForeignKey(
        "members.BoardMeeting", on_delete=models.CASCADE, related_name="documents", verbose_name=_("meeting")
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"), upload_to=pack_path, storage=private_storage, blank=True, max_length=300
    )
    library_document = models.ForeignKey(
        "library.Document",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("library document"),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["meeting", "added_at", "pk"]
        verbose_name = _("meeting document")
        verbose_name_plural = _("meeting documents")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(file="") | models.Q(library_document__isnull=False),
                name="meeting_document_has_a_file_or_a_library_document",
            )
        ]

    def __str__(self) -> str:
        return self.title


class ConvocationKind(models.TextChoices):
    SENT = "sent", _("Convocation sent")
    RESENT = "resent", _("Convocation sent again")


class ConvocationSend(AppendOnlyModel):
    """Each sending of a meeting's convocation: the first one and every explicit resend (a log).

    ``round`` numbers them per meeting; the unique constraint makes a second "send" click (or two
    at once) fail instead of sending twice.
    """

    meeting = models.ForeignKey(
        "members.BoardMeeting",
        on_delete=models.CASCADE,
        related_name="convocations",
        verbose_name=_("meeting"),
    )
    round = models.PositiveSmallIntegerField(_("round"))
    kind = models.CharField(_("kind"), max_length=10, choices=ConvocationKind.choices)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["meeting", "round"]
        verbose_name = _("convocation")
        verbose_name_plural = _("convocations")
        constraints = [models.UniqueConstraint(fields=["meeting", "round"], name="one_convocation_per_round")]

    def __str__(self) -> str:
        return f"{self.meeting} #{self.round}"


class Presence(models.TextChoices):
    PRESENT = "present", _("Present")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")


class Attendance(models.Model):
    """One Board member's attendance at one meeting (the quorum counts those present)."""

    meeting = models.ForeignKey(
        "members.BoardMeeting", on_delete=models.CASCADE, related_name="attendance", verbose_name=_("meeting")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("Board member")
    )
    presence = models.CharField(_("presence"), max_length=10, choices=Presence.choices)
    mode = models.CharField(_("how"), max_length=10, choices=AttendanceMode.choices, blank=True)

    class Meta:
        ordering = ["meeting", "person__name"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="one_attendance_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_presence_display()}"
