from django.db import migrations, models


def close_duplicate_drafts(apps, schema_editor):
    """Before the constraint: an applicant's extra drafts (double clicks) are withdrawn, the newest kept."""
    Application = apps.get_model("members", "MembershipApplication")
    Event = apps.get_model("members", "ApplicationEvent")
    seen: set[int] = set()
    for draft in Application.objects.filter(state="draft").order_by("applicant_id", "-created_at", "-pk"):
        if draft.applicant_id not in seen:
            seen.add(draft.applicant_id)
            continue
        Application.objects.filter(pk=draft.pk).update(state="withdrawn")
        Event.objects.create(
            application_id=draft.pk,
            from_state="draft",
            to_state="withdrawn",
            actor_id=draft.applicant_id,
            comment="A duplicate draft (a repeated click on Apply), closed by the one-draft rule.",
        )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0004_merge_applications_and_expertise"),
        ("strategy", "0002_seed_strategy"),
    ]

    operations = [
        migrations.RunPython(close_duplicate_drafts, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="membershipapplication",
            constraint=models.UniqueConstraint(
                condition=models.Q(("state", "draft")), fields=("applicant",), name="one_draft_per_applicant"
            ),
        ),
    ]
