"""`prestatie tree --format json`: the tree the text shows, as data.

`{"as_of", "sort", "filter", "roots", "total", "people_hidden"}`: `roots` holds the mission (or the
`--from` node) first, then the roots that do not derive from the mission, each node with
`"derived": false` there; with a filter, the nodes kept only as the path to a match carry
`"context": true`. `total` is `compute.tree_select.Totals`; `people_hidden` the number of
personal objectives left out (without `--include people`).
"""

from __future__ import annotations

from typing import Any, TextIO

from prestatie.compute.tree import TreeView
from prestatie.render import jsonout


def payload(view: TreeView, as_of: str) -> dict[str, Any]:
    return {
        "as_of": as_of,
        "sort": view.sort,
        "filter": view.filter.as_dict(),
        "roots": [root.as_dict() for root in (*view.roots, *view.loose)],
        "total": view.total.as_dict(),
        "people_hidden": view.hidden,
    }


def render(view: TreeView, out: TextIO, *, as_of: str) -> None:
    jsonout.write(payload(view, as_of), out)
