/** The {@code taipan} command. It talks to the language through the polyglot API alone. */
module taipan.launcher {
    requires org.graalvm.polyglot;
    requires org.jline;

    exports taipan.launcher;
}
