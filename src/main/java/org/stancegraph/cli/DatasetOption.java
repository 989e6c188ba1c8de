package org.stancegraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --dataset <folder>}: the dataset folder a command that starts no database works on, the seeds unless given.
 * One declaration, mixed into every command that takes it ({@code @Mixin DatasetOption dataset}), so the name, the
 * default and the help text cannot drift apart.
 */
class DatasetOption {

	@Option(names = "--dataset", paramLabel = "<folder>", defaultValue = "seeds",
			description = "The dataset folder (entities.yaml, documents/, claims/); default: ${DEFAULT-VALUE}.")
	private Path folder;

	/** The folder given, or the seeds. */
	Path folder() {
		return folder;
	}
}
