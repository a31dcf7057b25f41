"""The board paper's own texts, registered as narratives with the evidence app
(evidence/narratives.py)."""

from django.urls import reverse

from evidence.narratives import Place, register
from reports.models import BoardPaper

TEXTS = {
    "purpose": "Purpose of paper",
    "background": "Background",
    "recommendation": "Recommendation",
    "conclusion": "Conclusion",
}


def _paper_place(paper: BoardPaper, field: str) -> Place:
    period = paper.period
    return Place(
        period_label=period.label,
        period_starts_on=period.starts_on,
        section="Board paper",
        text=TEXTS[field],
        url=reverse("reports:paper", args=[period.pk]) + f"#{field}",
        order=(0, list(TEXTS).index(field)),
    )


def register_narratives() -> None:
    register(
        BoardPaper,
        fields=tuple(TEXTS),
        link="board_paper",
        force="period__force_id",
        place=_paper_place,
        related=("period",),
    )
