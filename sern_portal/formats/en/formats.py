"""English dates as the network writes them (European English): "31 December 2023", "31/12/2023".

Django's "en" formats are American ("Dec. 31, 2023", "12/31/2023"), which read wrongly to the
network's members and differ from the "j F Y" the templates write elsewhere. Only the output
formats are set here; input formats stay Django's (date inputs are ISO, type="date").
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1  # Monday
