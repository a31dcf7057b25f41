from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import ForceScopedAdmin
from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from assessments.services import period_assessments_start
from threats.models import ReportingPeriod


# Periods are part of the SPR framework (threats), but adding one here also starts its
# assessments, so its admin is registered by the app that owns them. A force's administrator
# sees and adds only their own force's periods; a period that holds data keeps its force
# (ReportingPeriod.clean says so in the form, a trigger in the database).
@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(ForceScopedAdmin):
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

    list_filter = [("force", admin.RelatedOnlyFieldListFilter), "edition", "status"]
    list_select_related = ["force", "edition", "rating_scale"]


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
    # Approving and ending are acts of PCC office staff in the service, never typed here.
    readonly_fields = [
        "status",
        "approved_by",
        "approved_on",
        "approver_as_typed",
        "ended_by",
        "ended_on",
    ]


@admin.register(CapacityMetric)
class CapacityMetricAdmin(SimpleHistoryAdmin):
    list_display = ["name", "value", "unit", "national_commitment", "as_at", "threat_assessment"]
    list_filter = ["threat_assessment__period__force", "threat_assessment__period"]
    list_select_related = ["threat_assessment__threat_area", "threat_assessment__period"]
    raw_id_fields = ["source"]
