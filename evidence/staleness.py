"""What "stale" means, decided once for every page, export and paper.

People ask one of two questions of an evidence item, and each is judged against one date:

- "Is it stale for this period's paper?" (the register of a period and its exports, the
  dashboard's matrix and readiness, the comparison of two periods, the paper's annex, and the
  item's own page for each period that cites it): judged at the period's board meeting, on its
  paper's meeting date, or at the end of the period when no meeting date is set. The item is
  stale when its review-by date falls before that date, or when it covers only a time that
  ended before the period began.
- "Is it stale now?" (the item's page, the dashboard's freshness chart, the register of a
  force that has no reporting period yet): judged today, on the review-by date alone.

A review-by date on the day itself is still fresh: the item is good until then. Each verdict
carries its reason in words, and each check says which date it judges against, so every
page can say what "stale" meant there.
"""

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Q
from django.utils import timezone

from sprcompliance.dateinput import long_date

if TYPE_CHECKING:
    from evidence.models import EvidenceItem
    from threats.models import ReportingPeriod


@dataclass(frozen=True)
class StaleCheck:
    """One of the two questions, with the date it is judged against.

    `when` names the occasion in words ("at the 17 March 2020 meeting"); `period` is set for
    the paper's question, whose rule also looks at the time the evidence covers.
    """

    on: datetime.date
    when: str
    period: "ReportingPeriod | None" = None
    meeting_date: datetime.date | None = None

    @classmethod
    def now(cls, *, today: datetime.date | None = None) -> "StaleCheck":
        today = today or timezone.localdate()
        return cls(on=today, when=f"today ({long_date(today)})")

    @classmethod
    def for_paper(
        cls, period: "ReportingPeriod", *, meeting_date: datetime.date | None
    ) -> "StaleCheck":
        if meeting_date is not None:
            return cls(
                on=meeting_date,
                when=f"at the {long_date(meeting_date)} meeting",
                period=period,
                meeting_date=meeting_date,
            )
        # No meeting yet: the period's end, a date that does not move while the paper is
        # prepared (judging against today would change the answer every morning).
        return cls(
            on=period.ends_on,
            when=f"at the end of {period.label} ({long_date(period.ends_on)})",
            period=period,
        )

    @property
    def meaning(self) -> str:
        """The sentence that tells a reader what "stale" means on the page."""
        if self.period is None:
            return (
                f"“Stale” means stale {self.when}: the review-by date has passed. Whether an "
                "item is stale for a period's paper is judged at that period's board meeting."
            )
        label = self.period.label
        unset = "" if self.meeting_date else ", as no meeting date is set"
        return (
            f"“Stale” means stale for the {label} paper {self.when}{unset}: the review-by date "
            f"is before {long_date(self.on)}, or the evidence covers only a time that ended "
            f"before {label} began."
        )

    @property
    def condition(self) -> Q:
        """The rule as a query condition, for filtering and counting in the database."""
        stale = Q(review_by__lt=self.on)
        if self.period is not None:
            stale |= Q(covers_to__lt=self.period.starts_on)
        return stale

    def verdict(self, item: "EvidenceItem") -> "StaleVerdict":
        """The same rule as `condition`, for one item in hand, with the reasons in words."""
        reasons = []
        if item.review_by < self.on:
            reasons.append(f"review-by date {long_date(item.review_by)} passed")
        period = self.period
        if period is not None and item.covers_to is not None and item.covers_to < period.starts_on:
            reasons.append(
                f"it covers only up to {long_date(item.covers_to)}, before {period.label} began"
            )
        return StaleVerdict(item=item, check=self, reasons=tuple(reasons))


@dataclass(frozen=True)
class StaleVerdict:
    """Whether one item is stale for one check, and why."""

    item: "EvidenceItem"
    check: StaleCheck
    reasons: tuple[str, ...]

    @property
    def is_stale(self) -> bool:
        return bool(self.reasons)

    @property
    def reason(self) -> str:
        return " and ".join(self.reasons)

    @property
    def why(self) -> str:
        """What follows a "Stale" tag: "at the 17 March 2020 meeting: review-by date ... passed"."""
        return f"{self.check.when}: {self.reason}" if self.reasons else ""

    @property
    def sentence(self) -> str:
        """The verdict in words, to go inside a sentence: "stale at the ... meeting: ..."."""
        return f"stale {self.why}" if self.reasons else f"fresh {self.check.when}"
