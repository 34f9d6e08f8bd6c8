/** Built-in functions, methods of built-in types and native modules (DESIGN §7). */
module taipan.builtins {
    requires transitive taipan.nodes;
}
