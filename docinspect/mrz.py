"""ICAO Doc 9303 machine readable zones: compose, parse and check."""
