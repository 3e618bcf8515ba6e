from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from noteparse.sorted_table import SortedTable


def _table(pairs: dict[str, str]) -> SortedTable:
    return SortedTable("".join(f"{k}\t{v}\n" for k, v in sorted(pairs.items())))


def test_sorted_table_finds_each_key_and_nothing_else():
    table = _table({"a bana": "ESP", "sali": "DZA,SEN", "swakopmund": "NAM", "zug": "CHE"})
    assert table.get("sali") == "DZA,SEN"
    assert table.get("a bana") == "ESP"
    assert table.get("zug") == "CHE"
    assert table.get("sal") is None  # a prefix of a key is not the key
    assert table.get("salis") is None
    assert table.get("") is None
    assert table.get("\uffff") is None


def test_sorted_table_empty_and_without_final_newline():
    assert SortedTable("").get("x") is None
    assert SortedTable("a\t1\nb\t2").get("b") == "2"


_KEYS = st.text(alphabet=st.characters(blacklist_characters="\t\n", blacklist_categories=("Cs",)), max_size=8)


@given(st.dictionaries(_KEYS, st.text(alphabet="ABCDEFGHIJ,", max_size=12), max_size=40), _KEYS)
def test_sorted_table_agrees_with_a_dict(pairs, probe):
    table = _table(pairs)
    for key, value in pairs.items():
        assert table.get(key) == value
    assert table.get(probe) == pairs.get(probe)


def test_sorted_table_agrees_with_a_dict_on_the_town_table():
    text = resources.files("noteparse.data").joinpath("towns.tsv").read_text(encoding="utf-8")
    pairs = dict(line.split("\t", 1) for line in text.splitlines())
    table = SortedTable(text)
    assert all(table.get(key) == value for key, value in pairs.items())
    assert all(table.get(key + "x") == pairs.get(key + "x") for key in list(pairs)[::97])
