/**
 * The threading layer: {@link taipan.threading.ThreadingMode}, the single-threaded assumption that lets a program
 * without threads pay nothing for the thread safety of containers and objects.
 *
 * <p>
 * How nodes use it: the language holds one {@code ThreadingMode} in a final field and calls
 * {@link taipan.threading.ThreadingMode#threadEntered(Thread)} from {@code initializeThread}; a node passes
 * {@code TaipanLanguage.get(this).threadingMode()} to every container operation (a constant in compiled code, so the
 * mode check folds to the assumption), or lists {@code getSingleThreadedAssumption()} in a specialisation's
 * {@code assumptions} when it has an unsynchronised fast path of its own.
 */
package taipan.threading;
