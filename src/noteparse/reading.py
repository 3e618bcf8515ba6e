"""Bytes -> text. Offsets in a record index the string returned here, which is the text the user
gave: a BOM is dropped, but newlines (CRLF, CR) and every other character are kept as they are."""

from __future__ import annotations

import codecs
import hashlib
import os
import quopri
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import DecodeError, EmptyNoteError, InputError

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
"""Real notes are 1-50 kB. Parsing is linear in the note's size, but a note's spaCy Doc and
mentions live in memory at once (about 100 MB per MB of text) and one huge file would hold a
batch worker for minutes, so files over 2 MiB are refused with a clear message; lift the limit
with max_bytes=None (``--max-bytes 0``) for the odd concatenated archive."""

_LEGACY_ENCODING = "cp1252"
_CONTROL = frozenset(chr(c) for c in range(32)) - set("\t\n\r\f\v")
_CONTROL_BYTES = bytes(sorted(map(ord, _CONTROL)))


@dataclass(frozen=True)
class Note:
    """A decoded note: its text, how it was decoded, and the hash of its bytes."""

    text: str
    encoding: str
    sha256: str
    path: str | None = None


QUOTED_PRINTABLE = "+quoted-printable"
"""Appended to the encoding of a note whose body was an e-mail's quoted-printable text."""
_QP_HEADER = re.compile(r"(?im)^content-transfer-encoding:[ \t]*quoted-printable[ \t]*\r?$")
_QP_CHARSET = re.compile(r"(?i)\bcharset=\"?([\w\-]+)")
_HEADER_REACH = 4000
"""How far into a note its mail headers may go."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode note bytes; return ``(text, encoding)``.

    UTF-8 (BOM or not) and UTF-16/32 with a BOM are read as such; other bytes are tried as
    Windows-1252 (a superset of Latin-1's printable range) and accepted only if they look like text.
    An e-mail saved with its headers, whose body is quoted-printable ("Content-Transfer-Encoding:
    quoted-printable", "=E2=80=93", lines broken by "="), has its body decoded: the encoding then
    ends in :data:`QUOTED_PRINTABLE`.
    Raises DecodeError for NUL bytes or binary data.
    """
    text, encoding = _decode(data)
    body = _quoted_printable_body(text)
    return (body, encoding + QUOTED_PRINTABLE) if body is not None else (text, encoding)


def _quoted_printable_body(text: str) -> str | None:
    """``text`` with its body decoded when its mail headers say the body is quoted-printable; else None."""
    head = text[:_HEADER_REACH]
    declared = _QP_HEADER.search(head)
    if declared is None:
        return None
    blank = re.search(r"\r?\n[ \t]*\r?\n", text[declared.end():])
    if blank is None:
        return None
    cut = declared.end() + blank.end()
    charset = _QP_CHARSET.search(head[:cut])
    try:
        codec = codecs.lookup(charset.group(1) if charset else "utf-8").name
    except LookupError:
        codec = "utf-8"
    body = quopri.decodestring(text[cut:].encode("utf-8", "surrogatepass")).decode(codec, errors="replace")
    return _checked(text[:cut] + body)


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}") from None
            return _checked(text), encoding
    if b"\x00" in data:
        raise DecodeError("binary data: contains NUL bytes")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode(_LEGACY_ENCODING, errors="replace")
    if "\ufffd" in text or _control_ratio(text) > 0.01:
        raise DecodeError("not text: neither UTF-8 nor Windows-1252/Latin-1")
    return _checked(text), _LEGACY_ENCODING


def _control_ratio(text: str) -> float:
    """The share of control characters in ``text``.

    Counted on its UTF-8 bytes, where each is one byte below 0x20 and no other character has
    one: ``bytes.translate`` deletes them twenty times faster than a loop over the characters.
    """
    data = text.encode("utf-8", "surrogatepass")
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / max(len(text), 1)


def _checked(text: str) -> str:
    if "\x00" in text:
        raise DecodeError("binary data: contains NUL characters")
    if _control_ratio(text) > 0.01:
        raise DecodeError("binary data: too many control characters")
    if not text.strip():
        raise EmptyNoteError("empty note: no text" if not text else "empty note: white space only")
    return text


def read_bytes(data: bytes, path: str | None = None) -> Note:
    """Decode bytes into a :class:`Note` (see :func:`decode`)."""
    text, encoding = decode(data)
    return Note(text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), path=path)


def read_note(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> Note:
    """Read and decode a note file. Raises InputError when the file cannot be read or is too large."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory")
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(f"{p}: {size:,} bytes is over the {max_bytes:,}-byte limit (--max-bytes 0 lifts it)")
        data = p.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, path=str(path))
