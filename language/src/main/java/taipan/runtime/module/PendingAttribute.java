package taipan.runtime.module;

/**
 * The value of a native module attribute Taipan cannot provide yet ({@code sys.argv} waits for the list type):
 * reading it raises {@code NotImplementedError: Taipan does not support X yet} instead of a misleading
 * {@code AttributeError}.
 */
public record PendingAttribute(String what) {
}
