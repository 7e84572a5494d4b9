"""Length limits of the texts people type (a 5 MB "description" must be a form error, not a row).

A ``TextField``'s ``max_length`` only reaches its form field (validation and the ``maxlength``
attribute); the validator makes ``full_clean`` (the admin, imports) enforce it as well.
"""

from django.core.validators import MaxLengthValidator

# A comment, a note, a message, an address, a reason.
SHORT_TEXT = 2_000
# A description, a presentation letter, a news text, minutes: several pages of prose.
LONG_TEXT = 20_000


def limited(length: int) -> dict:
    """``TextField(..., **limited(LONG_TEXT))``: the limit in the form and in the model."""
    return {"max_length": length, "validators": [MaxLengthValidator(length)]}
