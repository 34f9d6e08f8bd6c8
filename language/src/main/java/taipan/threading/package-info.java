/**
 * The threading layer: {@link taipan.threading.ThreadingMode}, the single-threaded assumption that lets a program
 * without threads pay nothing for the thread safety of containers and objects.
 */
package taipan.threading;
