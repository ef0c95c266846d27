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
package dev.suga.processor;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports catalogue messages on elements, and remembers whether any error was reported. An error
 * already reported on the same element with the same text is counted but not printed again: each
 * gateway of a compilation with several roots checks the modules it includes, and would otherwise
 * repeat every finding about a shared module once per root.
 */
final class Diagnostics {
  private final Messager messager;
  private final Set<List<Object>> reported = new HashSet<>();
  private int errorCount;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, Message message, Object... arguments) {
    errorCount++;
    String text = message.format(arguments);
    if (reported.add(Arrays.asList(element, null, null, text))) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }

  /** Reports on one value of an annotation of {@code element}, where the compiler points at it. */
  void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... arguments) {
    errorCount++;
    String text = message.format(arguments);
    if (reported.add(Arrays.asList(element, annotation, value, text))) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, value);
    }
  }

  /**
   * Reports through {@code printer}, for a position no element has (a method of a local class, seen
   * only as a source tree).
   */
  void errorAt(Consumer<String> printer, Message message, Object... arguments) {
    errorCount++;
    printer.accept(message.format(arguments));
  }

  void note(String text) {
    messager.printMessage(Diagnostic.Kind.NOTE, text);
  }

  void note(Element element, Message message, Object... arguments) {
    messager.printMessage(Diagnostic.Kind.NOTE, message.format(arguments), element);
  }

  void note(Message message, Object... arguments) {
    messager.printMessage(Diagnostic.Kind.NOTE, message.format(arguments));
  }

  /** How many errors were reported so far; compare two readings to see if a step failed. */
  int errorCount() {
    return errorCount;
  }
}
