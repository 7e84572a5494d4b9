"""Month names as used inside a date ("18 febbraio 2027"), translated again in our catalogues.

Django's Italian catalogue capitalises the month even inside a date ("18 Febbraio 2027"), which
Italian does not. The "E" date format (used by sern_portal/formats/it) reads these "alt. month"
names; listing them here keeps them in locale/{sv,it}, which Django merges after its own.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_A_DATE = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
