package p;

import org.jatomics.annotations.Atomic;

class Outer {
  static class Inner {
    @Atomic float ratio;
    @Atomic boolean done;
  }
}
