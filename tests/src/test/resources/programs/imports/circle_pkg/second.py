print("second starts")
from circle_pkg.first import helper
print("second ends")
