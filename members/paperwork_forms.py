"""Forms of the Board's paperwork (validation only: the views call the services)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from sern_portal.limits import LONG_TEXT, SHORT_TEXT

from .models import Vote


class AgendaItemForm(forms.Form):
    title = forms.CharField(label=_("Agenda item"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=SHORT_TEXT,
    )


class UploadForm(forms.Form):
    title = forms.CharField(label=_("Document title"), max_length=200)
    file = forms.FileField(label=_("File"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.SERN_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is too large."))
        return upload


class LibraryPickForm(forms.Form):
    document = forms.ModelChoiceField(label=_("Document from the library"), queryset=None)

    def __init__(self, *args, **kwargs):
        from library.models import Document, DocumentState

        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = Document.objects.filter(state=DocumentState.PUBLISHED).order_by(
            "title"
        )


class MinutesForm(forms.Form):
    text = forms.CharField(
        label=_("Text of the minutes"), widget=forms.Textarea(attrs={"rows": 14}), max_length=LONG_TEXT
    )
    language = forms.ChoiceField(label=_("Language of the text"), choices=settings.LANGUAGES)


class ProcedureForm(forms.Form):
    question = forms.CharField(label=_("Question put to the Board"), max_length=300)
    explanation = forms.CharField(
        label=_("Explanation"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=SHORT_TEXT,
    )
    deadline = forms.DateTimeField(
        label=_("Deadline"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )


class VoteForm(forms.Form):
    vote = forms.ChoiceField(label=_("Your vote"), choices=Vote.choices, widget=forms.RadioSelect)
