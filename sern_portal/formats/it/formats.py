"""Italian dates with the month in lower case, as Italian writes it: "18 febbraio 2027".

Django's Italian DATE_FORMAT uses the capitalised stand-alone month name ("18 Febbraio 2027");
"E" is the month name as used inside a date. Input formats stay Django's.
"""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
MONTH_DAY_FORMAT = "j E"
