package org.jatomics.checker.model;

/**
 * A 1-based line and 1-based column (in UTF-16 code units, a tab counting as one), as javac and
 * SARIF report them.
 *
 * @param line 1-based line number
 * @param column 1-based column number
 */
public record LineColumn(int line, int column) {}
