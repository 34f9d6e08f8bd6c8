"""Geometry package."""
print("geometry/__init__ runs:", __name__, __package__)
UNIT = "cm"
