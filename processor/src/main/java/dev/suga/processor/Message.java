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

/**
 * Every diagnostic the processor reports, with a stable id and a remedy (the catalogue MapStruct
 * keeps in its {@code Message} enum). Texts are {@link String#format} patterns; the rendered
 * message starts with {@code [SUGA/<id>]} so that users can search for it and tests can assert it.
 */
enum Message {
  PRIVATE_OPERATION(
      "PrivateOperation",
      "@GatewayOperation method %s is private; the module's generated holder calls it directly, so"
          + " make it public or package-private (the holder is generated in the module's package, so"
          + " package-private works whatever package the gateway is in)"),
  ABSTRACT_OPERATION(
      "AbstractOperation",
      "@GatewayOperation method %s is abstract; the gateway needs a body to call. Put the"
          + " operation on a concrete class that implements it"),
  STATIC_IN_INTERFACE(
      "StaticInInterface",
      "@GatewayOperation method %s is a static method of an interface; a module is a class."
          + " Move the method to a class"),
  GENERIC_OPERATION(
      "GenericOperation",
      "@GatewayOperation method %s declares type parameters; the gateway's typed methods and"
          + " execute(...) need concrete types. Replace the type variables with concrete types"),
  LOCAL_OPERATION(
      "LocalOperation",
      "@GatewayOperation method %s is in %s, a class that no gateway can name, so no gateway can"
          + " call it (annotation processing does not even list it). Move the method to a top-level"
          + " class or a static nested class"),
  MODULE_KIND(
      "ModuleKind",
      "%s cannot be a gateway module: a module is a class (or record), not an interface, enum or"
          + " annotation"),
  ABSTRACT_MODULE(
      "AbstractModule",
      "Module %s is abstract but has instance operations, so the gateway cannot build it. Make it"
          + " concrete, or make its operations static"),
  GENERIC_MODULE(
      "GenericModule",
      "Module %s declares type parameters; the gateway builds exactly one instance and cannot"
          + " choose type arguments. Use a non-generic subclass as the module"),
  INNER_MODULE(
      "InnerModule",
      "Module %s is an inner (non-static nested) class, which needs an enclosing instance. Declare"
          + " it static or move it to the top level"),
  PRIVATE_MODULE(
      "PrivateModule",
      "Module %s is private; the generated holder and gateway must reference it. Make it public (or"
          + " package-private if the gateway is generated in the module's package: a gateway in"
          + " another package reaches public modules only)"),
  PRIVATE_ENCLOSING_CLASS(
      "PrivateModule",
      "Module %s is declared in %s, which is private, so the generated holder and gateway cannot"
          + " reference the module. Make %s public (or package-private if the gateway is generated"
          + " in the module's package: a gateway in another package reaches public modules only)"),
  MISSING_HOLDER(
      "MissingHolder",
      "Module %s, indexed by %s on the class path, has no holder %s beside it: its library was"
          + " compiled without the SUGA processor's holders (an older version, or the holders were"
          + " left out of the jar). Rebuild the library with this version of the processor"),
  LIBRARY_MODULE_NOT_PUBLIC(
      "LibraryModuleNotPublic",
      "Module %s is not public, and this compilation has no @GatewayRoot, so it is a library: the"
          + " gateway of an application in another package cannot reach the module. Make it public,"
          + " or, if this compilation is the application, put @GatewayRoot on one of its types"),
  UNNAMED_PACKAGE_MODULE(
      "UnnamedPackage",
      "Module %s is in the unnamed package, which no code in a named package can refer to, so the"
          + " gateway in package '%s' cannot call it. Move the module into a package (or the"
          + " @GatewayRoot type into the unnamed package)"),
  UNNAMED_PACKAGE_LIBRARY_MODULE(
      "UnnamedPackage",
      "Module %s is in the unnamed package, and this compilation has no @GatewayRoot, so it is a"
          + " library for gateways compiled later, which cannot refer to the unnamed package from"
          + " their named ones. Move the module into a package, or, if this compilation is the"
          + " application, put @GatewayRoot on one of its types"),
  UNNAMED_PACKAGE_INDEX(
      "UnnamedPackage",
      "The SUGA index entry %s on the class path names module %s, which is in the unnamed package:"
          + " the gateway in package '%s' cannot refer to it. Move the module into a package and"
          + " rebuild its library"),
  NAMED_MODULE_LIBRARY(
      "NamedModuleLibrary",
      "Module %s is in the named module %s, which has no @GatewayRoot, so it would be a library;"
          + " SUGA libraries index their modules in the package dev.suga.aggregated, which two named"
          + " modules cannot share. Compile the library on the class path (unnamed module, an"
          + " Automatic-Module-Name is fine), or put @GatewayRoot in this module if it is the"
          + " application"),
  NAMED_MODULE_INDEX(
      "NamedModuleIndex",
      "The root %s is in the named module %s, and the library modules %s are indexed on its module"
          + " path: SUGA's library indexes (package dev.suga.aggregated) cannot be shared between named"
          + " modules, so the gateway cannot include them. Compile the application on the class path"
          + " (unnamed module), or move those modules into this one"),
  NO_ROOT(
      "NoRoot",
      "This compilation has no @GatewayRoot, so %s indexed as a library for a gateway compiled"
          + " later, and no Gateway class is generated here. If it is the application, put"
          + " @GatewayRoot on one of its types; if it is a library, give it its own gateway with"
          + " @GatewayLibrary"),
  NO_ROOT_KEPT(
      "NoRoot",
      "This compilation has no @GatewayRoot, so no Gateway class is generated here; %s still"
          + " indexed for the application's %s, as the last compilation with %s left %s (an"
          + " incremental build), and the next compilation of %s includes %s"),
  OPERATION_CLASS(
      "OperationClass",
      "The gateway %s has %d operations, more than %d, so %s.Operation is generated as a final class"
          + " with the methods of an enum (name(), ordinal(), values(), valueOf), not as an enum: a"
          + " switch over it, EnumMap or EnumSet of it, do not compile. Adding a library's modules can"
          + " cross that limit; key such code on ordinal() or qualifiedName(), or use a HashMap"),
  INACCESSIBLE(
      "Inaccessible",
      "%s is not accessible from the gateway in package '%s'. Make it public, or generate the"
          + " gateway in its package"),
  NO_CONSTRUCTOR(
      "NoConstructor",
      "Module %s has no way to be built: give it an accessible constructor without parameters, or"
          + " a 'public static %s create()' method"),
  EMPTY_MODULE(
      "EmptyModule",
      "@GatewayModule class %s has no @GatewayOperation methods. Annotate the methods other code"
          + " calls, or remove @GatewayModule"),
  INVALID_INTERFACE_ID(
      "InvalidName",
      "Interface id '%s' of %s is not a snake_case identifier. Use lower-case letters, digits and"
          + " single underscores, starting with a letter (for example \"home_assistant\")"),
  INVALID_OPERATION_NAME(
      "InvalidName",
      "Operation name '%s' of %s is not a snake_case identifier. Use lower-case letters, digits"
          + " and single underscores, starting with a letter (for example \"call_service\")"),
  INVALID_DERIVED_INTERFACE_ID(
      "InvalidName",
      "Interface id '%s', derived from the class name of %s, is not a snake_case identifier"
          + " (lower-case letters, digits and single underscores, starting with a letter). Set the id"
          + " explicitly with @GatewayModule(\"%s\")"),
  INVALID_DERIVED_OPERATION_NAME(
      "InvalidName",
      "Operation name '%s', derived from the method name of %s, is not a snake_case identifier"
          + " (lower-case letters, digits and single underscores, starting with a letter). Set the"
          + " name explicitly with @GatewayOperation(\"%s\")"),
  INVALID_ROOT_NAME(
      "InvalidName",
      "%s name '%s' is not a valid Java class name. Use an identifier that is not a"
          + " keyword, such as \"Gateway\""),
  ROOT_NAME_CLASH(
      "NameClash",
      "%s name '%s' is also the name of a type generated inside the gateway, and a class"
          + " cannot contain a type of its own name. Choose another name, such as \"Gateway\""),
  ROOT_NAME_TAKEN(
      "NameClash",
      "%s name '%s' would generate %s, which is a class of this compilation. Choose"
          + " another name with %s(name = \"...\")"),
  ROOT_NAME_OF_LIBRARY(
      "NameClash",
      "%s name '%s' would generate %s, which is already the gateway of library %s on the class"
          + " path: the two classes would replace each other at run time, and the library's"
          + " modules would call whichever comes first. Choose another name with %s(name ="
          + " \"...\")"),
  ROOT_NAME_GENERATED(
      "NameClash",
      "%s name '%s' would generate %s, which SUGA also generates for module %s. Choose another"
          + " name with %s(name = \"...\")"),
  GENERATED_CLASS_TAKEN(
      "NameClash",
      "Module %s would generate %s, which %s. Rename one of the two classes: a module's holder is"
          + " named after the module class, its enclosing classes' names joined with '_'"
          + " (Outer.CacheCore -> Outer_CacheCore_Holder)"),
  WRITE_FAILED(
      "Write",
      "Could not write %s (%s). Check that the output directory is writable and that no other"
          + " processor generates the same class"),
  DUPLICATE_INTERFACE(
      "DuplicateInterface",
      "Interface id '%s' of %s is already used by %s. Give one of the modules another id with"
          + " @GatewayModule(\"...\")"),
  DUPLICATE_INTERFACE_FROM_LIBRARY(
      "DuplicateInterface",
      "Interface id '%s' of %s is already used by %s, which a library on the class path indexes."
          + " Leave one of them out of this gateway with @GatewayRoot(exclude = %s.class), or give"
          + " one of them another id with @GatewayModule(\"...\") where its source is yours"),
  DUPLICATE_OPERATION(
      "DuplicateOperation",
      "Operation '%s' of %s is already declared by %s. Operation names are unique within an"
          + " interface (overloads included): name one of them with @GatewayOperation(\"...\")"),
  NAME_CLASH("NameClash", "%s would generate %s, which %s. Rename the operation or the interface"),
  NAME_CLASH_FROM_LIBRARY(
      "NameClash",
      "%s would generate %s, which %s. Leave one of the modules out of this gateway with"
          + " @GatewayRoot(exclude = %s.class), or rename the operation or the interface where its"
          + " source is yours"),
  EXCLUDE_NOT_MODULE(
      "ExcludeNotModule",
      "%s in @GatewayRoot(exclude = ...) of %s is not a gateway module: it has no @GatewayModule and"
          + " no @GatewayOperation method. Name only module classes there, or remove it"),
  EXCLUDE_NOT_PRESENT(
      "ExcludeNotPresent",
      "%s in @GatewayRoot(exclude = ...) of %s is not one of this gateway's modules: it is neither"
          + " compiled here nor indexed by a library on the class path, so there is nothing to leave"
          + " out. Remove it from exclude"),
  FALLBACK_SIGNATURE(
      "FallbackSignature",
      "@GatewayFallback method %s must be declared 'Object %s(String operation, Object[] arguments)',"
          + " not private, abstract or generic: it receives execute(\"iface.op\", ...) for names the"
          + " interface does not declare"),
  DUPLICATE_FALLBACK(
      "DuplicateFallback",
      "Interface '%s' has a second @GatewayFallback method, %s, besides %s. An interface has at most"
          + " one fallback: remove @GatewayFallback from one of them"),
  FALLBACK_IS_OPERATION(
      "FallbackIsOperation",
      "%s is both @GatewayFallback and @GatewayOperation: an operation has a name of its own, a"
          + " fallback receives the names that are not operations. Keep one of them"),
  FALLBACK_WITHOUT_OPERATIONS(
      "FallbackWithoutOperations",
      "@GatewayFallback method %s is in %s, which declares no @GatewayOperation method: a fallback"
          + " completes an interface's operations. Add an operation, or remove @GatewayFallback"),
  WARMUP_SIGNATURE(
      "WarmupSignature",
      "@GatewayWarmup method %s must be declared 'void %s()', not private, abstract or generic:"
          + " Gateway.train() calls it without arguments"),
  DUPLICATE_WARMUP(
      "DuplicateWarmup",
      "Interface '%s' has a second @GatewayWarmup method, %s, besides %s. A module has at most one"
          + " warm-up: remove @GatewayWarmup from one of them, or call one from the other"),
  WARMUP_IS_OPERATION(
      "WarmupIsOperation",
      "%s is @GatewayWarmup and also an operation or a fallback: a warm-up only exercises the"
          + " module for training, and runs only from Gateway.train(). Keep one of them"),
  WARMUP_WITHOUT_OPERATIONS(
      "WarmupWithoutOperations",
      "@GatewayWarmup method %s is in %s, which declares no @GatewayOperation method: a warm-up"
          + " prepares a module's operations. Add an operation, or remove @GatewayWarmup"),
  HOT_PATH_WITHOUT_OPERATION(
      "HotPathWithoutOperation",
      "@HotPath on %s has no effect without @GatewayOperation. Add @GatewayOperation or remove"
          + " @HotPath"),
  CACHED_WITHOUT_OPERATION(
      "CachedWithoutOperation",
      "@Cached on %s has no effect without @GatewayOperation. Add @GatewayOperation or remove"
          + " @Cached"),
  CACHED_VOID(
      "CachedVoid",
      "@Cached operation %s returns void, so there is no result to cache. Remove @Cached or"
          + " return the result"),
  CACHED_IDENTITY_KEY(
      "CachedKey",
      "@Cached operation %s takes '%s', a %s, which does not override equals: a result would be"
          + " found again only for the very same object, and the cache would fill with entries no"
          + " other call can hit. Pass a value that compares by content (a String, a record, a"
          + " class with equals and hashCode), or remove @Cached"),
  CACHED_TTL(
      "CachedTtl",
      "@Cached(ttlSeconds = %d) on %s must be positive. Give the number of seconds a result stays"
          + " valid"),
  HOT_PATH_CACHED(
      "HotPathCached",
      "%s is both @HotPath and @Cached: a fast path is a direct call, a cached call is a cache"
          + " look-up. Keep one of them"),
  HOT_PATH_IMMEDIATE(
      "HotPathOnImmediate",
      "@HotPath operation %s belongs to module %s, which is released after every call"
          + " (Unload.IMMEDIATE): each call would build the module again. Remove @HotPath or use"
          + " another unload policy"),
  IDLE_SECONDS(
      "IdleSeconds",
      "idleSeconds = %d on %s must be positive for Unload.IDLE. Give the idle time in seconds"),
  DUPLICATE_ROOT(
      "DuplicateRoot",
      "%s %s would generate %s, which %s %s already generates. Give one of them another name with"
          + " %s(name = \"...\")"),
  TOO_MANY_OPERATIONS(
      "TooManyOperations",
      "The gateway %s would have %d operations; at most %d are supported. Split the application"
          + " into several gateways (several @GatewayRoot types)"),
  TOO_MANY_INTERFACES(
      "TooManyInterfaces",
      "The gateway %s would have %d interfaces; at most %d are supported. Split the application"
          + " into several gateways (several @GatewayRoot types)"),
  ROOT_AND_LIBRARY(
      "RootAndLibrary",
      "%s is a @GatewayLibrary, but this compilation also has a @GatewayRoot (%s): a compilation"
          + " is an application (one or more roots) or a library, not both. Remove @GatewayLibrary,"
          + " or move the root to the application that uses this library"),
  UNRESOLVED_TYPE(
      "UnresolvedType",
      "A type used by %s could not be resolved, so its operations are not in the gateway. Fix the"
          + " compile errors about that type first"),
  LATE_MODULE(
      "LateModule",
      "Module %s appeared after gateway %s was generated (it came from another annotation"
          + " processor in a later round). Declare the module in source, or compile it into a"
          + " library jar that the gateway's compilation has on its class path"),
  MISSING_RUNTIME(
      "MissingRuntime",
      "The gateway code generated for %s calls dev.suga:suga-runtime, which is not on the compile"
          + " class path. Add it as a dependency beside suga-annotations (its version comes from"
          + " suga-bom); a named module also needs 'requires dev.suga.runtime;'"),
  INTERNAL_ERROR(
      "InternalError",
      "The SUGA processor failed (%s). This is a bug in SUGA, not in your code; please report it"
          + " with the sources that trigger it"),
  STALE_INDEX(
      "StaleIndex",
      "The SUGA index entry %s on the class path names %s, which no longer declares any"
          + " @GatewayOperation method (it was recompiled without them), so the gateway leaves it"
          + " out. A clean build removes the stale entry"),
  BAD_INDEX(
      "BadIndex",
      "The SUGA index entry %s on the class path names module %s, which is not on the class"
          + " path. Rebuild the library that contains it, or remove the stale jar");

  private final String id;
  private final String pattern;

  Message(String id, String pattern) {
    this.id = id;
    this.pattern = pattern;
  }

  /** The stable id, as in {@code [SUGA/<id>]}. */
  String id() {
    return id;
  }

  /** The rendered text: {@code [SUGA/<id>] <pattern with arguments>.}. */
  String format(Object... arguments) {
    return "[SUGA/" + id + "] " + String.format(pattern, arguments) + ".";
  }
}
