def get(key):
    raise KeyError(key)

get("user")
