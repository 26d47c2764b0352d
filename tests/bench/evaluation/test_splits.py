import pytest
from evaluation.splits import CHECK, TUNE, in_split, split_of


def test_the_part_of_an_id_never_moves():
    # pinned: a changed hash or threshold would silently reshuffle what has been read
    assert [split_of(f"story-{n}") for n in range(1, 5)] == [TUNE, TUNE, CHECK, TUNE]


def test_about_thirty_percent_of_ids_are_held_out_for_checking():
    share = sum(split_of(f"id-{n}") == CHECK for n in range(10_000)) / 10_000
    assert 0.28 <= share <= 0.32


def test_in_split_keeps_one_part_or_everything_and_refuses_unknown_parts():
    ids = [f"id-{n}" for n in range(100)]
    tune, check = (list(in_split(ids, part, key=str)) for part in (TUNE, CHECK))
    assert sorted(tune + check) == sorted(ids) and not set(tune) & set(check)
    assert list(in_split(ids, None, key=str)) == ids
    with pytest.raises(ValueError, match="split must be"):
        in_split(ids, "dev", key=str)
