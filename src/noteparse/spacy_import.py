"""Import spaCy without its command line: a third of ``import spacy``, paid by every process.

``spacy/__init__.py`` imports ``spacy.cli.info`` only to offer ``spacy.info()``, and that loads
every spaCy command with what they need (weasel, requests, httpx, typer, jinja2): 0.3 s of the
~1 s spaCy takes to import here, for code noteparse never runs. This module imports spaCy with
``spacy.cli`` held off by a placeholder, then takes the placeholder away: ``spacy.info`` loads
the real command when first called, and ``import spacy.cli`` imports the real package as usual.

Importing it first (as :mod:`noteparse.nlp` does) is all it takes. When spaCy is already
imported, or a spaCy release no longer imports its CLI this way, spaCy is imported as usual.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, loading spaCy's command line on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_spacy() -> types.ModuleType:
    if "spacy" in sys.modules or _CLI in sys.modules:
        import spacy

        return spacy
    cli = types.ModuleType(_CLI)
    cli.__path__ = []
    info = types.ModuleType(_INFO)
    info.info = _info  # type: ignore[attr-defined]
    sys.modules[_CLI], sys.modules[_INFO] = cli, info
    try:
        import spacy
    except ImportError:
        spacy = None  # type: ignore[assignment]
    finally:
        for name, placeholder in ((_CLI, cli), (_INFO, info)):
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    if spacy is None:  # a release that wants more of its CLI at import time than `info`
        import spacy
    elif getattr(spacy, "cli", None) is cli:
        del spacy.cli
    return spacy


spacy = _import_spacy()
