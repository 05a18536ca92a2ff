"""A package's public names, imported when first used (the shape of SPEC 1's lazy loading).

``docinspect.classroom``, ``docinspect.training`` and ``docinspect.store`` each offer their
names at the top (``from docinspect.classroom import Action``), but importing every submodule to
do so cost the app's launch most of a second: the classroom's enum of actions pulled in
SQLAlchemy, Alembic and psycopg. With these exports a name's module is imported when the name
is first asked for, and only that module.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose ``exports`` map each submodule
    (relative name) to the names it gives the package."""
    where = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)  # asked once; then a plain attribute
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(where))

    return __getattr__, __dir__
