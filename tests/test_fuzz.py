"""Fuzzing `validate`: random YAML documents, random text and bytes, mutated example plans.

Whatever goes in, no exception escapes, the exit code is 0, 1 or 2, and every finding
names a file of the plan and a line within that file.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.format import schemas

from .conftest import EXAMPLES
from .test_hostile import assert_findings_in_files, base_of

runner = CliRunner()

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PLANS = sorted(p for p in EXAMPLES.iterdir() if (p / "prestatie.yaml").is_file())
PLAN_FILES = {plan.name: sorted(plan.rglob("*.yaml")) for plan in PLANS}


def check(target: Path, output_format: str) -> None:
    """Run `validate` on a file or folder and hold it to the contract."""
    result = runner.invoke(
        app,
        ["validate", str(target), "-f", output_format, "--path-base", "root"],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        assert result.stdout == ""
        assert result.stderr.startswith("prestatie: error: ")
        assert result.stderr.count("\n") == 1
        return
    if output_format == "json":
        findings = json.loads(result.stdout)["findings"]
        assert_findings_in_files(findings, base_of(target))
        if findings:
            assert result.exit_code == 1 or all(f["severity"] != "error" for f in findings)
    else:
        assert all(ch == "\n" or ch.isprintable() for ch in result.stdout), result.stdout


# ----------------------------------------------------------------------------- random documents

KEYS = sorted(
    {key for kind in schemas.KINDS for key in schemas.load_all()[kind].get("properties", {})}
    | {
        "strengths",
        "sterkten",
        "kansen",
        "options",
        "confrontation",
        "forces",
        "from",
        "to",
        "date",
        "value",
        "score",
        "label",
        "name",
        "target",
        "baseline",
        "direction",
        "checkins",
        "min",
        "max",
        "start",
        "end",
        "severity",
        "x-notes",
        "<<",
    }
)
WORDS = [
    "mission",
    "strategic",
    "strategisch",
    "department",
    "afdeling",
    "operational",
    "function",
    "project",
    "personal",
    "financial",
    "klant",
    "processen",
    "learning",
    "increase",
    "verlagen",
    "range",
    "milestone",
    "leading",
    "naijlend",
    "2026",
    "2026-Q1",
    "2026-03",
    "2026-01-01",
    "2026-13-45",
    "G1",
    "G2",
    "G3",
    "P1",
    "OKR1",
    "OKR1/KR1",
    "S1",
    "O1",
    "TH1",
    "Verkoop",
    "Verkoop/Binnendienst",
    "yes",
    "no",
    "on",
    "off",
    "010",
    "12:30",
    ".inf",
    "0x1F",
    "error",
    "warning",
    "smart/vague",
    "cascade/",
    "kaplan-norton",
    "nederlands",
    "verbeteren",
    "<script>",
    "\u202e",
    "😀",
    "\x1b[2J",
]

scalars = st.one_of(
    st.sampled_from(WORDS),
    st.integers(min_value=-(10**6), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.text(max_size=12),
    st.dates().map(str),
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), children, max_size=5),
    ),
    max_leaves=30,
)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from([*schemas.KINDS, "bogus"]))
    known = list(schemas.load_all().get(kind, {}).get("properties", {})) or KEYS
    body = draw(st.dictionaries(st.sampled_from(known) | st.sampled_from(KEYS), values, max_size=8))
    if draw(st.booleans()):
        body["id"] = draw(st.sampled_from(WORDS[22:32]) | st.integers(0, 20))
    if draw(st.booleans()):
        body["parent"] = draw(st.sampled_from(WORDS[22:32]))
    return {"kind": kind, **body} if draw(st.integers(0, 9)) else body


def dump(docs: list[Any], flow: bool | None, unicode: bool) -> str:
    return yaml.safe_dump_all(
        docs, default_flow_style=flow, allow_unicode=unicode, sort_keys=False, width=60
    )


yaml_files = st.builds(
    dump,
    st.lists(documents() | values, min_size=1, max_size=4),
    st.sampled_from([None, True, False]),
    st.booleans(),
)


@FUZZ
@given(
    settings_doc=documents(),
    files=st.lists(yaml_files, min_size=1, max_size=4),
    output_format=st.sampled_from(["json", "text"]),
)
def test_random_plans(settings_doc: dict[str, Any], files: list[str], output_format: str) -> None:
    settings_doc["kind"] = "plan"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "prestatie.yaml").write_text(dump([settings_doc], None, True), encoding="utf-8")
        for number, content in enumerate(files):
            (root / f"f{number}.yaml").write_text(content, encoding="utf-8")
        check(root, output_format)


# ----------------------------------------------------------------------------- random text

TOKENS = [
    ":",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "'",
    '"',
    "&a ",
    "*a",
    "<<: *a",
    "!!python/object/apply:os.system ",
    "!x ",
    "---\n",
    "...\n",
    "\t",
    "\x00",
    "\ufeff",
    "# ",
    "|\n",
    ">-\n",
    "? ",
    "%YAML 1.1\n",
    "@",
    "`",
    "010",
    "no",
    "12:30",
    "~",
    "\\",
    "\u202e",
    "😀",
    "é",
    "\r",
    "\r\n",
    "\u2028",
    "\x85",
    "kind: goal\n",
    "kind: goals\ngoals:\n",
    "id: G1\n",
    "parent: G1\n",
    "level: strategic\n",
    "  ",
    "\n",
]
tokens = st.sampled_from(TOKENS) | st.text(max_size=5)


@FUZZ
@given(parts=st.lists(tokens, max_size=60), output_format=st.sampled_from(["json", "text"]))
def test_random_yaml_like_text(parts: list[str], output_format: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_bytes("".join(parts).encode("utf-8", errors="surrogatepass"))
        check(path, output_format)


BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]


@FUZZ
@given(bom=st.sampled_from(BOMS), body=st.binary(max_size=300))
def test_random_bytes(bom: bytes, body: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_bytes(bom + body)
        check(path, "json")


# ----------------------------------------------------------------------------- mutated examples


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True) or [""]


@dataclass(frozen=True)
class Edit:
    """One random edit of a file's text, as someone might make by accident."""

    op: str
    a: int
    b: int
    token: str

    def __call__(self, text: str) -> str:
        lines = _lines(text)
        i, j = self.a % len(lines), self.b % len(lines)
        p = self.a % (len(text) + 1)
        if self.op == "delete":
            del lines[i]
        elif self.op == "duplicate":
            lines.insert(i, lines[i])
        elif self.op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif self.op == "insert":
            return text[:p] + self.token + text[p:]
        elif self.op == "replace":
            return text[:p] + self.token + text[p + 1 :]
        elif self.op == "truncate":
            return text[:p]
        elif self.op == "indent":
            lines[i] = self.token + lines[i]
        elif self.op == "dedent":
            lines[i] = lines[i].lstrip(" ")
        else:
            return text.replace("\n", self.token)
        return "".join(lines)


