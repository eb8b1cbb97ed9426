"""answers/finding_keys.py: which of a finding's words name it, read from how the passages write them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.answers.finding_keys import (
    FRAME_WEIGHT,
    adjacent_share,
    phrase_words,
    with_frame_words_light,
    written_in,
)
from assistant.search.sparse import BM25Index, tokenize


@dataclass
class _Chunk:
    text: str


@dataclass
class _Index:
    """What ``finding_keys`` reads of an index: its passages and their BM25 matrix."""

    chunks: list[_Chunk]
    bm25: BM25Index


def _index(texts: list[str]) -> _Index:
    return _Index([_Chunk(t) for t in texts], BM25Index.build([tokenize(t) for t in texts]))


# Passages as the reports write them: "driving lessons" is a phrase; "pay" stands elsewhere.
_PASSAGES = [
    *["Care leavers are offered driving lessons and a setting-up home grant."] * 6,
    *["The local offer includes funded driving lessons for care leavers."] * 6,
    *["Young people do not pay council tax until they are 25."] * 6,
    *["Leaders are driving improvement, and lessons learned are shared with care leavers."] * 2,
    *["Social workers visit children regularly and know them well."] * 6,
]


@pytest.fixture(scope="module")
def index() -> _Index:
    return _index(_PASSAGES)


def test_words_that_stand_side_by_side_in_most_passages_holding_both_are_a_phrase(index: _Index) -> None:
    drive, lesson = tokenize("driving lessons")
    assert adjacent_share(index, drive, lesson) > 0.8  # type: ignore[arg-type]
    assert adjacent_share(index, "pay", drive) == 0.0  # type: ignore[arg-type]
    assert phrase_words(index, "help care leavers pay for driving lessons") >= {drive, lesson}  # type: ignore[arg-type]


def test_a_questions_own_word_weighs_little_beside_the_topics_phrase(index: _Index) -> None:
    topic = "help care leavers pay for driving lessons"
    terms = tokenize(topic)
    weights = {t: 3.0 for t in terms}
    out = with_frame_words_light(index, [(topic, terms)], weights)  # type: ignore[arg-type]
    assert out["pay"] == FRAME_WEIGHT
    assert out[tokenize("lessons")[0]] == 3.0


def test_a_word_after_the_phrase_says_what_of_it_is_found_and_keeps_its_weight(index: _Index) -> None:
    topic = "driving lessons pay"
    terms = tokenize(topic)
    out = with_frame_words_light(index, [(topic, terms)], {t: 3.0 for t in terms})  # type: ignore[arg-type]
    assert out["pay"] == 3.0


def test_a_topic_whose_only_phrase_is_its_people_is_read_as_before(index: _Index) -> None:
    topic = "social workers visit children"
    terms = tokenize(topic)
    weights = {t: 2.0 for t in terms}
    assert with_frame_words_light(index, [(topic, terms)], weights) == weights  # type: ignore[arg-type]


def test_how_often_the_reports_write_an_everyday_phrase(index: _Index) -> None:
    assert written_in(index, "driving lessons") == 12  # type: ignore[arg-type]
    assert written_in(index, "Driving-lessons") == 12  # type: ignore[arg-type]
    assert written_in(index, "home-schooled") == 0  # type: ignore[arg-type]
