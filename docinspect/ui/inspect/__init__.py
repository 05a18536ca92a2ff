"""The inspection workstation: a specimen under simulated lights, with tilt, loupe and compare."""