def _edit(op: str) -> st.SearchStrategy[Edit]:
    positions = st.integers(min_value=0, max_value=10**6)
    token = {
        "indent": st.sampled_from([" ", "  ", "\t", "    "]),
        "line-ends": st.sampled_from(["\r\n", "\r", "\u2028"]),
    }.get(op, tokens)
    return st.builds(Edit, st.just(op), positions, positions, token)


OPS = ["delete", "duplicate", "swap", "insert", "replace", "truncate", "indent", "dedent"]
edits = st.sampled_from([*OPS, "line-ends"]).flatmap(_edit)


@FUZZ
@given(
    plan_name=st.sampled_from(sorted(PLAN_FILES)),
    picks=st.lists(st.tuples(st.integers(0, 10**6), edits), min_size=1, max_size=5),
    encoding=st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1"]),
    output_format=st.sampled_from(["json", "text"]),
)
def test_mutated_example_plans(
    plan_name: str, picks: list[tuple[int, Edit]], encoding: str, output_format: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = mutated_copy(Path(folder), plan_name, picks, encoding)
        check(root, output_format)
        source = EXAMPLES / plan_name
        check(
            root
            / PLAN_FILES[plan_name][picks[0][0] % len(PLAN_FILES[plan_name])].relative_to(source),
            "json",
        )


def mutated_copy(
    folder: Path, plan_name: str, picks: list[tuple[int, Edit]], encoding: str
) -> Path:
    """A copy of an example plan in `folder` with the edits applied, written in `encoding`."""
    source = EXAMPLES / plan_name
    files = PLAN_FILES[plan_name]
    root = folder / plan_name
    shutil.copytree(source, root)
    texts: dict[Path, str] = {}
    for pick, mutate in picks:
        path = root / files[pick % len(files)].relative_to(source)
        texts[path] = mutate(texts.get(path) or path.read_text(encoding="utf-8"))
    for path, text in texts.items():
        path.write_bytes(text.encode(encoding, errors="replace"))
    return root
