"""Fixtures shared by the actor tests."""

from __future__ import annotations

import pytest

from chronist.actors import build_stage


@pytest.fixture(scope="session")
def stages():
    return {"en": build_stage("en"), "de": build_stage("de")}
