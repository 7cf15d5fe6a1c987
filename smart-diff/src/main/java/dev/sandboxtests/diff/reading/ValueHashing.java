package dev.sandboxtests.diff.reading;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The 64-bit hashes of JSON values that let the comparison skip equal subtrees and match array
 * elements. Equal values always hash alike; unequal values may collide, so a hash is only ever a hint
 * and equality is always confirmed by comparing the values themselves.
 *
 * <p>"Equal" is the comparison's own equality, so numbers hash by their canonical form: {@code -0}
 * and {@code 0} alike; a decimal by its unscaled digits and scale (so {@code 1e2} and {@code 100e0}
 * alike, {@code 1.0} and {@code 1.00} not); with numbers compared by value, every number by its
 * digits without leading and trailing zeros and its power of ten. An object's hash does not depend
 * on the order of its fields; an array's does depend on the order of its elements.
 */
public final class ValueHashing {

    static final long TRUE = 0x6a09e667f3bcc908L;
    static final long FALSE = 0xbb67ae8584caa73bL;
    static final long NULL = 0x3c6ef372fe94f82bL;
    private static final long STRING = 0xa54ff53a5f1d36f1L;
    private static final long INTEGER = 0x510e527fade682d1L;
    private static final long DECIMAL = 0x9b05688c2b3e6c1fL;
    private static final long NUMBER = 0x1f83d9abfb41bd6bL;
    private static final long OBJECT = 0x5be0cd19137e2179L;
    private static final long ARRAY = 0xcbbb9d5dc1059ed8L;
    private static final long KEY = 0x629a292a367cd507L;
    private static final long ZERO = 0x9159015a3070dd17L;
    private static final long ZERO_INTEGER = mix(ZERO ^ INTEGER);
    private static final long MULTISET = 0x152fecd8f70e5939L;

    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_3 = 0x165667B19E3779F9L;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ValueHashing() {
    }

    /** A strong finaliser (from SplitMix64), so that sums and products of hashes stay well spread. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Hashes bytes eight at a time, starting from {@code seed}: one multiplication per eight bytes, as
     * strings are most of a document's bytes. The result is not fully mixed; every use of it is
     * ({@link #field}, {@link #array}, the hash tables spread it), so one finaliser is enough.
     */
    static long bytes(long seed, byte[] bytes, int from, int to) {
        int length = to - from;
        long hash = seed ^ (length * PRIME_3);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            hash = (Long.rotateLeft(hash, 23) ^ (long) LONGS.get(bytes, i)) * PRIME_1;
        }
        if (i < to) {
            long tail;
            if (length >= 8) {
                tail = (long) LONGS.get(bytes, to - 8); // the last eight bytes, overlapping the last round
            } else {
                tail = 0;
                for (int shift = 0; i < to; i++, shift += 8) {
                    tail |= (bytes[i] & 0xFFL) << shift;
                }
            }
            hash = (Long.rotateLeft(hash, 23) ^ tail) * PRIME_1;
        }
        return hash ^ (hash >>> 29);
    }

    static long string(byte[] utf8, int from, int to) {
        return bytes(STRING, utf8, from, to);
    }

    /** A field name's hash, from its characters, so that it does not depend on any dictionary. */
    static long fieldName(String name) {
        long hash = KEY;
        for (int i = 0; i < name.length(); i++) {
            hash = (hash ^ name.charAt(i)) * PRIME_1;
        }
        return mix(hash ^ name.length());
    }

    /** What one field adds to its object's hash. */
    public static long field(long nameHash, long valueHash) {
        return mix(nameHash * PRIME_2 + valueHash);
    }

    /** Folds one more element into an array's running hash. */
    static long element(long running, long valueHash) {
        return (running + valueHash) * PRIME_1;
    }

    public static long object(long sumOfFields, int count) {
        return mix(sumOfFields ^ OBJECT ^ ((long) count * PRIME_3));
    }

    static long array(long running, int count) {
        return mix(running ^ ARRAY ^ ((long) count * PRIME_3));
    }

    /** What one element adds to the hash of an array taken as a multiset (order left out). */
    public static long multisetElement(long valueHash) {
        return mix(valueHash ^ MULTISET);
    }

    public static long multiset(long sumOfElements, int count) {
        return mix(sumOfElements ^ ARRAY ^ MULTISET ^ ((long) count * PRIME_3));
    }

    /**
     * The hash of a JSON number written as ASCII in {@code text[from, to)}, already validated by the
     * parser. One pass over the digits, without parsing the number.
     *
     * @param integral whether the parser saw an integer (no fraction, no exponent)
     * @param byValue  whether numbers are compared by value only
     */
    static long number(byte[] text, int from, int to, boolean integral, boolean byValue) {
        int i = from;
        boolean negative = text[i] == '-';
        if (negative) {
            i++;
        }
        if (integral && !byValue) {
            // JSON integers have no leading zeros, so the text is canonical, except that -0 is 0.
            return to - i == 1 && text[i] == '0' ? ZERO_INTEGER : bytes(INTEGER, text, from, to);
        }
        long hash = negative ? PRIME_2 : PRIME_3;
        boolean significant = false;
        boolean inFraction = false;
        int fractionLength = 0;
        int pendingZeros = 0;
        for (; i < to; i++) {
            byte c = text[i];
            if (c == '.') {
                inFraction = true;
                continue;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
            if (inFraction) {
                fractionLength++;
            }
            if (c == '0' && (!significant || byValue)) {
                // Leading zeros never count; by value, zeros count only once a non-zero digit follows.
                pendingZeros += significant ? 1 : 0;
                continue;
            }
            significant = true;
            for (; pendingZeros > 0; pendingZeros--) {
                hash = (hash ^ '0') * PRIME_1;
            }
            hash = (hash ^ c) * PRIME_1;
        }
        long exponent = 0;
        boolean exponentOverflow = false;
        if (i < to) {
            i++; // the 'e'
            boolean negativeExponent = text[i] == '-';
            if (text[i] == '-' || text[i] == '+') {
                i++;
            }
            for (; i < to; i++) {
                exponent = exponent * 10 + (text[i] - '0');
                if (exponent > Integer.MAX_VALUE) {
                    exponentOverflow = true; // the hash then leaves the exponent out: coarser, still valid
                    break;
                }
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (!significant) {
            // Zero: -0 equals 0; by default 0.0 and 0.00 still differ by scale.
            return byValue || integral ? mix(ZERO ^ (byValue ? NUMBER : INTEGER))
                    : mix(ZERO ^ DECIMAL ^ (exponentOverflow ? 0 : (fractionLength - exponent) * PRIME_2));
        }
        long tag = byValue ? NUMBER : DECIMAL;
        if (exponentOverflow) {
            return mix(hash ^ tag);
        }
        // By value: digits × 10^power; by default: unscaled digits and scale.
        long power = byValue ? exponent - fractionLength + pendingZeros : fractionLength - exponent;
        return mix(hash ^ tag ^ (power * PRIME_2));
    }
}
