from modeltranslation.translator import TranslationOptions, register

from .models import Mailing


@register(Mailing)
class MailingTranslation(TranslationOptions):
    fields = ("subject", "body")
    # No fallback: an empty language is a language the mailing was not written in (the sender
    # picks the recipient's language, then English, then any written one: services/compose.py).
    fallback_undefined = {"subject": "", "body": ""}
    fallback_languages = {"default": ()}
