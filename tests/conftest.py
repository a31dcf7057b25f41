"""Personas and shared fixtures: one user per role in the Midshire-like force, and an outsider
from another force."""

import pytest

from accounts.roles import Role
from tests.factories import ForceFactory, PeriodFactory, UserFactory


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    # Uploaded files of one test never land in the developer's data folder or another test.
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def force(db):
    return ForceFactory(name="Testshire Police", slug="testshire")


@pytest.fixture
def other_force(db):
    return ForceFactory(name="Elsewhere Constabulary", slug="elsewhere")


@pytest.fixture
def period(force):
    return PeriodFactory(force=force, label="2019/20")


@pytest.fixture
def analyst(force):
    return UserFactory(username="analyst", force=force, role=Role.ANALYST)


@pytest.fixture
def reviewer(force):
    return UserFactory(username="reviewer", force=force, role=Role.REVIEWER)


@pytest.fixture
def pcc_staff(force):
    return UserFactory(username="pccstaff", force=force, role=Role.PCC_STAFF)


@pytest.fixture
def board_member(force):
    return UserFactory(username="board", force=force, role=Role.BOARD_MEMBER)


@pytest.fixture
def administrator(force):
    """The Administrator role as the product gives it: staff, with its group's permissions."""
    return UserFactory(username="site-admin", force=force, role=Role.ADMINISTRATOR, is_staff=True)


@pytest.fixture
def outsider(other_force):
    return UserFactory(username="outsider", force=other_force, role=Role.ANALYST)
