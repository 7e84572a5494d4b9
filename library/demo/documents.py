from library.models import Access, Document
from library.services.filing import add_version, file_document
from library.services.samples import simple_docx, simple_pdf

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# key, folder, access, titles (en, sv, it), files: [(language, kind, text)]
DOCUMENTS = [
    (
        "demo:statutes",
        "statutes",
        Access.PUBLIC,
        ("Statutes of the association", "Föreningens stadgar", "Statuto dell'associazione"),
        [
            ("en", "pdf", "Statutes of the Sweden Emilia-Romagna Network"),
            ("sv", "pdf", "Stadgar for Sweden Emilia-Romagna Network"),
            ("it", "pdf", "Statuto della Sweden Emilia-Romagna Network"),
        ],
    ),
    (
        "demo:template-project-idea",
        "templates",
        Access.MEMBERS,
        ("Project idea template", "Mall för projektidé", "Modello di idea progettuale"),
        [("", "docx", "Project idea: title, partners, budget, timeline")],
    ),
    (
        "demo:template-travel-claim",
        "templates",
        Access.MEMBERS,
        ("Travel expense claim", "Reseräkning", "Nota spese di viaggio"),
        [("", "docx", "Travel expense claim: date, route, amount")],
    ),
    (
        "demo:presentation-network",
        "presentations",
        Access.PUBLIC,
        ("SERN in ten slides", "SERN på tio bilder", "SERN in dieci slide"),
        [("en", "pdf", "SERN in ten slides: who we are, what we do, how to join")],
    ),
    (
        "demo:annual-report-2025",
        "annual-reports",
        Access.PUBLIC,
        ("Annual report 2025", "Årsrapport 2025", "Relazione annuale 2025"),
        [("en", "pdf", "SERN annual report 2025"), ("it", "pdf", "Relazione annuale SERN 2025")],
    ),
]


def _content(kind: str, text: str) -> tuple[bytes, str, str]:
    if kind == "docx":
        return simple_docx(text), "docx", DOCX
    return simple_pdf(text), "pdf", "application/pdf"


def seed_documents() -> list[Document]:
    """Statutes in three languages, templates, a presentation and a public annual report (once)."""
    seeded = []
    for key, folder, access, (en, sv, it), files in DOCUMENTS:
        existing = Document.objects.filter(source_key=key).first()
        if existing is not None:
            seeded.append(existing)
            continue
        (language, kind, text), *others = files
        content, extension, content_type = _content(kind, text)
        version = file_document(
            source_key=key,
            folder_slug=folder,
            titles={"en": en, "sv": sv, "it": it},
            access=access,
            content=content,
            filename=f"{key.split(':')[1]}.{extension}",
            language=language,
            content_type=content_type,
        )
        for language, kind, text in others:
            content, extension, content_type = _content(kind, text)
            add_version(
                version.document,
                content=content,
                filename=f"{key.split(':')[1]}-{language}.{extension}",
                language=language,
                content_type=content_type,
            )
        seeded.append(version.document)
    return seeded
