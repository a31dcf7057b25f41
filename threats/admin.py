from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accounts.access import administered
from sprcompliance.admin import RecordAdmin
from threats.models import Dimension, Edition, PeriodReopening, RatingLevel, RatingScale, ThreatArea


class ThreatAreaInline(admin.TabularInline):
    model = ThreatArea
    extra = 0
    fields = ["order", "key", "label", "short_label", "aliases"]


class DimensionInline(admin.TabularInline):
    model = Dimension
    extra = 0
    fields = ["order", "key", "label"]


@admin.register(Edition)
class EditionAdmin(SimpleHistoryAdmin):
    list_display = ["short_title", "title", "published_on", "key"]
    search_fields = ["title", "short_title", "key"]
    inlines = [ThreatAreaInline, DimensionInline]


@admin.register(ThreatArea)
class ThreatAreaAdmin(SimpleHistoryAdmin):
    list_display = ["label", "edition", "order", "key"]
    list_filter = ["edition"]
    search_fields = ["label", "key", "aliases"]
    list_select_related = ["edition"]


@admin.register(Dimension)
class DimensionAdmin(SimpleHistoryAdmin):
    list_display = ["label", "edition", "order", "key"]
    list_filter = ["edition"]
    list_select_related = ["edition"]


class RatingLevelInline(admin.TabularInline):
    model = RatingLevel
    extra = 0
    fields = ["rank", "key", "label", "colour", "text_colour", "is_assessed"]


@admin.register(RatingScale)
class RatingScaleAdmin(SimpleHistoryAdmin):
    list_display = ["name", "key"]
    inlines = [RatingLevelInline]


@admin.register(RatingLevel)
class RatingLevelAdmin(SimpleHistoryAdmin):
    list_display = ["label", "scale", "rank", "colour", "is_assessed"]
    list_filter = ["scale"]
    list_select_related = ["scale"]


@admin.register(PeriodReopening)
class PeriodReopeningAdmin(RecordAdmin):
    """Read-only record: periods are reopened, with a reason, from the period's reopen page."""

    list_display = ["period", "reopened_at", "reopened_by", "previous_status", "reason"]
    list_filter = [("period__force", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["period__force", "reopened_by"]
    readonly_fields = ["period", "previous_status", "reopened_by", "reopened_at", "reason"]

    def get_queryset(self, request):
        return administered(super().get_queryset(request), request.user, "period__force")
