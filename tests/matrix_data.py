"""The permission matrix: for every URL of the product, who may read it (GET) and, for views
that change things, who may change (POST). One row per URL name; the Django admin is one
family. tests/test_permission_matrix.py checks every row against every persona, and fails for
a URL without a row (add one here) or a row without a URL (remove it).

The roles, as the product defines them:
- analyst: records evidence, writes assessments, actions, metrics (and departures' drafts);
- reviewer: as analyst, plus approves or returns assessments;
- PCC office staff: read everything of their force, approve departures, sign off and issue
  the paper;
- board member: reads the dashboard and issued papers only;
- administrator: their own force's users, details and periods: the Django admin (is_staff, the
  Administrator group's permissions); reopens a locked period. Never their own roles, force or
  staff status, nor anything of another force (ADMIN_ATTEMPTS below); a superuser, made at
  installation, manages every force.
A signed-in user with no force sees nothing of any force; an anonymous visitor is sent to
sign in.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth.models import Group

from accounts.roles import GROUP_NAMES, Role
from tests.factories import UserFactory, default_scale, edition
from tests.matrix_world import World, form_with

ANALYST = "analyst"
REVIEWER = "reviewer"
PCC_STAFF = "pcc_staff"
BOARD_MEMBER = "board_member"
ADMINISTRATOR = "administrator"
NO_FORCE = "no_force"
ANONYMOUS = "anonymous"
PERSONAS = (ANALYST, REVIEWER, PCC_STAFF, BOARD_MEMBER, ADMINISTRATOR, NO_FORCE, ANONYMOUS)
SIGNED_IN = frozenset(PERSONAS) - {ANONYMOUS}
EDITORS = frozenset({ANALYST, REVIEWER})
READERS = EDITORS | {PCC_STAFF}
EVERYONE = READERS | {BOARD_MEMBER}
REVIEWERS = frozenset({REVIEWER})
SUBMITTED = {"dimension_key": "submitted_dimension_key"}

# Answers, as tests/test_permission_matrix.py names a response.
OK = "200"
FORBIDDEN = "403"
NOT_FOUND = "404"
NOT_ALLOWED = "405"
# What a permitted GET answers with (the matrix checks the Content-Type).
HTML, PDF, CSV, XLSX, TEXT = "HTML", "PDF", "CSV", "XLSX", "plain text"
CONTENT_TYPES = {
    "text/html": HTML,
    "application/pdf": PDF,
    "text/csv": CSV,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": XLSX,
    "text/plain": TEXT,
}

CHANGED = "changed"  # a POST that does the change: a redirect, and the data changed
SIGN_IN = "sign-in"  # redirect to /accounts/login/?next=...
ADMIN_SIGN_IN = "admin sign-in"  # the admin's own redirect to /admin/login/?next=...
# An anonymous visitor to the admin is sent to the admin's sign-in (the index) or straight to
# the product's (other admin pages): both end at the product's sign-in page.
SOME_SIGN_IN = frozenset({SIGN_IN, ADMIN_SIGN_IN})


def make_personas(force) -> dict[str, object]:
    """One user per persona; everyone but the forceless user works for `force`. The
    administrator is the force's, as the demo's is: staff with the Administrator role, not a
    superuser."""
    return {
        ANALYST: UserFactory(username=f"analyst-{force.slug}", force=force, role=Role.ANALYST),
        REVIEWER: UserFactory(username=f"reviewer-{force.slug}", force=force, role=Role.REVIEWER),
        PCC_STAFF: UserFactory(username=f"pcc-{force.slug}", force=force, role=Role.PCC_STAFF),
        BOARD_MEMBER: UserFactory(
            username=f"board-{force.slug}", force=force, role=Role.BOARD_MEMBER
        ),
        ADMINISTRATOR: UserFactory(
            username=f"admin-{force.slug}",
            force=force,
            role=Role.ADMINISTRATOR,
            is_staff=True,
        ),
        # Holds a role but works for no force: must see nothing.
        NO_FORCE: UserFactory(username="forceless", force=None, role=Role.ANALYST),
        ANONYMOUS: None,
    }


# What each changing view is sent: the form as the page shows it, filled in as a person would.


def _date(name: str, value: datetime.date) -> dict[str, str]:
    return {
        f"{name}_day": str(value.day),
        f"{name}_month": str(value.month),
        f"{name}_year": str(value.year),
    }


def _evidence_new(world: World, html: str) -> dict:
    return form_with(html, "title") | {
        "reference": "EV-900",
        "title": f"{world.marker} new debrief",
        "kind": "exercise_debrief",
        "source": "Exercise team",
        "classification": "OFFICIAL",
        **_date("evidence_date", datetime.date(2019, 9, 1)),
        **_date("review_by", datetime.date(2020, 9, 1)),
    }


def _action_new(world: World, html: str) -> dict:
    return form_with(html, "title") | {
        "reference": "ACT-900",
        "title": f"{world.marker} new action",
        "source_kind": "hmicfrs_recommendation",
        "source": "PEEL 2018/19",
        "owner": "Head of Public Order",
        "status": "open",
        **_date("due_on", datetime.date(2020, 6, 30)),
    }


def _departure_new(world: World, html: str) -> dict:
    return form_with(html, "title") | {
        "reference": "DEP-900",
        "title": f"{world.marker} new departure",
        "justification": "A good reason, case by case.",
    }


def _metric_new(world: World, html: str) -> dict:
    return form_with(html, "name") | {
        "name": f"{world.marker} new measure",
        "value": "21",
        "unit": "PSUs",
        **_date("as_at", datetime.date(2019, 9, 30)),
    }


def _changed(field_name: str, **extra) -> Callable[[World, str], dict]:
    """The edit form as it opens, with one text changed: saving it changes the object."""

    def payload(world: World, html: str) -> dict:
        return form_with(html, field_name) | {field_name: f"Changed by {world.marker}.", **extra}

    return payload


def _submit(world: World, html: str) -> dict:
    return form_with(html, "narrative") | {"action": "submit"}


def _approve_departure(world: World, html: str) -> dict:
    return {"action": "approve", "version": str(world.departure.version)}


def _end_departure(world: World, html: str) -> dict:
    return {"action": "end", "version": str(world.approved_departure.version)}


def _approve(world: World, html: str) -> dict:
    return {"action": "approve", "version": str(world.submitted.version)}


def _return(world: World, html: str) -> dict:
    return {
        "action": "return",
        "version": str(world.submitted.version),
        "reviewer_comment": "Cite the exercise debrief for the 33 PSUs.",
    }


def _issue(world: World, html: str) -> dict:
    return {
        "confirm": "on",
        "override": "on",
        "override_reason": "The board meets before the last assessments are approved.",
    }


def _reopen(world: World, html: str) -> dict:
    return {"reason": "The inspectorate's late findings must go into the paper."}


@dataclass(frozen=True)
class Post:
    """One kind of POST a view takes: what it sends (from the page an allowed persona sees),
    who may send it (when not the row's `post`), and objects other than the row's."""

    make: Callable[[World, str], dict]
    who: frozenset[str] | None = None
    objects: dict[str, str] = field(default_factory=dict)
    refused: str = FORBIDDEN  # or OK: the page answers with a form error saying who may


@dataclass(frozen=True)
class Row:
    """Who may GET (answer 200) and who may POST (the change happens) one URL.

    post=None: the view only reads; a POST answers 405 to anyone signed in.
    payloads: what a POST sends, by name (a view with several actions has several).
    objects: which world object a parameter names, where the name alone does not say
    (`pk`), or where the view needs another object than the usual one.
    answers: a persona's documented GET answer other than 200/403/sign-in (or a set of them).
    content: what a GET that is allowed answers with: an HTML page, or a file.
    """

    get: frozenset[str]
    post: frozenset[str] | None = None
    payloads: dict[str, Post] = field(default_factory=dict)
    objects: dict[str, str] = field(default_factory=dict)
    answers: dict[str, str | frozenset[str]] = field(default_factory=dict)
    content: str = HTML
    public: bool = False
    post_untested: str = ""  # why POST is not checked here


def _row(get, post=None, payload=None, **kwargs) -> Row:
    payloads = kwargs.pop("payloads", {"save": Post(payload)} if payload else {})
    return Row(frozenset(get), None if post is None else frozenset(post), payloads, **kwargs)


ROWS: dict[str, Row] = {
    # Project pages.
    "home": _row(SIGNED_IN),
    "healthz": _row(set(PERSONAS), public=True, content=TEXT),
    # The regulations require the accessibility statement to be public.
    "accessibility": _row(set(PERSONAS), public=True),
    "login": _row(
        {ANONYMOUS},
        public=True,
        answers=dict.fromkeys(SIGNED_IN, "redirect /"),
        post_untested="signing in is tested with its own throttling rules",
    ),
    "logout": _row(
        set(),
        answers=dict.fromkeys(SIGNED_IN, NOT_ALLOWED),  # signing out is a POST
        post_untested="signing out changes no data",
    ),
    # Everyone signed in with a password changes their own.
    "password_change": _row(
        SIGNED_IN,
        post_untested=(
            "changing a password signs out the person's other sessions: tested in "
            "tests/accounts/test_password_change.py"
        ),
    ),
    # The evidence register.
    "evidence:register": _row(READERS),
    "evidence:export_csv": _row(READERS, content=CSV),
    "evidence:export_xlsx": _row(READERS, content=XLSX),
    "evidence:create": _row(EDITORS, EDITORS, _evidence_new),
    "evidence:detail": _row(READERS, objects={"pk": "item"}),
    "evidence:edit": _row(EDITORS, EDITORS, _changed("title"), objects={"pk": "item"}),
    "evidence:file_download": _row(READERS, objects={"pk": "file"}, content=PDF),
    # Assessments.
    "assessments:threat_list": _row(
        READERS, EDITORS, payloads={"start assessments": Post(lambda world, html: {})}
    ),
    "assessments:assessment": _row(READERS, EDITORS, _changed("context", action="save")),
    "assessments:dimension": _row(
        READERS,
        EDITORS,
        payloads={
            "save": Post(_changed("narrative", action="save")),
            "submit": Post(_submit),
            "approve": Post(_approve, REVIEWERS, SUBMITTED),
            "return": Post(_return, REVIEWERS, SUBMITTED),
        },
    ),
    "assessments:metric_create": _row(EDITORS, EDITORS, _metric_new),
    "assessments:metric_edit": _row(EDITORS, EDITORS, _changed("name"), objects={"pk": "metric"}),
    # Actions and departures.
    "evidence:action_list": _row(READERS),
    "evidence:action_create": _row(EDITORS, EDITORS, _action_new),
    "evidence:action_edit": _row(EDITORS, EDITORS, _changed("title"), objects={"pk": "action"}),
    "assessments:departure_list": _row(READERS),
    # Departures are the PCC's and Chief Constable's decisions: PCC office staff record them
    # too, and only they approve or end one (acts the register records, never typed).
    "assessments:departure_create": _row(
        EDITORS | {PCC_STAFF}, EDITORS | {PCC_STAFF}, _departure_new
    ),
    "assessments:departure_edit": _row(
        EDITORS | {PCC_STAFF},
        EDITORS | {PCC_STAFF},
        payloads={
            "save": Post(_changed("title")),
            "approve": Post(_approve_departure, frozenset({PCC_STAFF})),
            "end": Post(
                _end_departure, frozenset({PCC_STAFF}), objects={"pk": "approved_departure"}
            ),
        },
        objects={"pk": "departure"},
    ),
    # The paper, issued papers and the dashboard.
    "reports:paper": _row(READERS),
    "reports:paper_pdf": _row(READERS, content=PDF),
    "reports:paper_issue": _row({PCC_STAFF}, {PCC_STAFF}, _issue),
    "reports:period_reopen": _row(
        {ADMINISTRATOR}, {ADMINISTRATOR}, _reopen, objects={"period_pk": "previous"}
    ),
    "reports:issued_list": _row(EVERYONE),
    "reports:issued_detail": _row(EVERYONE, objects={"pk": "issued"}),
    "reports:issued_download": _row(EVERYONE, objects={"pk": "issued"}, content=PDF),
    "reports:dashboard": _row(EVERYONE),
    "reports:dashboard_pdf": _row(EVERYONE, content=PDF),
    "reports:compare": _row(EVERYONE),
}

# The Django admin is one family: only administrators (is_staff) get in; anyone else is sent
# to the admin's sign-in (which sends anonymous visitors on to the product's sign-in, and tells
# a signed-in person without the right that they may not). Every admin URL is covered by this
# family; index and every change list are requested.
ADMIN_PREFIX = "admin:"
# Administrators manage users, forces and periods there (and read reopenings and roles); every
# other change list answers 403, so the workflow and the period lock cannot be sidestepped.
ADMIN_CHANGELISTS = {
    "admin:accounts_user_changelist",
    "admin:accounts_force_changelist",
    "admin:threats_reportingperiod_changelist",
    "admin:threats_periodreopening_changelist",
    "admin:auth_group_changelist",
}
ADMIN_FAMILY = _row(
    {ADMINISTRATOR},
    answers=dict.fromkeys(SIGNED_IN - {ADMINISTRATOR}, ADMIN_SIGN_IN) | {ANONYMOUS: SOME_SIGN_IN},
    post_untested=(
        "the admin's own forms are tested in tests/test_admin.py; the attempts to reach another "
        "force or raise one's own powers there are ADMIN_ATTEMPTS"
    ),
)

# Attempts in the admin to reach another force or raise one's own powers. A force's
# administrator manages only their own force's people, details and periods, and never their own
# roles, force or staff status; a superuser manages every force; nobody moves a period that holds
# its force's data. Each attempt is the admin's form as it opens for a superuser (who sees every
# field), changed as an intruder would, and posted by each persona: the administrator gets the
# answer below, everyone else the admin family's sign-in, and nothing changes. The superuser's
# own POST of the same shows the attempt is a real change, where a superuser may make it.
SUPERUSER = "superuser"  # not a persona of the matrix: the control for the attempts
# Whose record an attempt's URL names.
OWN = "the sender's own record"
THEIR_PERSON = "a person of another force"
THEIR_FORCE = "another force"
OPEN_PERIOD = "the force's open period, which holds its data"
NEW = "nothing: an add page"

OWN_POWERS = "You cannot change your own roles, force or staff status"
SUPERUSER_ONLY = "Only a superuser can grant superuser status"
NOT_A_CHOICE = "Select a valid choice"
PERIOD_KEEPS_FORCE = "The force cannot change once the period holds its data"


@dataclass(frozen=True)
class Elsewhere:
    """Another force and one of its people: what the attempts reach for."""

    force: object
    person: object


@dataclass(frozen=True)
class AdminAttempt:
    """One POST to the admin (`url` names the page, `target` whose record it names) made from
    the form as a superuser sees it; `refused` is the administrator's answer (NOT_FOUND, or OK
    with the form error `why`) and `superuser` the superuser's (CHANGED, or OK with
    `superuser_why`)."""

    url: str
    target: str
    make: Callable[[Elsewhere, dict], dict]
    refused: str
    why: str = ""
    superuser: str = CHANGED
    superuser_why: str = ""


def _roles(*roles) -> list[str]:
    return [str(Group.objects.get(name=GROUP_NAMES[role]).pk) for role in roles]


def _new_person(elsewhere: Elsewhere, form: dict) -> dict:
    return form | {
        "username": "planted",
        "password1": "a long planted passphrase",
        "password2": "a long planted passphrase",
        "force": str(elsewhere.force.pk),
    }


def _new_period(elsewhere: Elsewhere, form: dict) -> dict:
    return form | {
        "force": str(elsewhere.force.pk),
        "edition": str(edition().pk),
        "rating_scale": str(default_scale().pk),
        "label": "2020/21",
        "starts_on": "2020-04-01",
        "ends_on": "2021-03-31",
    }


ADMIN_ATTEMPTS: dict[str, AdminAttempt] = {
    "give themselves the Analyst and PCC office staff roles": AdminAttempt(
        "admin:accounts_user_change",
        OWN,
        lambda elsewhere, form: (
            form | {"groups": _roles(Role.ADMINISTRATOR, Role.ANALYST, Role.PCC_STAFF)}
        ),
        OK,
        OWN_POWERS,
    ),
    "move themselves to another force": AdminAttempt(
        "admin:accounts_user_change",
        OWN,
        lambda elsewhere, form: form | {"force": str(elsewhere.force.pk)},
        OK,
        OWN_POWERS,
    ),
    "make themselves a superuser": AdminAttempt(
        "admin:accounts_user_change",
        OWN,
        lambda elsewhere, form: form | {"is_superuser": "on"},
        OK,
        SUPERUSER_ONLY,
    ),
    "change the roles of another force's person": AdminAttempt(
        "admin:accounts_user_change",
        THEIR_PERSON,
        lambda elsewhere, form: form | {"groups": _roles(Role.PCC_STAFF)},
        NOT_FOUND,
    ),
    "set the password of another force's person": AdminAttempt(
        "admin:auth_user_password_change",
        THEIR_PERSON,
        lambda elsewhere, form: (
            form | {"password1": "a long taken passphrase", "password2": "a long taken passphrase"}
        ),
        NOT_FOUND,
    ),
    "add a person to another force": AdminAttempt(
        "admin:accounts_user_add", NEW, _new_person, OK, NOT_A_CHOICE
    ),
    "change another force's details": AdminAttempt(
        "admin:accounts_force_change",
        THEIR_FORCE,
        lambda elsewhere, form: form | {"name": "Taken Constabulary"},
        NOT_FOUND,
    ),
    "move a period that holds data to another force": AdminAttempt(
        "admin:threats_reportingperiod_change",
        OPEN_PERIOD,
        lambda elsewhere, form: form | {"force": str(elsewhere.force.pk)},
        OK,
        NOT_A_CHOICE,
        superuser=OK,
        superuser_why=PERIOD_KEEPS_FORCE,
    ),
    "add a period for another force": AdminAttempt(
        "admin:threats_reportingperiod_add", NEW, _new_period, OK, NOT_A_CHOICE
    ),
}


def expected_get(row: Row, persona: str) -> str | frozenset[str]:
    if persona in row.answers:
        return row.answers[persona]
    if persona in row.get:
        return OK
    if persona == ANONYMOUS:
        return SIGN_IN
    return FORBIDDEN


def expected_post(row: Row, persona: str, post: Post | None = None) -> str:
    """CHANGED for a persona whose POST does the change; otherwise the refusal."""
    if persona == ANONYMOUS and not row.public:
        return SIGN_IN
    if row.post is None:
        return NOT_ALLOWED
    if post is None or post.who is None:
        return CHANGED if persona in row.post else FORBIDDEN
    if persona in post.who:
        return CHANGED
    return post.refused if persona in row.get else FORBIDDEN


def expected_attempt(attempt: AdminAttempt, persona: str) -> tuple[str | frozenset[str], str]:
    """The answer to an admin attempt, and the words its page must hold (a form error)."""
    if persona == SUPERUSER:
        return attempt.superuser, attempt.superuser_why
    if persona == ADMINISTRATOR:
        return attempt.refused, attempt.why
    return expected_get(ADMIN_FAMILY, persona), ""
