"""No inline scripts or styles anywhere: the strict Content-Security-Policy would block them."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [
    path
    for path in ROOT.glob("**/templates/**/*.html")
    if ".venv" not in path.parts and "var" not in path.parts
]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"\son[a-z]+=", re.IGNORECASE)


def test_there_are_templates_to_check():
    assert len(TEMPLATES) >= 5


def test_no_template_has_an_inline_script_style_or_event_handler():
    offenders = []
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        for pattern in (INLINE_SCRIPT, INLINE_STYLE, EVENT_HANDLER):
            if pattern.search(text):
                offenders.append(f"{path.relative_to(ROOT)}: {pattern.pattern}")
    assert not offenders
