package taipan.runtime.type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** C3 linearisation of a new class's bases, as CPython's {@code mro_implementation} in {@code Objects/typeobject.c}. */
final class Mro {

    private Mro() {
    }

    static PythonClass[] compute(PythonClass cls, PythonClass[] bases) {
        checkDuplicates(bases);
        List<List<PythonClass>> sequences = new ArrayList<>();
        for (PythonClass base : bases) {
            sequences.add(new ArrayList<>(List.of(base.getMro())));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass next = findHead(sequences);
            if (next == null) {
                throw inconsistent(sequences);
            }
            result.add(next);
            for (List<PythonClass> s : sequences) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }

    /** The first head of a sequence that is in no other sequence's tail. */
    private static PythonClass findHead(List<List<PythonClass>> sequences) {
        for (List<PythonClass> s : sequences) {
            PythonClass candidate = s.get(0);
            if (!inAnyTail(sequences, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean inAnyTail(List<List<PythonClass>> sequences, PythonClass candidate) {
        for (List<PythonClass> s : sequences) {
            if (s.indexOf(candidate) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkDuplicates(PythonClass[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw new MroException("duplicate base class " + bases[i].getName());
                }
            }
        }
    }

    /** CPython lists the heads still pending, each once, in order. */
    private static MroException inconsistent(List<List<PythonClass>> sequences) {
        Set<String> names = new LinkedHashSet<>();
        for (List<PythonClass> s : sequences) {
            names.add(s.get(0).getName());
        }
        return new MroException("Cannot create a consistent method resolution order (MRO) for bases "
                        + String.join(", ", names));
    }
}
