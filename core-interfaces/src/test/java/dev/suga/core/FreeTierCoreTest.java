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
package dev.suga.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.testing.CoreFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uses its own instances: the gateway's is shared with every other test in this JVM. */
class FreeTierCoreTest {
  private static final long MID_JUNE = Instant.parse("2026-06-16T00:00:00Z").toEpochMilli();
  private static final long JULY_FIRST = Instant.parse("2026-07-01T00:00:00Z").toEpochMilli();

  private final CoreFixture fixture =
      CoreFixture.with(Map.of("FREE_TIER_REQUESTS", "100", "FREE_TIER_GB_SECONDS", "1000000"));
  private final FreeTierCore freeTier = new FreeTierCore();

  @AfterEach
  void restore() {
    fixture.close();
  }

  private void requests(int count, long at) {
    for (int i = 0; i < count; i++) {
      freeTier.record(100, 128, at);
    }
  }

  @Test
  void levelsFollowTheShareOfRequestsUsed() {
    assertEquals("ok", freeTier.level(MID_JUNE));
    requests(79, MID_JUNE);
    assertEquals("ok", freeTier.level(MID_JUNE));
    requests(1, MID_JUNE);
    assertEquals("warn", freeTier.level(MID_JUNE));
    requests(10, MID_JUNE);
    assertEquals("throttle", freeTier.level(MID_JUNE));
    requests(5, MID_JUNE);
    assertEquals("refuse", freeTier.level(MID_JUNE));
  }

  @Test
  void eachRiseInLevelIsLoggedOnce() {
    requests(100, MID_JUNE);
    List<Map<String, Object>> warnings = fixture.logs("WARN");
    assertEquals(3, warnings.size());
    assertTrue(((String) warnings.get(0).get("message")).contains("level warn"));
    assertTrue(((String) warnings.get(1).get("message")).contains("level throttle"));
    assertTrue(((String) warnings.get(2).get("message")).contains("level refuse"));
  }

  @Test
  void gbSecondsAreMemoryTimesBilledDuration() {
    fixture.environment(Map.of("FREE_TIER_REQUESTS", "1000000", "FREE_TIER_GB_SECONDS", "100"));
    freeTier.record(60_000, 1024, MID_JUNE); // 60 GB-s
    freeTier.record(40_000, 512, MID_JUNE); // 20 GB-s
    Map<String, Object> usage = freeTier.usage(MID_JUNE);
    assertEquals(80.0, usage.get("gbSeconds"));
    assertEquals(0.8, usage.get("gbSecondsShare"));
    assertEquals(0.8, usage.get("share"));
    assertEquals("warn", usage.get("level"));
  }

  @Test
  void aNewUtcMonthStartsFromZero() {
    requests(96, MID_JUNE);
    assertEquals("refuse", freeTier.level(JULY_FIRST - 1));
    assertEquals("ok", freeTier.level(JULY_FIRST));
    Map<String, Object> usage = freeTier.usage(JULY_FIRST);
    assertEquals("2026-07", usage.get("month"));
    assertEquals(0L, usage.get("requests"));
    fixture.clearLines();
    requests(80, JULY_FIRST + 1000);
    assertEquals("warn", freeTier.level(JULY_FIRST + 1000));
    assertEquals(1, fixture.logs("WARN").size(), "a new month logs its levels again");
  }

  @Test
  void anEarlierTimeCountsInTheCurrentMonth() {
    requests(10, MID_JUNE);
    requests(5, MID_JUNE - 20L * 86_400_000);
    Map<String, Object> usage = freeTier.usage(MID_JUNE);
    assertEquals("2026-06", usage.get("month"));
    assertEquals(15L, usage.get("requests"));
  }

  @Test
  void projectsToMonthEndFromTheElapsedFraction() {
    requests(10, MID_JUNE);
    Map<String, Object> usage = freeTier.usage(MID_JUNE);
    assertEquals(0.5, usage.get("monthElapsed"));
    assertEquals(20L, usage.get("projectedRequests"));
    assertEquals(0.2, usage.get("projectedShare"));
    assertEquals(0.1, usage.get("share"));
    assertEquals("container", usage.get("scope"));
    assertEquals(Map.of("requests", 100L, "gbSeconds", 1_000_000.0), usage.get("limits"));
  }

  @Test
  void projectionAtTheStartOfAMonthIsBounded() {
    requests(1, JULY_FIRST);
    Map<String, Object> usage = freeTier.usage(JULY_FIRST);
    assertEquals(0.0, usage.get("monthElapsed"));
    assertEquals(
        44_640L, usage.get("projectedRequests")); // one request per minute of a 31-day month
  }

  @Test
  void defaultsAreAwsFreeTier() {
    fixture.environment(Map.of());
    freeTier.record(1000, 1024, MID_JUNE);
    assertEquals(
        Map.of("requests", 1_000_000L, "gbSeconds", 400_000.0),
        freeTier.usage(MID_JUNE).get("limits"));
  }
}
