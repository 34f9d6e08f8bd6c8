"""Passing, erroring, conditionally skipped and expected-failure tests."""
import sys
import unittest


class StringTests(unittest.TestCase):
    def setUp(self):
        self.word = "taipan"

    def test_upper(self):
        self.assertEqual(self.word.upper(), "TAIPAN")

    def test_missing_key(self):
        return {"a": 1}["b"]

    @unittest.skipIf(sys.version_info >= (3, 13), "needs an older Python")
    def test_old_only(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(self.word[::-1], self.word)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertTrue(self.word.isalpha())


class HelperTests(unittest.TestCase):
    def test_in(self):
        self.assertIn("pan", "taipan")
