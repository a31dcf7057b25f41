"""One evidence item: its page, and adding and editing it (with no lost updates)."""

from copy import copy

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import EDITORS, READERS, has_any_role, role_required
from evidence import selectors
from evidence.forms import EvidenceItemForm
from evidence.models import EvidenceItem
from evidence.services import evidence_item_create, evidence_item_update
from sprcompliance.conflicts import conflict_page
from sprcompliance.exceptions import EditConflict


@require_safe
@role_required(*READERS)
def detail(request, pk: int):
    force = request.user.force
    item = get_object_or_404(selectors.evidence_items_for(force), pk=pk)
    return render(
        request,
        "evidence/evidenceitem_detail.html",
        {
            "detail": selectors.evidence_detail(item),
            "item": item,
            "can_edit": has_any_role(request.user, EDITORS),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*EDITORS)
def create(request):
    force = request.user.force
    owners = selectors.force_owners(force)
    if request.method == "POST":
        form = EvidenceItemForm(request.POST, request.FILES, force=force, owners=owners)
        if form.is_valid():
            item = evidence_item_create(
                force=force, user=request.user, data=form.item_data(), files=form.accepted_files
            )
            messages.success(request, f"{item.reference} is in the register")
            return redirect("evidence:detail", pk=item.pk)
    else:
        form = EvidenceItemForm(
            force=force,
            owners=owners,
            initial={
                "reference": selectors.next_free_reference(force),
                "owner": request.user.pk,
            },
        )
    return render(request, "evidence/evidenceitem_form.html", {"form": form, "item": None})


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*EDITORS)
def edit(request, pk: int):
    force = request.user.force
    item = get_object_or_404(EvidenceItem.objects.for_force(force), pk=pk)
    owners = selectors.force_owners(force, including=item.owner_id)
    if request.method != "POST":
        form = EvidenceItemForm(
            instance=item, force=force, owners=owners, initial={"version": item.version}
        )
        return render(request, "evidence/evidenceitem_form.html", {"form": form, "item": item})
    # The form writes typed values onto its instance: give it a copy, so the page still
    # names the item as saved.
    form = EvidenceItemForm(
        request.POST, request.FILES, instance=copy(item), force=force, owners=owners
    )
    if not form.is_valid():
        return render(request, "evidence/evidenceitem_form.html", {"form": form, "item": item})
    try:
        saved = evidence_item_update(
            item=item,
            user=request.user,
            data=form.item_data(),
            files=form.accepted_files,
            expected_version=form.cleaned_data["version"],
        )
    except EditConflict as conflict:
        return _conflict(request, form, conflict.current, owners)
    messages.success(request, f"{saved.reference} is saved")
    return redirect("evidence:detail", pk=saved.pk)


def _conflict(request, form, current: EvidenceItem, owners):
    """409 with both versions side by side and the user's values in a form that saves over
    the version now in the register."""
    data = request.POST.copy()
    data["version"] = str(current.version)
    force = request.user.force
    return conflict_page(
        request,
        resubmit=EvidenceItemForm(data, instance=copy(current), force=force, owners=owners),
        current=current,
        yours=EvidenceItem(force=force, **form.item_data()),
        labels={name: selectors.FIELD_LABELS[name] for name in form.item_data()},
        title=current.reference,
        back_url=reverse("evidence:detail", args=[current.pk]),
        unsaved_files=[f.original_name for f in form.accepted_files],
    )
