e = ValueError("bad value")
e.add_note("while reading line 3")
e.add_note("in file data.txt")
raise e
