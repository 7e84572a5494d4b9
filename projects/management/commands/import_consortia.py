"""Import historical projects and their partner organisations (keep.eu JSON lines).

    python manage.py import_consortia FILE.jsonl[.gz] [--network]

Every line is validated before anything is written: a bad line stops the import with its line
number and nothing is imported. Then, in one transaction: each partner is matched to an existing
organisation by normalised name (case and spaces) and country, or created as a non-member; each
project becomes an approved ``ProjectRecord`` (these are funded, closed projects) with its lead
and partners. Running it again with the same file adds nothing.

Records are marked ``source=imported``: other networks' consortia feed partner matching (the
co-partner graph, programmes, profiles) but never the network's public figures. ``--network``
says the file is the network's own history: its records count in the figures.

Legal status → kind: ``public`` → other public body (public authority); ``private`` → private
organisation; missing or anything else → private organisation, not a public authority (the
portal does not claim public status it was not told).
"""

import datetime
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import slugify
from tqdm import tqdm

from members.models import Country, Organisation, OrganisationKind
from projects.models import ProjectOutcome, ProjectRecord, RecordSource

REQUIRED_TEXT = ("programme", "acronym")


def normalised(name: str) -> str:
    return " ".join(str(name).split()).casefold()


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield number, line


def _text(value) -> str:
    """Numbers are kept as text (some acronyms are numbers); None, NaN and blanks are empty."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def validate(number: int, line: str) -> dict:
    """The project of one line, or CommandError naming the line and what is wrong."""

    def refuse(problem: str):
        raise CommandError(f"line {number}: {problem}; nothing was imported")

    try:
        project = json.loads(line)
    except json.JSONDecodeError as error:
        refuse(f"not valid JSON ({error.msg})")
    if not isinstance(project, dict):
        refuse("not a JSON object")
    for field in REQUIRED_TEXT:
        if not _text(project.get(field)):
            refuse(f"'{field}' is missing")
    try:
        start = datetime.datetime.strptime(_text(project.get("start")), "%Y/%m/%d").date()
    except ValueError:
        refuse("'start' is missing or not a YYYY/MM/DD date")
    partners = project.get("partners")
    if not isinstance(partners, list) or not partners:
        refuse("'partners' is not a non-empty list")
    for position, partner in enumerate(partners, start=1):
        if not isinstance(partner, dict):
            refuse(f"partner {position} is not an object")
        for field in ("name", "country"):
            if not _text(partner.get(field)):
                refuse(f"partner {position} has no '{field}'")
    leads = sum(1 for partner in partners if partner.get("lead") is True)
    if leads != 1:
        refuse(f"{leads} partners are flagged as lead; exactly one must be")
    return project | {"start": start}


def kind_of(legal_status) -> tuple[str, bool]:
    if _text(legal_status).lower() == "public":
        return OrganisationKind.OTHER_PUBLIC, True
    return OrganisationKind.PRIVATE, False


def region_of(nuts3) -> str:
    """ "SE332  / Norrbottens län" → "Norrbottens län"."""
    text = _text(nuts3)
    return text.split("/", 1)[1].strip()[:120] if "/" in text else ""


class Importer:
    def __init__(self, source: str) -> None:
        self.source = source
        self.organisations = {
            (normalised(name), country): pk
            for pk, name, country in Organisation.objects.values_list("pk", "name", "country")
        }
        self.slugs = set(Organisation.objects.values_list("slug", flat=True))
        self.created_organisations = 0
        self.created_records = 0

    def organisation(self, partner: dict) -> int:
        name = " ".join(_text(partner["name"]).split())[:250]
        country = Country.from_code(_text(partner["country"])).value
        key = (normalised(name), country)
        if key not in self.organisations:
            kind, is_public = kind_of(partner.get("legal_status"))
            organisation = Organisation.objects.create(
                name=name,
                slug=self.unique_slug(name),
                kind=kind,
                is_public=is_public,
                country=country,
                town=_text(partner.get("town"))[:120],
                region=region_of(partner.get("nuts3")),
            )
            self.organisations[key] = organisation.pk
            self.created_organisations += 1
        return self.organisations[key]

    def unique_slug(self, name: str) -> str:
        base = slugify(name)[:100] or "organisation"
        slug, suffix = base, 1
        while slug in self.slugs:
            suffix += 1
            slug = f"{base}-{suffix}"
        self.slugs.add(slug)
        return slug

    def project(self, project: dict) -> None:
        lead = next(partner for partner in project["partners"] if partner.get("lead") is True)
        lead_id = self.organisation(lead)
        partner_ids = {self.organisation(p) for p in project["partners"] if p is not lead} - {lead_id}
        acronym = _text(project["acronym"])[:250]
        record, created = ProjectRecord.objects.get_or_create(
            acronym=acronym,
            programme=_text(project["programme"])[:200],
            submitted_on=project["start"],
            defaults={
                "title": (_text(project.get("title")) or acronym)[:300],
                "outcome": ProjectOutcome.APPROVED,
                "lead_id": lead_id,
                "source": self.source,
            },
        )
        self.created_records += created
        if record.lead_id != lead_id:
            record.lead_id = lead_id
            record.save(update_fields=["lead"])
        if set(record.partners.values_list("pk", flat=True)) != partner_ids:
            record.partners.set(partner_ids)


class Command(BaseCommand):
    help = (
        "Imports historical projects and partner organisations from keep.eu JSON lines (.jsonl or .jsonl.gz)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--network",
            action="store_true",
            help="The file is the network's own history: its records count in the public figures.",
        )

    def handle(self, *args, file: Path, network: bool, **options) -> None:
        if not file.exists():
            raise CommandError(f"{file} does not exist")
        try:
            projects = [validate(number, line) for number, line in read_lines(file)]
        except (OSError, UnicodeDecodeError, EOFError) as error:
            raise CommandError(f"{file} cannot be read: {error}") from error
        importer = Importer(RecordSource.NETWORK if network else RecordSource.IMPORTED)
        show_bar = options.get("verbosity", 1) > 0
        with transaction.atomic():
            # tqdm redraws its line with "\r": give it the raw stream, not the line-ending wrapper.
            stream = getattr(self.stderr, "_out", sys.stderr)
            for project in tqdm(projects, desc="projects", unit="project", file=stream, disable=not show_bar):
                importer.project(project)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(projects)} projects read: {importer.created_records} new records, "
                f"{importer.created_organisations} new organisations "
                f"({'the network' if network else 'imported consortia, not in the public figures'})."
            )
        )
