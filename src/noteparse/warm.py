"""Imported by the batch fork server before it forks any worker: builds the default pipeline and
parses one short note, so every worker starts with a warm pipeline, shared copy-on-write, instead
of each spending ~0.8 s building its own (spaCy's matchers, lazily compiled patterns), and
reads the town table the venue rule may need. All of it is made with the collector paused and
then frozen (:mod:`noteparse.startup`), so the workers share its pages rather than copying those a
collection would touch.

Importing it never raises: if the build fails, each worker builds again and reports the error.
"""

from contextlib import suppress

from .startup import collector_paused

with suppress(Exception), collector_paused():
    from .pipeline import Pipeline
    from .places import towns_named

    Pipeline()("Information note\n\nEvent: Workshop on export control, Vienna, Austria, 3-4 May 2019. "
               "Organized by the United Nations Office for Disarmament Affairs (UNODA).\n")
    towns_named("")
