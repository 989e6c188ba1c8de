package org.stancegraph.claims;

/**
 * One thing wrong with a claim, entity or document file, located so that an editor can jump to it.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, 0 when the problem is about the file as a whole
 * @param field   the field path inside the file ({@code claims[3].quote}), empty for the whole file
 * @param message what is wrong, in words
 */
public record Problem(String file, int line, String field, String message) {

	@Override
	public String toString() {
		return file + ":" + line + (field.isEmpty() ? "" : ": " + field) + ": " + message;
	}
}
