"""The import graph has no cycles, module by module (function-level imports included).

import-linter's contracts (pyproject.toml, checked by ./run-tests) say which way packages may
point; this says that nothing points back round to where it started."""

from __future__ import annotations

from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]


def strongly_connected(graph: grimp.ImportGraph) -> list[list[str]]:
    """Tarjan's algorithm, iterative: each returned group of two or more modules is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_the_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for a, b in [("x.a", "x.b"), ("x.b", "x.c"), ("x.c", "x.a"), ("x.c", "x.d")]:
        graph.add_import(importer=a, imported=b)
    assert strongly_connected(graph) == [["x.a", "x.b", "x.c"]]


def test_no_import_cycle_anywhere_in_kiosk():
    graph = grimp.build_graph("kiosk", cache_dir=None)
    assert strongly_connected(graph) == []


def test_every_top_level_module_is_under_a_contract():
    """A new room of the house is placed in the contracts when it is built, not found later
    outside them (kiosk.health, kiosk.backup_keeper and kiosk.health_report once were)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    named: set[str] = set()
    for contract in config["tool"]["importlinter"]["contracts"]:
        for key in ("source_modules", "modules", "layers"):
            for entry in contract.get(key, []):
                named.update(part.strip() for part in entry.replace(":", "|").split("|"))
    package = ROOT / "kiosk"
    rooms = {f"kiosk.{p.stem}" for p in package.glob("*.py") if p.stem not in ("__init__", "__main__")}
    rooms |= {f"kiosk.{p.parent.name}" for p in package.glob("*/__init__.py")}
    covered = {room for room in rooms if any(n == room or room.startswith(n + ".") for n in named)}
    assert sorted(rooms - covered) == []
