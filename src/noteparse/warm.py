"""Imported by the batch fork server before it forks any worker: builds the default pipeline and
parses one short note, so every worker starts with a warm pipeline, shared copy-on-write, instead
of each spending ~0.8 s building its own (spaCy's matchers, lazily compiled patterns), and
reads the town table the venue rule may need.

Importing it never raises: if the build fails, each worker builds again and reports the error.
"""

from contextlib import suppress

with suppress(Exception):
    from .pipeline import Pipeline
    from .places import towns_named

    Pipeline()("Information note\n\nEvent: Workshop on export control, Vienna, Austria, 3-4 May 2019. "
               "Organized by the United Nations Office for Disarmament Affairs (UNODA).\n")
    towns_named("")
