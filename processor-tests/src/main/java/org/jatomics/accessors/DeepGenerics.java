package org.jatomics.accessors;

import java.util.List;
import java.util.Map;
import org.jatomics.annotations.Atomic;

/** Deeply nested generics, recursive and wildcard bounds, generic arrays. */
final class DeepGenerics<
    K extends Comparable<? super K>, V extends List<? extends Map<K, ? super V>>> {
  @Atomic Map<K, List<Map<String, ? extends V>>> map;
  @Atomic V v;
  @Atomic K[] keys;
  @Atomic List<? super Integer>[][] arrays;
}
