package org.stancegraph.extraction;

/** A request extraction cannot read (400), saying which field is wrong and how. */
public class BadExtractionRequestException extends RuntimeException {

	public BadExtractionRequestException(String message) {
		super(message);
	}

	/** A text or body over the limit (413). */
	public static class TooLarge extends BadExtractionRequestException {

		public TooLarge(String message) {
			super(message);
		}
	}
}
