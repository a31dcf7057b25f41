"""Sign in, the home page and the health check."""

from html.parser import HTMLParser

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

from assessments.models import DimensionAssessment
from tests.factories import DimensionAssessmentFactory, PeriodFactory, UserFactory
from tests.matrix_world import post_forms

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_without_signing_in(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_a_database_it_cannot_reach(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_a_user_signs_in_and_lands_on_their_forces_periods(client, analyst, period):
    response = client.post(
        "/accounts/login/",
        {"username": "analyst", "password": "a-long-test-passphrase"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/"
    assert response.context["user"] == analyst
    assert "2019/20" in response.content.decode()
    assert "Testshire Police" in response.content.decode()


def test_a_wrong_password_is_refused_with_a_clear_message(client, analyst):
    response = client.post("/accounts/login/", {"username": "analyst", "password": "wrong"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "govuk-error-summary" in body
    assert "The username or password is not right" in body
    assert not response.context["user"].is_authenticated


def test_an_empty_sign_in_form_says_what_is_missing(client):
    response = client.post("/accounts/login/", {})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Enter your username" in body
    assert "Enter your password" in body
    assert 'href="#id_username"' in body, "the error summary links to the field"


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_sign_in_page_is_one_form_with_one_csrf_token(client, method):
    # The form helper drew a <form> of its own inside the template's, with a second token.
    response = getattr(client, method)("/accounts/login/?next=/evidence/", {})
    body = response.content.decode()
    assert body.count("<form") == 1
    assert body.count('name="csrfmiddlewaretoken"') == 1
    [form] = post_forms(body)
    assert form.pop("csrfmiddlewaretoken")
    assert form == {"next": "/evidence/", "username": "", "password": ""}


def test_the_home_page_shows_only_the_users_own_forces_periods(client, analyst, other_force):
    PeriodFactory(force=analyst.force, label="2019/20")
    PeriodFactory(force=other_force, label="1999/00")
    client.force_login(analyst)
    body = client.get("/").content.decode()
    assert "2019/20" in body
    assert "1999/00" not in body
    assert "Elsewhere" not in body


def test_the_home_page_query_count_does_not_grow_with_periods(
    client, analyst, django_assert_num_queries
):
    for year in range(2010, 2020):
        PeriodFactory(force=analyst.force, label=f"{year}/{year - 1999:02d}")
    client.force_login(analyst)
    # 1 session, 2 user with force, 3 roles, 4 periods with their edition and approval counts
    with django_assert_num_queries(4):
        response = client.get("/")
    assert response.content.decode().count('scope="row"') == 10


class _LinkReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def own_links(html: str) -> set[str]:
    """The addresses of the page's links into this site (not fragments or other sites)."""
    reader = _LinkReader()
    reader.feed(html)
    return {href for href in reader.hrefs if href.startswith("/")}


# The pages of a period that the home page can offer.
PERIOD_PAGES = (
    "reports:dashboard",
    "assessments:threat_list",
    "assessments:departure_list",
    "reports:paper",
    "reports:issued_list",
)


@pytest.mark.parametrize(
    "persona", ["analyst", "reviewer", "pcc_staff", "board_member", "administrator"]
)
def test_the_home_page_links_to_every_page_the_role_may_open_and_no_other(
    client, period, persona, request
):
    client.force_login(request.getfixturevalue(persona))
    links = own_links(client.get("/").content.decode())
    for href in links:
        assert client.get(href).status_code == 200, href
    period_pages = {reverse(name, args=[period.pk]) for name in PERIOD_PAGES}
    may_open = {url for url in period_pages if client.get(url).status_code == 200}
    assert links & period_pages == may_open


def test_a_user_without_a_force_is_told_so(client):
    user = UserFactory(username="floating", force=None)
    client.force_login(user)
    assert "not linked to a force" in client.get("/").content.decode()


def test_signing_out_needs_a_post_and_ends_the_session(client, analyst):
    client.force_login(analyst)
    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert client.get("/").status_code == 302


def test_pages_carry_a_content_security_policy_with_a_nonce(client, analyst):
    client.force_login(analyst)
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in response.content.decode()
    assert response["X-Frame-Options"] == "DENY"


def test_the_layout_has_a_skip_link_and_no_crown(client, analyst):
    client.force_login(analyst)
    body = client.get("/").content.decode()
    assert 'href="#main-content"' in body
    assert 'id="main-content"' in body
    assert "govuk-logo" not in body
    assert "GOV.UK" not in body


def test_the_home_page_shows_how_many_assessments_are_approved(client, analyst, period):
    approved = DimensionAssessmentFactory(
        threat_assessment__period=period, state=DimensionAssessment.State.APPROVED
    )
    dimensions = list(period.edition.dimensions.all())
    DimensionAssessmentFactory(
        threat_assessment=approved.threat_assessment, dimension=dimensions[1]
    )
    client.force_login(analyst)
    assert "1 of 2" in client.get("/").content.decode()
