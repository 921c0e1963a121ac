"""The CLI, the API and the README stay in step (CLI = API = docs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from chronist.cli import app

REPO = Path(__file__).resolve().parent.parent

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_docs_readme_commands_first() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    first_block = readme.split("```", 2)[1]
    assert "make demo" in first_block and "make test" in first_block


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_has_help_with_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert re.search(r"Examples?:", result.output), f"'chronist {command} --help' shows no example"


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_in_readme(command: str) -> None:
    assert f"chronist {command}" in (REPO / "README.md").read_text("utf-8")
