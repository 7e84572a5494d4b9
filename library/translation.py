from modeltranslation.translator import TranslationOptions, register

from .models import Document, Folder


@register(Folder)
class FolderTranslation(TranslationOptions):
    fields = ("name",)


@register(Document)
class DocumentTranslation(TranslationOptions):
    fields = ("title",)
