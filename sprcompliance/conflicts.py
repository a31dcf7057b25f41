"""The conflict page shared by every versioned form: both versions side by side, and the
user's values in a form that now saves over the version saved."""

from django.shortcuts import render

from sprcompliance.history import changes_of, display_value


def conflict_page(
    request,
    *,
    resubmit,
    current,
    yours,
    labels: dict,
    title: str,
    back_url: str | None = None,
    unsaved_files: list[str] = (),
    **extra,
):
    """409. `yours` is an unsaved model holding the user's values; `resubmit` is the user's
    form, bound to their data with the version now saved. `back_url` (default: the page
    itself) keeps the saved version; `unsaved_files` names files the user must choose again
    (a browser never sends a file twice), and makes the form take files."""
    model = type(current)
    rows = []
    for name, label in labels.items():
        field = model._meta.get_field(name)
        theirs_value, yours_value = display_value(current, field), display_value(yours, field)
        rows.append(
            {
                "label": label,
                "theirs": theirs_value,
                "yours": yours_value,
                "differs": theirs_value != yours_value,
            }
        )
    resubmit.is_valid()  # validate here, so that rendering does not query
    entries = changes_of(current, limit=1, labels=labels)
    context = {
        "form": resubmit,
        "rows": rows,
        "last_change": entries[0] if entries else None,
        "title": title,
        "action_url": request.path,
        "back_url": back_url or request.path,
        "unsaved_files": list(unsaved_files),
        "takes_files": bool(resubmit.is_multipart()),
        **extra,
    }
    return render(request, "conflict.html", context, status=409)


def resubmitted(request, version: int):
    data = request.POST.copy()
    data["version"] = str(version)
    data["action"] = "save"
    return data
