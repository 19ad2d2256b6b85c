package org.jatomics.reviewer.report;

/**
 * A file that could not be read or parsed. It is reported in every format and makes the run exit
 * with status 2; every other file is still analysed.
 *
 * @param file the file's path relative to the report's root, with {@code /} separators
 * @param line the line the parser stopped at (1 when unknown)
 * @param column the column the parser stopped at (1 when unknown)
 * @param message what went wrong, from the file system or the parser
 */
public record FileProblem(String file, int line, int column, String message) {}
