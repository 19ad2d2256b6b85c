package corpus.nonatomicaccess;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELEASE;

import javax.annotation.processing.Generated;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.ToString;
import org.jatomics.annotations.Atomic;

/**
 * Lombok's toString() and equals/hashCode read every field plainly: one finding per @Atomic field,
 * on its @Atomic, never inside the members Lombok generated (they carry the annotation's position).
 */
@ToString
@EqualsAndHashCode
class LombokAccount {
  private final String owner = "ann";

  // BUG: Diagnostic contains: NonAtomicAccess
  @Atomic private long balance;

  @ToString.Exclude @EqualsAndHashCode.Exclude @Atomic private long excluded;

  // Not in equals/hashCode (transient), but in toString().
  // BUG: Diagnostic contains: NonAtomicAccess
  @Atomic private transient long seen;

  @Atomic static long opened;
}

/** @Data: the getter it generates reads the field; a hand-written atomic getter is used instead. */
@Data
class LombokCounter {
  private final String name;

  @Atomic private int hits;

  // BUG: Diagnostic contains: NonAtomicAccess
  @Atomic private boolean stopped;

  // BUG: Diagnostic contains: NonAtomicAccess
  @Atomic @Getter private static long created;

  public int getHits() {
    return LombokCounterAtomics.loadHits(this, ACQUIRE);
  }

  public void setHits(int hits) {
    LombokCounterAtomics.storeHits(this, hits, RELEASE);
  }
}

/** Another tool's output (a MapStruct mapper, say): never flagged, the user cannot edit it. */
@Generated("org.mapstruct.ap.MappingProcessor")
class LombokCounterMapperImpl {
  LombokCounter copy(LombokCounter from) {
    LombokCounter to = new LombokCounter(from.getName());
    to.setStopped(from.isStopped());
    LombokAccount.opened++;
    return to;
  }
}
