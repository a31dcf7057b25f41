from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from reports.models import BoardPaper, IssuedPaper
from sprcompliance.admin import RecordAdmin


@admin.register(BoardPaper)
class BoardPaperAdmin(SimpleHistoryAdmin):
    list_display = ["title", "period", "meeting", "meeting_date", "minimum_classification"]
    list_filter = ["period__force"]
    list_select_related = ["period__force"]


@admin.register(IssuedPaper)
class IssuedPaperAdmin(RecordAdmin):
    """Read-only: papers are issued in the product, and the database refuses any change."""

    list_display = ["title", "period", "version", "issued_at", "issued_by", "classification"]
    list_filter = ["period__force"]
    list_select_related = ["period__force", "issued_by"]
    exclude = ["pdf", "html"]
    readonly_fields = [
        "period",
        "version",
        "issued_at",
        "issued_by",
        "title",
        "classification",
        "sha256",
        "size",
        "source_sha256",
        "source_fingerprint",
        "paragraph_count",
        "footnote_count",
        "override_reason",
        "open_problems",
    ]
