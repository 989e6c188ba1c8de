package org.stancegraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded server's user {@code neo4j} when none is configured: generated at the first start
 * and kept in {@value #FILE_NAME} in the data directory, readable by its owner only, so that local tools of the same
 * user (cypher-shell, a driver script) can read it and nobody else on the machine can.
 */
public final class EmbeddedNeo4jPassword {

	public static final String FILE_NAME = "neo4j-password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private EmbeddedNeo4jPassword() {
	}

	/** The configured password if there is one, else the one in the data directory, generated if missing. */
	static String resolve(String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		Path file = file(dataDir);
		try {
			Files.createDirectories(dataDir);
			if (!Files.exists(file)) {
				write(file, generate());
			}
			String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (stored.isEmpty()) {
				throw new IllegalStateException(file + " is empty: delete it and a new password is generated at start");
			}
			return stored;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the embedded Neo4j password file " + file, ex);
		}
	}

	public static Path file(Path dataDir) {
		return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
	}

	/** 256 random bits, URL-safe so that it can be pasted into a shell or a connection string as it is. */
	private static String generate() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void write(Path file, String password) throws IOException {
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
		try {
			// created with its permissions in one step: never readable by others, not even for a moment
			Files.createFile(file, attributes);
		}
		catch (FileAlreadyExistsException raced) {
			return; // another process created it first; use theirs
		}
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
	}
}
