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
package dev.suga.coldstart.streaming;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ThreadLocalRandom;

/** Alexa answers written with the streaming generator: Response with powerState, ErrorResponse. */
final class Answers {
  private static final char[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  private Answers() {}

  static void power(JsonFactory json, OutputStream output, Directive directive, String value)
      throws IOException {
    try (JsonGenerator out = json.createGenerator(output)) {
      out.writeStartObject();
      out.writeObjectFieldStart("event");
      header(out, directive, "Alexa", "Response");
      out.writeObjectFieldStart("endpoint");
      out.writeStringField("endpointId", directive.endpointId);
      out.writeEndObject();
      out.writeObjectFieldStart("payload");
      out.writeEndObject();
      out.writeEndObject();
      out.writeObjectFieldStart("context");
      out.writeArrayFieldStart("properties");
      out.writeStartObject();
      out.writeStringField("namespace", "Alexa.PowerController");
      out.writeStringField("name", "powerState");
      out.writeStringField("value", value);
      out.writeStringField("timeOfSample", isoTimestamp(System.currentTimeMillis()));
      out.writeNumberField("uncertaintyInMilliseconds", 500);
      out.writeEndObject();
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
    }
  }

  static void error(
      JsonFactory json, OutputStream output, Directive directive, String type, String message)
      throws IOException {
    try (JsonGenerator out = json.createGenerator(output)) {
      out.writeStartObject();
      out.writeObjectFieldStart("event");
      header(out, directive, "Alexa", "ErrorResponse");
      if (directive.endpointId != null) {
        out.writeObjectFieldStart("endpoint");
        out.writeStringField("endpointId", directive.endpointId);
        out.writeEndObject();
      }
      out.writeObjectFieldStart("payload");
      out.writeStringField("type", type);
      out.writeStringField("message", message);
      out.writeEndObject();
      out.writeEndObject();
      out.writeEndObject();
    }
  }

  private static void header(JsonGenerator out, Directive directive, String namespace, String name)
      throws IOException {
    out.writeObjectFieldStart("header");
    out.writeStringField("namespace", namespace);
    out.writeStringField("name", name);
    out.writeStringField("payloadVersion", "3");
    out.writeStringField("messageId", messageId());
    if (directive.correlationToken != null) {
      out.writeStringField("correlationToken", directive.correlationToken);
    }
    out.writeEndObject();
  }

  /** A random (version 4 shaped) UUID string without java.util.UUID's SecureRandom. */
  static String messageId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & 0xffff_ffff_ffff_0fffL) | 0x4000L;
    long low = (random.nextLong() & 0x3fff_ffff_ffff_ffffL) | 0x8000_0000_0000_0000L;
    char[] text = new char[36];
    hex(text, 0, high >>> 32, 8);
    text[8] = '-';
    hex(text, 9, high >>> 16, 4);
    text[13] = '-';
    hex(text, 14, high, 4);
    text[18] = '-';
    hex(text, 19, low >>> 48, 4);
    text[23] = '-';
    hex(text, 24, low, 12);
    return new String(text);
  }

  private static void hex(char[] text, int offset, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      text[offset + i] = HEX[(int) (value & 0xf)];
      value >>>= 4;
    }
  }

  /** {@code 2026-11-22T12:00:00.000Z} without java.time (Hinnant's civil_from_days). */
  static String isoTimestamp(long epochMillis) {
    long day = Math.floorDiv(epochMillis, 86_400_000L);
    long millisOfDay = epochMillis - day * 86_400_000L;
    long z = day + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long year = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long dayOfMonth = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2) {
      year++;
    }
    char[] text = new char[24];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, month, 2);
    text[7] = '-';
    digits(text, 8, dayOfMonth, 2);
    text[10] = 'T';
    digits(text, 11, millisOfDay / 3_600_000, 2);
    text[13] = ':';
    digits(text, 14, millisOfDay / 60_000 % 60, 2);
    text[16] = ':';
    digits(text, 17, millisOfDay / 1000 % 60, 2);
    text[19] = '.';
    digits(text, 20, millisOfDay % 1000, 3);
    text[23] = 'Z';
    return new String(text);
  }

  private static void digits(char[] text, int offset, long value, int width) {
    for (int i = offset + width - 1; i >= offset; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
