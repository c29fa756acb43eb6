package org.glossator.core.internal.store;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Replaces files so that a reader, or the disk after a crash, sees either the old or
 * the new content in full, never a mix: write a temporary file beside the target,
 * force it to disk, then rename it over the target.
 */
public final class AtomicFiles {

	/** Writes the whole new content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String TEMPORARY_EXTENSION = ".tmp";

	private AtomicFiles() {
	}

	/** Whether a file is named as {@link #replace} names its temporary files. */
	public static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(TEMPORARY_EXTENSION);
	}

	/** On failure the target keeps its previous content and the temporary file is gone. */
	public static void replace(Path target, Content content) throws IOException {
		replace(target, content, true);
	}

	/**
	 * As {@link #replace(Path, Content)}, but without forcing anything to disk when not {@code durable}: for files that
	 * are only a cache, which their readers check, where a crash may leave the old content, the new or a torn one.
	 */
	public static void replace(Path target, Content content, boolean durable) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		// Beside the target, because a rename is only atomic within one file system.
		Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMPORARY_EXTENSION);
		try {
			try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
				content.writeTo(out);
				out.flush();
				if (durable) {
					channel.force(true);
				}
			}
			Files.move(temporary, target, ATOMIC_MOVE, REPLACE_EXISTING);
		} catch (Throwable failure) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException deleteFailure) {
				failure.addSuppressed(deleteFailure);
			}
			throw failure;
		}
		if (durable) {
			forceDirectoryEntry(folder);
		}
	}

	/**
	 * Makes the rename itself survive a power loss. Some platforms (Windows) cannot open a
	 * folder for this; there the rename is as durable as the file system makes it, and the
	 * save has succeeded all the same.
	 */
	private static void forceDirectoryEntry(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, READ)) {
			channel.force(true);
		} catch (IOException notSupported) {
			// see above
		}
	}
}
