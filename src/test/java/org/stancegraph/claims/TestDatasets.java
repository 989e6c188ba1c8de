package org.stancegraph.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Datasets under src/test/resources/datasets, copied so that a test can break them. */
public final class TestDatasets {

	/** The seed dataset the app loads at start. */
	public static final Path SEEDS = Path.of("seeds");
	public static final Path SMALL = Path.of("src/test/resources/datasets/small");
	public static final Path CLI = Path.of("src/test/resources/datasets/cli");

	private TestDatasets() {
	}

	/** A copy of the dataset in {@code dir}/dataset. */
	public static Path copy(Path dataset, Path dir) {
		Path root = dir.resolve("dataset");
		try (Stream<Path> files = Files.walk(dataset)) {
			for (Path source : files.toList()) {
				Path target = root.resolve(dataset.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return root;
	}
}
