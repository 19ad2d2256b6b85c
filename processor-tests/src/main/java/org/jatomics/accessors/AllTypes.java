package org.jatomics.accessors;

import java.lang.foreign.MemorySegment;
import org.jatomics.annotations.Atomic;

/** One {@code @Atomic} field of every kind of type, instance and static, mostly private. */
final class AllTypes {
  @Atomic private boolean z;
  @Atomic private byte b;
  @Atomic private short s;
  @Atomic private char c;
  @Atomic private int i;
  @Atomic private long j;
  @Atomic private float f;
  @Atomic private double d;
  @Atomic private String string;
  @Atomic private Object object;
  @Atomic private int[] array;
  @Atomic private MemorySegment segment;
  @Atomic private Integer boxed;
  @Atomic private StringBuilder mutable;
  @Atomic volatile long volatileLong;

  @Atomic private static boolean sz;
  @Atomic private static byte sb;
  @Atomic private static short ss;
  @Atomic private static char sc;
  @Atomic private static int si;
  @Atomic private static long sj;
  @Atomic private static float sf;
  @Atomic private static double sd;
  @Atomic private static String sString;
  @Atomic static Object sObject;
  @Atomic protected static volatile Long sBoxed;
}
