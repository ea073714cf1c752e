"""Every docstring example in the package runs and shows what it says (the examples are documentation)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import storyline

MODULES = sorted(m.name for m in pkgutil.walk_packages(storyline.__path__, "storyline."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_most_modules_show_an_example():
    with_examples = [n for n in MODULES if doctest.DocTestFinder().find(importlib.import_module(n))
                     and any(t.examples for t in doctest.DocTestFinder().find(importlib.import_module(n)))]
    assert len(with_examples) >= 0.6 * len(MODULES)
