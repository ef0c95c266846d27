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

import static dev.suga.processor.RuntimeNames.INTERFACE_INFO;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/** Writes {@code Gateway.Interface}: one enum constant per module, named by its interface id. */
final class InterfaceTypeWriter {
  private final GatewayNames names;

  InterfaceTypeWriter(GatewayNames names) {
    this.names = names;
  }

  TypeSpec write(List<ModuleModel> modules) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(names.interfaceEnum())
            .addModifiers(PUBLIC)
            .addJavadoc("The gateway's interfaces: one per module, in the order of their ids.\n");
    for (ModuleModel module : modules) {
      type.addEnumConstant(
          GatewayNames.interfaceConstant(module),
          TypeSpec.anonymousClassBuilder("$S", module.interfaceId())
              .addJavadoc(
                  "Interface {@code $L},$Lserved by {@link $L}.\n",
                  module.interfaceId(),
                  GatewayNames.javadocSpace(
                      2,
                      ("Interface {@code }, served by {@link }."
                              + module.interfaceId()
                              + names.javadocTypeText(module.type()))
                          .length()),
                  names.javadocType(module.type()))
              .build());
    }
    return type.addField(String.class, "id", PRIVATE, FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(String.class, "id")
                .addStatement("this.id = id")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("id")
                .addJavadoc("The interface id, such as {@code \"http_client\"}.\n")
                .addModifiers(PUBLIC)
                .returns(String.class)
                .addStatement("return id")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("info")
                .addJavadoc("This interface's metadata: its module class and unload policy.\n")
                .addModifiers(PUBLIC)
                .returns(INTERFACE_INFO)
                .addStatement("return $T.interfaceInfo(ordinal())", names.companion())
                .build())
        .build();
  }
}
