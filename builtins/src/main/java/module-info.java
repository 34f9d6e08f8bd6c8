/** Built-in functions, methods of built-in types and native modules (DESIGN §7). */
module taipan.builtins {
    requires transitive taipan.nodes;
    requires java.management;

    exports taipan.builtins;
    exports taipan.builtins.functions;
    exports taipan.builtins.modules;
    exports taipan.builtins.types;

    provides taipan.language.spi.BuiltinsProvider with taipan.builtins.BuiltinsRegistry;
}
