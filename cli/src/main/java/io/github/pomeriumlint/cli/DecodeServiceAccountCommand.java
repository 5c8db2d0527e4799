package io.github.pomeriumlint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pomeriumlint.azure.ServiceAccount;
import io.github.pomeriumlint.config.MapNode;
import io.github.pomeriumlint.config.Node;
import io.github.pomeriumlint.config.ScalarNode;
import io.github.pomeriumlint.pomerium.PomeriumVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code decode-service-account [VALUE|-]}: decodes an Azure {@code idp_service_account} value,
 * checks it and prints it. Only client_id and directory_id are shown; every other value (the
 * secret, and any unknown field, which may hold one) is redacted to its length.
 */
final class DecodeServiceAccountCommand implements Callable<Integer> {
  static final String NAME = "decode-service-account";

  /** Identifiers, not secrets: the only values printed as they are. */
  private static final Set<String> SHOWN = Set.of(ServiceAccount.CLIENT_ID, ServiceAccount.DIRECTORY_ID);

  private final Main main;
  final CommandSpec spec;

  private final PositionalParamSpec value = Specs.parameter("VALUE", String.class, "0..1",
      "The value (base64 or JSON); '-' or nothing reads stdin, which keeps the secret out of shell history.");
  private final OptionSpec json = Specs.flag("--json", "Print one JSON object, for scripts.");
  private final OptionSpec pomeriumVersion = Specs.option("--pomerium-version", "X.Y[.Z]", String.class,
      "Decode as this release did (default: the newest known; raw JSON is read from 0.18).");

  DecodeServiceAccountCommand(Main main) {
    this.main = main;
    this.spec = Specs.command(this, NAME, Main.VERSION,
        "Decode an Azure idp_service_account value, check it and print it with the secret redacted.",
        "Exit 0 when it is valid, 1 when something is wrong with it, 2 on bad usage.");
    spec.addPositional(value).addOption(json).addOption(pomeriumVersion);
  }

  @Override
  public Integer call() throws IOException {
    PomeriumVersion version = version();
    String given = value.getValue();
    String input = given == null || given.equals("-") ? new String(main.stdin.readAllBytes(), StandardCharsets.UTF_8) : given;
    ServiceAccount account = ServiceAccount.decode(input, version);
    PrintWriter out = spec.commandLine().getOut();
    if (json.<Boolean>getValue()) {
      printJson(account, out);
    } else {
      printText(account, out);
    }
    out.flush();
    return account.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private PomeriumVersion version() {
    String release = pomeriumVersion.getValue();
    if (release == null) {
      return PomeriumVersion.NEWEST;
    }
    try {
      return PomeriumVersion.parse(release);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pomerium-version: " + e.getMessage());
    }
  }

  private static void printText(ServiceAccount account, PrintWriter out) throws IOException {
    out.println("encoding: " + account.encoding().description());
    if (account.document().isPresent()) {
      out.println(documentJson(account.document().get()));
    }
    for (ServiceAccount.Problem p : account.problems()) {
      out.println(p.severity().id() + ": idp_service_account " + p.message() + position(p));
      if (p.hint() != null) {
        out.println("  = hint: " + p.hint());
      }
    }
    if (account.problems().isEmpty()) {
      out.println("valid: client_id, client_secret and directory_id are set");
    }
  }

  private static String position(ServiceAccount.Problem p) {
    return p.at()
        .map(Node::span)
        .map(s -> " (line " + s.line() + ", column " + s.column() + " of the decoded document)")
        .orElse("");
  }

  private static String documentJson(MapNode document) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      writeDocument(document, g);
    }
    return text.toString();
  }

  private static void writeDocument(MapNode document, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (MapNode.Entry e : document.entries()) {
      g.writeFieldName(e.key().text());
      if (SHOWN.contains(e.name()) && e.value() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
        g.writeString(s.text());
      } else {
        g.writeString(redacted(e.value()));
      }
    }
    g.writeEndObject();
  }

  private static String redacted(Node value) {
    if (value instanceof ScalarNode s && !s.isNull()) {
      return "<redacted: " + s.text().length() + " chars>";
    }
    return "<redacted: " + value.describe() + ">";
  }

  private static void printJson(ServiceAccount account, PrintWriter out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("encoding", account.encoding().name().toLowerCase(java.util.Locale.ROOT));
      g.writeBooleanField("valid", account.valid());
      g.writeFieldName("document");
      if (account.document().isPresent()) {
        writeDocument(account.document().get(), g);
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("problems");
      for (ServiceAccount.Problem p : account.problems()) {
        g.writeStartObject();
        g.writeStringField("severity", p.severity().id());
        g.writeStringField("message", "idp_service_account " + p.message());
        if (p.hint() != null) {
          g.writeStringField("hint", p.hint());
        }
        if (p.at().isPresent()) {
          g.writeNumberField("line", p.at().get().span().line());
          g.writeNumberField("column", p.at().get().span().column());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }
}
