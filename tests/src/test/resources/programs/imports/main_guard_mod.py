if __name__ == "__main__":
    print("main_guard_mod as main")
else:
    print("main_guard_mod imported as", __name__)
