package dev.suga.processor;

import static dev.suga.processor.RuntimeNames.INTERFACE_INFO;
import static dev.suga.processor.RuntimeNames.UNLOAD_POLICY;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/** Writes {@code Gateway.Interface}: one enum constant per module, with its metadata. */
final class InterfaceTypeWriter {
  private final GatewayNames names;

  InterfaceTypeWriter(GatewayNames names) {
    this.names = names;
  }

  TypeSpec write(List<ModuleModel> modules) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(names.interfaceEnum())
        .addModifiers(PUBLIC)
        .addJavadoc("The gateway's interfaces: one per core module, in the order of their ids.\n");
    for (ModuleModel module : modules) {
      type.addEnumConstant(
          GatewayNames.interfaceConstant(module),
          TypeSpec.anonymousClassBuilder("$S, $S, $T.$L, $LL",
                  module.interfaceId(), module.type().canonicalName(), UNLOAD_POLICY, module.unload().name(),
                  module.idleSeconds())
              .addJavadoc("Interface {@code $L}, served by {@link $T}.\n", module.interfaceId(), module.type())
              .build());
    }
    field(type, String.class, "id", "The interface id, such as {@code \"http_client\"}.");
    field(type, String.class, "moduleClass", "The canonical name of the module class.");
    field(type, UNLOAD_POLICY, "unload", "When the module instance is released.");
    field(type, TypeName.LONG, "idleSeconds", "Idle time before release, for {@code IDLE} modules.");
    return type
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "id")
            .addParameter(String.class, "moduleClass")
            .addParameter(UNLOAD_POLICY, "unload")
            .addParameter(TypeName.LONG, "idleSeconds")
            .addStatement("this.id = id")
            .addStatement("this.moduleClass = moduleClass")
            .addStatement("this.unload = unload")
            .addStatement("this.idleSeconds = idleSeconds")
            .build())
        .addMethod(MethodSpec.methodBuilder("info")
            .addJavadoc("This interface's metadata as a runtime record.\n")
            .addModifiers(PUBLIC)
            .returns(INTERFACE_INFO)
            .addStatement("return new $T(id, moduleClass, unload, idleSeconds)", INTERFACE_INFO)
            .build())
        .build();
  }

  private static void field(TypeSpec.Builder type, Object fieldType, String name, String doc) {
    TypeName typeName = fieldType instanceof TypeName t ? t : TypeName.get((Class<?>) fieldType);
    type.addField(typeName, name, PRIVATE, FINAL);
    type.addMethod(MethodSpec.methodBuilder(name)
        .addJavadoc(doc + "\n")
        .addModifiers(PUBLIC)
        .returns(typeName)
        .addStatement("return $N", name)
        .build());
  }
}
