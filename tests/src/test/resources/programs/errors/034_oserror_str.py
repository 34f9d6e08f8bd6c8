raise OSError(99, "Custom failure", "data.bin")
