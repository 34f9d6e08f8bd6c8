class C:
    xs = {x async for x in y}
