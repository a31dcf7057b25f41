from django import forms
from django.contrib import admin
from django.db import transaction
from simple_history.admin import SimpleHistoryAdmin

from evidence.forms import validate_narrative
from evidence.services import citations_check, citations_sync
from reports.models import BoardPaper, IssuedPaper
from reports.narratives import TEXTS
from sprcompliance.admin import RecordAdmin


class BoardPaperForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        for name in TEXTS:
            try:
                validate_narrative(cleaned.get(name, ""))
            except forms.ValidationError as error:
                self.add_error(name, error)
        # The paper's texts are narratives: they may cite only the force's own evidence.
        period = cleaned.get("period") or getattr(self.instance, "period", None)
        if period is not None:
            texts = {name: cleaned.get(name, getattr(self.instance, name)) for name in TEXTS}
            citations_check(target=BoardPaper(period=period, **texts))
        return cleaned


@admin.register(BoardPaper)
class BoardPaperAdmin(SimpleHistoryAdmin):
    form = BoardPaperForm
    list_display = ["title", "period", "meeting", "meeting_date", "minimum_classification"]
    list_filter = ["period__force"]
    list_select_related = ["period__force"]

    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            citations_sync(target=obj)


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
