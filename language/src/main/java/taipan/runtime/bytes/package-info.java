/** Python's {@code bytes} and {@code bytearray}: their objects, byte-level algorithms and the built-in codecs. */
package taipan.runtime.bytes;
