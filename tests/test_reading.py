"""Tests for noteparse.reading: bytes -> text, offsets on the user's text, clear errors."""

from __future__ import annotations

import codecs
import hashlib
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noteparse.errors import DecodeError, EmptyNoteError, InputError, NoteParseError
from noteparse.reading import decode, read_bytes, read_note


@pytest.mark.parametrize(
    "data,text,encoding",
    [
        ("café note".encode(), "café note", "utf-8"),
        (codecs.BOM_UTF8 + "café note".encode(), "café note", "utf-8-sig"),
        ("café note".encode("utf-16-le").join([codecs.BOM_UTF16_LE, b""]), "café note", "utf-16"),
        ("café note".encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]), "café note", "utf-16"),
        (codecs.BOM_UTF32_LE + "café".encode("utf-32-le"), "café", "utf-32"),
        (b"caf\xe9 it\x92s", "café it\u2019s", "cp1252"),
        (b"\x93quoted\x94 \x96 dash", "\u201cquoted\u201d \u2013 dash", "cp1252"),
        (b"line one\r\nline two\r\n", "line one\r\nline two\r\n", "utf-8"),
        (b"old mac\rline", "old mac\rline", "utf-8"),
        ("tab\there\u00a0nbsp".encode(), "tab\there\u00a0nbsp", "utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf32-le-bom", "cp1252-accent-quote",
         "cp1252-smart-quotes", "crlf-kept", "cr-kept", "tab-nbsp"],
)
def test_reading_decodes_text(data, text, encoding):
    assert decode(data) == (text, encoding)


_MAIL = (b"From: experts@un.org\r\nSubject: Information Note\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
         b"Content-Transfer-Encoding: quoted-printable\r\n\r\n")


@pytest.mark.parametrize(
    "body,text",
    [
        (b"Date and Venue: 12=E2=80=9314 June 2017, Libreville\r\nStates: S=C3=A3o Tom=C3=A9 and Pr=C3=ADncipe, Co=\r\nngo",
         "Date and Venue: 12\u201314 June 2017, Libreville\r\nStates: S\u00e3o Tom\u00e9 and Pr\u00edncipe, Congo"),
        (b"a=3Db", "a=b"),
    ],
    ids=["utf8-bytes-and-a-soft-break", "an-equals-sign"],
)
def test_reading_an_email_body_in_quoted_printable_is_decoded(body, text):
    decoded, encoding = decode(_MAIL + body)
    assert decoded == _MAIL.decode() + text and encoding == "utf-8+quoted-printable"


def test_reading_quoted_printable_only_when_the_headers_say_so():
    data = b"The formula was a=3Db and the line went on=\nhere."
    assert decode(data) == (data.decode(), "utf-8")


def test_reading_a_quoted_printable_note_gets_a_warning(pipeline):
    record = pipeline.parse_note(read_bytes(_MAIL + b"Regional Workshop held on 12=E2=80=9314 June 2017 in Libreville."))
    assert record.dates.start == "2017-06-12" and record.dates.end == "2017-06-14"
    assert "quoted_printable" in {w.code for w in record.warnings}


def test_reading_bom_is_not_part_of_the_offsets():
    note = read_bytes(codecs.BOM_UTF8 + b"Event: X")
    assert note.text.index("Event") == 0 and note.text[7:8] == "X"


def test_reading_crlf_offsets_index_the_users_text():
    raw = b"A\r\nEvent: Workshop"
    note = read_bytes(raw)
    assert note.text.index("Workshop") == raw.index(b"Workshop")


def test_reading_sha256_is_of_the_bytes():
    data = codecs.BOM_UTF8 + b"note"
    assert read_bytes(data, path="x.txt").sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    "data",
    [
        b"Event: X\x00\x00\x00 more",
        "note".encode("utf-16-le"),  # UTF-16 without a BOM: NUL bytes
        bytes(range(256)),
        random.Random(1540).randbytes(4096),
        random.Random(2004).randbytes(4096).replace(b"\x00", b"\x01"),
        b"\x81\x8d\x8f\x90\x9d" * 20,
        b"\x01\x02\x03\x04\x05\x06 text with control bytes \x07\x08\x0e\x0f",
        codecs.BOM_UTF16_LE + b"\x00\xd8",  # a lone surrogate after a UTF-16 BOM
    ],
    ids=["nul", "utf16-no-bom", "all-bytes", "random", "random-no-nul", "cp1252-undefined", "controls",
         "bad-utf16"],
)
def test_reading_rejects_binary(data):
    with pytest.raises(DecodeError):
        decode(data)


@pytest.mark.parametrize("data", [b"", b"   ", b" \r\n\t\r\n ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n",
                                  "\u00a0\u2003".encode()])
def test_reading_empty_note(data):
    with pytest.raises(EmptyNoteError):
        decode(data)


def test_reading_errors_share_one_base():
    assert issubclass(DecodeError, NoteParseError) and issubclass(EmptyNoteError, NoteParseError)
    assert issubclass(InputError, NoteParseError)


def test_reading_file_keeps_path_and_text(write_note):
    path = write_note("note.txt", b"Event: X\r\n")
    note = read_note(path)
    assert (note.text, note.path, note.encoding) == ("Event: X\r\n", str(path), "utf-8")


@pytest.mark.parametrize(
    "make,limit,fragment",
    [
        (lambda tmp: tmp / "missing.txt", None, "no such file"),
        (lambda tmp: tmp, None, "is a directory"),
        (lambda tmp: _written(tmp / "big.txt", b"x" * 101), 100, "limit"),
    ],
    ids=["missing", "directory", "too-large"],
)
def test_reading_input_error_is_one_line(tmp_path, make, limit, fragment):
    path = make(tmp_path)
    with pytest.raises(InputError) as info:
        read_note(path, max_bytes=limit) if limit else read_note(path)
    message = str(info.value)
    assert fragment in message and "\n" not in message and str(path) in message


def test_reading_limit_can_be_lifted(tmp_path):
    path = _written(tmp_path / "big.txt", b"x" * 101)
    assert read_note(path, max_bytes=None).text == "x" * 101


def _written(path, data):
    path.write_bytes(data)
    return path


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_reading_any_bytes_decode_or_raise_our_error(data):
    try:
        text, _ = decode(data)
    except NoteParseError:
        return
    assert text.strip() and "\x00" not in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(str.strip))
def test_reading_utf8_text_round_trips(text):
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=0x40), st.characters()), max_size=60))
def test_reading_control_ratio_counts_control_characters(text):
    from noteparse.reading import _CONTROL, _control_ratio

    assert _control_ratio(text) == sum(ch in _CONTROL for ch in text) / max(len(text), 1)
