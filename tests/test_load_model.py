"""load_model: a spaCy package name, a path, or a package that vendors a pipeline as data."""

from __future__ import annotations

import sys

import pytest
import spacy

from newsgraph.errors import ModelNotFoundError
from newsgraph.pipeline import load_model


def _vendoring_package(tmp_path, monkeypatch, name: str, model_dir: str) -> None:
    """An importable package `name` whose model_path() returns `model_dir`."""
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text(
        "from pathlib import Path\n\n"
        "def model_path():\n"
        f"    path = Path({model_dir!r})\n"
        "    if not (path / 'meta.json').is_file():\n"
        "        raise FileNotFoundError('the model was not vendored into this build')\n"
        "    return path\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)


def test_a_package_that_vendors_a_model_loads_by_its_dashed_name(tmp_path, monkeypatch):
    saved = tmp_path / "pipeline"
    blank = spacy.blank("en")
    blank.meta["name"] = "vendored_probe"
    blank.to_disk(saved)
    _vendoring_package(tmp_path, monkeypatch, "probe_vendored_model", str(saved))
    nlp = load_model("probe-vendored-model")
    assert nlp.meta["name"] == "vendored_probe"


def test_a_vendoring_package_without_its_model_says_to_reinstall(tmp_path, monkeypatch):
    _vendoring_package(tmp_path, monkeypatch, "probe_empty_vendor", str(tmp_path / "missing"))
    with pytest.raises(ModelNotFoundError, match="reinstall"):
        load_model("probe-empty-vendor")


def test_a_model_folder_given_as_a_path_loads(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "pipeline")
    assert load_model(str(tmp_path / "pipeline")).lang == "en"


def test_an_unknown_name_says_how_to_install():
    with pytest.raises(ModelNotFoundError, match="make install"):
        load_model("no_such_pipeline_anywhere")
