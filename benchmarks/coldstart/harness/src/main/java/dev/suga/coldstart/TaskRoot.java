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
package dev.suga.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The task directory ({@code /var/task}): a deployment jar or zip unpacked as Lambda unpacks it,
 * classes at the root and {@code lib/*.jar} beside them; a directory artifact is copied.
 */
final class TaskRoot {
  private TaskRoot() {}

  static void prepare(Path artifact, Path taskDir) throws IOException {
    delete(taskDir);
    Files.createDirectories(taskDir);
    if (Files.isDirectory(artifact)) {
      copy(artifact, taskDir);
      return;
    }
    try (InputStream file = Files.newInputStream(artifact);
        ZipInputStream zip = new ZipInputStream(file)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        Path target = taskDir.resolve(entry.getName()).normalize();
        if (!target.startsWith(taskDir)) {
          throw new IOException("entry outside the task directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * The container image's layout ({@link Subject.Layout#IMAGE}): the function's jar, as built, in
   * {@code lib/} of an otherwise empty task directory (a directory artifact is packed into a jar:
   * AOT caches and CDS archives only hold classes from jars). Returns the jar.
   */
  static Path prepareImage(Path artifact, Path taskDir) throws IOException {
    delete(taskDir);
    Path lib = Files.createDirectories(taskDir.resolve("lib"));
    if (!Files.isDirectory(artifact)) {
      return Files.copy(artifact, lib.resolve(artifact.getFileName().toString()));
    }
    Path jar = lib.resolve(artifact.getFileName() + ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file);
        Stream<Path> paths = Files.walk(artifact)) {
      for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
        if (Files.isRegularFile(path)) {
          zip.putNextEntry(new ZipEntry(artifact.relativize(path).toString().replace('\\', '/')));
          Files.copy(path, zip);
          zip.closeEntry();
        }
      }
    }
    return jar;
  }

  static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<Path>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
