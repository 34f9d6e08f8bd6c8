package taipan.nodes.typing;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGenericAlias;

/**
 * A starred annotation or type-parameter default ({@code *args: *Ts}, {@code *Ts = *tuple[int, ...]}): CPython
 * compiles it as unpacking exactly one item from the value, which gives {@code Unpack[Ts]} or {@code *tuple[...]}.
 */
public final class UnpackOneNode extends ExpressionNode {

    @Child private ExpressionNode value;

    public UnpackOneNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return unpackOne(this, value.executeGeneric(frame));
    }

    @TruffleBoundary
    static Object unpackOne(Node location, Object value) {
        TaipanLanguage language = TaipanLanguage.get(location);
        if (value instanceof PGenericAlias g) {
            return new PGenericAlias(g.getOrigin(), g.getArgs(), true);
        } else if (PythonTypes.classOf(language, value) == language.getBuiltinClass(BuiltinType.TYPE_VAR_TUPLE)) {
            return GenericSupport.unpack(location, value);
        }
        Object list = SlowCall.call(location, language.getBuiltinClass(BuiltinType.LIST), new Object[]{value});
        Object[] items = taipan.runtime.object.ContainerItems.of(language.threadingMode(), list);
        if (items.length != 1) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, items.length == 0
                            ? "not enough values to unpack (expected 1, got 0)"
                            : "too many values to unpack (expected 1)");
        }
        return items[0];
    }
}
