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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the rules that need the whole gateway: unique interface ids, generated names that do not
 * clash, and that everything the gateway references is accessible from its package.
 */
final class GatewayValidator {
  /**
   * Above this, the per-operation tables no longer fit the JVM's limits with room to spare (the
   * level-one dispatch switch has one case per {@link GatewayNames#BLOCK_SIZE} operations).
   */
  static final int MAX_OPERATIONS = 32_768;

  /** The {@code Interface} enum's initializer grows ~30 bytes per constant; 256 keeps it small. */
  static final int MAX_INTERFACES = 256;

  private final Diagnostics diagnostics;
  private final Accessibility accessibility;

  GatewayValidator(Diagnostics diagnostics, Accessibility accessibility) {
    this.diagnostics = diagnostics;
    this.accessibility = accessibility;
  }

  /** Returns whether the gateway can be generated; reports what stops it. */
  boolean validate(GatewayModel gateway) {
    int errorsBefore = diagnostics.errorCount();
    TypeElement root = gateway.origin();
    String packageName = gateway.className().packageName();
    if (gateway.operationCount() > MAX_OPERATIONS) {
      diagnostics.error(
          root,
          Message.TOO_MANY_OPERATIONS,
          gateway.className(),
          gateway.operationCount(),
          MAX_OPERATIONS);
    }
    if (gateway.modules().size() > MAX_INTERFACES) {
      diagnostics.error(
          root,
          Message.TOO_MANY_INTERFACES,
          gateway.className(),
          gateway.modules().size(),
          MAX_INTERFACES);
    }
    if (GatewayNames.isNestedTypeName(gateway.className().simpleName(), gateway.operationCount())) {
      diagnostics.error(
          root,
          Message.ROOT_NAME_CLASH,
          gateway.library() ? "@GatewayLibrary" : "@GatewayRoot",
          gateway.className().simpleName());
    }
    Map<String, ModuleModel> byInterface = new HashMap<>();
    Map<String, String> generatedNames = new HashMap<>();
    for (String reserved : GatewayNames.RESERVED_METHODS) {
      generatedNames.put("method " + reserved, "is a method of every gateway");
    }
    for (ModuleModel module : gateway.modules()) {
      Element where = elementFor(module, root);
      if (!claimInterface(byInterface, module, where)) {
        continue;
      }
      claim(
          generatedNames,
          "class " + NameConventions.upperCamel(module.interfaceId()),
          "interface " + module.interfaceId(),
          where,
          "Interface '" + module.interfaceId() + "'");
      checkAccess(module, packageName, where);
      for (OperationModel operation : module.operations()) {
        String qualified = GatewayNames.qualifiedName(module, operation);
        Element at = isSource(module) ? operation.element() : where;
        String owner = "operation " + qualified;
        String what = "Operation '" + qualified + "'";
        claim(
            generatedNames,
            "constant Operation." + GatewayNames.operationConstant(module, operation),
            owner,
            at,
            what);
        claim(
            generatedNames,
            "method " + GatewayNames.typedMethod(module, operation),
            owner,
            at,
            what);
      }
    }
    return diagnostics.errorCount() == errorsBefore;
  }

  /**
   * Library mode (no root): a library's interface ids must be unique on their own, or every root
   * that uses it fails. Modules are taken in class-name order, so the report does not depend on the
   * order javac found them; modules {@code alreadyIndexed} in an earlier round are not reported
   * again.
   *
   * @return whether the ids are unique
   */
  boolean validateLibrary(Collection<ModuleModel> modules, Set<String> alreadyIndexed) {
    int errorsBefore = diagnostics.errorCount();
    List<ModuleModel> sorted = new ArrayList<>(modules);
    sorted.sort(Comparator.comparing(m -> m.type().canonicalName()));
    Map<String, ModuleModel> byInterface = new HashMap<>();
    for (ModuleModel module : sorted) {
      if (alreadyIndexed.contains(module.type().canonicalName())) {
        byInterface.putIfAbsent(module.interfaceId(), module);
      } else {
        claimInterface(byInterface, module, module.element());
      }
    }
    return diagnostics.errorCount() == errorsBefore;
  }

  /**
   * Records the module's interface id; reports at {@code where} and returns false if another module
   * has it.
   */
  private boolean claimInterface(
      Map<String, ModuleModel> byInterface, ModuleModel module, Element where) {
    ModuleModel previous = byInterface.putIfAbsent(module.interfaceId(), module);
    if (previous != null) {
      diagnostics.error(
          where, Message.DUPLICATE_INTERFACE, module.interfaceId(), module.type(), previous.type());
    }
    return previous == null;
  }

  /**
   * Records that {@code owner} ("interface a", "operation a.b") generates {@code generated}
   * ("method aB"); reports {@code what} ("Operation 'a.b'") if something else already does.
   */
  private void claim(
      Map<String, String> names, String generated, String owner, Element where, String what) {
    String previous = names.putIfAbsent(generated, owner);
    if (previous != null) {
      String clash = previous.startsWith("is ") ? previous : previous + " also generates";
      diagnostics.error(where, Message.NAME_CLASH, what, generated, clash);
    }
  }

  private void checkAccess(ModuleModel module, String packageName, Element where) {
    TypeElement type = module.element();
    if (module.type().packageName().isEmpty() && !packageName.isEmpty()) {
      // Public or not: no code in a named package can refer to a class of the unnamed package.
      diagnostics.error(
          where, Message.UNNAMED_PACKAGE_MODULE, type.getQualifiedName(), packageName);
      return;
    }
    if (!accessibility.isAccessible(type, packageName)) {
      diagnostics.error(
          where, Message.INACCESSIBLE, "Module " + type.getQualifiedName(), packageName);
      return;
    }
    // The module's constructor and its non-private operation methods need not be accessible
    // from the gateway: the holder that calls them lives in the module's own package. The types
    // in their signatures must be, since the gateway's typed methods declare them.
    for (OperationModel operation : module.operations()) {
      ExecutableElement method = operation.element();
      checkTypes(method, packageName, isSource(module) ? method : where);
    }
  }

  private void checkTypes(ExecutableElement method, String packageName, Element at) {
    for (TypeMirror type : ModuleElements.signatureTypes(method)) {
      TypeElement inaccessible = accessibility.firstInaccessibleType(type, packageName);
      if (inaccessible != null) {
        diagnostics.error(
            at,
            Message.INACCESSIBLE,
            "Type "
                + inaccessible.getQualifiedName()
                + " used by "
                + ModuleElements.describe(method),
            packageName);
        return;
      }
    }
  }

  /** Where to report a module problem: on the module when it is source, else on the root. */
  private static Element elementFor(ModuleModel module, TypeElement root) {
    return isSource(module) ? module.element() : root;
  }

  /** Whether the module comes from this compilation's sources (not from a library index). */
  private static boolean isSource(ModuleModel module) {
    return module.fromSource();
  }
}
