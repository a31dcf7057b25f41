"""Who may do what: role checks for views, and the force every query is scoped to.

Every view that shows force data looks objects up with the user's force in the query
(`get_object_or_404(Item, pk=pk, force=request.user.force)`), so another force's object
answers 404; the role check answers 403.
"""

from functools import wraps

from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied
from django.urls import resolve

from accounts.roles import GROUP_NAMES, Role

ROLE_BY_GROUP = {name: role for role, name in GROUP_NAMES.items()}

# Roles that record evidence and write assessments, actions and metrics.
EDITORS = (Role.ANALYST, Role.REVIEWER)
# Roles that may read everything of their force (board members read only the dashboard and
# issued papers).
READERS = (Role.ANALYST, Role.REVIEWER, Role.PCC_STAFF)
# Everyone who works for the force, board members included (issued papers, the dashboard).
EVERYONE = (*READERS, Role.BOARD_MEMBER)


def roles_of(user) -> frozenset[Role]:
    """The user's roles, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_roles", None)
    if cached is None:
        names = user.groups.values_list("name", flat=True)
        cached = frozenset(ROLE_BY_GROUP[name] for name in names if name in ROLE_BY_GROUP)
        user._roles = cached
    return cached


def has_any_role(user, roles) -> bool:
    return bool(roles_of(user) & set(roles))


def holds_force_role(user, roles) -> bool:
    """Whether the user works for a force and holds one of the roles."""
    return getattr(user, "force_id", None) is not None and has_any_role(user, roles)


def check_force_role(user, roles) -> None:
    """Raise PermissionDenied unless the user works for a force and holds one of the roles."""
    if not holds_force_role(user, roles):
        raise PermissionDenied("Your role does not allow this.")


def role_required(*roles):
    """Function-view decorator: 403 unless the user has a force and one of the roles."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            check_force_role(request.user, roles)
            return view(request, *args, **kwargs)

        # Kept on the view (and copied by the decorators outside this one) for may_open.
        wrapped.allowed_roles = roles
        return wrapped

    return decorator


def may_open(user, path: str) -> bool:
    """Whether the role check of the view at `path` (one of ours) lets the user through.

    Pages offer a link only when this holds, so a link is shown exactly when following it
    works: the rule is the view's own (role_required or RoleRequiredMixin), not a copy. A view
    with neither is open to everyone signed in.
    """
    view = resolve(path).func
    roles = getattr(getattr(view, "view_class", view), "allowed_roles", None)
    return roles is None or holds_force_role(user, roles)


class RoleRequiredMixin(AccessMixin):
    """Class-view counterpart of role_required: set allowed_roles on the view."""

    allowed_roles: tuple[Role, ...] = ()

    def dispatch(self, request, *args, **kwargs):
        check_force_role(request.user, self.allowed_roles)
        return super().dispatch(request, *args, **kwargs)


def administered(queryset, user, force_lookup: str = "force"):
    """The rows of `queryset` that `user` manages in the admin.

    A superuser (made at installation with `createsuperuser`) manages every force. Anyone else
    there is a force's administrator (the Administrator role, staff), who manages only the
    force they work for: another force's row is not found, and without a force nothing is.
    """
    if user.is_superuser:
        return queryset
    if user.force_id is None:
        return queryset.none()
    return queryset.filter(**{force_lookup: user.force_id})


def administered_users(queryset, user):
    """The people `user` manages in the admin: as `administered`, but never a superuser unless
    `user` is one (a force's administrator could otherwise set a superuser's password)."""
    people = administered(queryset, user)
    return people if user.is_superuser else people.filter(is_superuser=False)
