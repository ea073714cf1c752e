"""The examples in the timeline modules' docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["storyline.timeline", "storyline.timeline.dates", "storyline.timeline.candidates",
           "storyline.timeline.clauses", "storyline.timeline.merge", "storyline.timeline.overview",
           "storyline.timeline.salience", "storyline.timeline.verbs"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
