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
package dev.suga.core;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code metrics} interface: CloudWatch Embedded Metric Format on standard output. Metrics
 * accumulate during an invocation and are written as ONE EMF record by {@link #flush} ({@code
 * lambda.end} flushes), with jackson-core's streaming generator. At most 10 metric names for the
 * life of the JVM (CloudWatch's limit is 100 per record, but every distinct name is a billed custom
 * metric, so a fixed small set keeps cost down): a new name beyond the tenth is dropped and
 * counted, never written. Namespace from {@code METRICS_NAMESPACE} (default {@code Suga}); one
 * dimension, {@code Service}, from {@code METRICS_SERVICE} (default: Lambda's {@code
 * AWS_LAMBDA_FUNCTION_NAME}, else {@code suga-function}). An extension sets its own defaults with
 * {@code config.set_default}.
 *
 * <p>The core's own names, which leave a function five of the ten: {@code Duration} ({@code
 * lambda.end}), {@code ColdStart} ({@code initialization}), {@code HttpRequests} and {@code
 * CircuitOpen} ({@code http_client}), {@code FreeTierThrottled} ({@code debug}); plus the latency
 * metric an HTTP request names, if any.
 *
 * <p>Record shape:
 *
 * <pre>{@code {"_aws":{"Timestamp":1700000000000,"CloudWatchMetrics":[{"Namespace":"Suga",
 *   "Dimensions":[["Service"]],"Metrics":[{"Name":"Duration","Unit":"Milliseconds"}]}]},
 *   "Service":"my-function","RequestId":"...","Duration":1.25}}</pre>
 *
 * <p>All methods are {@code synchronized}: cheap, and the state is two small maps.
 */
@GatewayModule
public final class MetricsCore {
  /** Distinct metric names allowed for the life of the JVM. */
  public static final int MAX_METRIC_NAMES = 10;

  static final String DEFAULT_NAMESPACE = "Suga";
  static final String DEFAULT_SERVICE = "suga-function";
  private static final int MAX_NAME_LENGTH = 255;

  /**
   * CloudWatch rejects values beyond 2^360 in magnitude (and NaN and the infinities); nonzero
   * values below 2^-360 too, which are written as 0.
   */
  static final double MAX_MAGNITUDE = 0x1p360;

  static final double MIN_MAGNITUDE = 0x1p-360;

  /** Names admitted so far, in first-use order; never more than {@link #MAX_METRIC_NAMES}. */
  private final Set<String> admitted = new LinkedHashSet<>();

  /** The unit of each admitted name: the first one it was recorded in. */
  private final Map<String, String> units = new LinkedHashMap<>();

  /** Distinct names refused (beyond the limit, or not a valid name). */
  private final Set<String> refused = new LinkedHashSet<>();

  private long droppedValues;

  /** This invocation's values, by name. */
  private final Map<String, Value> pending = new LinkedHashMap<>();

  private record Value(String unit, double amount) {}

  /** Adds {@code value} to the count metric {@code name} of this invocation. */
  @GatewayOperation
  public synchronized void count(String name, double value) {
    add(name, "Count", value);
  }

  /**
   * Adds a duration in milliseconds to the metric {@code name} of this invocation: durations of one
   * invocation add up (the example's TurnOn makes two or three Home Assistant calls, and {@code
   * HaLatency} is their total time).
   */
  @GatewayOperation
  public synchronized void millis(String name, double value) {
    add(name, "Milliseconds", value);
  }

  /**
   * Adds {@code value} to {@code name}'s value of this invocation in {@code unit}; a name keeps the
   * unit it was first recorded in, and a value in another is dropped and counted. A sum that would
   * leave CloudWatch's range is dropped and counted, the earlier values kept: {@code 1e308} twice
   * once made {@code "Infinity"}, a string where EMF needs a number.
   */
  private void add(String name, String unit, double value) {
    if (admit(name, value)) {
      String fixed = units.putIfAbsent(name, unit);
      if (fixed != null && !fixed.equals(unit)) {
        // One name, one unit: a duration recorded under a count's name replaced the count, and
        // CloudWatch would mix the two in one metric's statistics.
        droppedValues++;
        return;
      }
      Value previous = pending.get(name);
      double sum = previous != null ? previous.amount() + value : value;
      if (Math.abs(sum) <= MAX_MAGNITUDE) {
        pending.put(name, new Value(unit, sum));
      } else {
        droppedValues++;
      }
    }
  }

