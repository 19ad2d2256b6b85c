package corpus.mixedaccessmode;

/** A plain field nobody accesses atomically: confined or guarded elsewhere, not this check's business. */
class NoRegistration {
  int count;
  long total;

  synchronized void add(long v) {
    count++;
    total += v;
  }

  synchronized double mean() {
    return count == 0 ? 0 : (double) total / count;
  }
}
