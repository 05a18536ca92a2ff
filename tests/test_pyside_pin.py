"""Regression guard for the PySide6 6.12.0 / CPython 3.11 defect (docs/decisions/0002-pyside6-pin.md).

That build drops a reference to None on every call of a method returning nothing; after a few
thousand calls the interpreter aborts. If a bad build slips past the pin, this test fails
(or the interpreter dies, which fails the run just the same).
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainterPath, QPen


def test_void_methods_keep_none_references():
    before = sys.getrefcount(None)
    path = QPainterPath()
    pen = QPen()
    for i in range(100_000):
        path.lineTo(float(i % 100), float(i % 37))
        pen.setWidthF(1.0)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references"
