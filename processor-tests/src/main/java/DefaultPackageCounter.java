import org.jatomics.annotations.Atomic;

/** A package-private class in the default package. */
class DefaultPackageCounter {
  @Atomic private long count;
}
