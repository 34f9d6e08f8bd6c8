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

    /** Whether the body is being re-entered, so resumable nodes skip to where they were suspended. */
    public static boolean isResuming(VirtualFrame frame) {
        return get(frame).isResuming();
    }
}
