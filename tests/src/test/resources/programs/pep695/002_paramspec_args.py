from _typing import ParamSpec, ParamSpecArgs, ParamSpecKwargs
P = ParamSpec("P")
print(P.args, P.kwargs, type(P.args).__name__, type(P.kwargs).__name__)
print(P.args.__origin__ is P, P.kwargs.__origin__ is P)
print(P.args == P.args, P.args == P.kwargs, P.args == ParamSpec("P").args)
print(ParamSpecArgs(P) == P.args, ParamSpecKwargs(int))
print(isinstance(P.args, ParamSpecArgs), type(P.args).__module__)
