package org.peermatch.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes files so that a reader never sees half a file: each is written to a temporary file in the same folder,
 * then moved over the target atomically (or, where the file system cannot, with a plain replacing move).
 * Temporary files are removed whatever happens.
 */
final class AtomicFiles {

    /** Writes a file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file to write and its content. */
    record Output(Path target, Content content) {
    }

    private AtomicFiles() {
    }

    /**
     * Writes every file: first all contents to temporary files, then one move each, so that a failing writer
     * leaves every target untouched. Creates missing parent folders.
     *
     * @throws FileSystemException when a file cannot be written, naming it and the reason
     */
    static void write(List<Output> outputs) throws IOException {
        List<Path> temporaries = new ArrayList<>();
        try {
            for (Output output : outputs) {
                Path target = output.target().toAbsolutePath();
                try {
                    Path folder = target.getParent();
                    Files.createDirectories(folder);
                    Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
                    temporaries.add(temporary);
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                        output.content().writeTo(out);
                    }
                } catch (IOException e) {
                    throw failure(output.target(), e);
                }
            }
            for (int i = 0; i < outputs.size(); i++) {
                try {
                    move(temporaries.get(i), outputs.get(i).target().toAbsolutePath());
                } catch (IOException e) {
                    throw failure(outputs.get(i).target(), e);
                }
            }
        } finally {
            for (Path temporary : temporaries) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Best effort: the write itself already succeeded or failed with its own message.
                }
            }
        }
    }

    /** @return an exception naming the target (not the temporary file) and the reason in a few words */
    private static FileSystemException failure(Path target, IOException cause) {
        String reason;
        if (cause instanceof AccessDeniedException) {
            reason = LanguageOption.commandLine().get("cli.io.denied");
        } else if (cause instanceof NoSuchFileException) {
            reason = LanguageOption.commandLine().get("cli.io.noFolder");
        } else if (cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException) {
            reason = LanguageOption.commandLine().get("cli.io.fileInTheWay");
        } else if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            reason = fileSystem.getReason();
        } else {
            reason = cause.getMessage();
        }
        FileSystemException failure = new FileSystemException(target.toString(), null, reason);
        failure.initCause(cause);
        return failure;
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
