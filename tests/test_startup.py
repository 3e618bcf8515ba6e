"""The collector pause around start-up: off inside, frozen and back on after."""

from __future__ import annotations

import gc

import pytest

from noteparse.startup import collector_paused


@pytest.fixture(autouse=True)
def _thawed():
    yield
    gc.unfreeze()
    gc.enable()


def test_startup_the_collector_is_off_inside_and_on_after():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_startup_what_the_block_made_is_frozen():
    gc.unfreeze()
    with collector_paused():
        made = [[i] for i in range(1000)]
    assert gc.get_freeze_count() >= len(made)


def test_startup_a_collector_off_before_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_startup_an_error_inside_still_turns_it_back_on():
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("build failed")
    assert gc.isenabled()
