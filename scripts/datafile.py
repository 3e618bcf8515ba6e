"""Write a generated data file, or check that the committed one is current: what every build script ends with."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(out: Path, text: str, argv: list[str], summary: str) -> int:
    """With ``--check`` in ``argv``: 0 if ``out`` holds ``text``, else 1 and a hint; otherwise write it
    and print ``summary``. The exit status for ``main``."""
    script = Path(sys.argv[0]).name
    if "--check" in argv:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is out of date: run python scripts/{script}", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(summary, file=sys.stderr)
    return 0
