package dev.suga.processor;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named once. */
final class RuntimeNames {
  private static final String PACKAGE = "dev.suga.runtime";

  static final ClassName GATEWAY_RUNTIME = ClassName.get(PACKAGE, "GatewayRuntime");
  static final ClassName GATEWAY_STATISTICS = ClassName.get(PACKAGE, "GatewayStatistics");
  static final ClassName GATEWAY_EXCEPTION = ClassName.get(PACKAGE, "GatewayException");
  static final ClassName MODULE_HOLDER = ClassName.get(PACKAGE, "ModuleHolder");
  static final ClassName MODULE_CONSTRUCTION = ClassName.get(PACKAGE, "ModuleConstruction");
  static final ClassName RESULT_CACHE = ClassName.get(PACKAGE, "ResultCache");
  static final ClassName OPERATION_INFO = ClassName.get(PACKAGE, "OperationInfo");
  static final ClassName INTERFACE_INFO = ClassName.get(PACKAGE, "InterfaceInfo");
  static final ClassName UNLOAD_POLICY = ClassName.get(PACKAGE, "UnloadPolicy");
  static final ClassName ARGUMENTS = ClassName.get(PACKAGE, "Arguments");
  static final ClassName STATISTICS_SNAPSHOT = ClassName.get(PACKAGE, "StatisticsSnapshot");

  /** Static fields of every generated gateway. */
  static final String RUNTIME_FIELD = "RUNTIME";
  static final String STATISTICS_FIELD = "STATISTICS";
  static final String NO_ARGUMENTS_FIELD = "NO_ARGUMENTS";

  private RuntimeNames() {}
}
