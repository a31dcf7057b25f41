"""The migrations describe the models exactly, and the role groups exist."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from sprcompliance.accounts.roles import GROUP_NAMES, Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_no_model_change_lacks_a_migration():
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_a_group_exists_for_every_role():
    assert set(Group.objects.values_list("name", flat=True)) >= set(GROUP_NAMES.values())


def test_a_user_holds_the_roles_of_their_groups(force):
    reviewer = UserFactory(force=force, role=Role.REVIEWER)
    assert reviewer.has_role(Role.REVIEWER)
    assert not reviewer.has_role(Role.ANALYST)
