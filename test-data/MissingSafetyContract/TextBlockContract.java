package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** A text block works as a contract text. */
class TextBlockContract {
  @SafetyContract("""
      the segment is alive for the whole call, \
      and no other thread writes it""")
  static void scan(long address) {}
}
