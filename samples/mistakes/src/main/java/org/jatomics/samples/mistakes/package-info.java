/**
 * One deliberate mistake per jatomics check, each with the correct form next to it. Compiling
 * this package prints exactly one warning per check; the rest of the samples compile without
 * findings.
 */
package org.jatomics.samples.mistakes;
