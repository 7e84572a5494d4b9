"""A language's name inside a sentence or a label.

``settings.LANGUAGES`` holds the names that stand alone (a menu, a list, a choice): "Inglese",
"Engelska". Inside a sentence or a label Italian and Swedish write them in lower case ("Oggetto
(inglese)", "Ämne (engelska)") while English capitalises them ("Subject (English)"), so they are
separate messages with their own context, each language writing them its own way.
"""

from django.utils.translation import pgettext_lazy

IN_SENTENCE = {
    "en": pgettext_lazy("a language's name inside a sentence or a label", "English"),
    "sv": pgettext_lazy("a language's name inside a sentence or a label", "Swedish"),
    "it": pgettext_lazy("a language's name inside a sentence or a label", "Italian"),
}


def name_in_sentence(code: str) -> str:
    """The language's name as written inside a sentence, in the active language ("inglese")."""
    name = IN_SENTENCE.get(code)
    return str(name) if name is not None else code
