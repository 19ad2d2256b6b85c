package org.jatomics.reviewer.report;

/**
 * Something the reviewer could not resolve and therefore could not check (contract section 9): a
 * call of one of Unsafe's memory accessors on a receiver whose type comes from outside the analysed
 * tree. Not a finding; counted in the text summary and listed in SARIF as a tool execution
 * notification, so that silence is never mistaken for a clean result.
 *
 * @param file the file's path relative to the report's root, with {@code /} separators
 * @param line the call's line
 * @param column the call's column
 * @param message what could not be resolved
 */
public record Unresolved(String file, int line, int column, String message) {}
