package org.stancegraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.stancegraph.cli.StancegraphCommand;

/**
 * The app's command line ({@code load ...}) in a JVM of its own, on the test's classpath, its output in a file: for
 * what only another process shows (two writers on one database, a process killed mid-load).
 */
public final class ChildJvm implements AutoCloseable {

	private final Process process;
	private final Path output;
	private final Path errors;

	private ChildJvm(Process process, Path output, Path errors) {
		this.process = process;
		this.output = output;
		this.errors = errors;
	}

	/** Starts {@code stancegraph <arguments>}, stdout and stderr into {@code output}. */
	public static ChildJvm start(Path output, String... arguments) {
		return start(new ProcessBuilder(command(arguments)).redirectErrorStream(true).redirectOutput(output.toFile()), output,
				output);
	}

	/**
	 * Starts {@code stancegraph <arguments>}, stdout into {@code output} and stderr into {@code errors}: what a script
	 * that redirects stdout gets.
	 */
	public static ChildJvm start(Path output, Path errors, String... arguments) {
		return start(new ProcessBuilder(command(arguments)).redirectOutput(output.toFile()).redirectError(errors.toFile()),
				output, errors);
	}

	private static List<String> command(String... arguments) {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx1g",
				"-cp", System.getProperty("java.class.path"), StancegraphCommand.class.getName()));
		command.addAll(List.of(arguments));
		return command;
	}

	private static ChildJvm start(ProcessBuilder builder, Path output, Path errors) {
		try {
			return new ChildJvm(builder.start(), output, errors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Waits for a line of output that {@code line} accepts; fails if the process ends or the time runs out first. */
	public String awaitLine(Predicate<String> line, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			var seen = output().lines().filter(line).findFirst();
			if (seen.isPresent()) {
				return seen.get();
			}
			if (!process.isAlive()) {
				throw new AssertionError("the process ended (exit " + process.exitValue() + ") before the line:\n" + output());
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no such line after " + timeout + ":\n" + output());
	}

	/** SIGKILL: no shutdown hook, no chance to close the store. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** Waits for the process to end and returns its exit code. */
	public int exitCode(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("still running after " + timeout + ":\n" + output() + (errors.equals(output) ? "" : errors()));
		}
		return process.exitValue();
	}

	/** stdout (and stderr, when started with one file). */
	public String output() {
		return read(output);
	}

	/** stderr (the same as {@link #output()} when started with one file). */
	public String errors() {
		return read(errors);
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
