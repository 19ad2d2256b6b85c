package org.jatomics.accessors;

import org.jatomics.annotations.Atomic;

/** Names that stress capitalisation and collision with the generated code's own names. */
final class OddNames {
  @Atomic int _int;
  @Atomic int default_;
  @Atomic int Int;
  @Atomic long größe;
  @Atomic int ñandú;
  @Atomic int $dollar;
  @Atomic Object Ordering;
  @Atomic Object VarHandle;
  @Atomic int lookup;
  @Atomic int o;
  @Atomic int obj;
  @Atomic int headIndex;
  @Atomic int head_index;
  @Atomic int Class;
  @Atomic String String;
  @Atomic boolean Boolean;
}
