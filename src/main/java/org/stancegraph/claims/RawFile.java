package org.stancegraph.claims;

/**
 * A file of a dataset as bytes, before any parsing.
 *
 * @param name    how the user names it (a path, or a classpath location), used in every error message
 * @param content the bytes
 */
public record RawFile(String name, byte[] content) {

	/** The file name without folders and extension: a document's id. */
	public String baseName() {
		String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = n.lastIndexOf('.');
		return dot > 0 ? n.substring(0, dot) : n;
	}
}
