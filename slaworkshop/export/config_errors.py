"""The refusal of a file that could not be read as a config, message by message."""

from __future__ import annotations

from slaworkshop.models import DocumentInvalid, Problem


class ConfigError(DocumentInvalid):
    """The file could not be read as a config; same shape as a validation failure."""


class NotYaml(ConfigError):
    """YAML's parser could not read the file at all (not a limit or a rule of ours)."""


def one(message: str, path: str = "", kind: type[ConfigError] | None = None) -> ConfigError:
    return (kind or ConfigError)([Problem(path, message)])
