/** Taipan's language: registration, context, options, object model and threading layer. */
module taipan.language {
    requires transitive org.graalvm.truffle;
    requires transitive org.graalvm.polyglot;
    requires static java.management; // StartupTrace's CPU times, only when asked for
    requires jdk.unsupported; // sun.misc.Signal: Ctrl-C reaches the main thread as KeyboardInterrupt

    exports taipan.language;
    exports taipan.language.spi;
    exports taipan.runtime.bytes;
    exports taipan.runtime.codecs;
    exports taipan.runtime.collections;
    exports taipan.runtime.debug;
    exports taipan.runtime.decimal;
    exports taipan.runtime.contextvars;
    exports taipan.runtime.dict;
    exports taipan.runtime.exception;
    exports taipan.runtime.format;
    exports taipan.runtime.frame;
    exports taipan.runtime.function;
    exports taipan.runtime.generator;
    exports taipan.runtime.interop;
    exports taipan.runtime.io;
    exports taipan.runtime.iterator;
    exports taipan.runtime.itertools;
    exports taipan.runtime.list;
    exports taipan.runtime.math;
    exports taipan.runtime.module;
    exports taipan.runtime.number;
    exports taipan.runtime.object;
    exports taipan.runtime.set;
    exports taipan.runtime.sre;
    exports taipan.runtime.str;
    exports taipan.runtime.struct;
    exports taipan.runtime.type;
    exports taipan.runtime.unicode;
    exports taipan.runtime.thread;
    exports taipan.runtime.weakref;
    exports taipan.runtime.posix;
    exports taipan.runtime.csv;
    exports taipan.runtime.random;
    exports taipan.runtime.hash;
    exports taipan.runtime.array;
    exports taipan.threading;

    uses taipan.language.spi.FrontEnd;
    uses taipan.language.spi.BuiltinsProvider;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with taipan.language.TaipanLanguageProvider;

}
