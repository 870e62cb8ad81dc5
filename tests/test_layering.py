"""No module under briefing/ reaches into another's private names (DESIGN.md, Layout).

import-linter (run by .ci/run) checks who imports whom; this checks what is used of an import:
``from briefing.x import _name``, ``module._name`` and ``something.other._name`` are private
reaches. ``self._name`` and ``cls._name`` are a class's own.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"


def private_reaches(source: str, filename: str) -> list[str]:
    tree = ast.parse(source, filename)
    # The standard library's own underscored names (os._exit) are its public API, not our private ones.
    outside = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
        if not alias.name.startswith("briefing")
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefing"):
            found += [
                f"{filename}:{node.lineno}: imports {node.module}.{alias.name}"
                for alias in node.names
                if _private(alias.name)
            ]
        elif isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value
            if isinstance(owner, ast.Name) and (owner.id in ("self", "cls") or owner.id in outside):
                continue
            if isinstance(owner, ast.Call) and ast.unparse(owner.func) == "super":
                continue  # an override calling what it overrides: the object's own, as self._x is
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_the_checker_finds_private_reaches() -> None:
    source = (
        "from briefing.store import _atomic_write\n"
        "import briefing.export as export\n"
        "export._escape('x')\n"
        "self.app._show_state()\n"
        "self._own()\n"
        "super()._parse_rules(css)\n"
        "import os\n"
        "os._exit(0)\n"
    )
    assert len(private_reaches(source, "sample.py")) == 3


def test_no_module_reaches_into_another_modules_private_names() -> None:
    reaches = []
    for path in sorted(PACKAGE.rglob("*.py")):
        reaches += private_reaches(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert reaches == []
