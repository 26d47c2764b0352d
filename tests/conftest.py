"""Shared fixtures: an environment free of user settings, one pipeline per distinct `Options` for
the whole session (the library's own `Pipeline(...)` calls included), and the ../shared gold data."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

import newsgraph.pipeline
from newsgraph import Options
from newsgraph.geo.gazetteer import default_gazetteer_path
from newsgraph.pipeline import Pipeline

pytest_plugins = ("pytester",)

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()

_build_pipeline = Pipeline
_pipelines: dict[Options, Pipeline] = {}


def shared_pipeline(options: Options | None = None) -> Pipeline:
    """The session's pipeline for these options, built (and the model loaded) on first use."""
    options = options or Options.load()
    if options not in _pipelines:
        _pipelines[options] = _build_pipeline(options)
    return _pipelines[options]


@pytest.fixture(scope="session", autouse=True)
def isolated_environment(tmp_path_factory) -> Path:
    """No test reads the user's config files or NEWSGRAPH_* variables.

    HOME, XDG_CONFIG_HOME and the working directory become one empty folder, so neither
    ~/.config/newsgraph, an XDG config nor ./newsgraph.toml is found. NEWSGRAPH_CACHE is pinned to
    the real cache, resolved before the switch, so the gazetteer index (28 s to build) is reused.
    """
    cache = default_gazetteer_path().parent
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        for name in [name for name in os.environ if name.startswith("NEWSGRAPH_")]:
            patch.delenv(name)
        patch.setenv("NEWSGRAPH_CACHE", str(cache))
        patch.setenv("HOME", str(home))
        patch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
        # subprocesses start in the empty folder: a relative PYTHONPATH (such as `src`) must still hold
        if pythonpath := os.environ.get("PYTHONPATH"):
            patch.setenv("PYTHONPATH", os.pathsep.join(os.path.abspath(p) for p in pythonpath.split(os.pathsep)))
        patch.chdir(home)
        yield home


@pytest.fixture(scope="session", autouse=True)
def library_pipelines_are_shared(isolated_environment):
    """The CLI, the ingest job and `newsgraph.analyze` build `Pipeline(options)`: give them the session's.

    While tests run, `newsgraph.pipeline.Pipeline` is this factory, not the class; a test that needs
    the class imports it at module level, as test_pipeline.py does.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(newsgraph.pipeline, "Pipeline", shared_pipeline)
        yield


@pytest.fixture(scope="session")
def pipeline_for() -> Callable[..., Pipeline]:
    """`pipeline_for(**settings)`: the session's pipeline for `Options.load(**settings)`; never modify it."""
    return lambda **settings: shared_pipeline(Options.load(**settings))


@pytest.fixture(scope="session")
def pipeline(pipeline_for) -> Pipeline:
    """The default pipeline, loaded once for the whole test session."""
    return pipeline_for()


@pytest.fixture(scope="session")
def analyze(pipeline):
    """Analyse a text with the shared pipeline."""
    return pipeline.analyze


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the repository, or a skip saying why it is needed."""
    if not SHARED.is_dir():
        pytest.skip(f"gold data not found at {SHARED}: eval tests need ../shared beside the repository")
    return SHARED


# Property-based tests: a quick profile for `make test`, a long one for `make fuzz`.
settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("fuzz", max_examples=5_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
