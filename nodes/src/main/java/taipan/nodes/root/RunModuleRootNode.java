package taipan.nodes.root;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.module.ModuleRunner;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PNone;

/** {@code taipan -m name}: runs a module (or a package's {@code __main__}) as {@code __main__}, as runpy does. */
public final class RunModuleRootNode extends RootNode {

    private final String moduleName;

    public RunModuleRootNode(TaipanLanguage language, String moduleName) {
        super(language);
        this.moduleName = moduleName;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PythonContext context = PythonContext.get(this);
        try {
            ModuleRunner.runAsMain(this, moduleName);
        } catch (PException e) {
            ModuleRootNode.reportSystemExit(context, e);
            throw e;
        } finally {
            context.getStdout().flush();
        }
        return PNone.NONE;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return "_run_module_as_main";
    }
}
