package dev.suga.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports catalogue messages on elements, and remembers whether any error was reported. */
final class Diagnostics {
  private final Messager messager;
  private int errorCount;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, Message message, Object... arguments) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(arguments), element);
  }

  void note(String text) {
    messager.printMessage(Diagnostic.Kind.NOTE, text);
  }

  void note(Message message, Object... arguments) {
    messager.printMessage(Diagnostic.Kind.NOTE, message.format(arguments));
  }

  /** How many errors were reported so far; compare two readings to see if a step failed. */
  int errorCount() {
    return errorCount;
  }
}
