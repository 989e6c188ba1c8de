package org.stancegraph.claims;

/** A value read from a YAML file with the place it came from, so that a problem with it names its file and line. */
record Located<T>(T value, LocatedYaml yaml, String pointer) {

	/** A problem with the value's {@code field} (empty: with the value itself), located at that field. */
	Problem problem(String field, String message) {
		return yaml.problemAt(pointer + (field.isEmpty() ? "" : "/" + field), message);
	}

	/** {@code file:line}, for messages that point to a second place. */
	String where() {
		return yaml.file().name() + ":" + yaml.line(pointer);
	}
}
