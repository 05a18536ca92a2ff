"""Exit codes and message helpers shared by the subcommands."""

from __future__ import annotations

import sys
from typing import Final

EXIT_OK: Final = 0
EXIT_INVALID: Final = 1  # checked and found invalid
EXIT_UNUSABLE: Final = 2  # unusable input or usage


def fail(message: str, *, code: int = EXIT_UNUSABLE) -> int:
    """Print one problem to stderr as ``docinspect: message`` and return the exit code."""
    print(f"docinspect: {message}", file=sys.stderr)
    return code
