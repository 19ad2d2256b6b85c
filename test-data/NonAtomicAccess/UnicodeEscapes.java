package corpus.nonatomicaccess;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/**
 * Source is Java source after unicode-escape translation (JLS 3.3): an escaped name is the name, an
 * escaped line break ends a line comment, an escaped star-slash ends a block comment. Findings are
 * reported where the code sits in the file.
 */
class UnicodeEscapes {
  @Atomic int x;

  void escapes() {
    // BUG: Diagnostic contains: NonAtomicAccess
    \u0078++;
    // BUG: Diagnostic contains: NonAtomicAccess
    // \u000a x++;
    // BUG: Diagnostic contains: NonAtomicAccess
    /* \u002a/ x = 5;
    // BUG: Diagnostic contains: NonAtomicAccess
    this.\uuuu0078 += 2;
    int seen = UnicodeEscapesAtomics.loadX(this, RELAXED);
    // BUG: Diagnostic contains: NonAtomicAccess
    String s = "\u0078" + seen + \u0078;
    String notAnEscape = "\\u0078++;";
    // \\u000a x++; is a comment: an escaped backslash starts no escape
    UnicodeEscapesAtomics.storeX(this, s.length() + notAnEscape.length(), RELAXED);
  }
}
