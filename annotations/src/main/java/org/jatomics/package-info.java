/**
 * The {@link org.jatomics.Ordering} types: memory orderings as types, so that a load or store with
 * an ordering it cannot have does not compile.
 */
package org.jatomics;
