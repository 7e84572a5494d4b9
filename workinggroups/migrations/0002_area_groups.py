from django.db import migrations


def create_groups(apps, schema_editor):
    from workinggroups.area_groups import create_area_groups

    create_area_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("workinggroups", "0001_initial"),
        ("strategy", "0003_text_length_limits"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
