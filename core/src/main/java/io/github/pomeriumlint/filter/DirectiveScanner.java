package io.github.pomeriumlint.filter;

import io.github.pomeriumlint.config.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Finds {@code # pomerium-lint:} directives in real YAML comments, using the YAML parser's own
 * comment events, so a {@code #} inside a quoted string or a block scalar is never taken for one.
 */
final class DirectiveScanner {
  static final String PREFIX = "pomerium-lint:";
  private static final Pattern DIRECTIVE =
      Pattern.compile("\\s*pomerium-lint:\\s*(disable|disable-file)\\s*=\\s*([A-Za-z0-9_,\\s-]*?)\\s*(?:--\\s*(.*?))?\\s*(?:#.*)?$");

  private DirectiveScanner() {}

  /** The directives of a YAML text; comments after a syntax error are not seen. */
  static List<Directive> scan(SourceFile input) {
    List<Directive> found = new ArrayList<>();
    String text = input.text();
    if (!text.contains(PREFIX)) {
      return found; // most files have none: spare them a second parse, and splitting the lines
    }
    List<String> lines = input.lines();
    LoadSettings settings = LoadSettings.builder().setParseComments(true).build();
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        if (event instanceof CommentEvent comment && comment.getCommentType() != CommentType.BLANK_LINE) {
          parse(comment, lines).ifPresent(found::add);
        }
      }
    } catch (YamlEngineException e) {
      // The yaml-syntax rule reports the error; directives before it still count.
    }
    return found;
  }

  private static Optional<Directive> parse(CommentEvent comment, List<String> lines) {
    String value = comment.getValue();
    if (!value.strip().startsWith(PREFIX) || comment.getStartMark().isEmpty()) {
      return Optional.empty();
    }
    Mark mark = comment.getStartMark().get();
    int line = mark.getLine() + 1;
    int column = mark.getColumn() + 1;
    String lineText = line <= lines.size() ? lines.get(line - 1) : "";
    boolean ownLine = lineText.substring(0, Math.min(column - 1, lineText.length())).isBlank();
    int target = ownLine ? nextCodeLine(lines, line) : line;
    int endColumn = lineText.length() + 1;
    Matcher m = DIRECTIVE.matcher(value);
    if (!m.matches()) {
      // A malformed directive suppresses nothing; it shows up as naming no rule.
      return Optional.of(new Directive(line, column, endColumn, Set.of(), "", false, target));
    }
    Set<String> rules = new LinkedHashSet<>();
    for (String id : m.group(2).split("[,\\s]+")) {
      if (!id.isBlank()) {
        rules.add(id.strip());
      }
    }
    String reason = m.group(3) == null ? "" : m.group(3).strip();
    return Optional.of(new Directive(line, column, endColumn, rules, reason, m.group(1).equals("disable-file"), target));
  }

  /** The first line after {@code line} that is not a comment-only line. */
  private static int nextCodeLine(List<String> lines, int line) {
    int next = line + 1;
    while (next <= lines.size() && lines.get(next - 1).strip().startsWith("#")) {
      next++;
    }
    return next;
  }
}
