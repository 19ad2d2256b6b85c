package p;

import org.jatomics.annotations.Atomic;

public final class Box<T extends CharSequence & Comparable<T>> {
  @Atomic private T value;
}
