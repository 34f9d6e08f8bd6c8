# Packages: __init__.py runs first, dotted imports bind the top package, relative imports inside packages.
import geometry.shapes
print(geometry.UNIT, geometry.shapes.square_area(3), geometry.shapes.circle.area(2))
print(geometry.shapes.UNIT, geometry.shapes.convert(5))
print(geometry.__package__, geometry.shapes.__package__, geometry.shapes.circle.__package__)
print(geometry.__path__, geometry.shapes.__path__)
print(geometry.__file__, geometry.shapes.square.__file__)
print(geometry.__doc__)
import geometry.shapes.square as sq
print(sq.area(4), sq is geometry.shapes.square, sq.__name__)
from geometry.shapes import square, circle as c
print(square.area(5), c.PI)
from geometry import units
print(units.convert(1), units is geometry.units)
import geometry
print(geometry.shapes.circle.convert is units.convert)
print(__package__, __spec__)
