"""Entry point for ``prestatie`` and ``python -m prestatie``."""

from __future__ import annotations

import sys


def main() -> None:
    # `--version` is what shell completions and CI probes call most; answer it
    # before the command-line framework is imported.
    if sys.argv[1:] in (["--version"], ["-V"]):
        from prestatie import __version__

        sys.stdout.write(f"prestatie {__version__}\n")
        return
    from prestatie.cli import run

    run()


if __name__ == "__main__":
    main()
