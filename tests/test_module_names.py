"""Each module binds a top-level name once: a second ``_A_UNIVERSITY = …`` further down a long module
silently replaces the first for every function that reads it at call time."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parents[1] / "src" / "noteparse").glob("*.py"))


def top_level_bindings(source: str) -> dict[str, list[int]]:
    """Top-level name -> the lines that bind it (assignments, functions, classes)."""
    found: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            found.setdefault(name, []).append(node.lineno)
    return found


def test_top_level_bindings_sees_a_rebinding():
    assert top_level_bindings("A = 1\ndef f():\n    return A\nA = 2\n") == {"A": [1, 4], "f": [2]}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_a_modules_top_level_names_are_bound_once(path):
    twice = {name: lines for name, lines in top_level_bindings(path.read_text(encoding="utf-8")).items()
             if len(lines) > 1 and name != "__all__"}
    assert twice == {}
