/*
 * Copyright 2026 The SUGA for Java developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.suga.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for reports: the first column left-aligned, the others right-aligned, columns
 * two spaces apart, no trailing spaces. Written by hand, because {@code String.format} parses its
 * pattern with regular expressions.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  TextTable(String... header) {
    this.columns = header.length;
    rows.add(header);
  }

  void add(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("Expected " + columns + " cells, got " + cells.length);
    }
    rows.add(cells);
  }

  /** Appends the table, each line indented by {@code indent} and ending in a line break. */
  void appendTo(StringBuilder text, String indent) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      int lineStart = text.length();
      text.append(indent);
      for (int c = 0; c < columns; c++) {
        String cell = row[c];
        int padding = widths[c] - cell.length();
        if (c == 0) {
          text.append(cell);
          pad(text, padding);
        } else {
          pad(text, 2 + padding);
          text.append(cell);
        }
      }
      int end = text.length();
      while (end > lineStart && text.charAt(end - 1) == ' ') {
        end--;
      }
      text.setLength(end);
      text.append('\n');
    }
  }

  private static void pad(StringBuilder text, int count) {
    for (int i = 0; i < count; i++) {
      text.append(' ');
    }
  }
}
