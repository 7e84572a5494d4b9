"""A finished annual report lands in the library's "Annual reports" folder by itself."""

import datetime

import pytest

from evaluation.models import ReportRun
from evaluation.services.reports import file_in_library
from library.models import Access, Document
from library.services.samples import simple_pdf

pytestmark = pytest.mark.django_db


def test_each_report_run_adds_a_version_in_its_language_to_one_document(secretariat):
    runs = [
        ReportRun.objects.create(
            requested_by=secretariat,
            period_start=datetime.date(2026, 1, 1),
            period_end=datetime.date(2026, 12, 31),
            language=language,
        )
        for language in ("en", "sv", "sv")
    ]
    for run in runs:
        file_in_library(run, simple_pdf(f"report {run.language}"))

    document = Document.objects.get(folder__slug="annual-reports")
    assert document.source_key == "report:2026-01-01:2026-12-31"
    assert document.access == Access.BOARD
    assert (document.title_en, document.title_sv, document.title_it) == (
        "Annual report 2026",
        "Årsrapport 2026",
        "Relazione annuale 2026",
    )
    assert sorted(document.versions.values_list("language", "number")) == [("en", 1), ("sv", 1), ("sv", 2)]
