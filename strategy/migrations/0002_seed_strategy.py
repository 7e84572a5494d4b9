"""Seeds the Strategy 2021–2027 (Swedish text of the strategy, Italian and English translations).

The content lives in ``_strategy_content.py`` beside this file (a leading underscore keeps it out
of the migration graph), so the migration stays reproducible even when the models move on.
``seed_strategy`` is idempotent: it is also used by tests that flush the database.
"""

from django.db import migrations

from strategy.migrations import _strategy_content as content

LANGUAGES = ("en", "sv", "it")


def translated(field: str, texts: dict) -> dict:
    values = {f"{field}_{lang}": texts[lang] for lang in LANGUAGES}
    values[field] = texts["en"]
    return values


def seed_strategy(apps, schema_editor=None) -> None:
    SDG = apps.get_model("strategy", "SustainableDevelopmentGoal")
    ThematicArea = apps.get_model("strategy", "ThematicArea")
    Priority = apps.get_model("strategy", "Priority")
    PriorityAction = apps.get_model("strategy", "PriorityAction")
    Perspective = apps.get_model("strategy", "TransversalPerspective")
    ActivityArea = apps.get_model("strategy", "ActivityArea")
    MembershipStep = apps.get_model("strategy", "MembershipStep")
    Award = apps.get_model("strategy", "Award")
    NetworkProfile = apps.get_model("strategy", "NetworkProfile")

    sdgs = {}
    for goal in content.SDGS:
        sdgs[goal["number"]], _ = SDG.objects.update_or_create(
            number=goal["number"], defaults=translated("name", goal["name"])
        )

    for area_order, area_data in enumerate(content.AREAS, start=1):
        area, _ = ThematicArea.objects.update_or_create(
            code=area_data["code"],
            defaults={
                "order": area_order,
                **translated("name", area_data["name"]),
                **translated("description", area_data["description"]),
            },
        )
        area_sdgs = set()
        for priority_order, priority_data in enumerate(area_data["priorities"], start=1):
            priority, _ = Priority.objects.update_or_create(
                code=priority_data["code"],
                defaults={
                    "area": area,
                    "order": area_order * 10 + priority_order,
                    **translated("name", priority_data["name"]),
                    **translated("description", priority_data["description"]),
                },
            )
            priority.sdgs.set([sdgs[n] for n in priority_data.get("sdgs", []) if n in sdgs])
            area_sdgs.update(priority_data.get("sdgs", []))
            priority.actions.all().delete()
            PriorityAction.objects.bulk_create(
                PriorityAction(priority=priority, order=order, **translated("text", action))
                for order, action in enumerate(priority_data["actions"], start=1)
            )
        area.sdgs.set([sdgs[n] for n in sorted(area_sdgs) if n in sdgs])

    for model, items in ((Perspective, content.PERSPECTIVES), (ActivityArea, content.ACTIVITY_AREAS)):
        for order, item in enumerate(items, start=1):
            model.objects.update_or_create(
                code=item["code"],
                defaults={
                    "order": order,
                    **translated("name", item["name"]),
                    **translated("description", item["description"]),
                },
            )

    for model, items in ((MembershipStep, content.MEMBERSHIP_STEPS), (Award, content.AWARDS)):
        for order, text in enumerate(items, start=1):
            model.objects.update_or_create(order=order, defaults=translated("text", text))

    contact = content.CONTACT
    profile = {
        "name": contact["name"],
        "street": contact["street"],
        "postcode": contact["postcode"],
        "city": contact["city"],
        "email": contact.get("email") or "",
        "phone": contact.get("phone") or "",
        **translated("country", contact["country"]),
        **translated("vision", content.VISION),
        **translated("mission", content.MISSION),
        **translated("about", content.ABOUT),
        **translated("fees_explained", content.FEES_EXPLAINED),
    }
    existing = NetworkProfile.objects.order_by("pk").first()
    if existing is None:
        NetworkProfile.objects.create(**profile)
    else:
        NetworkProfile.objects.filter(pk=existing.pk).update(**profile)


class Migration(migrations.Migration):
    dependencies = [("strategy", "0001_initial")]

    operations = [migrations.RunPython(seed_strategy, migrations.RunPython.noop)]
