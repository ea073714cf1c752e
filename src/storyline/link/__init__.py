"""Link stage: near-duplicates, events, stories (placeholder until the linking work lands)."""

from __future__ import annotations

from typing import Any

from storyline.settings import Settings


def update(store: Any, settings: Settings, rebuild: bool = False, progress: Any = None) -> None:
    return None
