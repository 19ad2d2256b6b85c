package org.jatomics.reviewer.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;

/**
 * Reads the server's settings from {@code initializationOptions} or
 * {@code workspace/didChangeConfiguration}: a JSON object, optionally under a {@code "jatomics"}
 * key, with the option keys of the checker ({@code "Jatomics:UnsafeMethods"},
 * {@code "Jatomics:FieldOffsetMethods"}, {@code "Jatomics:DocsUrl"}: strings, or arrays of strings
 * joined with commas) and {@code "enable"} / {@code "disable"} (arrays of check names), as the
 * reviewer's {@code --enable}/{@code --disable}.
 */
final class SettingsReader {
  private SettingsReader() {}

  /**
   * The settings in {@code json} (null or not an object: the defaults).
   *
   * @throws IllegalArgumentException for an unknown key, check name or malformed value, naming it
   */
  static Workspace.Settings read(JsonElement json) {
    if (json == null || !json.isJsonObject()) {
      return Workspace.Settings.DEFAULT;
    }
    JsonObject object = json.getAsJsonObject();
    if (object.has("jatomics") && object.get("jatomics").isJsonObject()) {
      object = object.getAsJsonObject("jatomics");
    }
    Map<String, String> options = new HashMap<>();
    Set<CheckName> checks = EnumSet.allOf(CheckName.class);
    boolean enabled = false;
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      String key = entry.getKey();
      switch (key) {
        case "enable" -> {
          enabled = true;
          checks = EnumSet.noneOf(CheckName.class);
          for (String name : strings(key, entry.getValue())) {
            checks.add(check(name));
          }
        }
        case "disable" -> {
          // applied below, after enable
        }
        default -> {
          if (!key.startsWith(Config.PREFIX)) {
            throw new IllegalArgumentException(
                "unknown setting '" + key + "'; the settings are enable, disable, "
                    + String.join(", ", Config.KEYS));
          }
          options.put(key, String.join(",", strings(key, entry.getValue())));
        }
      }
    }
    if (object.has("disable")) {
      for (String name : strings("disable", object.get("disable"))) {
        checks.remove(check(name));
      }
    }
    if (checks.isEmpty() && (enabled || object.has("disable"))) {
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
      for (String part : value.getAsString().split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    } else {
      throw new IllegalArgumentException("setting " + key + ": expected a string or an array of strings");
    }
    return result;
  }
}
