package dev.sandboxtests.diff;

/**
 * How much a {@link Difference} matters, from the point of view of a test that guards behaviour.
 *
 * <ul>
 *   <li>{@link #HIGH} (red): the shape or contract changed — status code, content type, a field
 *       missing or added, a value changing type.</li>
 *   <li>{@link #MEDIUM} (yellow): a value changed on a field that is otherwise stable.</li>
 *   <li>{@link #LOW} (green): noise — values that differ between runs anyway, such as generated
 *       ids or timestamps. Low differences are reported but do not fail a test by default.</li>
 * </ul>
 */
public enum Relevance {
    /** Red: a structural or contract change. */
    HIGH,
    /** Yellow: a value change on a stable field. */
    MEDIUM,
    /** Green: noise. */
    LOW;

    /**
     * Whether a difference of this relevance should fail a test by default.
     *
     * @return {@code true} for {@link #HIGH} and {@link #MEDIUM}
     */
    public boolean isRelevant() {
        return this != LOW;
    }
}
