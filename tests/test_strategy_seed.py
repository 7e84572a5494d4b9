import pytest

from strategy.models import NetworkProfile, Priority, ThematicArea, TransversalPerspective

LANGUAGES = ("sv", "it", "en")


@pytest.mark.django_db
def test_the_seeded_strategy_has_three_areas_eight_priorities_and_four_perspectives():
    assert ThematicArea.objects.count() == 3
    assert Priority.objects.count() == 8
    assert TransversalPerspective.objects.count() == 4


@pytest.mark.django_db
@pytest.mark.parametrize("model", [ThematicArea, Priority, TransversalPerspective])
def test_every_seeded_name_is_non_empty_in_swedish_italian_and_english(model):
    for item in model.objects.all():
        for lang in LANGUAGES:
            assert getattr(item, f"name_{lang}").strip(), f"{item.code} has no {lang} name"


@pytest.mark.django_db
def test_the_priorities_are_those_of_the_strategy_in_swedish():
    names = set(Priority.objects.values_list("name_sv", flat=True))
    assert names == {
        "Tjänster för utsatta grupper",
        "Aktivt medborgarskap",
        "Kvalitetsutbildning",
        "e-Förvaltning",
        "Digitala färdigheter",
        "Klimatåtgärder",
        "Hållbar turism",
        "Smart mobilitet",
    }


@pytest.mark.django_db
def test_every_priority_lists_concrete_actions_in_three_languages():
    for priority in Priority.objects.prefetch_related("actions"):
        actions = list(priority.actions.all())
        assert actions, f"{priority.code} has no actions"
        for action in actions:
            assert all(getattr(action, f"text_{lang}").strip() for lang in LANGUAGES)


@pytest.mark.django_db
def test_the_network_profile_has_the_parma_address():
    profile = NetworkProfile.objects.current()
    assert profile.city == "Parma"
    assert profile.postcode == "43123"
    assert "Martiri della Libertà 15" in profile.street
