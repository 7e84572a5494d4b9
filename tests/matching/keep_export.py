"""A small keep.eu export: three projects of one programme, for loader and protocol tests.

OLD (2015) and NEXT (2016) are history; NEXT and LATER (2018) are the protocol's queries.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path


def partner(name: str, country: str, lead: bool = False, **extra: object) -> dict[str, object]:
    return {
        "name": name,
        "lead": lead,
        "country": country,
        "legal_status": "Public",
        "town": None,
        "nuts3": None,
        "department": None,
        **extra,
    }


RECORDS = [
    {
        "id": "P||OLD",
        "programme": "P",
        "acronym": "OLD",
        "title": "Old bus project",
        "description_en": "Electric buses in small towns",
        "description_1": None,
        "description_2": None,
        "expected_results_en": None,
        "thematic": ["Transport"],
        "specific_objective": None,
        "start": "2015/01/01",
        "end": "2016/01/01",
        "partners": [
            partner("Lead Org", "SE", lead=True, nuts3="SE110  / Stockholm"),
            partner("Bus  Maker", "IT"),
            partner("Third", "FI"),
        ],
    },
    {
        # Minimal record: missing title and descriptions, odd spacing, null legal status.
        "id": "P||NEXT",
        "programme": "P",
        "acronym": "NEXT",
        "title": None,
        "description_en": None,
        "description_1": "Kommunerna och bussarna i regionen",
        "description_2": None,
        "thematic": [],
        "specific_objective": None,
        "start": "2016/06/01",
        "end": None,
        "partners": [
            partner("lead org", "SE", lead=True),
            partner("bus maker", "IT"),
            partner("Newcomer", "DE", legal_status=None),
        ],
    },
    {
        "id": "P||LATER",
        "programme": "P",
        "acronym": "LATER",
        "title": "Secret future",
        "description_en": "Zeppelin logistics",
        "description_1": None,
        "description_2": None,
        "thematic": ["Logistics"],
        "specific_objective": "Freight",
        "start": "2018/01/01",
        "end": None,
        "partners": [
            partner("Bus Maker", "IT", lead=True),
            partner("Third", "FI"),
            partner("Newcomer", "DE"),
        ],
    },
]


def write_export(path: Path, records: list[dict[str, object]] = RECORDS) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(record) for record in records) + "\n\n")
    return path
