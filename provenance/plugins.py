"""The plugin registry: the built-in formats and those of installed packages, loaded on first use.

Nothing here runs for `provenance --version`; `--help` looks for installed plugins only when a
package declares the `provenance` entry-point group, so the built-in formats never slow it down.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from provenance.errors import InputError

if TYPE_CHECKING:
    import click
    import pluggy

ENTRY_POINT_GROUP = "provenance"
# Registered by name, as llm does: each is an ordinary plugin module that imports its heavy parts
# only when a format is used.
DEFAULT_PLUGINS = ("provenance.default_plugins",)


@cache
def plugin_manager() -> pluggy.PluginManager:
    """The plugin manager: hook specifications, the built-in plugins, then installed packages'."""
    import pluggy

    from provenance import hookspecs

    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        manager.register(importlib.import_module(name), name)
    manager.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    return manager


def _collect(hook_name: str) -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}

    def register(name: str, function: Callable[..., Any]) -> None:
        # pluggy calls the latest registered plugin first: an installed plugin that registers a
        # built-in name replaces the built-in
        found.setdefault(name, function)

    getattr(plugin_manager().hook, hook_name)(register=register)
    return found


@cache
def exporters() -> dict[str, Callable[..., object]]:
    """Export formats by name: exporter(session, doc, version, out)."""
    return _collect("register_exporters")


@cache
def report_formats() -> dict[str, Callable[..., Iterable[str]]]:
    """Report formats by name: renderer(report) -> text pieces."""
    return _collect("register_report_formats")


def lookup(table: dict[str, Callable[..., Any]], name: str, what: str) -> Callable[..., Any]:
    """The function registered under `name`, or a one-line error listing the names there are."""
    if name not in table:
        raise InputError(f"unknown {what} {name!r}: use one of {', '.join(table)}")
    return table[name]


def _installed_plugins() -> bool:
    from importlib.metadata import entry_points

    return bool(entry_points(group=ENTRY_POINT_GROUP))


_commands_loaded: set[int] = set()


def load_commands(cli: click.Group) -> None:
    """Let plugins add their commands to the group (once)."""
    if id(cli) in _commands_loaded:
        return
    _commands_loaded.add(id(cli))
    if _installed_plugins():  # the built-in plugins add no commands: skip pluggy when nothing is installed
        plugin_manager().hook.register_commands(cli=cli)
