from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from sprcompliance.admin import RecordAdmin
from threats.models import (
    CapacityMetric,
    Departure,
    Dimension,
    DimensionAssessment,
    Edition,
    Force,
    PeriodReopening,
    RatingLevel,
    RatingScale,
    ReportingPeriod,
    ThreatArea,
    ThreatAssessment,
)
from threats.services import period_assessments_start


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


@admin.register(Force)
class ForceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "pcc_title"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(SimpleHistoryAdmin):
    list_display = [
        "label",
        "force",
        "edition",
        "rating_scale",
        "starts_on",
        "ends_on",
        "status",
        "edits",
    ]
    # Issuing locks a period; reopening it takes a recorded reason, on its own page.
    readonly_fields = ["status"]

    @admin.display(description="Edits")
    def edits(self, obj):
        url = reverse("reports:period_reopen", args=[obj.pk])
        if obj.is_locked:
            return format_html('<a href="{}">Locked: reopen with a reason</a>', url)
        return format_html('<a href="{}">Open</a>', url)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            # A new year is ready for analysts: every threat area and C of its edition.
            period_assessments_start(period=obj, user=request.user)

    list_filter = ["force", "edition", "status"]
    list_select_related = ["force", "edition", "rating_scale"]


@admin.register(PeriodReopening)
class PeriodReopeningAdmin(RecordAdmin):
    """Read-only record: periods are reopened, with a reason, from the period's reopen page."""

    list_display = ["period", "reopened_at", "reopened_by", "previous_status", "reason"]
    list_filter = ["period__force"]
    list_select_related = ["period__force", "reopened_by"]
    readonly_fields = ["period", "previous_status", "reopened_by", "reopened_at", "reason"]


class DimensionAssessmentInline(admin.StackedInline):
    model = DimensionAssessment
    extra = 0
    fields = ["dimension", "rating", "state", "owner", "narrative", "gaps", "reviewer_comment"]
    autocomplete_fields = ["owner"]


@admin.register(ThreatAssessment)
class ThreatAssessmentAdmin(SimpleHistoryAdmin):
    list_display = ["threat_area", "period", "owner", "updated_at"]
    list_filter = ["period__force", "period"]
    list_select_related = ["threat_area", "period__force", "owner"]
    autocomplete_fields = ["owner"]
    inlines = [DimensionAssessmentInline]


@admin.register(DimensionAssessment)
class DimensionAssessmentAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "period_label", "rating", "state", "owner", "updated_at"]
    list_filter = ["threat_assessment__period__force", "threat_assessment__period", "state"]
    list_select_related = [
        "threat_assessment__threat_area",
        "threat_assessment__period",
        "dimension",
        "rating",
        "owner",
    ]
    search_fields = ["narrative", "gaps"]
    autocomplete_fields = ["owner"]

    @admin.display(description="Period", ordering="threat_assessment__period__starts_on")
    def period_label(self, obj):
        return obj.threat_assessment.period.label


@admin.register(Departure)
class DepartureAdmin(SimpleHistoryAdmin):
    list_display = ["reference", "title", "period", "status", "approved_on", "review_on"]
    list_filter = ["period__force", "status"]
    list_select_related = ["period__force"]
    search_fields = ["reference", "title", "justification"]


@admin.register(CapacityMetric)
class CapacityMetricAdmin(SimpleHistoryAdmin):
    list_display = ["name", "value", "unit", "national_commitment", "as_at", "threat_assessment"]
    list_filter = ["threat_assessment__period__force", "threat_assessment__period"]
    list_select_related = ["threat_assessment__threat_area", "threat_assessment__period"]
    raw_id_fields = ["source"]
