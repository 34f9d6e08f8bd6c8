*__debug__, a = b
