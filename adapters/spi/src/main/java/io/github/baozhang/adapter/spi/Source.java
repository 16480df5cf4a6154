package io.github.baozhang.adapter.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a document comes from: a name for messages (a file name, an upload's name) and a way to
 * open its bytes. A reader opens it once per read and closes what it opened.
 *
 * <p>Implementations must be safe to open from any thread; those returned by the factories here
 * are immutable.
 */
public interface Source {

    /**
     * Returns the document's name as violations report it ({@code Location.document()}).
     *
     * @return the name, not null
     */
    String name();

    /**
     * Opens the bytes of the document.
     *
     * @return a new stream the caller closes, not null
     * @throws IOException if the document cannot be read
     */
    InputStream open() throws IOException;

    /**
     * Returns the size in bytes if known cheaply, for progress reports and splitting.
     *
     * @return the size, or -1 when unknown
     * @throws IOException if the size cannot be read
     */
    default long size() throws IOException {
        return -1;
    }

    /**
     * Returns a file as a source, named by its path as given.
     *
     * @param path  the file, not null
     * @return the source, not null
     */
    static Source of(Path path) {
        Objects.requireNonNull(path, "path");
        return new Source() {
            @Override
            public String name() {
                return path.toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public long size() throws IOException {
                return Files.size(path);
            }

            @Override
            public String toString() {
                return "Source[" + path + "]";
            }
        };
    }

    /**
     * Returns bytes in memory as a source.
     *
     * @param name  the document's name, not null
     * @param bytes  the bytes, not null; copied
     * @return the source, not null
     */
    static Source of(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        byte[] copy = bytes.clone();
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public String toString() {
                return "Source[" + name + ", " + copy.length + " bytes]";
            }
        };
    }
}
