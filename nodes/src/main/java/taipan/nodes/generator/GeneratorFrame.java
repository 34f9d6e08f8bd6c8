package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.runtime.generator.PGenerator;

/** The frame layout of a generator body: slot 1 (after the globals) holds the generator object itself. */
public final class GeneratorFrame {

    public static final int GENERATOR_SLOT = 1;

    private GeneratorFrame() {
    }

    public static PGenerator get(VirtualFrame frame) {
        return (PGenerator) frame.getObject(GENERATOR_SLOT);
    }

    /** The line a suspension point starts on (its own section, else its nearest ancestor's); 0 if unknown. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static int lineOf(com.oracle.truffle.api.nodes.Node node) {
        for (com.oracle.truffle.api.nodes.Node n = node; n != null; n = n.getParent()) {
            com.oracle.truffle.api.source.SourceSection section = n.getSourceSection();
            if (section != null && section.isAvailable()) {
                return section.getStartLine();
            }
        }
        return 0;
    }

    /** Whether the body is being re-entered, so resumable nodes skip to where they were suspended. */
    public static boolean isResuming(VirtualFrame frame) {
        return get(frame).isResuming();
    }
}
