# A folder without __init__.py is a namespace package (PEP 420).
import nspkg.part.mod
print(nspkg.part.mod.NAME)
print(nspkg.__file__, nspkg.part.__file__)
