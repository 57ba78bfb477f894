"""Adding an item to a list in an existing plan file, keeping every other byte.

The new item goes right after the last item of the list (`goals:` of a `kind: goals` or
`kind: person` document), indented like it; the comments, blank lines, quoting and
line endings of the rest of the file stay exactly as they were. An empty list
(`goals: []`, `goals:`) becomes a block list, and a document without the key gets it at
its end. The result is read back: when the document does not hold exactly the old
items and the new one, nothing is returned and the caller writes a file of its own.
"""

from __future__ import annotations

from typing import Any

from prestatie.scaffold.env import indent
from prestatie.source.reader import parse_text

_BOM = "\ufeff"


def add_item(text: str, document: int, key: str, item: str) -> str | None:
    """`text` with `item` (a YAML list item, `- ...` at column 0) added to the list at
    `key` of document number `document`; None when that cannot be done safely."""
    import yaml

    bom = _BOM if text.startswith(_BOM) else ""
    body = text[len(bom) :]
    try:
        nodes = list(yaml.compose_all(body, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if not 0 <= document < len(nodes) or not isinstance(nodes[document], yaml.MappingNode):
        return None
    root = nodes[document]
    if getattr(root, "flow_style", False):
        return None
    newline = "\r\n" if "\r\n" in body else "\n"
    changed = _insert(body, root, key, item, newline)
    if changed is None:
        return None
    result = bom + changed
    return result if _holds(text, result, document, key, item) else None


def _insert(body: str, root: Any, key: str, item: str, newline: str) -> str | None:
    import yaml

    value = next((v for k, v in root.value if getattr(k, "value", None) == key), None)
    if value is None:  # no such key: it goes at the end of the document
        end = _line_end(body, _content_end(body, root))
        block = f"{' ' * root.start_mark.column}{key}:\n" + indent(item, root.start_mark.column + 2)
        return body[:end] + _lines(block, newline, body, end) + body[end:]
    key_node = next(k for k, v in root.value if v is value)
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        last = value.value[-1]
        end = _line_end(body, _content_end(body, last))
        block = indent(item, value.start_mark.column)
        if len(value.value) > 1 and _blank_between(body, value.value[-2], last):
            block = "\n" + block
        return body[:end] + _lines(block, newline, body, end) + body[end:]
    empty_list = isinstance(value, yaml.SequenceNode) and not value.value
    null = isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null")
    if not (empty_list or null):
        return None
    start, stop = value.start_mark.index, value.end_mark.index
    if stop > start:  # `[]`, `~` or `null`: the list takes its place
        if body.count("\n", key_node.end_mark.index, stop):
            return None  # not on the key's line
        if body[start - 1 : start] == " ":
            start -= 1
        body = body[:start] + body[stop:]
    end = _line_end(body, key_node.end_mark.index)
    block = indent(item, key_node.start_mark.column + 2)
    return body[:end] + _lines(block, newline, body, end) + body[end:]


def _content_end(body: str, node: Any) -> int:
    """Where the last character of `node`'s own text is: a block collection's end mark
    lies after the comments and blank lines that follow it."""
    import yaml

    if isinstance(node, yaml.ScalarNode):
        end = int(node.end_mark.index)
        if node.style in ("|", ">"):
            while end > node.start_mark.index and body[end - 1] in " \t\r\n":
                end -= 1
        return end
    if getattr(node, "flow_style", False):
        return int(node.end_mark.index)
    children: list[Any] = []
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            children += [k, v]
    else:
        children = list(node.value)
    ends = [_content_end(body, child) for child in children]
    return max(ends, default=int(node.start_mark.index))


def _line_end(body: str, index: int) -> int:
    """The start of the line after the one `index` is on."""
    found = body.find("\n", index)
    return len(body) if found < 0 else found + 1


def _lines(block: str, newline: str, body: str, end: int) -> str:
    """`block` with the file's line endings, on a line of its own."""
    lead = "" if end == 0 or body[end - 1] == "\n" else newline
    return lead + block.replace("\n", newline)


def _blank_between(body: str, before: Any, after: Any) -> bool:
    gap = body[_line_end(body, _content_end(body, before)) : after.start_mark.index]
    return any(not line.strip() for line in gap.splitlines())


def _holds(old: str, new: str, document: int, key: str, item: str) -> bool:
    """Whether `new` reads as `old` with `item` at the end of the list at `key`."""
    before, after = parse_text(old, "before.yaml"), parse_text(new, "after.yaml")
    added = parse_text(item, "item.yaml")
    if before.findings or after.findings or added.findings or not added.documents:
        return False
    if len(before.documents) != len(after.documents):
        return False
    for index, (a, b) in enumerate(zip(before.documents, after.documents, strict=True)):
        if index != document:
            if a.data != b.data:
                return False
            continue
        old_data, new_data = dict(a.data), dict(b.data)
        items = new_data.pop(key, None)
        had = old_data.pop(key, None) or []
        if old_data != new_data or not isinstance(items, list) or not isinstance(had, list):
            return False
        if items != [*had, *added.documents[0].data]:
            return False
    return True
