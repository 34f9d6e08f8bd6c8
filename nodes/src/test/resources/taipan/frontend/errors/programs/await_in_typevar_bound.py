class A[T: await x]:
    pass
