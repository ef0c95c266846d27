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
package dev.suga.core.security;

import java.util.Arrays;
import java.util.Objects;

/**
 * Redaction by value ({@link SecurityCore#redact}): the secrets of one moment, indexed so that a
 * text is checked for every run of {@value SecurityCore#FRAGMENT_LENGTH} characters of any of them
 * in one pass. A secret of 8 characters or more is cut wherever any 8 consecutive characters of it
 * appear (adjacent or overlapping runs become one {@code <redacted>}); one of 4 to 7 characters is
 * replaced where it appears whole; shorter ones are ignored (they would garble every line and
 * protect nothing).
 *
 * <p>How: the 64-bit polynomial hashes of every 8-character window of every secret, sorted; a
 * rolling hash over the text looks each of its windows up (a binary search), and a hit is checked
 * character by character. A log line of n characters costs n look-ups whatever the number of
 * secrets. Immutable: {@link SecurityCore} builds a new one when the secrets change.
 */
final class SecretIndex {
  private static final int W = SecurityCore.FRAGMENT_LENGTH;
  private static final long BASE = 0x100000001B3L;

  /** BASE to the power W - 1: the weight of a window's first character. */
  private static final long FIRST_WEIGHT = power(BASE, W - 1);

  static final SecretIndex EMPTY = new SecretIndex(new String[0]);

  /** The values this index was built from, nulls included, in their order. */
  private final String[] sources;

  /** Secrets of at least W characters, matched by windows. */
  private final String[] fragmented;

  /** Secrets of 4 to W - 1 characters, matched whole. */
  private final String[] whole;

  /** Sorted, distinct hashes of every window of every {@link #fragmented} secret. */
  private final long[] hashes;

  private SecretIndex(String[] sources) {
    this.sources = sources;
    int longOnes = 0;
    int shortOnes = 0;
    int windows = 0;
    for (String secret : sources) {
      if (secret != null && secret.length() >= W) {
        longOnes++;
        windows += secret.length() - W + 1;
      } else if (secret != null && secret.length() >= SecurityCore.MIN_LITERAL_SECRET_LENGTH) {
        shortOnes++;
      }
    }
    fragmented = new String[longOnes];
    whole = new String[shortOnes];
    long[] all = new long[windows];
    int f = 0;
    int s = 0;
    int h = 0;
    for (String secret : sources) {
      if (secret != null && secret.length() >= W) {
        fragmented[f++] = secret;
        long hash = 0;
        for (int i = 0; i < secret.length(); i++) {
          hash =
              i < W
                  ? hash * BASE + secret.charAt(i)
                  : roll(hash, secret.charAt(i - W), secret.charAt(i));
          if (i >= W - 1) {
            all[h++] = hash;
          }
        }
      } else if (secret != null && secret.length() >= SecurityCore.MIN_LITERAL_SECRET_LENGTH) {
        whole[s++] = secret;
      }
    }
    if (all.length > 1) {
      Arrays.sort(all); // (not for none or one: the first redaction need not load the sort)
    }
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    hashes = distinct == all.length ? all : Arrays.copyOf(all, distinct);
  }

  /** The index of {@code secrets} (nulls allowed and kept, to compare with later). */
  static SecretIndex of(String[] secrets) {
    return new SecretIndex(secrets.clone());
  }

  /** Whether this index was built from exactly {@code secrets}. */
  boolean covers(String[] secrets) {
    if (secrets.length != sources.length) {
      return false;
    }
    for (int i = 0; i < secrets.length; i++) {
      if (!Objects.equals(secrets[i], sources[i])) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} without any of the secrets, whole or in runs of 8 characters. */
  String redact(String text) {
    String result = hashes.length == 0 ? text : cutFragments(text);
    for (String secret : whole) {
      if (result.contains(secret)) {
        result = result.replace(secret, SecurityCore.REDACTED);
      }
    }
    return result;
  }

  private String cutFragments(String text) {
    int n = text.length();
    if (n < W) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0; // text[0, copied) is in out
    int cutEnd = -1; // end of the last cut run
    long hash = 0;
    for (int i = 0; i < n; i++) {
      hash = i < W ? hash * BASE + text.charAt(i) : roll(hash, text.charAt(i - W), text.charAt(i));
      if (i < W - 1) {
        continue;
      }
      int start = i - W + 1;
      if (Arrays.binarySearch(hashes, hash) < 0 || !isFragment(text, start)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      if (start > cutEnd) {
        out.append(text, copied, start).append(SecurityCore.REDACTED);
      }
      cutEnd = i + 1;
      copied = cutEnd;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /** Whether text[start, start + W) is a run of some secret's characters (a hash hit, checked). */
  private boolean isFragment(String text, int start) {
    char first = text.charAt(start);
    for (String secret : fragmented) {
      for (int j = 0, last = secret.length() - W; j <= last; j++) {
        if (secret.charAt(j) == first && secret.regionMatches(j, text, start, W)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The hash of the window that drops {@code out} and takes {@code in}. */
  private static long roll(long hash, char out, char in) {
    return (hash - out * FIRST_WEIGHT) * BASE + in;
  }

  private static long power(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }
}
