"""A schematic tile map of Sweden's 21 counties and Italy's 20 regions (nothing fetched at run time).

Each region is one square placed roughly where it lies; the map shows where members are, not
borders or distances. Members name their region in free text: ``find_region`` matches the usual
spellings ("Västra Götaland", "Västra Götalands län", "Region Östergötland", "Emilia Romagna").
"""

import unicodedata

# (name, short code, country, column, row) — Sweden north to south, then Italy north to south.
TILES: list[tuple[str, str, str, int, int]] = [
    ("Norrbotten", "BD", "SE", 2, 0),
    ("Västerbotten", "AC", "SE", 2, 1),
    ("Jämtland", "Z", "SE", 1, 2),
    ("Västernorrland", "Y", "SE", 2, 2),
    ("Dalarna", "W", "SE", 1, 3),
    ("Gävleborg", "X", "SE", 2, 3),
    ("Värmland", "S", "SE", 0, 4),
    ("Örebro", "T", "SE", 1, 4),
    ("Västmanland", "U", "SE", 2, 4),
    ("Uppsala", "C", "SE", 3, 4),
    ("Västra Götaland", "O", "SE", 0, 5),
    ("Södermanland", "D", "SE", 2, 5),
    ("Stockholm", "AB", "SE", 3, 5),
    ("Halland", "N", "SE", 0, 6),
    ("Jönköping", "F", "SE", 1, 6),
    ("Östergötland", "E", "SE", 2, 6),
    ("Gotland", "I", "SE", 3, 6),
    ("Kronoberg", "G", "SE", 1, 7),
    ("Kalmar", "H", "SE", 2, 7),
    ("Skåne", "M", "SE", 1, 8),
    ("Blekinge", "K", "SE", 2, 8),
    ("Valle d'Aosta", "VDA", "IT", 0, 0),
    ("Trentino-Alto Adige", "TAA", "IT", 2, 0),
    ("Friuli-Venezia Giulia", "FVG", "IT", 3, 0),
    ("Piemonte", "PIE", "IT", 0, 1),
    ("Lombardia", "LOM", "IT", 1, 1),
    ("Veneto", "VEN", "IT", 2, 1),
    ("Liguria", "LIG", "IT", 0, 2),
    ("Emilia-Romagna", "EMR", "IT", 1, 2),
    ("Toscana", "TOS", "IT", 1, 3),
    ("Umbria", "UMB", "IT", 2, 3),
    ("Marche", "MAR", "IT", 3, 3),
    ("Lazio", "LAZ", "IT", 2, 4),
    ("Abruzzo", "ABR", "IT", 3, 4),
    ("Sardegna", "SAR", "IT", 0, 5),
    ("Campania", "CAM", "IT", 3, 5),
    ("Molise", "MOL", "IT", 4, 5),
    ("Basilicata", "BAS", "IT", 4, 6),
    ("Puglia", "PUG", "IT", 5, 6),
    ("Calabria", "CAL", "IT", 4, 7),
    ("Sicilia", "SIC", "IT", 3, 8),
]


def _key(text: str) -> str:
    """Lower case, no accents, letters only, without "Region"/"Regione" and "län"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(char for char in text if char.isalnum())
    for prefix in ("regione", "region"):
        if text.startswith(prefix) and len(text) > len(prefix) + 3:
            text = text[len(prefix) :]
            break
    return text.removesuffix("lan")


_BY_KEY = {_key(name): name for name, *_rest in TILES}


def find_region(text: str) -> str | None:
    """The tile's name for a region written by a member, or None when it is not on the map."""
    key = _key(text or "")
    # Swedish county names take a genitive -s before "län" (Norrbottens län).
    return _BY_KEY.get(key) or (_BY_KEY.get(key[:-1]) if key.endswith("s") else None)
