"""Acts on a saved record (submit, approve, return, end): the one way a view runs one."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect

from accounts.access import has_any_role
from sprcompliance.exceptions import EditConflict
from sprcompliance.versioning import parse_version


def perform_act(request, service, *, roles, done: str, changed: str, **kwargs):
    """Run `service` as the signed-in user over the version their page showed, say how it
    went in a message and show the page again. `changed` names the record in the conflict
    message ("this section"); `kwargs` are the service's own arguments."""
    if not has_any_role(request.user, roles):
        raise PermissionDenied("Your role does not allow this.")
    try:
        service(
            user=request.user,
            expected_version=parse_version(request.POST.get("version", "")),
            **kwargs,
        )
    except EditConflict:
        messages.error(request, f"Someone else changed {changed}: check it, then try again")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect(request.path)
