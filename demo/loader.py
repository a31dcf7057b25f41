"""Load the demo force from demo/content.py, idempotently.

Every row is found by its natural key and saved only when a value differs, so a second run
writes nothing: no new rows, no new history entries.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from accounts.models import Force, User
from accounts.roles import GROUP_NAMES, Role
from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from assessments.services import departure_approve
from demo import content
from evidence.models import Action, EvidenceItem
from evidence.services import citations_sync
from reports.models import BoardPaper, IssuedPaper
from reports.services import paper_issue
from sprcompliance.changes import differs
from threats.models import Dimension, Edition, RatingScale, ReportingPeriod, ThreatArea

EDITION_KEY = "spr-2015"
SCALE_KEY = "spr-compliance"
CHANGE_REASON = "Loaded by seed_demo"
# Last year's paper went to the board: issued, so board members have something to read.
ISSUED_PERIOD = "2018/19"
# It went with readiness rules unmet (older inspections, actions agreed at the meeting), so it
# shows how an override is recorded.
ISSUE_OVERRIDE = (
    "Issued for the Policing Board of March 2019: the 2017 inspections and assessments were the "
    "latest published, and actions for cyber and civil emergencies were agreed at the meeting."
)

DEMO_USERS = [
    # username, first name, last name, job title, role
    ("analyst", "Alex", "Morgan", "Strategic planning analyst", Role.ANALYST),
    ("reviewer", "Sam", "Okafor", "Superintendent, strategic lead", Role.REVIEWER),
    ("pccstaff", "Priya", "Shah", "Policy officer, Office of the PCC", Role.PCC_STAFF),
    ("board", "Jordan", "Ellis", "Member, Strategic Policing and Crime Board", Role.BOARD_MEMBER),
    ("admin", "Chris", "Taylor", "System administrator", Role.ADMINISTRATOR),
]


@dataclass
class Tally:
    """What a run created and updated, counted by model (or by a plain noun)."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)

    @staticmethod
    def describe(counts: Counter) -> str:
        def noun(key, n):
            if isinstance(key, str):
                return key
            return key.verbose_name if n == 1 else key.verbose_name_plural

        return ", ".join(sorted(f"{n} {noun(key, n)}" for key, n in counts.items()))


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def upsert(model, tally: Tally, lookup: dict, values: dict, *, clean_exclude=()):
    """Create or update one row by its natural key; save only when something differs."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        tally.created[model._meta] += 1
    else:
        changed = {name: value for name, value in values.items() if differs(obj, name, value)}
        if not changed:
            return obj
        for name, value in changed.items():
            setattr(obj, name, value)
        tally.updated[model._meta] += 1
    obj.full_clean(exclude=clean_exclude)
    obj._change_reason = CHANGE_REASON
    obj.save()
    return obj


@transaction.atomic
def load_demo(*, password: str, issue_papers: bool = True) -> Tally:
    tally = Tally()
    edition = Edition.objects.get(key=EDITION_KEY)
    scale = RatingScale.objects.get(key=SCALE_KEY)
    force = upsert(
        Force,
        tally,
        {"slug": "midshire"},
        {"name": "Midshire Police", "pcc_title": "Police and Crime Commissioner for Midshire"},
    )
    users = _load_users(force, password, tally)
    evidence = _load_evidence(force, users["analyst"], tally)
    periods = {
        label: _load_period(force, edition, scale, label, spec, users, tally)
        for label, spec in content.PERIODS.items()
    }
    _load_actions(force, edition, periods, evidence, tally)
    _load_departures(edition, periods, users["pccstaff"], tally)
    _load_metrics(edition, periods, evidence, tally)
    _load_papers(periods, tally)
    if issue_papers:
        _issue_last_years_paper(periods[ISSUED_PERIOD], users["pccstaff"], tally)
    return tally


def _load_users(force, password, tally) -> dict[str, User]:
    users = {}
    for username, first, last, title, role in DEMO_USERS:
        is_admin = role == Role.ADMINISTRATOR
        user = upsert(
            User,
            tally,
            {"username": username},
            {
                "first_name": first,
                "last_name": last,
                "job_title": title,
                "force": force,
                "email": f"{username}@midshire.police.example",
                # The admin's model permissions come from the Administrator group: users,
                # forces and periods, nothing else (superusers are for installing only).
                "is_staff": is_admin,
                "is_superuser": False,
                "is_active": True,
            },
            clean_exclude=["password"],  # set just below, hashed
        )
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
            tally.updated["passwords set"] += 1
        group = Group.objects.get(name=GROUP_NAMES[role])
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
            tally.updated["role memberships"] += 1
        users[username] = user
    return users


def _load_evidence(force, owner, tally) -> dict[str, EvidenceItem]:
    items = {}
    for spec in content.EVIDENCE:
        items[spec["ref"]] = upsert(
            EvidenceItem,
            tally,
            {"force": force, "reference": spec["ref"]},
            {
                "title": spec["title"],
                "kind": spec["kind"],
                "source": spec["source"],
                "source_reference": spec["source_reference"],
                "url": spec["url"],
                "summary": spec["summary"],
                "evidence_date": _date(spec["evidence_date"]),
                "covers_from": _date(spec["covers_from"]),
                "covers_to": _date(spec["covers_to"]),
                "review_by": _date(spec["review_by"]),
                "dependency_ends_on": _date(spec.get("dependency_ends_on")),
                "classification": spec["classification"],
                "owner": owner,
            },
        )
    return items


def _load_period(force, edition, scale, label, spec, users, tally) -> ReportingPeriod:
    period = upsert(
        ReportingPeriod,
        tally,
        {"force": force, "label": label},
        {
            "edition": edition,
            "rating_scale": scale,
            "starts_on": _date(spec["starts_on"]),
            "ends_on": _date(spec["ends_on"]),
        },
    )
    areas = {area.key: area for area in edition.threat_areas.all()}
    dimensions = {dimension.key: dimension for dimension in edition.dimensions.all()}
    levels = {level.key: level for level in scale.levels.all()}
    for threat_key, threat in spec["threats"].items():
        assessment = upsert(
            ThreatAssessment,
            tally,
            {"period": period, "threat_area": areas[threat_key]},
            {"context": threat["context"], "owner": users["reviewer"]},
        )
        if citations_sync(target=assessment):
            tally.updated["citation sets"] += 1
        for dimension_key, cell in threat["dimensions"].items():
            dimension_assessment = upsert(
                DimensionAssessment,
                tally,
                {"threat_assessment": assessment, "dimension": dimensions[dimension_key]},
                {
                    "rating": levels[cell["rating"]],
                    "narrative": cell["narrative"],
                    "gaps": cell["gaps"],
                    "state": cell["state"],
                    "owner": users["analyst"],
                },
            )
            if citations_sync(target=dimension_assessment):
                tally.updated["citation sets"] += 1
    return period


def _load_actions(force, edition, periods, evidence, tally):
    for spec in content.ACTIONS:
        action = upsert(
            Action,
            tally,
            {"force": force, "reference": spec["ref"]},
            {
                "title": spec["title"],
                "description": spec["description"],
                "source_kind": spec["source_kind"],
                "source": spec["source"],
                "owner": spec["owner"],
                "threat_area": _area(edition, spec["threat"]),
                "dimension": _dimension(edition, spec["dimension"]),
                "raised_in": periods[spec["raised_in"]],
                "due_on": _date(spec["due_on"]),
                "status": spec["status"],
                "completed_on": _date(spec["completed_on"]),
            },
        )
        wanted = {evidence[ref].pk for ref in spec["evidence"]}
        if set(action.evidence.values_list("pk", flat=True)) != wanted:
            action.evidence.set(wanted)
            tally.updated["action evidence links"] += 1


def _load_departures(edition, periods, approver, tally):
    for spec in content.DEPARTURES:
        departure = upsert(
            Departure,
            tally,
            {"period": periods[spec["period"]], "reference": spec["ref"]},
            {
                "threat_area": _area(edition, spec["threat"]),
                "dimension": _dimension(edition, spec["dimension"]),
                "title": spec["title"],
                "justification": spec["justification"],
                "review_on": _date(spec["review_on"]),
            },
        )
        if citations_sync(target=departure):
            tally.updated["citation sets"] += 1
        if spec["approved_on"] and departure.status == Departure.Status.PROPOSED:
            departure_approve(
                departure=departure,
                user=approver,
                expected_version=departure.version,
                today=_date(spec["approved_on"]),
            )
            tally.updated["departure approvals"] += 1


def _load_metrics(edition, periods, evidence, tally):
    for spec in content.METRICS:
        assessment = ThreatAssessment.objects.get(
            period=periods[spec["period"]], threat_area__key=spec["threat"]
        )
        commitment = spec["national_commitment"]
        upsert(
            CapacityMetric,
            tally,
            {"threat_assessment": assessment, "name": spec["name"]},
            {
                "dimension": _dimension(edition, spec["dimension"]),
                "value": Decimal(spec["value"]),
                "unit": spec["unit"],
                "national_commitment": Decimal(commitment) if commitment is not None else None,
                "as_at": _date(spec["as_at"]),
                "source": evidence[spec["source"]] if spec["source"] else None,
            },
        )


def _load_papers(periods, tally):
    for label, spec in content.PAPERS.items():
        paper = upsert(
            BoardPaper,
            tally,
            {"period": periods[label]},
            {
                "title": spec["title"],
                "meeting": spec["meeting"],
                "meeting_date": _date(spec["meeting_date"]),
                "presented_by": spec["presented_by"],
                "author": spec["author"],
                "purpose": spec["purpose"],
                "background": spec["background"],
                "recommendation": spec["recommendation"],
                "conclusion": spec["conclusion"],
                "sign_off_name": spec["sign_off_name"],
            },
        )
        if citations_sync(target=paper):
            tally.updated["citation sets"] += 1


def _issue_last_years_paper(period, user, tally):
    if IssuedPaper.objects.filter(period=period).exists():
        return
    meeting = period.paper.meeting_date
    issued_at = timezone.make_aware(datetime.datetime.combine(meeting, datetime.time(10, 0)))
    paper_issue(period=period, user=user, issued_at=issued_at, override_reason=ISSUE_OVERRIDE)
    tally.created[IssuedPaper._meta] += 1


def _area(edition, key) -> ThreatArea | None:
    return ThreatArea.objects.get(edition=edition, key=key) if key else None


def _dimension(edition, key) -> Dimension | None:
    return Dimension.objects.get(edition=edition, key=key) if key else None
