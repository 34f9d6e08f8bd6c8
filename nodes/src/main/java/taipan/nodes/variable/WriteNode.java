package taipan.nodes.variable;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A store to a name that can also take an already evaluated value ({@code a = b = value}, {@code def}). */
public interface WriteNode {

    void executeWrite(VirtualFrame frame, Object value);
}
