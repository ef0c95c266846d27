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
 * Interface {@code misc}: 28 small operations that are never measured. With {@link AuxCore} they
 * give the benchmarked gateway 60 operations, as many as the example function has, so that the
 * generated dispatch (and the registries of the baselines, which get the same 60 names) has a
 * realistic size. Interface ids sort {@code aux < counted < hot < misc}, so the measured operations
 * sit in the middle of the ordinals (28 to 31 of 0 to 59): where a dispatch cost depends on the
 * position (C1 compiles a {@code tableswitch} to a chain of compares), they get the average case,
 * not the best.
 */
public class MiscCore {
  @GatewayOperation
  public String echo28(String text) {
    return text;
  }

  @GatewayOperation
  public int sum29(int a, int b) {
    return a + b + 29;
  }

  @GatewayOperation
  public String tag30(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count31() {
    return 31L;
  }

  @GatewayOperation
  public String echo32(String text) {
    return text;
  }

  @GatewayOperation
  public int sum33(int a, int b) {
    return a + b + 33;
  }

  @GatewayOperation
  public String tag34(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count35() {
    return 35L;
  }

  @GatewayOperation
  public String echo36(String text) {
    return text;
  }

  @GatewayOperation
  public int sum37(int a, int b) {
    return a + b + 37;
  }

  @GatewayOperation
  public String tag38(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count39() {
    return 39L;
  }

  @GatewayOperation
  public String echo40(String text) {
    return text;
  }

  @GatewayOperation
  public int sum41(int a, int b) {
    return a + b + 41;
  }

  @GatewayOperation
  public String tag42(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count43() {
    return 43L;
  }

  @GatewayOperation
  public String echo44(String text) {
    return text;
  }

  @GatewayOperation
  public int sum45(int a, int b) {
    return a + b + 45;
  }

  @GatewayOperation
  public String tag46(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count47() {
    return 47L;
  }

  @GatewayOperation
  public String echo48(String text) {
    return text;
  }

  @GatewayOperation
  public int sum49(int a, int b) {
    return a + b + 49;
  }

  @GatewayOperation
  public String tag50(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count51() {
    return 51L;
  }

  @GatewayOperation
  public String echo52(String text) {
    return text;
  }

  @GatewayOperation
  public int sum53(int a, int b) {
    return a + b + 53;
  }

  @GatewayOperation
  public String tag54(String text, int n) {
    return text + n;
  }

  @GatewayOperation
  public long count55() {
    return 55L;
  }
}
