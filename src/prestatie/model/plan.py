"""Load a plan: read every file once (`source.files`), and index every item once.

Rules never read files or scan the plan per item; they use the `Plan` index
built here (ids, children, goals by level).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from prestatie.findings import Finding
from prestatie.format import config as config_module
from prestatie.format import structure
from prestatie.format.config import Config
from prestatie.format.periods import parse_period
from prestatie.i18n import msg
from prestatie.model.items import Goal, Item, build_goal, ident, items, strings, text
from prestatie.model.suggest import SMALL_POOL, Suggester
from prestatie.source import files, reading
from prestatie.source.files import PlanFile, Target
from prestatie.source.nodes import Document, SourceFile, YMap


@dataclass(slots=True)
class Plan:
    root: Path
    config: Config
    #: The plan's files as listed (`source.files.plan_files`), and each one as read.
    files: list[PlanFile] = field(default_factory=list)
    sources: list[SourceFile] = field(default_factory=list)
    documents: list[tuple[Document, str]] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    refs: dict[str, Any] = field(default_factory=dict)
    children: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    mission: Item | None = None
    themes: dict[str, Any] = field(default_factory=dict)
    persons: dict[str, Item] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    ignores: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (file, line, column) of every number out of range: reported once where the file is
    #: read, null in the model, and judged by no rule after that.
    unread: set[tuple[str, int, int]] = field(default_factory=set)
    #: Derived data computed once per run and shared by rules and commands.
    cache: dict[str, Any] = field(default_factory=dict)
    #: The date time-bound rules judge against (`--as-of`; today by default).
    as_of: date = field(default_factory=date.today)
    #: "Did you mean" indexes by pool, each with the pool it was built from.
    suggesters: dict[object, tuple[Iterable[str], Suggester]] = field(default_factory=dict)

    def suggest(
        self, name: str, candidates: Iterable[str] | None = None, exclude: str | None = None
    ) -> str | None:
        """The name closest to `name` among the plan's ids or `candidates`, for "did you
        mean" (`model.suggest`); never `exclude`.

        Each pool is indexed once and answers each name once: the plan's ids, and any
        container of more than SMALL_POOL names, which is therefore kept by identity and
        must not change between calls. A smaller pool is compared in full on each call.
        """
        if candidates is None:
            key: object = "refs"
            pool: Iterable[str] = self.refs
        elif isinstance(candidates, Collection) and len(candidates) > SMALL_POOL:
            key, pool = id(candidates), candidates
        else:
            return Suggester(candidates).suggest(name, exclude)
        held = self.suggesters.get(key)
        if held is None or held[0] is not pool:
            held = (pool, Suggester(pool))
            self.suggesters[key] = held
        return held[1].suggest(name, exclude)

    def items_count(self) -> int:
        return len(self.goals) + len(self.items)


def load(target: Target, given: Mapping[str, bytes | SourceFile] | None = None) -> Plan:
    """Read and index one plan. Problems in the files become findings.

    `given` holds the plan's files in memory instead of on disk (the plan at a git
    revision): each file's bytes by its path below `target.root`, `/`-separated, or the
    file already read (a file the same at another revision). Then nothing is read from
    disk; the files are chosen, ordered and named as on disk.
    """
    root = target.root
    # A root that is a link is one the command line named out of its plan: never walked.
    walked = given is not None or (root.is_dir() and not root.is_symlink())
    base = root if walked else root.parent
    enabled = gc.isenabled()
    gc.disable()  # loading builds millions of small objects and frees none of them
    try:
        settings_source: SourceFile | None = None
        settings_doc: Document | None = None
        config_findings: list[Finding] = []
        if target.has_settings and walked:
            settings_source, settings_doc = _settings_document(root, given, target.replaced)
        config = config_module.from_document(settings_doc, config_findings)
        plan = Plan(root=base, config=config)
        plan.findings.extend(config_findings)
        if given is None:
            plan.files = files.plan_files(root, config.exclude)
        else:
            plan.files = files.given_files(root, given, config.exclude)
        if target.replaced:
            listed = {entry.rel for entry in plan.files}
            plan.files.extend(
                files.PlanFile(rel, base / rel) for rel in target.replaced if rel not in listed
            )
        for entry in plan.files:
            if settings_source is not None and entry.rel == settings_source.file:
                source = settings_source
            elif entry.rel in target.replaced:
                source = reading.parse_bytes(target.replaced[entry.rel], entry.rel)
            elif given is not None:
                source = _given(given[entry.rel], entry.rel)
            else:
                source = reading.read_file(entry.path, entry.rel, base)
            plan.sources.append(source)
            plan.findings.extend(source.findings)
            for doc in source.documents:
                if doc.unread:
                    plan.unread.update((doc.file, line, column) for line, column in doc.unread)
                kind = structure.kind_of(doc, plan.findings)
                if kind is None:
                    continue
                if kind == "plan" and doc is not settings_doc:
                    plan.findings.append(
                        Finding(
                            "schema/invalid",
                            msg("schema/invalid.plan-elsewhere"),
                            doc.file,
                            *doc.pos,
                        )
                    )
                plan.findings.extend(structure.check_document(doc, kind))
                plan.documents.append((doc, kind))
        _index(plan)
    finally:
        if enabled:
            # The plan lives until the run ends: keep the collector from walking it again.
            gc.freeze()
            gc.enable()
    return plan


# ----------------------------------------------------------------------------- indexing


def _register(plan: Plan, ref: str, obj: Any, file: str, data: YMap) -> bool:
    line, column = data.value_pos("id") if "id" in data else data.pos
    existing = plan.refs.get(ref)
    if existing is not None:
        first_file, first_line = _place(existing)
        plan.findings.append(
            Finding(
                "ref/duplicate-id",
                msg("ref/duplicate-id", id=ref, file=first_file, line=first_line),
                file,
                line,
                column,
                hint=msg("ref/duplicate-id.hint"),
                item=ref,
            )
        )
        return False
    plan.refs[ref] = obj
    return True


def _place(obj: Any) -> tuple[str, int]:
    data = getattr(obj, "data", None)
    file = getattr(obj, "file", "?")
    if isinstance(data, YMap):
        return file, (data.value_pos("id") if "id" in data else data.pos)[0]
    return file, 0


def _add_goal(plan: Plan, goal: Goal | None) -> None:
    if goal is None:
        return
    goal.perspective = plan.config.perspectives.resolve(goal.perspective_raw)
    if goal.period is None and goal.period_raw is None:
        goal.period = plan.config.period
    if _register(plan, goal.id, goal, goal.file, goal.data):
        plan.goals.append(goal)
        plan.ignores[goal.id] = goal.ignore
        for measure in goal.measures:
            if measure.ignore:
                plan.ignores[f"{goal.id}/{measure.key}"] = measure.ignore | goal.ignore


def _index(plan: Plan) -> None:
    fiscal = plan.config.fiscal_year_start
    for doc, kind in plan.documents:
        data: YMap = doc.data
        file = doc.file
        if kind == "goal":
            _add_goal(plan, build_goal(data, file, "goal", fiscal_year_start=fiscal))
        elif kind == "goals":
            defaults = data.get("defaults")
            defaults = defaults if isinstance(defaults, YMap) else None
            for _, entry in items(data, "goals"):
                _add_goal(
                    plan, build_goal(entry, file, "goals", defaults, fiscal_year_start=fiscal)
                )
        elif kind == "plan":
            continue
        else:
            _index_item(plan, kind, data, file)
    for goal in plan.goals:
        if goal.parent is not None:
            plan.children[goal.parent].append(goal)
            parent = plan.refs.get(goal.parent)
            if isinstance(parent, Goal):
                parent.children.append(goal)
    for item in plan.items:
        parent_ref = ident(item.data.get("parent"))
        if parent_ref is not None and item.kind in ("okr", "ogsm"):
            plan.children[parent_ref].append(item)
    _inherit_periods(plan)


def _inherit_periods(plan: Plan) -> None:
    """An OKR or OGSM without `period:` takes its parent's period: the goal's, that of the
    OKR or OGSM whose key result or strategy it names, up the chain; the plan's default
    period when the chain has none (mission, unknown parent, a cycle). Each item once."""
    settled: set[int] = set()
    for item in plan.items:
        if item.kind not in ("okr", "ogsm") or id(item) in settled:
            continue
        chain: list[Item] = []
        on_chain: set[int] = set()
        node: Any = item
        while (
            isinstance(node, Item)
            and node.kind in ("okr", "ogsm")
            and "period" not in node.data
            and id(node) not in settled
            and id(node) not in on_chain
        ):
            chain.append(node)
            on_chain.add(id(node))
            node = plan.refs.get(ident(node.data.get("parent")) or "")
        period = None if id(node) in on_chain else getattr(node, "period", None)
        if isinstance(node, Item) and node.kind == "mission":
            period = None
        for member in chain:
            member.period = period if period is not None else plan.config.period
            settled.add(id(member))


def _index_item(plan: Plan, kind: str, data: YMap, file: str) -> None:
    item_id = ident(data.get("id"))
    if kind == "mission":
        item_id = item_id or "mission"
    fiscal = plan.config.fiscal_year_start
    period = parse_period(data.get("period"), fiscal)  # OKR/OGSM without one: _inherit_periods
    item = Item(
        kind=kind,
        id=item_id,
        file=file,
        data=data,
        period=period,
        ignore=frozenset(strings(data.get("ignore"))),
    )
    plan.items.append(item)
    if item_id is not None:
        plan.ignores[item_id] = item.ignore
        if kind == "mission" and plan.mission is None:
            plan.mission = item
            plan.refs.setdefault("mission", item)
            if item_id != "mission":
                _register(plan, item_id, item, file, data)
        else:
            _register(plan, item_id, item, file, data)
    if kind == "mission":
        for _, theme in items(data, "themes"):
            theme_id = ident(theme.get("id"))
            if theme_id:
                plan.themes[theme_id] = theme
    elif kind in ("okr", "ogsm") and item_id:
        # Key results and strategies are parents of their own: OKR-X/KR1, OGSM-Y/S2.
        key, prefix = ("key_results", "KR") if kind == "okr" else ("strategies", "S")
        for index, part in items(data, key):
            ref = f"{item_id}/{ident(part.get('id')) or f'{prefix}{index + 1}'}"
            plan.refs.setdefault(ref, item)
            own = frozenset(strings(part.get("ignore")))
            if own or item.ignore:
                plan.ignores[ref] = own | item.ignore
    elif kind == "person" and item_id:
        plan.persons[item_id] = item
        fallback = {
            "level": "personal",
            "owner": text(data, "name") or item_id,
            "unit": data.get("unit"),
            "period": data.get("period"),
        }
        for _, entry in items(data, "goals"):
            goal = build_goal(entry, file, "person", None, fallback, fiscal)
            if goal is not None:
                goal.person = item_id
            _add_goal(plan, goal)
    elif kind == "scorecard":
        scope = data.get("scope")
        scope_level = scope.get("level") if isinstance(scope, YMap) else None
        perspectives = data.get("perspectives")
        if isinstance(perspectives, YMap):
            for key in perspectives:
                for _, entry in items(perspectives, key):
                    fallback = {"perspective": key, "level": scope_level or "strategic"}
                    _add_goal(plan, build_goal(entry, file, "scorecard", None, fallback, fiscal))


def settings(start: Path) -> Config | None:
    """The settings of the plan around `start` (prestatie.yaml only, nothing else read);
    None outside a plan. Problems in the file are left to `validate`."""
    root = files.find_root(start)
    if root is None:
        return None
    return config_module.from_document(_settings_document(root)[1], [])


def _given(value: bytes | SourceFile, rel: str) -> SourceFile:
    return value if isinstance(value, SourceFile) else reading.parse_bytes(value, rel)


def _settings_document(
    root: Path,
    given: Mapping[str, bytes | SourceFile] | None = None,
    replaced: Mapping[str, bytes] | None = None,
) -> tuple[SourceFile, Document | None]:
    """prestatie.yaml at `root` (or among the `given` files; or its text as `replaced`
    holds it), read, and its `kind: plan` document, if it has one."""
    if given is not None:
        name = next((n for n in files.ROOT_FILES if n in given), files.ROOT_FILES[0])
        source = _given(given.get(name, b""), name)
    else:
        found = [root / n for n in files.ROOT_FILES if (root / n).is_file()]
        # The settings file may vanish between finding the root and reading it: a finding.
        path = found[0] if found else root / files.ROOT_FILES[0]
        if replaced and path.name in replaced:
            source = reading.parse_bytes(replaced[path.name], path.name)
        else:
            source = reading.read_file(path, path.name, root)
    for doc in source.documents:
        if isinstance(doc.data, YMap) and doc.data.get("kind") == "plan":
            return source, doc
    return source, None
