"""Role checks: a user needs a force and one of the allowed roles."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

from accounts.access import EDITORS, role_required, roles_of
from accounts.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@role_required(*EDITORS)
def edit_view(request):
    return "edited"


def call_as(user):
    request = RequestFactory().get("/")
    request.user = user
    return edit_view(request)


def test_an_editor_gets_through(analyst, reviewer):
    assert call_as(analyst) == "edited"
    assert call_as(reviewer) == "edited"


def test_other_roles_are_refused(pcc_staff, board_member):
    for user in (pcc_staff, board_member):
        with pytest.raises(PermissionDenied):
            call_as(user)


def test_a_user_without_a_force_is_refused_whatever_their_role():
    with pytest.raises(PermissionDenied):
        call_as(UserFactory(username="nobody", force=None, role=Role.ANALYST))


def test_roles_are_read_once_per_user_object(analyst, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert roles_of(analyst) == {Role.ANALYST}
        assert roles_of(analyst) == {Role.ANALYST}
    assert roles_of(AnonymousUser()) == frozenset()
