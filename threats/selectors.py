"""Reads of the SPR framework for a force: its periods, and the threat areas and Cs a record
of its may name."""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404

from accounts.models import Force
from threats.models import Dimension, ReportingPeriod, ThreatArea


def period_for(force: Force, pk: int) -> ReportingPeriod:
    return get_object_or_404(
        ReportingPeriod.objects.with_framework(),
        pk=pk,
        force=force,
    )


@dataclass
class Framework:
    """The threat areas and Cs an action or departure may name: the latest period's edition."""

    period: ReportingPeriod | None
    threat_areas: list[ThreatArea]
    dimensions: list[Dimension]


def latest_period(force: Force) -> ReportingPeriod | None:
    return (
        ReportingPeriod.objects.for_force(force)
        .select_related("edition")
        .order_by("-starts_on")
        .first()
    )


def framework_of(period: ReportingPeriod | None) -> Framework:
    """Two queries (none without a period): the edition's threat areas, and its Cs."""
    if period is None:
        return Framework(period=None, threat_areas=[], dimensions=[])
    return Framework(
        period=period,
        threat_areas=list(period.edition.threat_areas.all()),
        dimensions=list(period.edition.dimensions.all()),
    )
