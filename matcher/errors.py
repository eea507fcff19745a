"""Errors the library raises; the CLI turns each into one line and an exit code."""
from __future__ import annotations


class MatcherError(Exception):
    """Base class: a problem the user can act on. ``str(e)`` is the whole message."""

    exit_code = 1


class InputError(MatcherError):
    """An input file is missing, unreadable, not a workbook, or has nothing to work on."""

    exit_code = 1


class KnowledgeError(MatcherError):
    """The knowledge base cannot be loaded or fails validation."""

    exit_code = 1


class OutputError(MatcherError):
    """An output cannot be written (exists without --force, no permission, ...)."""

    exit_code = 1
