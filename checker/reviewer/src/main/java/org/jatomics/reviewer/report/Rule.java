package org.jatomics.reviewer.report;

import org.jatomics.checker.Severity;

/**
 * A check as reports describe it (SARIF's {@code tool.driver.rules}).
 *
 * @param name the check's name, e.g. {@code MixedAccessMode}
 * @param severity its default severity
 * @param summary one sentence: what it flags
 * @param description a paragraph: why it matters and what to write instead
 * @param page its documentation page, Markdown (bundled in the jar)
 * @param helpUri the URL of its page when {@code Jatomics:DocsUrl} is set, else null
 */
public record Rule(
    String name,
    Severity severity,
    String summary,
    String description,
    String page,
    String helpUri) {}
