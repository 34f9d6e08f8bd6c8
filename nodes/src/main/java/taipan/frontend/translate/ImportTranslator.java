package taipan.frontend.translate;

import java.util.List;

import taipan.frontend.ast.Alias;
import taipan.frontend.ast.Stmt;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.module.ImportAsNode;
import taipan.nodes.module.ImportFromListNode;
import taipan.nodes.module.ImportFromNode;
import taipan.nodes.module.ImportNameNode;
import taipan.nodes.module.ImportStarNode;
import taipan.nodes.statement.BlockNode;

/** Builds the nodes of {@code import} and {@code from ... import} statements, as CPython's compiler lays them out. */
final class ImportTranslator {

    private static final String[] NO_FROM_LIST = new String[0];

    private final Translator translator;

    ImportTranslator(Translator translator) {
        this.translator = translator;
    }

    /** Whether {@link #importFrom} can build this statement (every form can). */
    static boolean isSupported(Stmt.ImportFrom i) {
        return true;
    }

    /**
     * {@code import a.b.c} binds {@code a} (the top-level package); {@code import a.b.c as d} binds the submodule,
     * read attribute by attribute from the top-level package.
     */
    StatementNode importNames(Stmt.Import i) {
        StatementNode[] binds = new StatementNode[i.names().size()];
        for (int k = 0; k < binds.length; k++) {
            Alias alias = i.names().get(k);
            String name = alias.name();
            ExpressionNode module = new ImportNameNode(name, NO_FROM_LIST, 0);
            translator.setSource(module, i.span());
            String bound;
            if (alias.asname() == null) {
                int dot = name.indexOf('.');
                bound = dot < 0 ? name : name.substring(0, dot);
            } else {
                bound = alias.asname();
                String[] parts = name.split("\\.");
                if (parts.length > 1) {
                    ImportFromNode[] components = new ImportFromNode[parts.length - 1];
                    for (int c = 1; c < parts.length; c++) {
                        components[c - 1] = ImportFromNode.create(parts[c], translator.name(parts[c]));
                    }
                    module = new ImportAsNode(module, components);
                    translator.setSource(module, i.span());
                }
            }
            binds[k] = translator.writeName(bound, module);
            translator.setSource(binds[k], alias.span());
        }
        return binds.length == 1 ? binds[0] : new BlockNode(binds, false);
    }

    /** {@code from module import a, b as c} and {@code from module import *}, at any relative level. */
    StatementNode importFrom(Stmt.ImportFrom i) {
        List<Alias> names = i.names();
        String moduleName = i.module() == null ? "" : i.module();
        String[] fromList = names.stream().map(Alias::name).toArray(String[]::new);
        ExpressionNode module = new ImportNameNode(moduleName, fromList, i.level());
        translator.setSource(module, i.span());
        if (fromList.length == 1 && fromList[0].equals("*")) {
            return new ImportStarNode(module);
        }
        ImportFromNode[] reads = new ImportFromNode[names.size()];
        StatementNode[] writes = new StatementNode[names.size()];
        for (int k = 0; k < reads.length; k++) {
            Alias alias = names.get(k);
            reads[k] = ImportFromNode.create(alias.name(), translator.name(alias.name()));
            writes[k] = translator.writeName(alias.asname() == null ? alias.name() : alias.asname(), null);
            translator.setSource(writes[k], alias.span());
        }
        return new ImportFromListNode(module, reads, writes);
    }
}
