"""DocInspect: a desktop trainer for inspecting genuine and forged travel documents."""

__version__ = "0.1.0"
