"""What the CPU computes natively, and the precision an embedder was given with the reason why.

Apart from ``dense.py`` so that the runtimes (``openvino_embedder.py``) can
read them without importing the embedders that choose among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PrecisionChoice:
    precision: str  # "fp32", "bf16" or a runtime's name ("openvino-int8")
    reason: str


def cpu_flags() -> set[str]:
    """The CPU's feature flags (``/proc/cpuinfo``); empty where they cannot be read."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return set()
    m = re.search(r"^flags\s*:\s*(.*)$", text, re.M)
    return set(m.group(1).split()) if m else set()


__all__ = ["PrecisionChoice", "cpu_flags"]
