"""Builders of valid and hostile packs for the pack tests; everything is made in tmp_path by code."""
