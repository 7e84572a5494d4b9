from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Access, DocumentState, Folder
from .services.access import MAX_QUERY_LENGTH
from .services.uploads import UploadRefused, check_size, check_upload

LANGUAGE_CHOICES = [("", _("Every language (one file)")), *settings.LANGUAGES]


class LibrarySearchForm(forms.Form):
    q = forms.CharField(label=_("Search titles"), max_length=MAX_QUERY_LENGTH, required=False)


class UploadField(forms.FileField):
    """A file checked by its content (type, size, active content): ``cleaned_data`` holds its bytes."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        try:
            check_size(upload.size)  # before reading it
            upload.seek(0)
            check_upload(upload.read())
        except UploadRefused as error:
            raise forms.ValidationError(str(error)) from None
        upload.seek(0)
        return upload


class UploadForm(forms.Form):
    folder = forms.ModelChoiceField(Folder.objects.all(), label=_("Folder"))
    title_en = forms.CharField(label=_("Title in English"), max_length=250)
    title_sv = forms.CharField(label=_("Title in Swedish"), max_length=250, required=False)
    title_it = forms.CharField(label=_("Title in Italian"), max_length=250, required=False)
    access = forms.ChoiceField(label=_("Who may open it"), choices=Access.choices, initial=Access.MEMBERS)
    state = forms.ChoiceField(
        label=_("State"),
        choices=[
            (DocumentState.DRAFT, DocumentState.DRAFT.label),
            (DocumentState.PUBLISHED, DocumentState.PUBLISHED.label),
        ],
        initial=DocumentState.DRAFT,
        help_text=_("A draft is seen by the secretariat only."),
    )
    language = forms.ChoiceField(label=_("Language of the file"), choices=LANGUAGE_CHOICES, required=False)
    file = UploadField(
        label=_("File"),
        help_text=_("PDF, office document (Word, Excel, PowerPoint, OpenDocument) or image (PNG, JPEG)."),
    )

    def titles(self) -> dict[str, str]:
        return {code: self.cleaned_data.get(f"title_{code}", "") for code in ("en", "sv", "it")}


class VersionForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the file"), choices=LANGUAGE_CHOICES, required=False)
    file = UploadField(label=_("File"))


class DocumentSettingsForm(forms.Form):
    access = forms.ChoiceField(label=_("Who may open it"), choices=Access.choices)
    state = forms.ChoiceField(label=_("State"), choices=DocumentState.choices)


class FolderNamesForm(forms.Form):
    name_en = forms.CharField(label=_("Name in English"), max_length=200)
    name_sv = forms.CharField(label=_("Name in Swedish"), max_length=200, required=False)
    name_it = forms.CharField(label=_("Name in Italian"), max_length=200, required=False)

    def names(self) -> dict[str, str]:
        return {code: self.cleaned_data.get(f"name_{code}", "") for code in ("en", "sv", "it")}


class FolderCreateForm(FolderNamesForm):
    slug = forms.SlugField(
        label=_("Address"),
        max_length=120,
        required=False,
        help_text=_("Shown in the folder's web address; left blank, it is made from the English name."),
    )
    parent = forms.ModelChoiceField(
        Folder.objects.all(), label=_("Inside the folder"), required=False, empty_label=_("(top level)")
    )
