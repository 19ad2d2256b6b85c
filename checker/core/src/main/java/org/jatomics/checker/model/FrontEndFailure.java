package org.jatomics.checker.model;

/**
 * A piece of code the front end could not translate (an internal error on one tree): reported as
 * one diagnostic at its place, so that a checker failure never stops a build and never passes
 * silently.
 *
 * @param range the tree the front end failed on
 * @param detail what went wrong (exception class and message)
 */
public record FrontEndFailure(SourceRange range, String detail) {}
