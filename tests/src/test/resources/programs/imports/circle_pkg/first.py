print("first starts")
from circle_pkg import second
def helper():
    return "first.helper"
print("first ends")
