package taipan.frontend.translate;

import java.util.List;

import taipan.frontend.ast.Alias;
import taipan.frontend.ast.Stmt;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.module.ImportFromNodeGen;
import taipan.nodes.module.ImportNativeModuleNode;
import taipan.nodes.statement.BlockNode;

/** Builds the nodes of {@code import} and {@code from ... import} statements. */
final class ImportTranslator {

    private final Translator translator;

    ImportTranslator(Translator translator) {
        this.translator = translator;
    }

    /** Whether {@link #importFrom} can build this statement. */
    static boolean isSupported(Stmt.ImportFrom i) {
        return i.level() == 0 && i.module() != null && i.names().stream().noneMatch(a -> a.name().equals("*"));
    }

    /** {@code import a, b as c}: native modules only; a dotted name needs packages, which come later. */
    StatementNode importNames(Stmt.Import i) {
        StatementNode[] binds = new StatementNode[i.names().size()];
        for (int k = 0; k < binds.length; k++) {
            Alias alias = i.names().get(k);
            if (alias.name().indexOf('.') >= 0) {
                throw translator.unsupported(i, "dotted imports");
            }
            ExpressionNode module = new ImportNativeModuleNode(alias.name());
            translator.setSource(module, alias.span());
            binds[k] = translator.writeName(alias.asname() == null ? alias.name() : alias.asname(), module);
            translator.setSource(binds[k], alias.span());
        }
        return binds.length == 1 ? binds[0] : new BlockNode(binds, false);
    }

    /** {@code from module import a, b as c}; each name is read from the module once it is imported. */
    StatementNode importFrom(Stmt.ImportFrom i) {
        if (i.module().indexOf('.') >= 0) {
            throw translator.unsupported(i, "dotted imports");
        }
        List<Alias> names = i.names();
        StatementNode[] binds = new StatementNode[names.size()];
        for (int k = 0; k < binds.length; k++) {
            Alias alias = names.get(k);
            ExpressionNode module = new ImportNativeModuleNode(i.module());
            translator.setSource(module, i.span());
            ExpressionNode value = ImportFromNodeGen.create(module, translator.name(alias.name()));
            translator.setSource(value, alias.span());
            binds[k] = translator.writeName(alias.asname() == null ? alias.name() : alias.asname(), value);
            translator.setSource(binds[k], alias.span());
        }
        return binds.length == 1 ? binds[0] : new BlockNode(binds, false);
    }
}
