"""The instructor studio: import scans, align, annotate, paint, redact, build packs."""
