"""The simulated contactless chip of electronic documents (ICAO Doc 9303 parts 10-12).

``lds`` writes and reads the chip's files, ``pki`` holds the fictional states' signing keys
and certificates, ``sod`` makes and opens the document security object, ``access`` derives
the reader's access key from the MRZ, and ``reader`` reads a chip as an inspection system
does: access, then passive authentication. ``make`` personalises a chip for the generator.
No display and no I/O here: callers pass bytes.
"""
