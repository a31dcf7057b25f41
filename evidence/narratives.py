"""Which texts are narratives: the texts that may cite evidence.

A narrative is Markdown whose blocks the paper numbers as paragraphs and whose citation markers
become footnotes (evidence/citations.py). The apps that own such texts (a threat's context, a
C's narrative and gaps, a departure's justification, the paper's own texts) register them here
when they start, so this app, below them, knows every narrative without importing them:

- saving any of them rewrites its Citation rows (evidence/services.py, citations_sync), which
  protect the items cited and let the register show where each one is cited;
- the paper gathers the evidence cited by all of a period's narratives.

A text added later becomes a narrative by registering it, with a Citation foreign key to its
model (Citation.target_links lists them).
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class Place:
    """Where one text of a narrative stands, as the evidence page lists the paragraphs citing
    an item: "2019/20, Public order, Capability: narrative", linked to its page."""

    period_label: str
    period_starts_on: datetime.date
    section: str  # e.g. "Public order", "Departures", "Board paper"
    text: str  # e.g. "Capability: gaps", "DEP-002: justification", "Background"
    url: str
    order: tuple  # sorts the places of one period in the paper's order
    state: str = ""  # the review state, where the text has one
    # How the page names the text's numbered paragraphs: "para-" when paragraph 3 is at
    # "#para-3" (numbered within the text, as Citation.paragraph is). Empty: none are named.
    paragraph_anchor: str = ""

    def paragraph_url(self, paragraph: int) -> str:
        """Where one of the text's paragraphs is: on its page, at it when the page names it."""
        if not self.paragraph_anchor:
            return self.url
        return f"{self.url}#{self.paragraph_anchor}{paragraph}"


@dataclass(frozen=True)
class NarrativeKind:
    model: type[models.Model]
    # The model's text fields that may cite, e.g. ("narrative", "gaps").
    fields: tuple[str, ...]
    # The Citation foreign key that points at the model.
    link: str
    # The lookup from the model to its force's id, e.g. "period__force_id".
    force: str
    # Where a text of an object stands (the object fetched with `related`).
    place: Callable[[models.Model, str], Place]
    # What `place` reads, as select_related paths from the model.
    related: tuple[str, ...] = ()

    def force_id_of(self, obj: models.Model) -> int:
        value = obj
        for step in self.force.split("__"):
            value = getattr(value, step)
        return value

    def texts_of(self, obj: models.Model) -> dict[str, str]:
        return {name: getattr(obj, name) or "" for name in self.fields}


_KINDS: dict[type[models.Model], NarrativeKind] = {}


def register(
    model: type[models.Model],
    *,
    fields: tuple[str, ...],
    link: str,
    force: str,
    place: Callable[[models.Model, str], Place],
    related: tuple[str, ...] = (),
) -> None:
    """Declare `fields` of `model` narratives; `link` is the Citation foreign key to it."""
    from evidence.models import Citation

    if link not in Citation.target_links():
        raise ValueError(f"Citation has no foreign key {link!r} for {model.__name__}")
    kind = NarrativeKind(model, tuple(fields), link, force, place, tuple(related))
    if _KINDS.get(model, kind) != kind:
        raise ValueError(f"{model.__name__} is registered as a narrative already")
    _KINDS[model] = kind


def kind_of(obj_or_model) -> NarrativeKind:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    try:
        return _KINDS[model]
    except KeyError:
        raise TypeError(f"{model.__name__} has no registered narrative") from None


def kinds() -> list[NarrativeKind]:
    return list(_KINDS.values())


def texts_of_all(objects: Iterable[models.Model]) -> list[str]:
    """Every narrative text of the given objects, in order."""
    return [text for obj in objects for text in kind_of(obj).texts_of(obj).values()]
