class Cls:
    __private = 1
    def __method(self, __arg):
        __local = self.__private
        return __local
    def __dunder__(self):
        return __class__
class _Under:
    __x = 1
class __:
    __y = 2
