print("geometry.shapes/__init__ runs:", __name__, __package__)
from .square import area as square_area
from . import circle
from .. import UNIT
from ..units import convert
