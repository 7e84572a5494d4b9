from modeltranslation.translator import TranslationOptions, register

from .models import Mailing


@register(Mailing)
class MailingTranslation(TranslationOptions):
    # ``mailing.subject`` (pages, the timeline) falls back like every translated field; what a
    # recipient gets reads the ``subject_<code>`` fields themselves (services/compose.py).
    fields = ("subject", "body")
