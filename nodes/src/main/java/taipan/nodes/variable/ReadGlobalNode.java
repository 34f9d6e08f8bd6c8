package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.profiles.InlinedConditionProfile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.module.PythonModule;

/**
 * Reads a global name: the module's namespace, then the {@code builtins} module, else {@code NameError}. Both are
 * shape-checked property reads through {@link DynamicObjectLibrary}; an int read from a primitive location is
 * boxed only for the consumer, which compiled code removes (escape analysis).
 */
@NodeField(name = "name", type = TruffleString.class)
public abstract class ReadGlobalNode extends ExpressionNode {

    /** How many module and builtins shapes a read site caches. */
    static final String LIMIT = "3";

    protected abstract TruffleString getName();

    @Specialization
    Object doRead(VirtualFrame frame,
                    @Bind Node inliningTarget,
                    @CachedLibrary(limit = LIMIT) DynamicObjectLibrary globalsLib,
                    @CachedLibrary(limit = LIMIT) DynamicObjectLibrary builtinsLib,
                    @Cached InlinedConditionProfile isBuiltin) {
        PythonModule globals = PythonFrame.getGlobals(frame);
        Object value = globalsLib.getOrDefault(globals, getName(), null);
        if (isBuiltin.profile(inliningTarget, value == null)) {
            Object custom = globals.getCustomBuiltins();
            if (custom != null) {
                value = NamespaceAccess.get(this, custom, getName()); // exec() globals with their own __builtins__
            } else {
                value = builtinsLib.getOrDefault(PythonContext.get(this).getBuiltinsModule(), getName(), null);
            }
            if (value == null) {
                CompilerDirectives.transferToInterpreter();
                throw NameErrors.raise(this, frame.materialize(), ErrorMessages.NAME_NOT_DEFINED, getName().toJavaStringUncached());
            }
        }
        return value;
    }
}
