"""Dashboards: a trainee's progress and an instructor's item analysis, with the report charts."""
