"""Every query parameter of every filtered list: bad values give the page with a message, never a 500.

The lists and their filters are gathered from the URL configuration (every view with a
``filterset_class``), so a new list or filter is fuzzed without touching this file.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st


def filtered_lists() -> list[tuple[str, type]]:
    found = []

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(
                    pattern.url_patterns,
                    f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace,
                )
            elif isinstance(pattern, URLPattern) and pattern.name and not pattern.pattern.converters:
                view_class = getattr(pattern.callback, "view_class", None)
                filterset = getattr(view_class, "filterset_class", None)
                if filterset is not None:
                    found.append((f"{namespace}{pattern.name}", filterset))

    walk(get_resolver().url_patterns)
    return sorted(set(found), key=lambda item: item[0])


LISTS = filtered_lists()
PARAMETERS = [
    (name, parameter) for name, filterset in LISTS for parameter in [*filterset.base_filters, "page"]
]

hostile = st.one_of(
    st.text(max_size=300),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(
        ["0", "-1", "10000", "99999999999999999999999", "1e999", "NaN", "1.5", "²", "\x00", "' OR 1=1"]
    ),
)


def test_the_fuzzing_finds_every_filtered_list():
    names = {name for name, _filterset in LISTS}
    assert {"projects:project_history", "projects:idea_list", "member_directory", "desk"} <= names
    assert len(PARAMETERS) >= 20


@pytest.mark.parametrize(("url_name", "parameter"), PARAMETERS, ids=[f"{n}?{p}" for n, p in PARAMETERS])
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=hostile)
@example(value="0")
@example(value="-1")
@example(value="10000")
@example(value="99999999999999999999999")
def test_no_value_of_any_filter_gives_a_server_error(client, secretariat, url_name, parameter, value):
    client.force_login(secretariat)
    response = client.get(reverse(url_name), {parameter: value})
    assert response.status_code < 500


@pytest.mark.parametrize("year", ["0", "-1", "10000", "99999999999999999999999"])
def test_a_bad_year_in_the_project_history_is_explained_on_the_page(client, member, year):
    client.force_login(member)
    response = client.get(reverse("projects:project_history"), {"year": year})
    assert response.status_code == 200
    assert "Some filters are not valid and were ignored" in response.content.decode()
