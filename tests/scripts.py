"""Loading the project's scripts (``evals/*.py``, ``bench/*.py``), which are no package, in tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(path: str) -> ModuleType:
    """The script at ``path`` (relative to the project) as a module named after its folder and file.

    It is registered in ``sys.modules`` first: a script's dataclasses look their module up there.
    """
    spec = importlib.util.spec_from_file_location("_".join(Path(path).with_suffix("").parts), ROOT / path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
