package org.stancegraph.claims;

/** A verbatim quote in a source document that states a claim. */
public record Evidence(String source, String quote) {
}
