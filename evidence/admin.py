from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from evidence.models import Action, Citation, EvidenceFile, EvidenceItem


class EvidenceFileInline(admin.TabularInline):
    model = EvidenceFile
    extra = 0
    fields = ["original_name", "content_type", "size", "sha256", "uploaded_by", "uploaded_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        # Files arrive through the product's upload form, which checks their content.
        return False


@admin.register(EvidenceItem)
class EvidenceItemAdmin(SimpleHistoryAdmin):
    list_display = [
        "reference",
        "title",
        "force",
        "kind",
        "evidence_date",
        "review_by",
        "classification",
    ]
    list_filter = ["force", "kind", "classification"]
    list_select_related = ["force"]
    search_fields = ["reference", "title", "summary", "source", "source_reference"]
    date_hierarchy = "evidence_date"
    autocomplete_fields = ["owner"]
    inlines = [EvidenceFileInline]


@admin.register(EvidenceFile)
class EvidenceFileAdmin(SimpleHistoryAdmin):
    list_display = ["original_name", "item", "content_type", "size", "uploaded_at"]
    list_select_related = ["item"]
    readonly_fields = ["file", "original_name", "content_type", "size", "sha256", "uploaded_by"]

    def has_add_permission(self, request):
        return False


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    """Read-only: citations are rewritten from the narrative markers when a narrative is saved."""

    list_display = [
        "__str__",
        "evidence",
        "threat_assessment",
        "dimension_assessment",
        "paragraph",
        "locator",
    ]
    list_select_related = [
        "evidence",
        "threat_assessment__threat_area",
        "dimension_assessment__dimension",
    ]
    search_fields = ["evidence__reference", "locator"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ["reference", "title", "force", "owner", "due_on", "status"]
    list_filter = ["force", "status", "source_kind"]
    list_select_related = ["force"]
    search_fields = ["reference", "title", "description", "owner", "source"]
    filter_horizontal = ["evidence"]
