package taipan.runtime.generator;

import taipan.runtime.type.BuiltinType;

/** Generators, coroutines, async generators and their helper awaitables: each knows its built-in class. */
public interface GeneratorFamily {

    BuiltinType getBuiltinType();
}