  /**
   * Whether {@code name} may be recorded: a finite value, a valid name that is already admitted or
   * fits under the limit. Anything else is counted as dropped.
   */
  private boolean admit(String name, double value) {
    boolean valid =
        name != null
            && !name.isEmpty()
            && name.length() <= MAX_NAME_LENGTH
            && !reserved(name)
            && Math.abs(value) <= MAX_MAGNITUDE; // false for NaN and the infinities too
    if (valid
        && (admitted.contains(name) || admitted.size() < MAX_METRIC_NAMES && admitted.add(name))) {
      return true;
    }
    droppedValues++;
    if (name != null && !admitted.contains(name) && refused.size() < 100) {
      refused.add(name);
    }
    return false;
  }

  /** Names that would collide with the record's own members. */
  private static boolean reserved(String name) {
    return name.equals("_aws") || name.equals("Service") || name.equals("RequestId");
  }

  /**
   * Writes this invocation's EMF record to the {@link LogSink} (nothing when no metric was
   * recorded), resets, and returns the record (or null).
   */
  @GatewayOperation
  public String flush(String requestId) {
    String record;
    synchronized (this) {
      if (pending.isEmpty()) {
        return null;
      }
      record = render(requestId);
      pending.clear();
    }
    LogSink.write(record);
    return record;
  }

  private String render(String requestId) {
    StringWriter record = new StringWriter(256);
    try (JsonGenerator json = CoreJson.generator(record)) {
      json.writeStartObject();
      json.writeObjectFieldStart("_aws");
      json.writeNumberField("Timestamp", System.currentTimeMillis());
      json.writeArrayFieldStart("CloudWatchMetrics");
      json.writeStartObject();
      json.writeStringField("Namespace", namespace());
      json.writeArrayFieldStart("Dimensions");
      json.writeStartArray();
      json.writeString("Service");
      json.writeEndArray();
      json.writeEndArray();
      json.writeArrayFieldStart("Metrics");
      for (Map.Entry<String, Value> entry : pending.entrySet()) {
        json.writeStartObject();
        json.writeStringField("Name", entry.getKey());
        json.writeStringField("Unit", entry.getValue().unit());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeStringField("Service", service());
      if (requestId != null) {
        json.writeStringField("RequestId", requestId);
      }
      for (Map.Entry<String, Value> entry : pending.entrySet()) {
        json.writeFieldName(entry.getKey());
        double amount = entry.getValue().amount();
        CoreJson.writeNumber(json, Math.abs(amount) < MIN_MAGNITUDE ? 0 : amount);
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return record.toString();
  }

  private static String namespace() {
    return CoreGateway.configGetOr("METRICS_NAMESPACE", DEFAULT_NAMESPACE);
  }

  /** {@code METRICS_SERVICE}, else the Lambda function's name, else {@link #DEFAULT_SERVICE}. */
  private static String service() {
    String service = CoreGateway.configGet("METRICS_SERVICE");
    return service != null
        ? service
        : CoreGateway.configGetOr("AWS_LAMBDA_FUNCTION_NAME", DEFAULT_SERVICE);
  }

  /**
   * Metric names seen since start (at most 10) and what was dropped: {@code names}, {@code limit},
   * {@code droppedNames} (distinct names refused, first 100), {@code droppedValues} (recordings
   * refused), {@code namespace}, {@code service}.
   */
  @GatewayOperation
  public synchronized Map<String, Object> describe() {
    Map<String, Object> description = new LinkedHashMap<>(8);
    description.put("namespace", namespace());
    description.put("service", service());
    description.put("names", List.copyOf(admitted));
    description.put("limit", MAX_METRIC_NAMES);
    description.put("droppedNames", List.copyOf(refused));
    description.put("droppedValues", droppedValues);
    return description;
  }
}
