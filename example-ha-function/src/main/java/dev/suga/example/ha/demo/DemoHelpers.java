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
package dev.suga.example.ha.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The input helpers ({@code input_number.set_value}, {@code input_text.set_value}, {@code
 * input_select.select_option}, {@code input_datetime.set_datetime}) and timers ({@code
 * timer.start|pause|cancel|finish}), with Home Assistant's validation: a number outside min..max, a
 * text longer than max, an option not in the list or a malformed duration is a 400.
 */
final class DemoHelpers {
  private DemoHelpers() {}

  static void run(ServiceCall call) {
    switch (call.domain + "." + call.service) {
      case "input_number.set_value" -> setNumber(call);
      case "input_text.set_value" -> setText(call);
      case "input_select.select_option" -> selectOption(call);
      case "input_datetime.set_datetime" -> setDateTime(call);
      case "timer.start", "timer.pause", "timer.cancel", "timer.finish" -> timer(call);
      default -> throw DemoServices.notFound(call);
    }
  }

  private static void setNumber(ServiceCall call) {
    call.required("value");
    double value = call.number("value");
    for (DemoEntity input : call.targets("input_number")) {
      double min = input.attributes.get("min") instanceof Number n ? n.doubleValue() : 0;
      double max = input.attributes.get("max") instanceof Number n ? n.doubleValue() : 100;
      if (value < min || value > max) {
        throw new DemoBadRequest(
            "Invalid value for "
                + input.entityId
                + ": "
                + value
                + " (range "
                + min
                + " - "
                + max
                + ")");
      }
      call.edit(input).state = Double.toString(value);
    }
  }

  private static void setText(ServiceCall call) {
    String value = call.requiredString("value");
    for (DemoEntity input : call.targets("input_text")) {
      long max = input.attributes.get("max") instanceof Number n ? n.longValue() : 100;
      long min = input.attributes.get("min") instanceof Number n ? n.longValue() : 0;
      if (value.length() > max || value.length() < min) {
        throw new DemoBadRequest(
            "Invalid value for "
                + input.entityId
                + ": length must be between "
                + min
                + " and "
                + max);
      }
      call.edit(input).state = value;
    }
  }

  private static void selectOption(ServiceCall call) {
    String option = call.requiredString("option");
    for (DemoEntity input : call.targets("input_select")) {
      List<?> options = input.attributes.get("options") instanceof List<?> list ? list : List.of();
      if (!options.contains(option)) {
        throw new DemoBadRequest(
            "Invalid option: "
                + option
                + " (possible options: "
                + String.join(", ", options.stream().map(String::valueOf).toList())
                + ")");
      }
      call.edit(input).state = option;
    }
  }

  private static void setDateTime(ServiceCall call) {
    String state;
    try {
      if (call.data.get("datetime") instanceof String text) {
        state = LocalDateTime.parse(text.trim().replace(' ', 'T')).toString().replace('T', ' ');
        state = state.length() == 16 ? state + ":00" : state;
      } else if (call.data.get("date") instanceof String date
          && call.data.get("time") instanceof String time) {
        state = LocalDate.parse(date.trim()) + " " + LocalTime.parse(time.trim()).withNano(0);
      } else if (call.data.get("date") instanceof String date) {
        state = LocalDate.parse(date.trim()).toString();
      } else if (call.data.get("time") instanceof String time) {
        state = formatTime(LocalTime.parse(time.trim()));
      } else {
        throw new DemoBadRequest("must contain at least one of date, time, datetime, timestamp.");
      }
    } catch (DateTimeParseException e) {
      throw new DemoBadRequest("Invalid date/time for input_datetime.set_datetime");
    }
    for (DemoEntity input : call.targets("input_datetime")) {
      call.edit(input).state = state;
    }
  }

  private static String formatTime(LocalTime time) {
    return String.format(
        Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
  }

  private static void timer(ServiceCall call) {
    Duration requested =
        call.data.get("duration") == null ? null : duration(call.data.get("duration"));
    for (DemoEntity timer : call.targets("timer")) {
      call.edit(timer);
      switch (call.service) {
        case "start" -> {
          Duration length = requested;
          if (length == null
              && "paused".equals(timer.state)
              && timer.attributes.get("remaining") != null) {
            length = duration(timer.attributes.get("remaining"));
          } else if (length == null) {
            length = duration(timer.attributes.getOrDefault("duration", "0:00:00"));
          } else {
            timer.attributes.put("duration", format(length));
          }
          timer.state = "active";
          timer.attributes.put("remaining", format(length));
          timer.attributes.put("finishes_at", DemoClock.format(call.now.plus(length)));
        }
        case "pause" -> {
          if ("active".equals(timer.state)) {
            Object finishesAt = timer.attributes.remove("finishes_at");
            Duration left =
                finishesAt == null
                    ? Duration.ZERO
                    : Duration.between(
                        call.now, Instant.from(OffsetDateTime.parse(finishesAt.toString())));
            timer.attributes.put("remaining", format(left.isNegative() ? Duration.ZERO : left));
            timer.state = "paused";
          }
        }
        default -> { // cancel, finish
          timer.state = "idle";
          timer.attributes.remove("remaining");
          timer.attributes.remove("finishes_at");
        }
      }
    }
  }

  /**
   * {@code "00:05:00"}, {@code "1:30"} (hours:minutes, as Home Assistant reads it), or a number of
   * seconds.
   */
  static Duration duration(Object value) {
    if (value instanceof Number seconds && seconds.longValue() >= 0) {
      return Duration.ofSeconds(seconds.longValue());
    }
    String text = String.valueOf(value).trim();
    String[] parts = text.split(":");
    try {
      if (parts.length == 1) {
        return Duration.ofSeconds(Long.parseLong(parts[0]));
      }
      if (parts.length == 2 || parts.length == 3) {
        long hours = Long.parseLong(parts[0]);
        long minutes = Long.parseLong(parts[1]);
        long seconds = parts.length == 3 ? Long.parseLong(parts[2]) : 0;
        if (hours >= 0 && minutes >= 0 && minutes < 60 && seconds >= 0 && seconds < 60) {
          return Duration.ofSeconds(hours * 3600 + minutes * 60 + seconds);
        }
      }
    } catch (NumberFormatException e) {
      // fall through to the 400
    }
    throw ServiceCall.invalid("duration", value);
  }

  /** Home Assistant's timer format: {@code 0:05:00}. */
  static String format(Duration duration) {
    long seconds = duration.getSeconds();
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }
}
