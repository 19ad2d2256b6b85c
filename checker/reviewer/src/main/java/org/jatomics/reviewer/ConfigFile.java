package org.jatomics.reviewer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jatomics.reviewer.Jatomics.UsageException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code .jatomics.yml}: defaults for {@code jatomics review}, with the long options' names as keys
 * ({@code fail-on: never}, {@code exclude: [generated, "*Test.java"]}). Options given on the
 * command line win. Every key and value is checked: a typo fails the run instead of silently
 * dropping a setting.
 *
 * @param file the file read
 * @param values each key's values (one for a single-valued key)
 */
public record ConfigFile(Path file, Map<String, List<String>> values) {
  /** The file's name. */
  public static final String NAME = ".jatomics.yml";

  /** Keys whose value is a list (a YAML sequence, or one scalar). */
  static final List<String> LIST_KEYS = List.of("exclude", "enable", "disable", "classpath");

  /** Keys with one scalar value. */
  static final List<String> SCALAR_KEYS =
      List.of(
          "fail-on",
          "format",
          "baseline",
          "unsafe-methods",
          "field-offset-methods",
          "var-handle-factories",
          "docs-url",
          "encoding");

  /**
   * The YAML reader, built when a file is read: building it loads much of Jackson (about a tenth of
   * a second), which a run without a {@value #NAME} does not need.
   */
  private static final class Yaml {
    static final YAMLMapper MAPPER = new YAMLMapper();
  }

  /**
   * The values of the nearest {@value #NAME} at or above {@code folder} (up to the repository
   * root), empty when there is none; for the language server, which shares the file's keys.
   *
   * @throws RuntimeException with a message naming the file and key when the file is malformed
   */
  public static Map<String, List<String>> valuesNear(Path folder) {
    return find(folder).map(file -> read(file).values()).orElse(Map.of());
  }

  /**
   * The nearest {@value #NAME} in {@code start} or a parent folder, not above the repository root
   * (the nearest folder holding {@code .git}); none when there is none.
   */
  static Optional<Path> find(Path start) {
    for (Path folder = start.toAbsolutePath().normalize();
        folder != null;
        folder = folder.getParent()) {
      Path candidate = folder.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(folder.resolve(".git"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The nearest {@value #NAME} as the commit {@code ref} has it, looked for from {@code start} up
   * to the work tree's root (for {@code --diff-base}: the base decides the gate, not the change).
   */
  static Optional<ConfigFile> findAtRef(Path start, String ref) {
    Path workTree = DiffBase.workTree(start);
    for (Path folder = start.toAbsolutePath().normalize();
        folder != null && folder.startsWith(workTree);
        folder = folder.getParent()) {
      Path candidate = folder.resolve(NAME);
      Optional<byte[]> content = DiffBase.readAtRef(start, ref, candidate);
      if (content.isPresent()) {
        String name = candidate + " at " + ref;
        try {
          return Optional.of(parse(candidate, name, Yaml.MAPPER.readTree(content.get())));
        } catch (JacksonException e) {
          throw notYaml(name, e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reads and checks {@code file}.
   *
   * @throws UsageException naming the file and the key, and listing the valid keys
   */
  static ConfigFile read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file, file.toString(), Yaml.MAPPER.readTree(in));
    } catch (NoSuchFileException e) {
      throw new UsageException("--config: no such file: " + file);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    } catch (JacksonException e) {
      throw notYaml(file.toString(), e);
    }
  }

  private static UsageException notYaml(String name, JacksonException e) {
    return new UsageException(
        name
            + ": not valid YAML: "
            + e.getOriginalMessage().strip().replaceAll("\\s+", " ")
            + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
  }

  /**
   * The checked content of {@code root}, the YAML document of {@code file}, called {@code name} in
   * messages.
   */
  static ConfigFile parse(Path file, String name, JsonNode root) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new ConfigFile(file, values); // an empty file sets nothing
    }
    if (!root.isObject()) {
      throw new UsageException(
          name
              + ": expected keys ("
              + validKeys()
              + "), not a "
              + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (LIST_KEYS.contains(key)) {
        List<String> list = new ArrayList<>();
        if (value.isArray()) {
          for (JsonNode element : value) {
            list.add(scalar(name, key, element, "a list of strings"));
          }
        } else {
          list.add(scalar(name, key, value, "a string or a list of strings"));
        }
        values.put(key, list);
      } else if (SCALAR_KEYS.contains(key)) {
        values.put(key, List.of(scalar(name, key, value, "one value")));
      } else {
        throw new UsageException(
            name + ": unknown key '" + key + "' (valid keys: " + validKeys() + ")");
      }
    }
    return new ConfigFile(file, values);
  }

  private static String scalar(String name, String key, JsonNode value, String expected) {
    if (value == null || !value.isValueNode() || value.isNull()) {
      throw new UsageException(name + ": '" + key + "' must be " + expected);
    }
    return value.asString();
  }

  private static String validKeys() {
    List<String> keys = new ArrayList<>(SCALAR_KEYS);
    keys.addAll(LIST_KEYS);
    return String.join(", ", keys.stream().sorted().toList());
  }
}
