"""One working group per thematic area: names derived from the area's translated names.

Plain functions taking the app registry, so the data migration (historical models) and the demo
seeder (today's models) share them.
"""

GROUP_NAME = {
    "en": "Working group {area}",
    "sv": "Arbetsgrupp {area}",
    "it": "Gruppo di lavoro {area}",
}


def area_group_names(area) -> dict[str, str]:
    """``{"name_en": …, "name_sv": …, "name_it": …}`` from the area's names (English when missing)."""
    english = area.name_en or area.name
    return {
        f"name_{code}": pattern.format(area=getattr(area, f"name_{code}", None) or english)
        for code, pattern in GROUP_NAME.items()
    }


def create_area_groups(apps) -> list:
    """Create the group of every thematic area that has none yet (idempotent); returns the new ones."""
    ThematicArea = apps.get_model("strategy", "ThematicArea")
    WorkingGroup = apps.get_model("workinggroups", "WorkingGroup")
    created = []
    for area in ThematicArea.objects.order_by("order", "code"):
        if WorkingGroup.objects.filter(thematic_area=area).exists():
            continue
        names = area_group_names(area)
        slug = area.code
        if WorkingGroup.objects.filter(slug=slug).exists():
            slug = f"{area.code}-group"
        created.append(
            WorkingGroup.objects.create(
                slug=slug,
                thematic_area=area,
                name=names["name_en"],
                **names,
                description="",
            )
        )
    return created
