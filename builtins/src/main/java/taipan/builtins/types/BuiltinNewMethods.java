package taipan.builtins.types;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import taipan.language.TaipanLanguage;
import taipan.nodes.classes.ClassCalls;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.Signature;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code int.__new__} and its kind: every built-in class that has a constructor of its own gets {@code __new__} in its
 * {@code __dict__}, as CPython's {@code tp_new} slot wrapper. Code tests for it ({@code enum} finds a data type by
 * {@code '__new__' in base.__dict__}) and calls it on subclasses ({@code int.__new__(MyInt, 5)}).
 */
public final class BuiltinNewMethods {

    private BuiltinNewMethods() {
    }

    /** Adds {@code __new__} to each class in {@code owners} that has no {@code __new__} of its own yet. */
    public static void install(TaipanLanguage language, Iterable<BuiltinType> owners) {
        for (BuiltinType type : owners) {
            PythonClass owner = language.getBuiltinClass(type);
            if (type == BuiltinType.OBJECT || owner.getOwnAttribute("__new__") != null || owner.getConstructor() == null) {
                continue;
            }
            Signature signature = new Signature("__new__", new String[0], 0, 0, true, new String[0], true, true)
                            .asMethodOf(owner.getName());
            owner.setAttribute("__new__", PBuiltinFunction.newOf(owner, signature,
                            new taipan.runtime.function.LazyCallTarget(() -> new NewRootNode(language, owner))));
        }
    }

    /**
     * The exception classes that inherit their {@code __new__} in CPython (built by {@code ComplexExtendsException}
     * and {@code MiddlingExtendsException}, with no {@code tp_new} of their own); every other built-in exception class
     * has its own, which is {@code BaseException}'s.
     */
    private static final java.util.Set<String> INHERITED_EXCEPTION_NEW = java.util.Set.of("SystemExit", "AttributeError",
                    "ImportError", "NameError", "StopIteration", "SyntaxError", "BlockingIOError", "ChildProcessError",
                    "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
                    "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError",
                    "_IncompleteInputError", "KeyError", "ModuleNotFoundError", "UnboundLocalError", "BrokenPipeError",
                    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
                    "ExceptionGroup");

    /** Gives the built-in exception classes CPython gives one their own {@code __new__}: {@code BaseException}'s. */
    public static void installExceptions(TaipanLanguage language) {
        PythonClass base = language.getBuiltinClass(BuiltinType.BASE_EXCEPTION);
        if (!(base.getOwnAttribute("__new__") instanceof PBuiltinFunction baseNew)) {
            return;
        }
        for (BuiltinType type : BuiltinType.values()) {
            if (type == BuiltinType.BASE_EXCEPTION || !type.getNativeModule().equals("builtins")) {
                continue;
            }
            PythonClass cls = language.getBuiltinClass(type);
            if (cls.isSubclassOf(base) && cls.getOwnAttribute("__new__") == null && !INHERITED_EXCEPTION_NEW.contains(cls.getName())) {
                cls.setAttribute("__new__", PBuiltinFunction.newOf(cls, baseNew.getSignature().asMethodOf(type, cls.getName()),
                                baseNew.getLazyCallTarget()));
            }
        }
    }

    /** Checks the class argument as CPython's {@code tp_new_wrapper} does, then builds through the constructor. */
    private static final class NewRootNode extends RootNode {

        private final PythonClass owner;

        NewRootNode(TaipanLanguage language, PythonClass owner) {
            super(language);
            this.owner = owner;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] arguments = frame.getArguments();
            Object[] positional = ((PTuple) arguments[0]).getItems();
            if (positional.length == 0) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s.__new__(): not enough arguments", owner.getName());
            }
            Object first = positional[0];
            if (!(first instanceof PythonClass cls)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s.__new__(X): X is not a type object (%s)",
                                owner.getName(), PythonErrors.typeName(this, first));
            }
            if (!cls.isSubclassOf(owner)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s.__new__(%s): %s is not a subtype of %s",
                                owner.getName(), cls.getName(), cls.getName(), owner.getName());
            }
            Object[] rest = java.util.Arrays.copyOfRange(positional, 1, positional.length);
            Object[][] keywords = KeywordDicts.split(this, arguments[1]);
            return ClassCalls.newBuiltinInstance(this, cls, rest, KeywordDicts.names(keywords[0]), keywords[1]);
        }

        @Override
        public String getName() {
            return owner.getName() + ".__new__";
        }

        @Override
        public boolean isInternal() {
            return true;
        }
    }
}
