"""The editor's helpers number paragraphs by the paper's one rule (evidence.citations)."""

import pytest

from assessments.preview import insert_citation
from evidence.citations import split_blocks

LISTED = "The threats are:\n\n- terrorism\n- public disorder\n\nThe force must have regard."


def test_a_citation_for_a_paragraph_with_a_list_goes_after_its_last_item():
    cited = insert_citation(LISTED, "[@EV-1]", 1)
    assert cited == (
        "The threats are:\n\n- terrorism\n- public disorder [@EV-1]\n\nThe force must have regard."
    )
    assert "[@EV-1]" in split_blocks(cited)[0].text, "still paragraph 1, as the preview shows"


def test_the_paragraph_after_a_list_is_numbered_as_the_paper_numbers_it():
    assert insert_citation(LISTED, "[@EV-1]", 2).endswith("must have regard. [@EV-1]")
    with pytest.raises(ValueError) as error:
        insert_citation(LISTED, "[@EV-1]", 3)
    assert error.value.args == (2,), "the text has 2 paragraphs"


def test_a_heading_after_a_first_blank_line_is_not_a_paragraph():
    text = "  \n### Pursue\n\nOfficers took part."
    assert insert_citation(text, "[@EV-1]", 1) == "  \n### Pursue\n\nOfficers took part. [@EV-1]"


def test_the_rest_of_the_text_stays_as_written():
    text = "One.\r\n\r\n\r\nTwo  \n \nThree."
    assert insert_citation(text, "[@EV-1]", 2) == "One.\n\n\nTwo [@EV-1]\n \nThree."
    assert insert_citation(text, "[@EV-1]", None) == "One.\n\n\nTwo  \n \nThree. [@EV-1]"
    assert insert_citation("", "[@EV-1]", None) == "[@EV-1]"
