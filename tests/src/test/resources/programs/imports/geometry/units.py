print("geometry.units runs:", __name__, __package__)


def convert(x):
    return str(x) + " sq cm"
