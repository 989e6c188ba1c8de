package org.stancegraph.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads a dataset from a folder or from the classpath. A dataset is a folder holding {@code entities.yaml},
 * {@code documents/} and {@code claims/}; a single claim file, or a folder of claim files, is read with the
 * dataset it belongs to (the nearest folder above it that holds an {@code entities.yaml}).
 */
public final class DatasetFiles {

	static final String ENTITIES = "entities.yaml";

	private DatasetFiles() {
	}

	public static Dataset fromPath(Path path) {
		Path given = path.normalize();
		if (!Files.exists(given)) {
			throw fileProblem(given.toString(), "no such file or folder");
		}
		if (Files.isDirectory(given) && Files.isRegularFile(given.resolve(ENTITIES))) {
			return read(given, listClaimFiles(given.resolve("claims")), true);
		}
		Path root = given.toAbsolutePath().getParent();
		while (root != null && !Files.isRegularFile(root.resolve(ENTITIES))) {
			root = root.getParent();
		}
		if (root == null) {
			throw fileProblem(given.toString(), "no " + ENTITIES + " in this folder or any folder above it:"
					+ " a dataset is a folder with entities.yaml, documents/ and claims/");
		}
		List<Path> claims = Files.isDirectory(given) ? listClaimFiles(given) : List.of(given);
		return read(root, claims, false);
	}

	/** The seed data the jar carries, e.g. {@code classpath:seeds/}. */
	public static Dataset fromClasspath(String location) {
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		String base = location.endsWith("/") ? location : location + "/";
		try {
			Resource entities = resolver.getResource(base + ENTITIES);
			return new Dataset(base, entities.exists() ? load(entities, base + ENTITIES) : null,
					loadAll(resolver, base, "documents/*.yaml"), loadAll(resolver, base, "documents/*.txt"),
					loadAll(resolver, base, "claims/**/*.yaml"), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the dataset at " + location, ex);
		}
	}

	private static List<RawFile> loadAll(ResourcePatternResolver resolver, String base, String pattern) throws IOException {
		Resource[] found = resolver.getResources(base + pattern);
		Arrays.sort(found, Comparator.comparing(Resource::getFilename));
		List<RawFile> files = new ArrayList<>();
		for (Resource resource : found) {
			String relative = pattern.substring(0, pattern.indexOf('/') + 1) + resource.getFilename();
			files.add(load(resource, base + relative));
		}
		return files;
	}

	private static RawFile load(Resource resource, String name) throws IOException {
		try (var in = resource.getInputStream()) {
			return new RawFile(name, in.readAllBytes());
		}
	}

	private static Dataset read(Path root, List<Path> claimFiles, boolean wholeDataset) {
		Path entities = root.resolve(ENTITIES);
		Path documents = root.resolve("documents");
		List<Path> metadata = Files.isDirectory(documents) ? list(documents, ".yaml") : List.of();
		List<Path> texts = Files.isDirectory(documents) ? list(documents, ".txt") : List.of();
		return new Dataset(root.toString(), readFile(entities), metadata.stream().map(DatasetFiles::readFile).toList(),
				texts.stream().map(DatasetFiles::readFile).toList(),
				claimFiles.stream().map(DatasetFiles::readFile).toList(), wholeDataset);
	}

	/**
	 * A dataset with the documents and claim files of another folder added ({@code documents/}, {@code claims/}, no
	 * entities of its own): articles read against the dataset's entities, as the extraction's held-out articles are.
	 */
	public static Dataset withArticles(Dataset dataset, Path folder) {
		Path documents = folder.resolve("documents");
		if (!Files.isDirectory(documents)) {
			throw new IllegalArgumentException(folder + ": no documents/ folder");
		}
		List<RawFile> metadata = new ArrayList<>(dataset.documents());
		List<RawFile> texts = new ArrayList<>(dataset.texts());
		List<RawFile> claims = new ArrayList<>(dataset.claimFiles());
		list(documents, ".yaml").forEach(p -> metadata.add(readFile(p)));
		list(documents, ".txt").forEach(p -> texts.add(readFile(p)));
		listClaimFiles(folder.resolve("claims")).forEach(p -> claims.add(readFile(p)));
		return new Dataset(dataset.root(), dataset.entities(), metadata, texts, claims, dataset.wholeDataset());
	}

	private static List<Path> listClaimFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		// FOLLOW_LINKS so that a symlinked claim folder works; a link loop is reported, not followed forever.
		try (Stream<Path> walk = Files.walk(folder, 16, FileVisitOption.FOLLOW_LINKS)) {
			return walk.filter(p -> {
				String n = p.getFileName().toString();
				return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
			}).sorted().toList();
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof FileSystemLoopException loop) {
				throw fileProblem(loop.getFile(), "symbolic link loop");
			}
			throw fileProblem(folder.toString(), "cannot list: " + ex.getCause().getMessage());
		}
		catch (IOException ex) {
			throw fileProblem(folder.toString(), "cannot list: " + ex.getMessage());
		}
	}

	private static List<Path> list(Path folder, String suffix) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw fileProblem(folder.toString(), "cannot list: " + ex.getMessage());
		}
	}

	private static RawFile readFile(Path file) {
		if (!Files.exists(file)) {
			return null;
		}
		if (Files.isDirectory(file)) {
			throw fileProblem(file.toString(), "is a folder, not a file");
		}
		try {
			return new RawFile(file.toString(), Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw fileProblem(file.toString(), "cannot read: " + ex.getMessage());
		}
	}

	private static InvalidClaimFilesException fileProblem(String file, String message) {
		return new InvalidClaimFilesException(List.of(new Problem(file, 0, "", message)));
	}
}
