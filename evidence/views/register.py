"""The register list and its CSV and XLSX exports."""

from dataclasses import dataclass

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from accounts.access import EDITORS, READERS, has_any_role, role_required
from evidence import exports, selectors
from sprcompliance.downloads import attachment

COLUMNS = [
    # (sort key, heading)
    ("reference", "Reference"),
    ("title", "Title"),
    ("date", "Date"),
    ("review-by", "Review by"),
]


@dataclass(frozen=True)
class SortableColumn:
    heading: str
    next_sort: str
    aria_sort: str


def sortable_columns(current: str) -> list[SortableColumn]:
    """Headings that sort by their column, ascending first, then flip on a second click."""
    columns = []
    for key, heading in COLUMNS:
        if current == key:
            columns.append(SortableColumn(heading, f"-{key}", "ascending"))
        elif current == f"-{key}":
            columns.append(SortableColumn(heading, key, "descending"))
        else:
            columns.append(SortableColumn(heading, key, "none"))
    return columns


@require_safe
@role_required(*READERS)
def register(request):
    force = request.user.force
    result = selectors.register(force=force, params=request.GET)
    return render(
        request,
        "evidence/evidenceitem_list.html",
        {
            "force": force,
            "register": result,
            "page": result.page,
            "page_numbers": list(
                result.page.paginator.get_elided_page_range(
                    result.page.number, on_each_side=1, on_ends=1
                )
            ),
            "columns": sortable_columns(result.sort),
            "can_edit": has_any_role(request.user, EDITORS),
            "filter_form": result.filterset.form,
        },
    )


@require_safe
@role_required(*READERS)
def export(request, fmt: str):
    force = request.user.force
    result = selectors.register(force=force, params=request.GET, paginate=False)
    exported = exports.FORMATS[fmt](force, result)
    response = HttpResponse(exported.content, content_type=exported.content_type)
    return attachment(response, exported.filename)
