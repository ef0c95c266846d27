package dev.suga.coldstart;

import java.nio.file.Path;
import java.util.Map;

/**
 * One measured function: its artifact (a shaded handler jar, or a directory laid out as a task
 * root), its handler string, the events it gets and how it reaches Home Assistant.
 *
 * @param name short name used on the command line and in the table
 * @param description what it is, for the report
 * @param artifact the handler jar (unpacked into the task directory) or a task-root directory
 * @param handler the {@code _HANDLER} value
 * @param events the kind of every event, first and warm
 * @param transport how it reaches the Home Assistant stand-in (or not at all)
 * @param environment extra environment variables ({@code HA_BASE_URL} is added per transport)
 */
record Subject(String name, String description, Path artifact, String handler, EventKind events, Transport transport,
    Map<String, String> environment) {

  enum EventKind { HELLO, TURN_ON, DISCOVER }

  enum Transport { NONE, HTTP, HTTPS }
}
