"""No table makes a page wider than a phone (issue 10, point 6): each one either scrolls inside its
own box (a focusable, named region) or stacks its rows on narrow screens. The browser test
(tests/browser/test_layout.py) measures the pages themselves."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
PDF_ONLY = ("_pdf_base.html", "pack_pdf.html", "minutes_pdf.html", "report.html", "invoice_pdf.html")
SCROLL_BOX = re.compile(
    r'<div class="table-scroll"(?=[^>]*role="region")(?=[^>]*tabindex="0")(?=[^>]*aria-label)[^>]*>\s*$'
)


def test_every_table_scrolls_in_its_own_named_region_or_stacks_on_phones():
    unfit = []
    for template in TEMPLATES.rglob("*.html"):
        if "emails" in template.parts or template.name in PDF_ONLY:
            continue
        lines = template.read_text().splitlines()
        for number, line in enumerate(lines):
            if "<table" not in line or 'class="stacked"' in line:
                continue
            before = lines[number - 1] if number else ""
            if not SCROLL_BOX.search(before):
                unfit.append(f"{template.relative_to(TEMPLATES)}:{number + 1}")
    assert not unfit
