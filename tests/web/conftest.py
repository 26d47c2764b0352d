"""Fixtures for the web tests: the hand-made base (see web_base), the app and a TestClient over it."""

from __future__ import annotations

import warnings

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsgraph[web]'")

# Starlette 1.10 suggests httpx2 for its TestClient; httpx (pinned in the web extra) still works.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402
from web_base import build_base  # noqa: E402

from newsgraph.store import Store  # noqa: E402
from newsgraph.web import create_app  # noqa: E402


@pytest.fixture(scope="session")
def base_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "kb.db"
    build_base(path)
    return path


@pytest.fixture(scope="session")
def app(base_path):
    return create_app(base_path)


@pytest.fixture(scope="session")
def client(app):
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def ids(base_path):
    """Ids of the stored things the tests look at."""
    with Store(base_path, readonly=True) as store:
        db = store.db
        return {
            "port": db.execute("SELECT id FROM articles WHERE key = 'port0'").fetchone()[0],
            "farm": db.execute("SELECT id FROM articles WHERE key = 'farm0'").fetchone()[0],
            "diallo": db.execute("SELECT id FROM entities WHERE key = 'PERSON:amina diallo'").fetchone()[0],
            "singer": db.execute("SELECT id FROM entities WHERE key = 'PERSON:amina diallo singer'").fetchone()[0],
            "sarr": db.execute("SELECT id FROM entities WHERE key = 'PERSON:ousmane sarr'").fetchone()[0],
            "hostile": db.execute("SELECT id FROM entities WHERE key = 'ORG:hostile'").fetchone()[0],
            "dakar": db.execute("SELECT id FROM places WHERE name = 'Dakar'").fetchone()[0],
        }
