package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.dsl.NodeFactory;

import taipan.nodes.builtin.PythonBuiltinNode;

/**
 * The index the build writes of the {@code @Builtin} declarations (taipan.processor) says for every registered node
 * exactly what its annotations say: start-up reads the index, so a stale or partial one would change the built-ins.
 */
class BuiltinIndexTest {

    @Test
    void indexAgreesWithTheAnnotationsOfEveryRegisteredNode() {
        Map<String, BuiltinSpec> index = BuiltinSpec.readIndex();
        int checked = 0;
        for (List<? extends NodeFactory<? extends PythonBuiltinNode>> factories : BuiltinsRegistry.containers()) {
            for (NodeFactory<? extends PythonBuiltinNode> factory : factories) {
                Class<?> node = factory.getNodeClass();
                BuiltinSpec indexed = index.get(node.getName());
                assertNotNull(indexed, node.getName() + " is missing from " + BuiltinSpec.INDEX);
                BuiltinSpec reflected = BuiltinSpec.of(node);
                String where = node.getName() + ": ";
                assertEquals(reflected.name(), indexed.name(), where + "name");
                assertArrayEquals(reflected.parameterNames(), indexed.parameterNames(), where + "parameterNames");
                assertEquals(reflected.minNumOfPositionalArgs(), indexed.minNumOfPositionalArgs(), where + "minNumOfPositionalArgs");
                assertEquals(reflected.positionalOnly(), indexed.positionalOnly(), where + "positionalOnly");
                assertEquals(reflected.positionalOnlyCount(), indexed.positionalOnlyCount(), where + "positionalOnlyCount");
                assertEquals(reflected.takesVarArgs(), indexed.takesVarArgs(), where + "takesVarArgs");
                assertArrayEquals(reflected.keywordOnlyNames(), indexed.keywordOnlyNames(), where + "keywordOnlyNames");
                assertEquals(reflected.takesVarKeywords(), indexed.takesVarKeywords(), where + "takesVarKeywords");
                assertArrayEquals(reflected.constructsClass(), indexed.constructsClass(), where + "constructsClass");
                assertEquals(reflected.classMethod(), indexed.classMethod(), where + "classMethod");
                assertEquals(reflected.staticMethod(), indexed.staticMethod(), where + "staticMethod");
                assertEquals(reflected.wholeReceiver(), indexed.wholeReceiver(), where + "wholeReceiver");
                assertEquals(reflected.splitPerCallSite(), indexed.splitPerCallSite(), where + "splitPerCallSite");
                assertEquals(reflected.hasContainer(), indexed.hasContainer(), where + "hasContainer");
                assertArrayEquals(reflected.extendClasses(), indexed.extendClasses(), where + "extendClasses");
                assertEquals(reflected.defineModule(), indexed.defineModule(), where + "defineModule");
                checked++;
            }
        }
        assertTrue(checked > 1000, "only " + checked + " built-in nodes registered");
    }
}
