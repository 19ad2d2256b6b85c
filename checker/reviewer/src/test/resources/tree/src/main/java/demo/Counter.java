package demo;

import org.jatomics.annotations.Atomic;

/** A counter whose value other threads update with the generated accessors. */
public class Counter {
  @Atomic long hits;

  Counter() {
    hits = 0; // construction: nothing else sees the object yet
  }

  void record() {
    hits++;
  }

  String describe() {
    return "é hits: " + hits;
  }
}
