package io.github.pomeriumlint.report;

import io.github.pomeriumlint.api.LintResult;
import java.io.IOException;

/** Writes a {@link LintResult} in one output format. Renderers are interchangeable. */
public interface Renderer {
  void render(LintResult result, Appendable out) throws IOException;
}
