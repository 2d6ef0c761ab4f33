"""How big the rooms are: methods and signal connections per class, methods per store port
(own and with everything it joins), lines per module. For the numbers in docs/architecture.md.

    .venv/bin/python tools/room_sizes.py [files...]   (default: the controller, its flows, ports.py, app.py)
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "kiosk/ui/controller.py", *sorted((ROOT / "kiosk/ui/flows").glob("[!_]*.py")),
           ROOT / "kiosk/services/ports.py", ROOT / "kiosk/app.py"]


def classes(path: Path) -> list[tuple[ast.ClassDef, str]]:
    text = path.read_text(encoding="utf-8")
    module = ast.parse(text)
    return [(n, ast.get_source_segment(text, n) or "") for n in module.body if isinstance(n, ast.ClassDef)]


def port_methods(found: dict[str, ast.ClassDef], name: str) -> set[str]:
    cls = found[name]
    own = {f.name for f in cls.body if isinstance(f, ast.FunctionDef)}
    for base in cls.bases:
        if (base_name := ast.unparse(base)) in found:
            own |= port_methods(found, base_name)
    return own


def main(args: list[str]) -> int:
    for path in [Path(a) for a in args] or DEFAULT:
        lines = len(path.read_text(encoding="utf-8").splitlines())
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {lines} lines")
        found = dict((cls.name, cls) for cls, _ in classes(path))
        for cls, text in classes(path):
            methods = sum(isinstance(f, ast.FunctionDef) for f in cls.body)
            if cls.name.endswith("Tx"):
                print(f"  {cls.name}: {methods} own methods, {len(port_methods(found, cls.name))} in all")
            elif methods:
                print(f"  {cls.name}: {methods} methods, {len(re.findall(r'[.]connect[(]', text))} connections")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
