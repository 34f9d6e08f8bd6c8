package taipan.nodes.module;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PList;
import taipan.runtime.object.UncachedCalls;

/**
 * When {@code importlib} is first imported: the finders CPython installs at start-up ({@code BuiltinImporter},
 * {@code FrozenImporter}, {@code PathFinder} with its {@code FileFinder} path hook) go on {@code sys.meta_path}, so
 * {@code importlib.import_module}, {@code reload} and {@code util.find_spec} find modules not yet loaded. The
 * {@code import} statement keeps its native path; start-up does not pay for importlib.
 */
final class ImportlibFinders {

    private ImportlibFinders() {
    }

    @TruffleBoundary
    static void install(Node location, Object importlib) {
        PythonModule sys = PythonContext.get(location).importNativeModule("sys");
        if (!(sys.getAttribute("meta_path") instanceof PList metaPath) || !(importlib instanceof PythonModule)) {
            return;
        }
        Object append = ObjectAttributes.getAttribute(location, metaPath, "append");
        Object len = UncachedCalls.callSpecial(metaPath, "__len__");
        if (!(len instanceof Long n) || n != 0) {
            return; // a program arranged its own finders first
        }
        Object bootstrap = ObjectAttributes.getAttribute(location, importlib, "_bootstrap");
        Object external = ObjectAttributes.getAttribute(location, importlib, "_bootstrap_external");
        UncachedCalls.call(append, ObjectAttributes.getAttribute(location, bootstrap, "BuiltinImporter"));
        UncachedCalls.call(append, ObjectAttributes.getAttribute(location, bootstrap, "FrozenImporter"));
        UncachedCalls.call(ObjectAttributes.getAttribute(location, external, "_install"), bootstrap);
    }
}
