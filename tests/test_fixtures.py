"""The session fixtures in conftest.py: user settings stay out of the tests, pipelines are shared."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph.pipeline
from newsgraph import Options

CONFTEST = Path(__file__).with_name("conftest.py")
USER_MODEL = "model_the_user_chose"

INNER_TEST = f"""
import os

from newsgraph import Options


def test_no_user_setting_is_seen():
    assert [name for name in os.environ if name.startswith("NEWSGRAPH_") and name != "NEWSGRAPH_CACHE"] == []
    assert Options.load().spacy_model != {USER_MODEL!r}
"""


@pytest.fixture
def user_settings(pytester, monkeypatch):
    """A user who set a model everywhere newsgraph may look: ./newsgraph.toml, ~/.config, XDG, env.

    Pytester makes its folder both HOME and the working directory of the session it runs.
    """
    home = pytester.path
    setting = f'spacy_model = "{USER_MODEL}"\n'
    for config in (home / "newsgraph.toml", home / ".config/newsgraph/config.toml", home / "xdg/newsgraph/config.toml"):
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(setting, encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg"))
    monkeypatch.setenv("NEWSGRAPH_SPACY_MODEL", USER_MODEL)
    pytester.makepyfile(test_inner=INNER_TEST)
    return pytester


def test_a_users_config_files_and_variables_do_not_reach_the_tests(user_settings):
    user_settings.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    user_settings.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_without_the_conftest_the_same_user_settings_reach_the_tests(user_settings):
    user_settings.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(failed=1)


def test_a_pipeline_the_library_builds_is_the_sessions_one_for_equal_options(pipeline):
    assert newsgraph.pipeline.Pipeline(Options.load()) is pipeline
