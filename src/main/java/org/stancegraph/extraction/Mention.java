package org.stancegraph.extraction;

/**
 * A place where the text names an entity.
 *
 * @param entity    the entity's id
 * @param start     offset of the first character in the text (UTF-16, as Java and JavaScript count)
 * @param end       offset after the last character
 * @param text      the text as written there
 * @param ambiguous the same words name another entity too (each gets a mention, all marked): a reviewer decides
 */
public record Mention(String entity, int start, int end, String text, boolean ambiguous) {
}
