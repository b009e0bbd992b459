package org.verbatim.core;

import java.util.Objects;

/**
 * A metadata value with the evidence for it.
 *
 * @param <T>      the value's type
 * @param value    the value
 * @param evidence why Verbatim believes it
 */
public record Evidenced<T>(T value, Evidence evidence) {

	public Evidenced {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(evidence, "evidence");
	}
}
