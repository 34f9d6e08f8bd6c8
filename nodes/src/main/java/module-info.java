/** Taipan's front end (tokenizer, parser, AST, scopes, translator) and its executable Truffle nodes. */
module taipan.nodes {
    requires transitive taipan.language;

    exports taipan.frontend;
    exports taipan.frontend.ast;
    exports taipan.frontend.parse;
    exports taipan.frontend.scope;

    provides taipan.language.spi.FrontEnd with taipan.frontend.TaipanFrontEnd;
}
