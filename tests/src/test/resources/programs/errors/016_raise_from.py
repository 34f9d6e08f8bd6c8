def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as exc:
        raise RuntimeError("cannot load " + text) from exc

load("12")
load("twelve")
