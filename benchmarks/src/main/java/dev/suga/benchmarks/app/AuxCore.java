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
package dev.suga.benchmarks.app;

import dev.suga.annotations.GatewayOperation;

/**
 * Interface {@code aux}: 28 small operations that are never measured. With {@link MiscCore} they
 * give the benchmarked gateway 60 operations, as many as the example function has, so that the
 * generated dispatch (and the registries of the baselines, which get the same 60 names) has a
 * realistic size. Interface ids sort {@code aux < counted < hot < misc}, so the measured operations
 * sit in the middle of the ordinals (28 to 31 of 0 to 59): where a dispatch cost depends on the
 * position (C1 compiles a {@code tableswitch} to a chain of compares), they get the average case,
 * not the best.
 */
public class AuxCore {
  @GatewayOperation
  public String echo00(String text) {
    return text;
  }

  @GatewayOperation
  public int sum01(int a, int b) {
    return a + b + 1;
  }

  @GatewayOperation
  public String tag02(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count03() {
    return 3L;
  }

  @GatewayOperation
  public String echo04(String text) {
    return text;
  }

  @GatewayOperation
  public int sum05(int a, int b) {
    return a + b + 5;
  }

  @GatewayOperation
  public String tag06(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count07() {
    return 7L;
  }

  @GatewayOperation
  public String echo08(String text) {
    return text;
  }

  @GatewayOperation
  public int sum09(int a, int b) {
    return a + b + 9;
  }

  @GatewayOperation
  public String tag10(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count11() {
    return 11L;
  }

  @GatewayOperation
  public String echo12(String text) {
    return text;
  }

  @GatewayOperation
  public int sum13(int a, int b) {
    return a + b + 13;
  }

  @GatewayOperation
  public String tag14(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count15() {
    return 15L;
  }

  @GatewayOperation
  public String echo16(String text) {
    return text;
  }

  @GatewayOperation
  public int sum17(int a, int b) {
    return a + b + 17;
  }

  @GatewayOperation
  public String tag18(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count19() {
    return 19L;
  }

  @GatewayOperation
  public String echo20(String text) {
    return text;
  }

  @GatewayOperation
  public int sum21(int a, int b) {
    return a + b + 21;
  }

  @GatewayOperation
  public String tag22(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count23() {
    return 23L;
  }

  @GatewayOperation
  public String echo24(String text) {
    return text;
  }

  @GatewayOperation
  public int sum25(int a, int b) {
    return a + b + 25;
  }

  @GatewayOperation
  public String tag26(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count27() {
    return 27L;
  }
}
