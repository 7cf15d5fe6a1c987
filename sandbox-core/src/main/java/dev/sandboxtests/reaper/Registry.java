package dev.sandboxtests.reaper;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The registry on disk, shared by every JVM that uses the same directory:
 * <pre>
 * &lt;directory&gt;/                       sandbox.reaper.directory, e.g. target/sandbox-tests/reaper
 *   &lt;owner pid&gt;-&lt;owner start ms&gt;/    one per test JVM, named after it
 *     process-&lt;uuid&gt;.json          one per registered leftover: {"format":1,"kind":"process","parameters":{...}}
 *     watchdog.lock                 held by whoever removes this owner's leftovers
 *     watchdog.log                  what the watchdog did
 * </pre>
 * An entry is written to a temporary name and moved into place, so readers see whole entries or
 * none; unregistering deletes it. Each JVM writes only its own directory, so JVMs never contend for
 * a file.
 */
final class Registry {

    static final int FORMAT = 1;
    static final String ENTRY_SUFFIX = ".json";
    static final String LOCK_FILE = "watchdog.lock";
    static final String LOG_FILE = "watchdog.log";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    Registry(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    Path ownerDirectory(Owner owner) {
        return directory.resolve(owner.id());
    }

    /** Writes the entry of {@code leftover} into the directory of {@code owner}; returns its file. */
    Path write(Owner owner, Leftover leftover) throws IOException {
        Path ownerDirectory = Files.createDirectories(ownerDirectory(owner));
        String name = leftover.kind() + "-" + UUID.randomUUID();
        Path writing = ownerDirectory.resolve(name + ".writing");
        Path entry = ownerDirectory.resolve(name + ENTRY_SUFFIX);
        JSON.writeValue(writing.toFile(), new Document(FORMAT, leftover.kind(), leftover.parameters()));
        try {
            Files.move(writing, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(writing, entry);
        }
        return entry;
    }

    /** The owners that have a directory here. */
    List<Owner> owners() throws IOException {
        List<Owner> owners = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path child : children) {
                Owner.parse(child.getFileName().toString()).ifPresent(owners::add);
            }
        } catch (NoSuchFileException nothingYet) {
            return List.of();
        }
        return owners;
    }

    /** The entries of an owner's directory (none if it does not exist). */
    static List<Path> entries(Path ownerDirectory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(ownerDirectory, "*" + ENTRY_SUFFIX)) {
            files.forEach(entries::add);
        } catch (NoSuchFileException gone) {
            return List.of();
        }
        return entries;
    }

    /**
     * The leftover an entry describes.
     *
     * @throws IOException if it cannot be read or is of a format this version does not know
     */
    static Leftover read(Path entry) throws IOException {
        Document document = JSON.readValue(entry.toFile(), Document.class);
        if (document.format() != FORMAT || document.kind() == null || document.parameters() == null) {
            throw new IOException("not a registry entry of format " + FORMAT + ": " + Files.readString(entry));
        }
        return Leftover.of(document.kind(), document.parameters());
    }

    /** Deletes an owner's directory and what is in it (entries, lock, log); it holds no subdirectories. */
    static void delete(Path ownerDirectory) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(ownerDirectory)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException gone) {
            return;
        }
        Files.deleteIfExists(ownerDirectory);
    }

    /** An entry as JSON. */
    private record Document(int format, String kind, Map<String, String> parameters) {
    }
}
