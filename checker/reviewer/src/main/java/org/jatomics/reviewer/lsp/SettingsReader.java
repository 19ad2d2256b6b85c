package org.jatomics.reviewer.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;

/**
 * Reads the server's settings: the workspace's {@code .jatomics.yml}, then {@code
 * initializationOptions} or {@code workspace/didChangeConfiguration} on top (a JSON object,
 * optionally under a {@code "jatomics"} key). The keys are {@code .jatomics.yml}'s: {@code
 * unsafe-methods}, {@code field-offset-methods}, {@code var-handle-factories}, {@code docs-url}
 * (strings, or arrays of strings joined with commas; the {@code Jatomics:} option names are
 * accepted too) and {@code enable} / {@code disable} (check names). The reviewer-only keys of the
 * file ({@code fail-on}, {@code format}, {@code exclude}, {@code baseline}, {@code encoding}) are
 * accepted and have no effect in an editor.
 */
final class SettingsReader {
  private SettingsReader() {}

  /** The keys of {@code .jatomics.yml} that name checker options, and the option each names. */
  private static final Map<String, String> OPTION_KEYS =
      Map.of(
          "unsafe-methods", Config.UNSAFE_METHODS,
          "field-offset-methods", Config.FIELD_OFFSET_METHODS,
          "var-handle-factories", Config.VAR_HANDLE_FACTORIES,
          "docs-url", Config.DOCS_URL);

  /** Keys of {@code .jatomics.yml} that only the command-line reviewer uses. */
  private static final Set<String> REVIEWER_ONLY =
      Set.of("fail-on", "format", "exclude", "baseline", "encoding", "classpath");

  /**
   * The settings in {@code json} (null or not an object: the defaults).
   *
   * @throws IllegalArgumentException for an unknown key, check name or malformed value, naming it
   */
  static Workspace.Settings read(JsonElement json) {
    return read(Map.of(), json);
  }

  /**
   * The settings of {@code file} ({@code .jatomics.yml}'s values) with {@code json} (the client's)
   * on top.
   */
  static Workspace.Settings read(Map<String, List<String>> file, JsonElement json) {
    Map<String, List<String>> values = new LinkedHashMap<>(file);
    if (json != null && json.isJsonObject()) {
      JsonObject object = json.getAsJsonObject();
      if (object.has("jatomics") && object.get("jatomics").isJsonObject()) {
        object = object.getAsJsonObject("jatomics");
      }
      for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
        values.put(entry.getKey(), strings(entry.getKey(), entry.getValue()));
      }
    }
    Map<String, String> options = new HashMap<>();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      String key = entry.getKey();
      String option = OPTION_KEYS.getOrDefault(key, key.startsWith(Config.PREFIX) ? key : null);
      if (option != null) {
        options.put(option, String.join(",", entry.getValue()));
      } else if (!key.equals("enable") && !key.equals("disable") && !REVIEWER_ONLY.contains(key)) {
        throw new IllegalArgumentException(
            "unknown setting '"
                + key
                + "'; the settings are enable, disable, "
                + String.join(", ", OPTION_KEYS.keySet().stream().sorted().toList()));
      }
    }
    Set<CheckName> checks = EnumSet.allOf(CheckName.class);
    if (values.containsKey("enable")) {
      checks = EnumSet.noneOf(CheckName.class);
      for (String name : values.get("enable")) {
        checks.add(check(name));
      }
    }
    for (String name : values.getOrDefault("disable", List.of())) {
      checks.remove(check(name));
    }
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("no check left to run after enable/disable");
    }
    return new Workspace.Settings(Config.parseChecked(options), checks);
  }

  private static CheckName check(String name) {
    return CheckName.named(name)
        .orElseThrow(() -> new IllegalArgumentException("unknown check '" + name + "'"));
  }

  private static java.util.List<String> strings(String key, JsonElement value) {
    java.util.List<String> result = new java.util.ArrayList<>();
    if (value.isJsonArray()) {
      JsonArray array = value.getAsJsonArray();
      for (JsonElement element : array) {
        if (!element.isJsonPrimitive()) {
          throw new IllegalArgumentException("setting " + key + ": expected strings");
        }
        result.add(element.getAsString());
      }
    } else if (value.isJsonPrimitive()) {
      for (String part : value.getAsString().split(",", -1)) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    } else {
      throw new IllegalArgumentException(
          "setting " + key + ": expected a string or an array of strings");
    }
    return result;
  }
}
