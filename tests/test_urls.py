"""Every page but sign-in, the health check and the accessibility statement asks an anonymous
visitor to sign in.

The test walks the URL configuration, so a view added later is covered without editing it.
"""

import re
import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import RegexPattern, RoutePattern

PUBLIC = {"login", "healthz", "accessibility"}
CONVERTER_SAMPLES = {"int": "1", "path": "1", "str": "x", "slug": "x", "uuid": str(uuid.uuid4())}


def sample_path(pattern) -> str:
    if isinstance(pattern, RoutePattern):
        route = str(pattern)
        return re.sub(
            r"<(?:(?P<conv>\w+):)?\w+>",
            lambda m: CONVERTER_SAMPLES[m.group("conv") or "str"],
            route,
        )
    if isinstance(pattern, RegexPattern):
        regex = pattern.regex.pattern.lstrip("^").rstrip("$").replace("\\Z", "")
        regex = re.sub(r"\(\?P<\w+>([\w-]+)(?:\|[^)]*)?\)", r"\1", regex)  # first alternative
        regex = re.sub(r"\(\?P<\w+>[^)]*\)", "1", regex)
        return regex.replace("\\", "")
    raise AssertionError(f"No sample for {pattern!r}")


def all_urls(resolver=None, prefix="", namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        path = prefix + sample_path(entry.pattern)
        if isinstance(entry, URLResolver):
            child_namespace = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from all_urls(entry, path, child_namespace)
        elif isinstance(entry, URLPattern):
            yield f"{namespace}{entry.name or entry.lookup_str}", "/" + path


URLS = sorted(set(all_urls()))


def test_the_walk_finds_the_products_pages():
    names = {name for name, _ in URLS}
    assert {"home", "login", "healthz", "admin:index"} <= names


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "path"), [u for u in URLS if u[0] not in PUBLIC])
def test_an_anonymous_visitor_is_sent_to_sign_in(client, name, path):
    assert resolve(path), path
    response = client.get(path, follow=True)
    assert response.redirect_chain, f"{name} ({path}) answered {response.status_code} unsigned"
    final_url = response.redirect_chain[-1][0]
    assert final_url.startswith("/accounts/login/?next="), (name, path, final_url)
    assert response.status_code == 200
    assert b"Sign in" in response.content


@pytest.mark.django_db
def test_the_sign_in_page_is_open(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content
    # Focus is not moved on load (GOV.UK's advice): the page is read from its top.
    assert b"autofocus" not in response.content
