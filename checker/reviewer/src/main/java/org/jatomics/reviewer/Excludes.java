package org.jatomics.reviewer;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --exclude} globs. Java's glob syntax ({@link
 * java.nio.file.FileSystem#getPathMatcher}): {@code *} and {@code ?} within one name, {@code **}
 * across folders, {@code [abc]}, {@code {a,b}}. A glob is matched against a path relative to the
 * folder given on the command line, with {@code /} between names; a glob without {@code /} is
 * matched against each name on that path instead (as {@code .gitignore} does), so {@code generated}
 * skips every folder of that name and {@code *Test.java} every such file, at any depth. A matching
 * folder is not entered.
 */
public final class Excludes {
  /** Excludes nothing. */
  public static final Excludes NONE = new Excludes(List.of(), List.of());

  private final List<PathMatcher> wholePath;
  private final List<PathMatcher> anyName;

  private Excludes(List<PathMatcher> wholePath, List<PathMatcher> anyName) {
    this.wholePath = wholePath;
    this.anyName = anyName;
  }

  /**
   * The excludes of {@code globs}.
   *
   * @throws IllegalArgumentException naming a glob that is not valid glob syntax
   */
  public static Excludes of(List<String> globs) {
    List<PathMatcher> wholePath = new ArrayList<>();
    List<PathMatcher> anyName = new ArrayList<>();
    for (String glob : globs) {
      String g = glob.strip();
      if (g.isEmpty()) {
        throw new IllegalArgumentException("empty glob");
      }
      while (g.startsWith("./")) {
        g = g.substring(2);
      }
      if (g.endsWith("/") && g.length() > 1) {
        g = g.substring(0, g.length() - 1);
      }
      PathMatcher matcher;
      try {
        matcher = FileSystems.getDefault().getPathMatcher("glob:" + g);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "'" + glob + "' is not a valid glob: " + e.getDescription());
      }
      (g.contains("/") ? wholePath : anyName).add(matcher);
    }
    return new Excludes(List.copyOf(wholePath), List.copyOf(anyName));
  }

  /**
   * Whether {@code relative} (a path below a command-line folder, or a file's name) is excluded.
   */
  boolean matches(Path relative) {
    for (PathMatcher m : wholePath) {
      if (m.matches(relative)) {
        return true;
      }
    }
    for (PathMatcher m : anyName) {
      for (Path name : relative) {
        if (m.matches(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
