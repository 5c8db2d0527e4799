package io.github.pomeriumlint.azure;

import io.github.pomeriumlint.api.Severity;
import io.github.pomeriumlint.config.Document;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.config.SourceFile;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Azure {@code idp_service_account} decoded the way Pomerium decoded it (up to 0.19: trimmed,
 * then raw JSON, accepted from 0.18, or standard base64 of JSON), with the forms people paste by
 * mistake recognised and named: url-safe base64, missing padding, double encoding, a file path.
 * Messages never contain the secret, nor any other value of the document.
 *
 * @param clientId the {@code client_id}, when the document has one as a string
 * @param clientSecret the {@code client_secret}; never print it
 * @param directoryId the {@code directory_id} (the tenant)
 * @param encoding how the value was written
 * @param document the decoded JSON object, with positions inside the decoded text
 * @param problems what is wrong, most serious first
 */
public record ServiceAccount(
    Optional<String> clientId,
    Optional<String> clientSecret,
    Optional<String> directoryId,
    Encoding encoding,
    Optional<MapNode> document,
    List<Problem> problems) {

  public static final String CLIENT_ID = "client_id";
  public static final String CLIENT_SECRET = "client_secret";
  public static final String DIRECTORY_ID = "directory_id";
  private static final List<String> FIELDS = List.of(CLIENT_ID, CLIENT_SECRET, DIRECTORY_ID);

  /** Field names people write for the three Pomerium reads. */
  private static final Map<String, String> LOOKALIKES =
      Map.ofEntries(
          Map.entry("tenant_id", DIRECTORY_ID),
          Map.entry("tenantid", DIRECTORY_ID),
          Map.entry("tenant", DIRECTORY_ID),
          Map.entry("directoryid", DIRECTORY_ID),
          Map.entry("directory", DIRECTORY_ID),
          Map.entry("app_id", CLIENT_ID),
          Map.entry("appid", CLIENT_ID),
          Map.entry("application_id", CLIENT_ID),
          Map.entry("clientid", CLIENT_ID),
          Map.entry("secret", CLIENT_SECRET),
          Map.entry("clientsecret", CLIENT_SECRET),
          Map.entry("password", CLIENT_SECRET));

  private static final Pattern PLACEHOLDER =
      Pattern.compile("^<.*>$|^\\{.*}$|^\\$\\{.*}$|REPLACE|CHANGE[_-]?ME|^YOUR[_-]|^x{4,}$|^\\.\\.\\.$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_PATH = Pattern.compile("(?i)^(~?/|\\./|\\.\\./|[a-z]:\\\\)\\S*$|^\\S+\\.json$");
  private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+");

  /** How the value was written. */
  public enum Encoding {
    JSON("raw JSON"),
    BASE64("standard base64 of JSON"),
    BASE64_URL_SAFE("url-safe base64"),
    BASE64_UNPADDED("base64 without its '=' padding"),
    DOUBLE_BASE64("base64 of base64 of JSON"),
    FILE_PATH("a file path"),
    UNKNOWN("neither base64 nor JSON"),
    EMPTY("empty");

    private final String description;

    Encoding(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /**
   * One thing wrong with the service account.
   *
   * @param severity error where Pomerium would reject the account (and disable directory sync)
   * @param message one sentence, without any value from the account
   * @param hint the fix, or null
   * @param at the node of the decoded document it concerns, if any
   */
  public record Problem(Severity severity, String message, String hint, Optional<Node> at) {}

  /** Decodes {@code node}'s text as the release {@code version} would. */
  public static ServiceAccount decode(ScalarNode node, PomeriumVersion version) {
    return decode(node.isNull() ? "" : node.text(), version);
  }

  /** Decodes {@code value} as the release {@code version} would. */
  public static ServiceAccount decode(String value, PomeriumVersion version) {
    return new Decoder(version).decode(value);
  }

  /** Whether Pomerium would accept it: no error-severity problem. */
  public boolean valid() {
    return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
  }

  private static final class Decoder {
    private final PomeriumVersion version;
    private final List<Problem> problems = new ArrayList<>();

    Decoder(PomeriumVersion version) {
      this.version = version;
    }

    ServiceAccount decode(String value) {
      String text = value.trim();
      if (text.isEmpty()) {
        error("is empty", "set it to base64 of {\"client_id\": ..., \"client_secret\": ..., \"directory_id\": ...}");
        return result(Encoding.EMPTY, Optional.empty());
      }
      if (text.startsWith("{")) {
        if (version.before("0.18")) {
          error(
              "is raw JSON, which Pomerium reads only from 0.18; " + version + " expects base64",
              "encode it: base64 -w0 service-account.json");
        }
        return fromJson(text, Encoding.JSON, "");
      }
      if (FILE_PATH.matcher(text).matches() && !text.contains("=")) {
        error("is a file path, but Pomerium expects the file's content", "use the content, encoded: base64 -w0 <file>");
        return result(Encoding.FILE_PATH, Optional.empty());
      }
      String compact = text.replace("\r", "").replace("\n", "");
      boolean urlSafe = compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0;
      Optional<String> decoded = base64(compact, urlSafe);
      if (decoded.isEmpty()) {
        error("is neither base64 nor JSON", "set it to base64 of the JSON document: base64 -w0 service-account.json");
        return result(Encoding.UNKNOWN, Optional.empty());
      }
      String inner = decoded.get().trim();
      if (!inner.startsWith("{")) {
        Optional<String> twice = base64(inner, false).filter(t -> t.trim().startsWith("{"));
        if (twice.isPresent()) {
          error("is base64-encoded twice", "decode it once: echo \"$VALUE\" | base64 -d");
          return fromJson(twice.get().trim(), Encoding.DOUBLE_BASE64, " (after decoding twice)");
        }
      }
      Encoding encoding = Encoding.BASE64;
      if (urlSafe) {
        encoding = Encoding.BASE64_URL_SAFE;
        error("is url-safe base64 ('-' and '_'), but Pomerium reads standard base64", "re-encode it with base64 -w0, or replace '-' by '+' and '_' by '/'");
      } else if (compact.length() % 4 != 0) {
        encoding = Encoding.BASE64_UNPADDED;
        error("is base64 without its '=' padding, which Pomerium's decoder rejects", "append '=' until the length is a multiple of 4");
      }
      return fromJson(inner, encoding, " (decoded from base64)");
    }

    private static Optional<String> base64(String text, boolean urlSafe) {
      try {
        byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
        return Optional.of(
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString());
      } catch (IllegalArgumentException | CharacterCodingException e) {
        return Optional.empty();
      }
    }

    private ServiceAccount fromJson(String json, Encoding encoding, String where) {
      Document doc = Document.parse(SourceFile.of("idp_service_account.json", json));
      if (doc.syntaxError().isPresent()) {
        var at = doc.syntaxError().get().span();
        // The parser's own message may quote the secret, so only the position is given.
        error(
            "is not valid JSON" + where + ": the error is at line " + at.line() + ", column " + at.column() + " of the document",
            "check the quotes, commas and braces there");
        return result(encoding, Optional.empty());
      }
      if (!(doc.root().orElse(null) instanceof MapNode map)) {
        error("is JSON" + where + " but not an object", "write {\"client_id\": ..., \"client_secret\": ..., \"directory_id\": ...}");
        return result(encoding, Optional.empty());
      }
      checkFields(map);
      return new ServiceAccount(
          field(map, CLIENT_ID), field(map, CLIENT_SECRET), field(map, DIRECTORY_ID), encoding, Optional.of(map), List.copyOf(problems));
    }

    private void checkFields(MapNode map) {
      for (MapNode.Entry entry : map.entries()) {
        String name = entry.name();
        if (FIELDS.contains(name)) {
          continue;
        }
        String suggestion =
            Optional.ofNullable(LOOKALIKES.get(name.replace("-", "_")))
                .or(() -> io.github.pomeriumlint.rules.Suggest.closest(name, FIELDS))
                .orElse(null);
        problems.add(
            new Problem(
                Severity.WARNING,
                "has a field '" + entry.key().text() + "' that Pomerium ignores" + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"),
                suggestion == null ? "remove it" : "rename it to '" + suggestion + "'",
                Optional.of(entry.key())));
      }
      for (String field : FIELDS) {
        Optional<Node> value = map.get(field);
        if (value.isEmpty()) {
          error("has no '" + field + "' (Pomerium: " + field + " is required)", "add \"" + field + "\"");
        } else if (!(value.get() instanceof ScalarNode s) || s.kind() != ScalarNode.Kind.STRING) {
          problems.add(new Problem(Severity.ERROR, "has '" + field + "' as " + value.get().describe() + ", but it must be a string", "quote it", value));
        } else if (s.text().isBlank()) {
          problems.add(new Problem(Severity.ERROR, "has an empty '" + field + "' (Pomerium: " + field + " is required)", "fill it in", value));
        } else {
          checkShape(field, s);
        }
      }
    }

    private void checkShape(String field, ScalarNode value) {
      String text = value.text().trim();
      if (PLACEHOLDER.matcher(text).find()) {
        problems.add(new Problem(Severity.ERROR, "has a placeholder for '" + field + "'", "put the real value in", Optional.of(value)));
        return;
      }
      switch (field) {
        case CLIENT_ID -> {
          if (!Guid.is(text)) {
            problems.add(new Problem(Severity.ERROR, "has a 'client_id' that is not a GUID", "use the Application (client) ID from the app registration's Overview page", Optional.of(value)));
          }
        }
        case DIRECTORY_ID -> {
          if (!Guid.is(text) && !DOMAIN.matcher(text).matches()) {
            problems.add(new Problem(Severity.ERROR, "has a 'directory_id' that is neither a tenant id (GUID) nor a tenant domain", "use the Directory (tenant) ID from the app registration's Overview page", Optional.of(value)));
          }
        }
        default -> {
          if (Guid.is(text)) {
            problems.add(new Problem(Severity.WARNING, "has a 'client_secret' shaped like a GUID: most likely the secret's ID, not its value", "copy the secret's Value column (shown once, when the secret is created)", Optional.of(value)));
          }
        }
      }
    }

    private static Optional<String> field(MapNode map, String name) {
      return map.get(name).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text()).filter(t -> !t.isBlank());
    }

    private void error(String message, String hint) {
      problems.add(new Problem(Severity.ERROR, message, hint, Optional.empty()));
    }

    private ServiceAccount result(Encoding encoding, Optional<MapNode> document) {
      return new ServiceAccount(Optional.empty(), Optional.empty(), Optional.empty(), encoding, document, List.copyOf(problems));
    }
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "ServiceAccount[clientId=" + clientId.orElse("") + ", directoryId=" + directoryId.orElse("") + ", encoding=" + encoding + "]";
  }
}
