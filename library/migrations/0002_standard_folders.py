from django.db import migrations

FOLDERS = [
    # slug, position, en, sv, it
    ("statutes", 1, "Statutes and rules", "Stadgar och regler", "Statuto e regolamenti"),
    ("minutes", 2, "Board minutes", "Styrelseprotokoll", "Verbali del Consiglio direttivo"),
    ("annual-reports", 3, "Annual reports", "Årsrapporter", "Relazioni annuali"),
    ("templates", 4, "Templates", "Mallar", "Modelli"),
    ("presentations", 5, "Presentations", "Presentationer", "Presentazioni"),
]


def create_folders(apps, schema_editor):
    Folder = apps.get_model("library", "Folder")
    for slug, position, en, sv, it in FOLDERS:
        Folder.objects.update_or_create(
            slug=slug,
            defaults={"position": position, "name": en, "name_en": en, "name_sv": sv, "name_it": it},
        )


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [migrations.RunPython(create_folders, migrations.RunPython.noop)]
