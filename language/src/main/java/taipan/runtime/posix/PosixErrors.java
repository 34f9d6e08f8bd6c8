package taipan.runtime.posix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.OSErrors;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Java I/O failures as the {@code OSError}s CPython's posix module raises: the errno of the failure (Linux numbers),
 * its {@code strerror} text and the file name, in the subclass {@code OSError(errno, ...)} picks.
 */
public final class PosixErrors {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EBADF = 9;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ESPIPE = 29;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int ENOSYS = 38;

    private PosixErrors() {
    }

    /** The errno a Java file-system exception stands for. */
    public static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        } else if (e instanceof AccessDeniedException) {
            return EACCES;
        } else if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        } else if (e instanceof NotLinkException) {
            return EINVAL;
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return errnoOfReason(f.getReason());
        }
        return errnoOfReason(String.valueOf(e.getMessage()));
    }

    private static int errnoOfReason(String reason) {
        for (int errno = 1; errno < 134; errno++) {
            String text = strerror(errno);
            if (!text.startsWith("Unknown") && reason.contains(text)) {
                return errno;
            }
        }
        return EINVAL;
    }

    /** {@code os.strerror(errno)}: glibc's texts for the numbers file operations meet. */
    public static String strerror(int errno) {
        return switch (errno) {
            case 0 -> "Success";
            case EPERM -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 7 -> "Argument list too long";
            case EBADF -> "Bad file descriptor";
            case 10 -> "No child processes";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case EACCES -> "Permission denied";
            case 16 -> "Device or resource busy";
            case EEXIST -> "File exists";
            case EXDEV -> "Invalid cross-device link";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case 24 -> "Too many open files";
            case 25 -> "Inappropriate ioctl for device";
            case 27 -> "File too large";
            case 28 -> "No space left on device";
            case ESPIPE -> "Illegal seek";
            case 30 -> "Read-only file system";
            case 32 -> "Broken pipe";
            case 34 -> "Numerical result out of range";
            case 36 -> "File name too long";
            case ENOSYS -> "Function not implemented";
            case ENOTEMPTY -> "Directory not empty";
            case ELOOP -> "Too many levels of symbolic links";
            case 88 -> "Socket operation on non-socket";
            case 97 -> "Address family not supported by protocol";
            case 98 -> "Address already in use";
            case 99 -> "Cannot assign requested address";
            case 101 -> "Network is unreachable";
            case 104 -> "Connection reset by peer";
            case 106 -> "Transport endpoint is already connected";
            case 107 -> "Transport endpoint is not connected";
            case 110 -> "Connection timed out";
            case 111 -> "Connection refused";
            case 113 -> "No route to host";
            case 114 -> "Operation already in progress";
            case 115 -> "Operation now in progress";
            default -> "Unknown error " + errno;
        };
    }

    /** {@code OSError(errno, strerror, filename)} (and filename2 where given), in its errno's subclass. */
    @TruffleBoundary
    public static PException raise(Node location, int errno, Object filename, Object filename2) {
        TaipanLanguage language = TaipanLanguage.get(location);
        BuiltinType sub = OSErrors.subclassFor(errno);
        PythonClass cls = language.getBuiltinClass(sub == null ? BuiltinType.OS_ERROR : sub);
        Object text = PyStrings.of(strerror(errno));
        PBaseException e = new PBaseException(cls, new PTuple(new Object[]{(long) errno, text}));
        e.setField("errno", (long) errno);
        e.setField("strerror", text);
        if (filename != null) {
            e.setField("filename", filename);
        }
        if (filename2 != null) {
            e.setField("filename2", filename2);
        }
        return new PException(e, location);
    }

    @TruffleBoundary
    public static PException raise(Node location, IOException cause, Object filename) {
        return raise(location, errnoOf(cause), filename, null);
    }

    @TruffleBoundary
    public static PException raise(Node location, IOException cause, Object filename, Object filename2) {
        return raise(location, errnoOf(cause), filename, filename2);
    }
}
