package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CloudWatch Embedded Metric Format: metrics accumulate during an invocation and are written
 * as ONE EMF record by {@link #flush}. At most 10 metric names for the life of the JVM
 * (CloudWatch's limit is 100 per record, but every distinct name is a billed custom metric, so
 * a fixed small set keeps cost down): a new name beyond the tenth is dropped and counted, never
 * written. Namespace from {@code METRICS_NAMESPACE}, default {@code SugaHomeAssistant}; one
 * dimension, {@code Service=ha-bridge}.
 *
 * <p>The function's names, and the only ones it should use: {@code Directives}, {@code Errors},
 * {@code HaLatency}, {@code Duration}, {@code ColdStart}, {@code CircuitOpen}, {@code
 * Discoveries}, {@code SkillRequests}, {@code FreeTierThrottled}, {@code HttpRequests}.
 *
 * <p>Record shape:
 * <pre>{@code {"_aws":{"Timestamp":1700000000000,"CloudWatchMetrics":[{"Namespace":"SugaHomeAssistant",
 *   "Dimensions":[["Service"]],"Metrics":[{"Name":"Directives","Unit":"Count"}]}]},
 *   "Service":"ha-bridge","RequestId":"...","Directives":1}}</pre>
 *
 * <p>All methods are {@code synchronized}: cheap, and the state is two small maps.
 */
@GatewayModule
public final class MetricsCore {
  /** Distinct metric names allowed for the life of the JVM. */
  public static final int MAX_METRIC_NAMES = 10;
  static final String DEFAULT_NAMESPACE = "SugaHomeAssistant";
  static final String SERVICE = "ha-bridge";
  private static final int MAX_NAME_LENGTH = 255;

  /** Names admitted so far, in first-use order; never more than {@link #MAX_METRIC_NAMES}. */
  private final Set<String> admitted = new LinkedHashSet<>();
  /** Distinct names refused (beyond the limit, or not a valid name). */
  private final Set<String> refused = new LinkedHashSet<>();
  private long droppedValues;
  /** This invocation's values, by name. */
  private final Map<String, Value> pending = new LinkedHashMap<>();

  private record Value(String unit, double amount) {}

  /** Adds {@code value} to the count metric {@code name} of this invocation. */
  @GatewayOperation
  public synchronized void count(String name, double value) {
    if (admit(name, value)) {
      Value previous = pending.get(name);
      double sum = previous != null && "Count".equals(previous.unit()) ? previous.amount() + value : value;
      pending.put(name, new Value("Count", sum));
    }
  }

  /**
   * Adds a duration in milliseconds to the metric {@code name} of this invocation: a TurnOn
   * makes two or three Home Assistant calls, and {@code HaLatency} is their total time.
   */
  @GatewayOperation
  public synchronized void millis(String name, double value) {
    if (admit(name, value)) {
      Value previous = pending.get(name);
      double sum = previous != null && "Milliseconds".equals(previous.unit()) ? previous.amount() + value : value;
      pending.put(name, new Value("Milliseconds", sum));
    }
  }

  /**
   * Whether {@code name} may be recorded: a finite value, a valid name that is already admitted
   * or fits under the limit. Anything else is counted as dropped.
   */
  private boolean admit(String name, double value) {
    boolean valid = name != null && !name.isEmpty() && name.length() <= MAX_NAME_LENGTH && !reserved(name)
        && Double.isFinite(value);
    if (valid && (admitted.contains(name) || admitted.size() < MAX_METRIC_NAMES && admitted.add(name))) {
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
    List<Object> definitions = new ArrayList<>(pending.size());
    for (Map.Entry<String, Value> entry : pending.entrySet()) {
      Map<String, Object> definition = new LinkedHashMap<>(4);
      definition.put("Name", entry.getKey());
      definition.put("Unit", entry.getValue().unit());
      definitions.add(definition);
    }
    Map<String, Object> directive = new LinkedHashMap<>(4);
    directive.put("Namespace", Gateway.configGetOr("METRICS_NAMESPACE", DEFAULT_NAMESPACE));
    directive.put("Dimensions", List.of(List.of("Service")));
    directive.put("Metrics", definitions);
    Map<String, Object> aws = new LinkedHashMap<>(4);
    aws.put("Timestamp", System.currentTimeMillis());
    aws.put("CloudWatchMetrics", List.of(directive));
    Map<String, Object> record = new LinkedHashMap<>(pending.size() + 4);
    record.put("_aws", aws);
    record.put("Service", SERVICE);
    if (requestId != null) {
      record.put("RequestId", requestId);
    }
    for (Map.Entry<String, Value> entry : pending.entrySet()) {
      record.put(entry.getKey(), entry.getValue().amount());
    }
    return Json.writeString(record);
  }

  /**
   * Metric names seen since start (at most 10) and what was dropped: {@code names}, {@code
   * limit}, {@code droppedNames} (distinct names refused, first 100), {@code droppedValues}
   * (recordings refused), {@code namespace}.
   */
  @GatewayOperation
  public synchronized java.util.Map<String, Object> describe() {
    Map<String, Object> description = new LinkedHashMap<>(8);
    description.put("namespace", Gateway.configGetOr("METRICS_NAMESPACE", DEFAULT_NAMESPACE));
    description.put("names", List.copyOf(admitted));
    description.put("limit", MAX_METRIC_NAMES);
    description.put("droppedNames", List.copyOf(refused));
    description.put("droppedValues", droppedValues);
    return description;
  }
}
