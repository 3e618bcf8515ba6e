"""Unseen rounds: notes helpers wrote without seeing the code, scored field by field.

Each (note, field) pair is one case. The fields wrong today are listed in
``rounds/known_wrong.json`` and run as ``xfail(strict=True)``: a change that breaks a field an
earlier round had right fails here, and one that mends a listed field fails until the list says so
(``python tests/rounds/score.py --write-known``).
"""

from __future__ import annotations

import functools
import json

import pytest

from rounds import score

KNOWN = score.known_wrong()
CASES = [
    pytest.param(round_dir, name, field, id=f"{round_dir.name}/{name}:{field}",
                 marks=[pytest.mark.xfail(strict=True, reason="known wrong")]
                 if field in KNOWN.get(f"{round_dir.name}/{name}", []) else [])
    for round_dir in score.rounds()
    for name in score.expectations(round_dir)
    for field in score.FIELDS
]


@pytest.fixture(scope="module")
def record_of(pipeline):
    @functools.cache
    def parsed(path):
        return json.loads(pipeline.parse_file(path).to_json())

    return parsed


def test_known_wrong_names_real_notes_and_fields():
    notes = {f"{r.name}/{n}" for r in score.rounds() for n in score.expectations(r)}
    for note, fields in KNOWN.items():
        assert note in notes
        assert set(fields) <= set(score.FIELDS)


@pytest.mark.parametrize(("round_dir", "name", "field"), CASES)
def test_field_as_the_analyst_recorded_it(round_dir, name, field, record_of):
    expected = score.expectations(round_dir)[name]
    wrong = score.wrong_fields(expected, record_of(round_dir / name))
    assert field not in wrong, wrong[field]


@pytest.mark.parametrize(("written", "analysts"), [
    ("Ministry of Foreign Affairs of the Sultanate of Oman", "Ministry of Foreign Affairs of Oman"),
    ("Ministry of Foreign Affairs and Foreign Trade of the Republic of North Macedonia",
     "Ministry of Foreign Affairs and Foreign Trade of North Macedonia"),
    ("Government of the Lao People's Democratic Republic", "Government of Lao PDR"),
    ("Cameroon’s Ministry of External Relations", "Ministry of External Relations of Cameroon"),
    ("the Bahraini Ministry of Interior", "Ministry of Interior of Bahrain"),
    ("Ministry of Foreign Affairs of Sri Lanka", "Ministry of Foreign Affairs, Sri Lanka"),  # the State after a comma
])
def test_a_bodys_state_compares_by_its_code(written, analysts):
    assert score._fold(written) == score._fold(analysts)


def _a_record(orgs: list[dict], mentions: list[dict]) -> dict:
    return {"document_type": "information_note", "event": {}, "dates": None, "venue": None, "organizers": [],
            "resolutions": [], "mentions": {"organizations": mentions},
            "participants": {"states": [], "organizations": orgs, "civil_society": []}}


def test_a_government_body_is_optional_in_orgs_where_the_brief_listed_it():
    """Rounds 1344-1379's brief listed "government body" among "orgs", every other round's analysts did not: there a
    body the record knows as a government may be listed or not; one it does not know is still wanted."""
    ministry = {"name": "Ministry of Foreign Affairs", "acronym": None, "text": "Ministry of Foreign Affairs",
                "kind": "government", "spans": [[0, 27]]}
    unodc = {"name": "United Nations Office on Drugs and Crime", "acronym": "UNODC", "text": "UNODC", "kind": "un_body",
             "spans": [[40, 45]]}
    expected = {"orgs": ["Ministry of Foreign Affairs", "UNODC"], "_government_bodies_listed": True}
    assert "orgs" not in score.wrong_fields(expected, _a_record([unodc], [ministry, unodc]))
    assert "orgs" not in score.wrong_fields(expected, _a_record([ministry, unodc], [ministry, unodc]))
    assert "orgs" in score.wrong_fields({**expected, "orgs": ["Town Council of Nowhere", "UNODC"]},
                                        _a_record([unodc], [ministry, unodc]))
    assert "orgs" in score.wrong_fields({"orgs": expected["orgs"]}, _a_record([unodc], [ministry, unodc]))


