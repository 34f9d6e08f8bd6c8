"""A small test package that `python -m unittest` discovers (UnittestLauncherTest runs it)."""
