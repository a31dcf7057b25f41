"""The SPR framework loaded by the data migrations."""

import pytest

from threats.models import Edition, RatingScale

pytestmark = pytest.mark.django_db


def keys_in_order(edition_key, relation):
    edition = Edition.objects.get(key=edition_key)
    return list(getattr(edition, relation).order_by("order").values_list("key", flat=True))


def test_the_2015_edition_has_six_threat_areas_in_the_papers_order():
    assert keys_in_order("spr-2015", "threat_areas") == [
        "terrorism",
        "public-order",
        "serious-organised-crime",
        "cyber",
        "civil-emergencies",
        "child-sexual-abuse",
    ]


def test_the_2023_edition_has_seven_threat_areas_in_its_own_order():
    assert keys_in_order("spr-2023", "threat_areas") == [
        "vawg",
        "terrorism",
        "serious-organised-crime",
        "cyber",
        "child-sexual-abuse",
        "public-order",
        "civil-emergencies",
    ]


def test_a_threat_keeps_its_key_while_its_label_drifts_between_editions():
    labels = dict(Edition.objects.get(key="spr-2023").threat_areas.values_list("key", "label"))
    assert labels["public-order"] == "Public disorder"
    assert labels["cyber"] == "National cyber event"
    old = Edition.objects.get(key="spr-2015").threat_areas.get(key="public-order")
    assert old.label == "Public order"
    assert "Public disorder" in old.aliases


@pytest.mark.parametrize("edition_key", ["spr-2015", "spr-2023"])
def test_later_editions_use_the_five_cs(edition_key):
    assert keys_in_order(edition_key, "dimensions") == [
        "capacity",
        "contribution",
        "capability",
        "consistency",
        "connectivity",
    ]


def test_the_2012_edition_joins_capacity_and_contribution():
    assert keys_in_order("spr-2012", "dimensions") == [
        "capacity-contribution",
        "capability",
        "consistency",
        "connectivity",
    ]
    assert len(keys_in_order("spr-2012", "threat_areas")) == 5


def test_the_default_scale_has_words_and_colours_best_first():
    scale = RatingScale.objects.get(key="spr-compliance")
    levels = list(scale.levels.order_by("rank"))
    assert [level.label for level in levels] == [
        "Meets",
        "Partially meets",
        "Does not meet",
        "Not yet assessed",
    ]
    assert [level.is_assessed for level in levels] == [True, True, True, False]


def _luminance(hex_colour):
    def channel(value):
        c = int(value, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(hex_colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("scale_key", ["spr-compliance", "peel", "pcc-assurance"])
def test_every_rating_colour_keeps_its_words_readable(scale_key):
    # The words sit on the colour in the matrix: WCAG 2.2 AA asks 4.5:1 for normal text.
    for level in RatingScale.objects.get(key=scale_key).levels.all():
        light, dark = sorted([_luminance(level.colour), _luminance(level.text_colour)])
        assert (dark + 0.05) / (light + 0.05) >= 4.5, level.label
