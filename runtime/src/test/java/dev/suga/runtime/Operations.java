package dev.suga.runtime;

import java.util.ArrayList;
import java.util.List;

/** Test shorthand for operation metadata: {@code "cache|get|-|60|java.lang.String|key:java.lang.String"}. */
public final class Operations {
  private Operations() {}

  /**
   * {@code interfaceId|name|flags|cacheTtlSeconds|returnType|param:type|...}, flags {@code h} for
   * a hot path, else {@code -}.
   */
  public static OperationInfo info(String shorthand) {
    String[] fields = shorthand.split("\\|");
    List<ParameterInfo> parameters = new ArrayList<>();
    for (int i = 5; i < fields.length; i++) {
      int colon = fields[i].indexOf(':');
      parameters.add(new ParameterInfo(fields[i].substring(0, colon), fields[i].substring(colon + 1)));
    }
    return new OperationInfo(fields[0], fields[1], fields[2].equals("h"), Long.parseLong(fields[3]), fields[4],
        parameters);
  }
}
