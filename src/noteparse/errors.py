"""The few exceptions noteparse raises; the CLI turns each into a one-line message."""


class NoteParseError(Exception):
    """Base of every error noteparse raises on purpose: a bad input, not a bug."""

    kind = "error"


class DecodeError(NoteParseError):
    """The bytes are not text we can read (NUL bytes, undecodable, empty)."""

    kind = "decode"


class InputError(NoteParseError):
    """The input cannot be read at all (missing, unreadable, a directory, too large)."""

    kind = "input"


class ModelError(NoteParseError):
    """A trained spaCy pipeline was asked for but is not installed."""

    kind = "model"


class EmptyNoteError(NoteParseError):
    """The note has no text: empty, or white space only."""

    kind = "empty"
