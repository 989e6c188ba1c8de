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

/**
 * The app's command line ({@code load ...}) in a JVM of its own, on the test's classpath, its output in a file: for
 * what only another process shows (two writers on one database, a process killed mid-load).
 */
public final class ChildJvm implements AutoCloseable {

	private final Process process;
	private final Path output;

	private ChildJvm(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/** Starts {@code stancegraph <arguments>}, stdout and stderr into {@code output}. */
	public static ChildJvm start(Path output, String... arguments) {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx1g",
				"-cp", System.getProperty("java.class.path"), StancegraphApplication.class.getName()));
		command.addAll(List.of(arguments));
		try {
			return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start(), output);
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
			throw new AssertionError("still running after " + timeout + ":\n" + output());
		}
		return process.exitValue();
	}

	public String output() {
		try {
			return Files.exists(output) ? Files.readString(output) : "";
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
