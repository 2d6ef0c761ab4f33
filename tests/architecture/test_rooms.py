"""The rooms stay small (docs/architecture.md, "The door's rooms"): each service names the narrow
store port it uses, the composition root builds and wires but holds no feature of its own, and
the door's controller composes flows instead of growing into one."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KIOSK = ROOT / "kiosk"


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def names_used(module: ast.Module) -> set[str]:
    return {n.id for n in ast.walk(module) if isinstance(n, ast.Name)} | {
        alias.name for n in ast.walk(module) if isinstance(n, ast.ImportFrom) for alias in n.names}


def test_each_service_is_typed_on_its_own_port_never_the_whole_database() -> None:
    wide = {"DoorTx", "DoorStore"}
    offenders = [p.name for p in sorted((KIOSK / "services").glob("*.py"))
                 if p.name != "ports.py" and names_used(tree(p)) & wide]
    assert offenders == [], f"typed on the whole database instead of a port of their own: {offenders}"


def test_the_composition_root_holds_no_feature_class() -> None:
    classes = [n.name for n in tree(KIOSK / "app.py").body if isinstance(n, ast.ClassDef)]
    assert classes == ["Kiosk"], f"kiosk/app.py only composes; move {classes} to the layer they belong in"


def methods_of(path: Path, name: str) -> list[str]:
    [cls] = [n for n in tree(path).body if isinstance(n, ast.ClassDef) and n.name == name]
    return [f.name for f in cls.body if isinstance(f, ast.FunctionDef)]


def test_the_door_controller_composes_its_flows_and_stays_small() -> None:
    methods = methods_of(KIOSK / "ui" / "controller.py", "DoorController")
    assert len(methods) <= 10, \
        f"DoorController has {len(methods)} methods: a new step belongs in a flow (kiosk/ui/flows)"


def test_no_flow_grows_into_a_controller_of_its_own() -> None:
    for path in sorted((KIOSK / "ui" / "flows").glob("*.py")):
        for cls in (n for n in tree(path).body if isinstance(n, ast.ClassDef)):
            count = sum(isinstance(f, ast.FunctionDef) for f in cls.body)
            assert count <= 15, f"{path.name}: {cls.name} has {count} methods: two flows in one room"


def test_the_composition_root_passes_nothing_through_under_a_second_name() -> None:
    """Callers use kiosk.admin and the flows directly: no alias (`save_settings = apply_settings`)
    and no stack of one-line wrappers in kiosk/app.py."""
    module = tree(KIOSK / "app.py")
    aliases = [t.id for n in module.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name)
               for t in n.targets if isinstance(t, ast.Name)]
    assert aliases == [], f"kiosk/app.py renames {aliases}: call the original"
    functions = [n.name for n in module.body if isinstance(n, ast.FunctionDef)]
    assert len(functions) <= 12, f"kiosk/app.py has {len(functions)} functions: upkeep belongs in kiosk/admin"
