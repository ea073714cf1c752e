"""The article cap of a region takes the first wave's story links before movers and the second wave.

Review r38c's numbers: a touched story of 40 articles whose only story link (a mean cosine of 0.03) is
to a neighbour of 1,500, with a cap of 3,000.  A second-wave link of that neighbour to another story of
1,500 weighs 0.30: taken strongest first across kinds and waves it filled the neighbour's room, and the
touched story was left alone in its region, its own partner pushed out by a link further from the batch.
"""

from __future__ import annotations

from storyline.link.regions import capped_groups

SIZES = {1: 40, 2: 1500, 3: 1500}
CAP = 3000


def test_a_second_wave_link_does_not_push_out_a_touched_storys_own_partner():
    first_wave = [(0.03, 1, 2)]
    movers: list[tuple[float, int, int]] = []
    second_wave = [(0.30, 2, 3)]
    assert capped_groups([1], SIZES, [first_wave, movers, second_wave], CAP) == [[1, 2], [3]]


def test_a_mover_link_does_not_push_out_a_touched_storys_own_story_link():
    # a mover's weight is one article's cosine with a story: larger than story means, so tier, not weight
    assert capped_groups([1], SIZES, [[(0.03, 1, 2)], [(0.30, 2, 3)], []], CAP) == [[1, 2], [3]]


def test_within_a_tier_the_strongest_link_is_still_taken_first():
    assert capped_groups([1], SIZES, [[(0.03, 1, 2), (0.30, 2, 3)]], CAP) == [[1], [2, 3]]
