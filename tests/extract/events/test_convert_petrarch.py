"""The converter of PETRARCH-2 dictionaries, on small dictionary texts written for these tests."""

import importlib.util
from pathlib import Path

import newsgraph.extract.events as events_package

_PATH = Path(events_package.__file__).parent / "data" / "convert_petrarch.py"
_SPEC = importlib.util.spec_from_file_location("convert_petrarch", _PATH)
convert = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(convert)

VERBS = """\
# comment
&MONEYWORDS
+CASH_
+DOLLAR

####### VERB PATTERNS #######

---  GRAB   [171]  ---
GRAB {GRABS GRABBED GRABBING }
+SNATCH_UP {+SNATCHED_UP }
NAB [173]
- * &MONEYWORDS (FROM)                                [:071]        # GRAB
- * {BORDER TOWN}                                     [1712]        # GRAB
- &MILITARY *                                         [190]         # GRAB
- * ACCESS                                            [---]         # GRAB

######## TRANSFORMATIONS ##########
"""

ACTORS = """\
RUTH_ALDER_  # a person
+MINISTER_RUTH_ALDER
\t[XYZGOV 010120-050120]
\t[XYZELI]
NORTHERN_FRONT_ [XYZREB]
"""


def test_verb_groups_patterns_and_synsets_become_rows(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    verbs, patterns, synsets = convert.parse_verbs(path)
    assert ("grab", "", "grab", "171") in verbs
    assert ("snatch", "up", "grab", "171") in verbs
    assert ("nab", "", "grab", "173") in verbs
    assert patterns == [
        ("grab-001", "grab", "&moneywords", "from", "071", "1"),
        ("grab-002", "grab", "border town", "", "1712", ""),
    ]  # subject-side and uncoded patterns are dropped
    assert ("&moneywords", "cash") in synsets


def test_actor_blocks_keep_each_code_with_its_dates(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    rows = set(convert.parse_actors(path))
    assert ("ruth alder", "XYZGOV", "2001-01-20", "2005-01-20") in rows
    assert ("minister ruth alder", "XYZELI", "", "") in rows
    assert ("northern front", "XYZREB", "", "") in rows


def test_the_cameo_to_plover_table_keeps_only_current_modes(tmp_path):
    path = tmp_path / "map.txt"
    path.write_text(
        "18: ASSAULT\n195: ASSAULT, heavy-weapons, military # air\n175: ASSAULT, pro_autocracy, x\n"
    )
    assert convert.parse_mapping(path) == [
        ("18", "ASSAULT", ""),
        ("195", "ASSAULT", "heavy-weapons"),
        ("175", "ASSAULT", ""),
    ]


AGENTS = """\
!PERSON! = MAN, MEN
FIRE!PERSON! {} [~GOV]
SNEAK_THIEF {SNEAK_THIEVES}[~CRM]
RIOT_POLICE {} [~COP]
STARGAZER [~AST]
"""


def test_agents_keep_irregular_plurals_as_phrases_of_their_own_and_drop_unknown_roles(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    assert sorted(convert.parse_agents(path)) == [
        ("fireman", "GOV"),
        ("firemen", "GOV"),
        ("riot police", "COP"),
        ("sneak thief", "CRM"),
        ("sneak thieves", "CRM"),
    ]


def test_a_former_state_is_coded_by_its_successor_or_by_the_republic_its_code_names():
    assert convert._recode(("the soviet union", "SUN", "", ""))[1] == "RUS"
    assert convert._recode(("the soviet cabinet", "SUNGOV", "", ""))[1] == "RUSGOV"
    assert convert._recode(("the bosnian republic", "YUGBIH", "", "1992-03-05"))[1] == "BIH"
    assert convert._recode(("a global firm", "MNCUSA", "", ""))[1] == "USABUS"
