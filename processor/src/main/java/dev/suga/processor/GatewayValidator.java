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
    Map<String, Claim> generatedNames = new HashMap<>();
    for (String reserved : GatewayNames.RESERVED_METHODS) {
      generatedNames.put(
          "method " + reserved, new Claim("is a method of every gateway", null, null, null));
    }
    boolean excludable = !gateway.library();
    for (ModuleModel module : gateway.modules()) {
      Element where = elementFor(module, root);
      if (!claimInterface(byInterface, module, root, excludable)) {
        continue;
      }
      Claim interfaceClaim =
          new Claim(
              "interface " + module.interfaceId(),
              "Interface '" + module.interfaceId() + "'",
              where,
              module);
      claim(
          generatedNames,
          "class " + NameConventions.upperCamel(module.interfaceId()),
          interfaceClaim,
          excludable);
      checkAccess(module, packageName, where);
      for (OperationModel operation : module.operations()) {
        String qualified = GatewayNames.qualifiedName(module, operation);
        Claim operationClaim =
            new Claim(
                "operation " + qualified,
                "Operation '" + qualified + "'",
                isSource(module) ? operation.element() : where,
                module);
        claim(
            generatedNames,
            "constant Operation." + GatewayNames.operationConstant(module, operation),
            operationClaim,
            excludable);
        claim(
            generatedNames,
            "method " + GatewayNames.typedMethod(module, operation),
            operationClaim,
            excludable);
      }
    }
    return diagnostics.errorCount() == errorsBefore;
  }

  /**
   * Who generates a name: {@code owner} ("operation a.b", or for the gateway's own members the rest
   * of the sentence, "is a method of every gateway"), {@code what} as a message starts with it
   * ("Operation 'a.b'"), where to report about it, and its module (null for the gateway's own).
   */
  private record Claim(String owner, String what, Element at, ModuleModel module) {}

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
        claimInterface(byInterface, module, module.element(), false);
      }
    }
    return diagnostics.errorCount() == errorsBefore;
  }

  /**
   * Records the module's interface id; reports and returns false if another module has it. The
   * report goes where the user can act: on a module of this compilation if one of the two is (else
   * on {@code root}); when one comes from a library, an {@code excludable} gateway (a root's)
   * suggests leaving a library's module out with {@code @GatewayRoot(exclude = ...)}, since a jar's
   * module cannot be renamed.
   */
  private boolean claimInterface(
      Map<String, ModuleModel> byInterface, ModuleModel module, Element root, boolean excludable) {
    ModuleModel previous = byInterface.putIfAbsent(module.interfaceId(), module);
    if (previous == null) {
      return true;
    }
    ModuleModel reported = module.fromSource() || !previous.fromSource() ? module : previous;
    ModuleModel other = reported == module ? previous : module;
    Element where = elementFor(reported, root);
    if (excludable && !other.fromSource()) {
      diagnostics.error(
          where,
          Message.DUPLICATE_INTERFACE_FROM_LIBRARY,
          module.interfaceId(),
          reported.type(),
          other.type(),
          other.type());
    } else {
      diagnostics.error(
          where, Message.DUPLICATE_INTERFACE, module.interfaceId(), reported.type(), other.type());
    }
    return false;
  }

  /**
   * Records that {@code claim}'s owner generates {@code generated} ("method aB"); reports if
   * something else already does. Reported on the side from this compilation when only one of the
   * two is, since that is the one the user can rename; when a library's module is involved, an
   * {@code excludable} gateway (a root's) suggests leaving it out with {@code @GatewayRoot(exclude
   * = ...)}.
   */
  private void claim(Map<String, Claim> names, String generated, Claim claim, boolean excludable) {
    Claim previous = names.putIfAbsent(generated, claim);
    if (previous == null) {
      return;
    }
    Claim reported = claim;
    Claim other = previous;
    if (!claim.module().fromSource()
        && previous.module() != null
        && previous.module().fromSource()) {
      reported = previous;
      other = claim;
    }
    String clash = other.module() == null ? other.owner() : other.owner() + " also generates";
    ModuleModel fromLibrary =
        !reported.module().fromSource()
            ? reported.module()
            : other.module() != null && !other.module().fromSource() ? other.module() : null;
    if (excludable && fromLibrary != null) {
      diagnostics.error(
          reported.at(),
          Message.NAME_CLASH_FROM_LIBRARY,
          reported.what(),
          generated,
          clash,
          fromLibrary.type());
    } else {
      diagnostics.error(reported.at(), Message.NAME_CLASH, reported.what(), generated, clash);
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
  private static Element elementFor(ModuleModel module, Element root) {
    return isSource(module) ? module.element() : root;
  }

  /** Whether the module comes from this compilation's sources (not from a library index). */
  private static boolean isSource(ModuleModel module) {
    return module.fromSource();
  }
}
