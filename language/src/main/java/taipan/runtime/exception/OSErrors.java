package taipan.runtime.exception;

import taipan.runtime.type.BuiltinType;

/** CPython's errno-to-subclass map of {@code OSError} (Objects/exceptions.c, {@code _PyExc_InitState}), Linux numbers. */
public final class OSErrors {

    private OSErrors() {
    }

    /** The OSError subclass for {@code errno}, or null when it stays a plain OSError. */
    public static BuiltinType subclassFor(long errno) {
        return switch ((int) Math.max(-1, Math.min(errno, 1000))) {
            case 11, 114, 115 -> BuiltinType.BLOCKING_IO_ERROR; // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            case 10 -> BuiltinType.CHILD_PROCESS_ERROR; // ECHILD
            case 32, 108 -> BuiltinType.BROKEN_PIPE_ERROR; // EPIPE, ESHUTDOWN
            case 103 -> BuiltinType.CONNECTION_ABORTED_ERROR; // ECONNABORTED
            case 111 -> BuiltinType.CONNECTION_REFUSED_ERROR; // ECONNREFUSED
            case 104 -> BuiltinType.CONNECTION_RESET_ERROR; // ECONNRESET
            case 17 -> BuiltinType.FILE_EXISTS_ERROR; // EEXIST
            case 2 -> BuiltinType.FILE_NOT_FOUND_ERROR; // ENOENT
            case 21 -> BuiltinType.IS_A_DIRECTORY_ERROR; // EISDIR
            case 20 -> BuiltinType.NOT_A_DIRECTORY_ERROR; // ENOTDIR
            case 4 -> BuiltinType.INTERRUPTED_ERROR; // EINTR
            case 1, 13, 134 -> BuiltinType.PERMISSION_ERROR; // EPERM, EACCES, ENOTCAPABLE
            case 3 -> BuiltinType.PROCESS_LOOKUP_ERROR; // ESRCH
            case 110 -> BuiltinType.TIMEOUT_ERROR; // ETIMEDOUT
            default -> null;
        };
    }
}
