"""The analyst's workbench: a read-only web UI and JSON API over a knowledge base (`newsgraph serve`).

Needs the `web` extra (`pip install 'newsgraph[web]'`). The library never imports this package.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

__all__ = ["create_app", "serve", "missing_dependency"]

REQUIRED = ("fastapi", "starlette", "jinja2", "uvicorn")


def missing_dependency() -> str | None:
    """The first web dependency that is not installed, if any."""
    return next((name for name in REQUIRED if importlib.util.find_spec(name) is None), None)


def create_app(db_path: str | Path):
    """The ASGI app over the knowledge base at `db_path`."""
    from .app import create_app as build

    return build(db_path)


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the knowledge base until interrupted (loopback only unless `host` says otherwise)."""
    import uvicorn

    from .geometry import basemap_svg

    app = create_app(db_path)
    basemap_svg()  # draw the basemap once, before the first request
    print(f"newsgraph: serving {db_path} at http://{host}:{port}/ (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info")
