/** Taipan's language: registration, context, options, object model and threading layer. */
module taipan.language {
    requires transitive org.graalvm.truffle;
    requires transitive org.graalvm.polyglot;

    exports taipan.language;
    exports taipan.language.spi;
    exports taipan.runtime.sre;

    uses taipan.language.spi.FrontEnd;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with taipan.language.TaipanLanguageProvider;

}
