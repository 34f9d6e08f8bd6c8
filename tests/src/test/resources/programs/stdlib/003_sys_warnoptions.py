import sys
print(sys.warnoptions, type(sys.warnoptions).__name__)
