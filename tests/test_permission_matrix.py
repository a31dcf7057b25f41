"""Who may do what, for every URL of the product: the table in tests/matrix_data.py, checked
against real objects of one force for every role, a signed-in user with no force and an
anonymous visitor.

The URLs come from walking the URL configuration, so a new view without a row fails here until
someone decides who may use it.
"""

import pytest

from accounts.roles import Role
from assessments.models import Departure
from tests import matrix_data as table
from tests.factories import UserFactory
from tests.matrix_client import (
    ROUTES,
    admin_sample,
    answer,
    attempt_visits,
    client_for,
    content_of,
    get_visits,
    matches,
    objects_of,
    post_and_undo,
    post_visits,
    product_routes,
    row_for,
)
from tests.matrix_data import (
    ANONYMOUS,
    CHANGED,
    OK,
    PERSONAS,
    ROWS,
    SUPERUSER,
    Elsewhere,
    make_personas,
)
from tests.matrix_world import (
    VALUE_NAMES,
    World,
    build_world,
    differences,
    snapshot,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(force) -> World:
    return build_world(force, "Alphaville")


@pytest.fixture
def users(force) -> dict:
    return make_personas(force)


# The table covers the URL configuration, no more and no less -----------------------------------


def test_every_url_of_the_configuration_has_a_row():
    missing = sorted({r.name for r in ROUTES if row_for(r) is None})
    assert not missing, (
        f"No row in the permission matrix for {missing}: add one to ROWS in "
        "tests/matrix_data.py saying which roles may GET it and, if it changes things, POST"
    )


def test_every_row_names_a_url_that_still_exists():
    names = {r.name for r in ROUTES}
    gone = sorted(set(ROWS) - names)
    assert not gone, f"ROWS in tests/matrix_data.py names URLs that no longer exist: {gone}"


def test_every_changing_view_says_what_a_post_sends():
    silent = [name for name, row in ROWS.items() if row.post is not None and not row.payloads]
    assert not silent, f"Rows that allow POST but send nothing: {silent}"


def test_the_admin_sample_is_not_empty():
    names = {r.name for r in admin_sample()}
    assert "admin:index" in names
    assert "admin:evidence_evidenceitem_changelist" in names


def test_every_parameter_names_an_object_of_the_world():
    unknown = []
    for route, row in product_routes():
        for post in [None, *row.payloads.values()]:
            objects = objects_of(row, post)
            for name in route.params:
                if objects.get(name, name) not in VALUE_NAMES:
                    unknown.append(f"{route.name}: <{name}>")
    assert not unknown, (
        f"No real value for {unknown}: say in the row's objects which object it names"
    )


# Every URL, every persona ---------------------------------------------------------------------


def get_mismatches(client, world: World, persona: str) -> list[str]:
    wrong = []
    for visit in get_visits(world, persona):
        response = client.get(visit.path)
        got = answer(response)
        if not matches(got, visit.want):
            wrong.append(f"{visit.label}: answered {got}, the table says {visit.want}")
        elif got == OK and content_of(response) != visit.content:
            wrong.append(
                f"{visit.label}: answered with {content_of(response)}, "
                f"the table says {visit.content}"
            )
    return wrong


def post_mismatches(client, world: World, users: dict, persona: str) -> list[str]:
    wrong = []
    for visit in post_visits(world, users, persona):
        response, changed = post_and_undo(client, visit.path, visit.data)
        got = answer(response)
        if visit.want == CHANGED:
            if response.status_code != 302 or not changed:
                wrong.append(
                    f"{visit.label}: answered {got} and changed {changed or 'nothing'}; "
                    "the table says it works"
                )
        elif got != visit.want or changed:
            wrong.append(
                f"{visit.label}: answered {got} and changed {changed or 'nothing'}; "
                f"the table says {visit.want} and no change"
            )
    return wrong


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_url_answers_each_persona_as_the_table_says(world, users, persona):
    client = client_for(users[persona])
    wrong = get_mismatches(client, world, persona)
    wrong += post_mismatches(client, world, users, persona)
    assert not wrong, f"{persona}:\n" + "\n".join(wrong)


def test_an_anonymous_post_is_sent_to_sign_in_and_changes_nothing(world, users):
    # Covered for every URL above; this pins one case in plain words.
    client = client_for(users[ANONYMOUS])
    before = snapshot()
    response = client.post(f"/evidence/{world.item.pk}/edit/", {"title": "Anonymous"})
    assert answer(response) == table.SIGN_IN
    assert differences(before, snapshot()) == []


# Nobody reaches another force or raises their own powers in the admin ------------------------


@pytest.fixture
def elsewhere(other_force) -> Elsewhere:
    person = UserFactory(username="their-analyst", force=other_force, role=Role.ANALYST)
    return Elsewhere(other_force, person)


@pytest.fixture
def superuser(force):
    return UserFactory(username="root", force=force, is_staff=True, is_superuser=True)


def attempt_mismatches(sender, visits) -> list[str]:
    wrong = []
    for visit in visits:
        # Signed in afresh each time: setting a password cycles the session key, which the undo
        # then takes away.
        response, changed = post_and_undo(client_for(sender), visit.path, visit.data)
        got = answer(response)
        if visit.want == CHANGED:
            if response.status_code != 302 or not changed:
                wrong.append(f"{visit.label}: answered {got} and changed {changed or 'nothing'}")
        elif not matches(got, visit.want) or changed or visit.says not in response.content.decode():
            wrong.append(
                f"{visit.label}: answered {got} and changed {changed or 'nothing'}; the table "
                f"says {visit.want}{f' saying {visit.says!r}' if visit.says else ''} and no change"
            )
    return wrong


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_one_reaches_another_force_or_raises_their_own_powers_in_the_admin(
    world, users, elsewhere, superuser, persona
):
    visits = attempt_visits(world, users, elsewhere, superuser, persona)
    wrong = attempt_mismatches(users[persona], visits)
    assert not wrong, f"{persona}:\n" + "\n".join(wrong)


def test_a_superuser_makes_each_attempt_that_is_theirs_to_make(world, users, elsewhere, superuser):
    # The control: each attempt is a real change, refused above for want of the right only.
    visits = attempt_visits(world, users, elsewhere, superuser, SUPERUSER)
    wrong = attempt_mismatches(superuser, visits)
    assert not wrong, "superuser:\n" + "\n".join(wrong)


# Approving a departure is an act of PCC office staff, never typed ---------------------------


@pytest.mark.parametrize("persona", sorted(table.EDITORS))
def test_analysts_and_reviewers_cannot_approve_a_departure(world, users, persona):
    url = f"/periods/{world.period.pk}/departures/{world.departure.pk}/edit/"
    client = client_for(users[persona])
    before = snapshot()
    response = client.post(url, {"action": "approve", "version": str(world.departure.version)})
    assert response.status_code == 403
    assert differences(before, snapshot()) == []


@pytest.mark.parametrize("persona", sorted(table.EDITORS | {table.PCC_STAFF}))
def test_typing_an_approval_into_the_form_records_none(world, users, persona):
    url = f"/periods/{world.period.pk}/departures/new/"
    client = client_for(users[persona])
    data = table._departure_new(world, client.get(url).content.decode()) | {
        "status": "approved",
        "approved_by": "Chief Executive, for the PCC",
        "approved_on-day": "15",
        "approved_on-month": "7",
        "approved_on-year": "2019",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    created = Departure.objects.get(period=world.period, reference="DEP-900")
    assert created.status == Departure.Status.PROPOSED
    assert created.approved_by is None and created.approved_on is None
    assert created.approver_as_typed == ""
