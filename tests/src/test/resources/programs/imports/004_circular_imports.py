# Circular imports: plain "import x" cycles work; "from x import y" of a name not yet defined fails as CPython says.
import circle_ok_a
print(circle_ok_a.use_b())
try:
    import circle_pkg.first
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    import circle_pkg.first
except ImportError as e:
    print("again:", type(e).__name__ + ":", e)
