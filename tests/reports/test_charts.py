"""Server-drawn SVG charts: valid XML, an image with a title and description, labelled
values, and a data table beside them."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from reports.charts import Series, bars, stacked_bars

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def check_accessible(root: ET.Element, title: str, desc: str) -> None:
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == title
    assert root.find(f"{SVG}desc").text == desc
    ids = root.get("aria-labelledby").split()
    assert ids == [root.find(f"{SVG}title").get("id"), root.find(f"{SVG}desc").get("id")]


def texts(root: ET.Element) -> list[str]:
    return [node.text for node in root.iter(f"{SVG}text")]


def test_stacked_bars_are_valid_svg_with_title_desc_and_labelled_values():
    chart = stacked_bars(
        "t",
        "Ratings <per> threat & area",
        "Counts by rating.",
        ["Terrorism", "Public order"],
        [
            Series("Meets", "#00703c", "#ffffff", [4, 5]),
            Series("Partially meets", "#ffdd00", "#0b0c0c", [1, 0]),
        ],
        "Threat area",
    )
    root = parse(chart.svg)
    check_accessible(root, "Ratings <per> threat & area", "Counts by rating.")
    words = texts(root)
    assert {"Terrorism", "Public order", "Meets", "Partially meets"} <= set(words), (
        "legend in words"
    )
    assert "4" in words and "5" in words, "each segment carries its number"
    tooltips = [t.text for t in root.iter(f"{SVG}title")][1:]
    assert "Terrorism: Partially meets, 1" in tooltips
    assert chart.columns == ["Meets", "Partially meets"]
    assert chart.rows == [("Terrorism", [4, 1]), ("Public order", [5, 0])]


def test_bars_with_nothing_to_count_still_draw():
    chart = bars("e", "Empty", "Nothing yet.", [Series("Open", "#1d70b8", "#ffffff", [0])])
    root = parse(chart.svg)
    check_accessible(root, "Empty", "Nothing yet.")
    assert root.findall(f"{SVG}rect") == []
    assert texts(root) == ["Open", "0"]


def test_a_label_cannot_break_out_of_the_svg():
    chart = bars(
        "x",
        '"><script>alert(1)</script>',
        "d",
        [Series("</text><script>", "#000000", "#ffffff", [2])],
    )
    assert "<script>" not in chart.svg
    parse(chart.svg)


@pytest.mark.django_db
def test_the_dashboard_draws_four_charts_each_with_a_data_table(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    body = client.get(reverse("reports:dashboard", args=[paper_period.pk])).content.decode()
    svgs = re.findall(r"<svg .*?</svg>", body, flags=re.S)
    assert len(svgs) == 4
    titles = []
    for svg in svgs:
        root = parse(svg)
        assert root.get("role") == "img"
        assert root.find(f"{SVG}desc").text
        titles.append(root.find(f"{SVG}title").text)
    assert titles[0] == "Ratings per threat area, 2019/20"
    assert titles[1] == "Ratings across periods, Testshire Police"
    assert titles[2].startswith("Evidence freshness today (")
    assert titles[3] == "Actions by status"
    assert body.count('<details class="govuk-details">') == 4
    assert body.count('class="govuk-table app-chart__table"') == 4
    # Ratings across periods: both years, with 2018/19 first.
    across = parse(svgs[1])
    words = texts(across)
    assert words.index("2018/19") < words.index("2019/20")
    assert ' style="' not in body, "strict CSP: no style attributes"
