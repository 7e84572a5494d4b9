# SentNotification moves from members to sern_portal: the table stays (members_sentnotification),
# only Django's idea of which app owns it changes.
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("members", "0004_merge_applications_and_expertise"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SentNotification",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("key", models.CharField(max_length=200, unique=True)),
                        ("sent_at", models.DateTimeField(default=django.utils.timezone.now)),
                    ],
                    options={
                        "verbose_name": "sent notification",
                        "verbose_name_plural": "sent notifications",
                        "db_table": "members_sentnotification",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
