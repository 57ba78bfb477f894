"""The command line: the typer app and one small module per command group. It only
translates options into one core call and hands the result to a renderer.

The top layer: it may import every other layer; nothing imports it.
"""

from prestatie.cli.app import app, run

__all__ = ["app", "run"]