def test_a_body_not_of_a_state_compares_as_written():
    assert score._fold("Bank of England") == "bank of england"
    assert score._fold("Ministry of Foreign Affairs of Oman") != score._fold("Ministry of Foreign Affairs of Malawi")
    assert score._fold("Latvian Ministry of Defence") != score._fold("Ministry of Defence of Lithuania")
    assert score._fold("the Nordic Ministry of Culture") == "nordic ministry of culture"


@pytest.mark.parametrize(("tools", "analysts"), [
    ("Davao", "Davao City"), ("Reykjavík", "Reykjavik"), ("St. George's", "Saint George’s"), ("Kuwait City", "Kuwait City"),
    ("Chattogram", "Chittagong"),
])
def test_a_city_compares_by_its_name_without_style(tools, analysts):
    assert score._city(tools) == score._city(analysts)


def test_cities_of_different_names_differ():
    assert score._city("Davao") != score._city("Cebu City")
    assert score._city("City") == "City"


def _body(name, acronym=None, organ_of=None):
    return {"name": name, "acronym": acronym, "text": name, "organ_of": organ_of}


@pytest.mark.parametrize("record_names", [
    _body("Security Council Committee established pursuant to resolution 1540 (2004)", "1540 Committee"),
    _body("Group of Experts of the 1540 Committee", None,
          {"name": "Security Council Committee established pursuant to resolution 1540 (2004)", "acronym": "1540 Committee"}),
])
@pytest.mark.parametrize("analysts", ["1540 Committee experts", "Experts of the 1540 Committee"])
def test_an_analysts_committee_experts_are_the_committee_or_its_experts(record_names, analysts):
    have = score.values({"participants": {"states": [], "organizations": [record_names]}, "organizers": [],
                         "resolutions": [], "document_type": "free_text"})["orgs"]
    assert score._set_diff("orgs", [analysts], have, []) == ([], [])


def test_other_experts_are_not_the_committee():
    have = score.values({"participants": {"states": [], "organizations": [_body("Security Council Committee established pursuant to resolution 1540 (2004)", "1540 Committee")]},
                         "organizers": [], "resolutions": [], "document_type": "free_text"})["orgs"]
    assert score._set_diff("orgs", ["IAEA experts"], have, [])[0] == ["IAEA experts"]


def test_an_analysts_gloss_in_brackets_does_not_hide_the_name():
    have = score.values({"participants": {"states": [], "organizations": []}, "resolutions": [], "document_type": "free_text",
                         "organizers": [_body("Ministry of Foreign Affairs of the Lao People's Democratic Republic")]})["organizers"]
    want = ["Ministry of Foreign Affairs of the Lao People's Democratic Republic (Lao National Authority for the CWC)"]
    assert score._set_diff("organizers", want, have, []) == ([], [])
    assert score._set_diff("organizers", ["Ministry of Defence of Lao PDR (Lao National Authority for the CWC)"],
                           have, [])[0] != []


def test_a_name_broken_at_a_line_end_compares_whole():
    """A word the line end hyphenates loses its hyphen; a name's own hyphen there keeps it."""
    assert score._fold("Inter-\nnational Atomic Energy Agency") == score._fold("International Atomic Energy Agency")
    assert score._fold("Ministry of Economic Affairs of Baden-\nWürttemberg") == \
        score._fold("Ministry of Economic Affairs of Baden-Württemberg")


def test_a_name_compares_without_its_accents():
    """An analyst may write a name without the note's accents: "Kien Giang University", "Nam Dinh"."""
    assert score._fold("Kiên Giang University") == score._fold("Kien Giang University")
    assert score._fold("People's Committee of Nam Định Province") == score._fold("People's Committee of Nam Dinh Province")
    assert score._fold("Kien Giang University") != score._fold("Can Tho University")


def test_a_body_the_analyst_names_without_its_state_is_the_host_states():
    """The analyst's bare "Ministry of External Affairs" of a note on an event in India is the record's "… of
    India"; not another State's, and not where the analyst gives no host."""
    have = score.values({"participants": {"states": [], "organizations": []}, "resolutions": [],
                         "document_type": "note", "organizers": [_body("Ministry of External Affairs of India")]})
    have = have["organizers"]
    assert score._set_diff("organizers", ["Ministry of External Affairs"], have, [], "IND") == ([], [])
    assert score._set_diff("organizers", ["Ministry of External Affairs"], have, [], "NPL")[0] != []
    assert score._set_diff("organizers", ["Ministry of External Affairs"], have, [])[0] != []
