"""Build the board paper from gathered data: continuous paragraph and footnote numbers.

Pure functions over reports.selectors.PaperData: no queries. The HTML page, the PDF and the
issued copies render the Paper this returns through the same partial templates, so a board
member's "paragraph 27" is the same paragraph everywhere.
"""

import datetime
from dataclasses import dataclass

from evidence.models import EvidenceItem
from evidence.numbering import Block, Footnote, Numberer
from evidence.staleness import StaleVerdict
from reports.matrix import MatrixCell
from reports.narratives import TEXTS
from reports.selectors import PaperData


@dataclass
class Cell(MatrixCell):
    """A cell as the paper prints it: the matrix's fields, then its narrative and gaps."""

    blocks: list[Block]
    gaps: list[Block]


@dataclass
class ThreatSection:
    key: str
    label: str
    anchor: str
    context: list[Block]
    cells: list[Cell]
    metrics: list
    actions: list
    departures: list  # (departure, its justification as numbered blocks)
    footnotes: list[Footnote]


@dataclass
class AnnexEntry:
    evidence: EvidenceItem
    paragraphs: list[int]
    staleness: StaleVerdict  # for this paper (PaperData.stale_check), with its reason


@dataclass
class Section:
    title: str
    anchor: str
    blocks: list[Block]
    footnotes: list[Footnote]


@dataclass
class Paper:
    data: PaperData
    title: str
    classification: str
    paper_date: datetime.date
    five_cs_heading: str
    purpose: Section
    background: Section
    recommendation: Section
    threats: list[ThreatSection]
    general_departures: list  # (departure, blocks) for departures tied to no threat area
    general_departure_notes: list[Footnote]
    conclusion: Section
    annex: list[AnnexEntry]
    footnotes: list[Footnote]
    paragraph_count: int
    unknown_references: list[str]

    @property
    def opening_sections(self) -> list[Section]:
        return [self.purpose, self.background, self.recommendation]


def five_cs_heading(labels: list[str]) -> str:
    """ "Capacity, Contribution, Capability, Consistency & Connectivity", from the edition."""
    if len(labels) < 2:
        return "".join(labels)
    return f"{', '.join(labels[:-1])} & {labels[-1]}"


def build_paper(data: PaperData) -> Paper:
    numberer = Numberer(data.evidence)
    paper = data.paper

    def section(title, anchor, text):
        start = len(numberer.footnotes)
        blocks = numberer.blocks(text)
        return Section(title, anchor, blocks, numberer.footnotes[start:])

    purpose = section(TEXTS["purpose"], "purpose", paper.purpose)
    background = section(TEXTS["background"], "background", paper.background + _edition_note(data))
    recommendation = section(TEXTS["recommendation"], "recommendation", paper.recommendation)
    threats = [_threat_section(data, area, numberer) for area in data.threat_areas]
    start = len(numberer.footnotes)
    general_departures = [
        (departure, numberer.blocks(departure.justification))
        for departure in data.departures
        if departure.threat_area_id is None
    ]
    general_departure_notes = numberer.footnotes[start:]
    conclusion = section(TEXTS["conclusion"], "conclusion", paper.conclusion)

    annex = [
        AnnexEntry(
            evidence=data.evidence[reference],
            paragraphs=paragraphs,
            staleness=data.stale_check.verdict(data.evidence[reference]),
        )
        for reference, paragraphs in sorted(numberer.cited_in.items())
    ]
    return Paper(
        data=data,
        title=paper.title,
        classification=data.marking,
        paper_date=data.paper_date,
        five_cs_heading=five_cs_heading([d.label for d in data.dimensions]),
        purpose=purpose,
        background=background,
        recommendation=recommendation,
        threats=threats,
        general_departures=general_departures,
        general_departure_notes=general_departure_notes,
        conclusion=conclusion,
        annex=annex,
        footnotes=numberer.footnotes,
        paragraph_count=numberer.paragraphs,
        unknown_references=sorted(numberer.unknown),
    )


def _edition_note(data: PaperData) -> str:
    edition = data.period.edition
    return (
        f"\n\nThis paper assesses the period {data.period.label} against "
        f"{edition.title}, which names {len(data.threat_areas)} national threats. Each is "
        f"assessed below on {five_cs_heading([d.label.lower() for d in data.dimensions])}."
    )


def _threat_section(data: PaperData, area, numberer: Numberer) -> ThreatSection:
    start = len(numberer.footnotes)
    assessment = data.threat_assessments.get(area.id)
    context = numberer.blocks(assessment.context if assessment else "")
    cells = []
    for dimension in data.dimensions:
        cell = data.cells.get((area.id, dimension.id))
        cells.append(
            Cell.of(
                data,
                area,
                dimension,
                blocks=numberer.blocks(cell.narrative if cell else ""),
                gaps=numberer.blocks(cell.gaps if cell else "", heading="Gaps"),
            )
        )
    # Numbered after the cells, in the order the section prints them.
    departures = [
        (departure, numberer.blocks(departure.justification))
        for departure in data.departures
        if departure.threat_area_id == area.id
    ]
    return ThreatSection(
        key=area.key,
        label=area.label,
        anchor=f"threat-{area.key}",
        context=context,
        cells=cells,
        metrics=[m for m in data.metrics if assessment and m.threat_assessment_id == assessment.id],
        actions=[a for a in data.actions if a.threat_area and a.threat_area.key == area.key],
        departures=departures,
        footnotes=numberer.footnotes[start:],
    )
