package org.jatomics.checker;

import org.jatomics.checker.model.SourceRange;

/**
 * Replace the text in {@code range} with {@code replacement} (an empty range inserts).
 *
 * @param range what to replace, in offsets of the unit's text
 * @param replacement the new text
 */
public record TextEdit(SourceRange range, String replacement) {}
