"""A module that counts how often its body runs."""
print("counter_mod body runs, __name__ =", __name__)
runs = 1
value = 42


def describe():
    return "counter_mod.describe sees value " + str(value)
