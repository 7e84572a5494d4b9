# SentNotification now belongs to sern_portal (same table): remove it from the members app's state.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0004_merge_applications_and_expertise"),
        ("sern_portal", "0001_sent_notification_moves_from_members"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SentNotification")],
            database_operations=[],
        ),
    ]
