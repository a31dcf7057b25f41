"""A cell of the threat areas x Cs matrix, as the paper and the dashboard both show it.

The paper's summary (reports.paper.Cell) and the dashboard's status matrix
(reports.dashboard.StatusCell) each add their own fields to MatrixCell; the rating, the state
and the direction of travel since the previous period are worked out here only, so the two
matrices cannot disagree. Pure functions over reports.selectors.PaperData: no queries.
"""

import enum
from dataclasses import dataclass
from typing import Self

from reports.selectors import PaperData
from threats.models import Dimension, RatingLevel, ThreatArea


class Direction(enum.Enum):
    IMPROVED = "improved", "Improved", "▲"
    DECLINED = "declined", "Declined", "▼"
    SAME = "same", "No change", "▬"
    NEW = "new", "No previous rating", "–"
    NOT_COMPARABLE = "not-comparable", "Not comparable", "–"

    def __init__(self, key, label, symbol):
        self.key = key
        self.label = label
        self.symbol = symbol


def direction_of(current, previous) -> Direction:
    if previous is None:
        return Direction.NEW
    if current.scale_id != previous.scale_id or not current.is_assessed or not previous.is_assessed:
        return Direction.NOT_COMPARABLE
    if current.rank < previous.rank:
        return Direction.IMPROVED
    if current.rank > previous.rank:
        return Direction.DECLINED
    return Direction.SAME


def not_assessed(levels: list[RatingLevel]) -> RatingLevel:
    """The scale's "not yet assessed" level: a cell nobody has started reads as this."""
    return next(level for level in levels if not level.is_assessed)


@dataclass
class MatrixCell:
    dimension: str
    dimension_key: str
    rating_id: int
    rating: str
    colour: str
    text_colour: str
    rank: int
    is_assessed: bool
    state: str
    is_approved: bool
    direction: Direction
    previous_rating: str

    @classmethod
    def of(cls, data: PaperData, area: ThreatArea, dimension: Dimension, **extra) -> Self:
        """The cell of `area` and `dimension` in the period; `extra` holds a subclass's fields."""
        assessment = data.cells.get((area.id, dimension.id))
        rating = assessment.rating if assessment else not_assessed(data.levels)
        previous = data.previous_ratings.get((area.key, dimension.key))
        return cls(
            dimension=dimension.label,
            dimension_key=dimension.key,
            rating_id=rating.pk,
            rating=rating.label,
            colour=rating.colour,
            text_colour=rating.text_colour,
            rank=rating.rank,
            is_assessed=rating.is_assessed,
            state=assessment.get_state_display() if assessment else "Not started",
            is_approved=bool(assessment and assessment.state == assessment.State.APPROVED),
            direction=direction_of(rating, previous),
            previous_rating=previous.label if previous else "",
            **extra,
        )
