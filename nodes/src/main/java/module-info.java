/** Taipan's front end (tokenizer, parser, AST, scopes, translator) and its executable Truffle nodes. */
module taipan.nodes {
    requires transitive taipan.language;

    exports taipan.frontend;
    exports taipan.frontend.ast;
    exports taipan.frontend.parse;
    exports taipan.frontend.pyast;
    exports taipan.frontend.scope;
    exports taipan.frontend.token;
    exports taipan.frontend.translate;
    exports taipan.nodes;
    exports taipan.nodes.attribute;
    exports taipan.nodes.builtin;
    exports taipan.nodes.call;
    exports taipan.nodes.classes;
    exports taipan.nodes.control;
    exports taipan.nodes.expression;
    exports taipan.nodes.function;
    exports taipan.nodes.generator;
    exports taipan.nodes.iterator;
    exports taipan.nodes.literal;
    exports taipan.nodes.module;
    exports taipan.nodes.object;
    exports taipan.nodes.root;
    exports taipan.nodes.statement;
    exports taipan.nodes.str;
    exports taipan.nodes.subscript;
    exports taipan.nodes.typing;
    exports taipan.nodes.variable;

    provides taipan.language.spi.FrontEnd with taipan.frontend.TaipanFrontEnd;
}
