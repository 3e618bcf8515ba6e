"""spaCy imported without its command line: nothing of the CLI loads, yet all of spaCy still works.

Each case runs in a fresh interpreter, since this process imported spaCy long ago."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_CLI_ONLY = ("spacy.cli", "weasel", "requests", "httpx", "jinja2")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_spacy_import_leaves_the_command_line_out():
    out = _run(f"""
        import sys
        import noteparse.nlp
        print(sorted({{m.split('.')[0] + '.' + m.split('.')[1] if m.startswith('spacy.') else m.split('.')[0]
                       for m in sys.modules}} & set({_CLI_ONLY!r})))
        print(noteparse.nlp.build_nlp()("Vienna, Austria")[1].text)
    """)
    assert out.splitlines() == ["[]", ","]


def test_spacy_import_spacy_cli_and_info_still_work_when_asked_for():
    out = _run("""
        import noteparse.nlp
        import spacy
        assert not hasattr(spacy, "cli")
        import spacy.cli
        from spacy.cli.info import info
        print(spacy.cli.info is info, "spaCy version" in spacy.info(markdown=True))
    """)
    assert out == "True True"


def test_spacy_import_after_spacy_changes_nothing():
    out = _run("""
        import spacy, spacy.cli
        from noteparse.spacy_import import spacy as ours
        print(ours is spacy, ours.cli is spacy.cli)
    """)
    assert out == "True True"


def test_spacy_import_records_are_the_same_as_with_a_plain_import(tmp_path):
    note = "Workshop on export control, Vienna, Austria, 3-4 May 2019, organized by UNODA with Kenya and Peru."
    code = """
        import sys
        {first}
        from noteparse.pipeline import Pipeline
        print(Pipeline()(sys.argv[1]).model_dump_json(exclude={{"source"}}))
    """
    plain, lean = (subprocess.run([sys.executable, "-c", textwrap.dedent(code.format(first=first)), note],
                                  capture_output=True, text=True, timeout=120, check=True).stdout
                   for first in ("import spacy", ""))
    assert plain == lean and '"KEN"' in lean
