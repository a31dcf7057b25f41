"""The conflict page shared by every versioned form: both versions side by side, and the
user's values in a form that now saves over the version saved."""

from django.shortcuts import render

from sprcompliance.history import changes_of, display_value


def conflict_page(request, *, resubmit, current, yours, labels: dict, title: str, **extra):
    """409. `yours` is an unsaved model holding the user's values; `resubmit` is the user's
    form, bound to their data with the version now saved."""
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
        "back_url": request.path,
        **extra,
    }
    return render(request, "threats/assessment_conflict.html", context, status=409)


def resubmitted(request, version: int):
    data = request.POST.copy()
    data["version"] = str(version)
    data["action"] = "save"
    return data
