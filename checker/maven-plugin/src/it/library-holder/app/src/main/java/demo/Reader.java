package demo;

import lib.UnsafeAccess;

final class Reader {
  long next(long address) {
    long value = UnsafeAccess.UNSAFE.getLong(address);
    return value + 1;
  }
}
