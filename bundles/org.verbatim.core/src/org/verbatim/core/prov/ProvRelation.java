package org.verbatim.core.prov;

import java.util.Objects;
import java.util.Optional;

/**
 * A PROV relation between two of a record's (or earlier records') entities, activities and agents.
 *
 * @param type    the relation, by its PROV name, such as {@code used}
 * @param subject the first argument in PROV's order (for {@code used}, the activity)
 * @param object  the second argument (for {@code used}, the entity)
 * @param role    the role the object played, when it matters (such as {@code requester})
 */
public record ProvRelation(String type, String subject, String object, Optional<String> role) {

	/** {@code used(activity, entity)}. */
	public static final String USED = "used";

	/** {@code wasGeneratedBy(entity, activity)}. */
	public static final String WAS_GENERATED_BY = "wasGeneratedBy";

	/** {@code wasDerivedFrom(generated entity, used entity)}. */
	public static final String WAS_DERIVED_FROM = "wasDerivedFrom";

	/** {@code wasRevisionOf(newer entity, older entity)}. */
	public static final String WAS_REVISION_OF = "wasRevisionOf";

	/** {@code alternateOf(entity, entity)}: two views of the same thing. */
	public static final String ALTERNATE_OF = "alternateOf";

	/** {@code wasAttributedTo(entity, agent)}. */
	public static final String WAS_ATTRIBUTED_TO = "wasAttributedTo";

	/** {@code wasAssociatedWith(activity, agent)}. */
	public static final String WAS_ASSOCIATED_WITH = "wasAssociatedWith";

	/** {@code wasInvalidatedBy(entity, activity)}: the entity stopped being current. */
	public static final String WAS_INVALIDATED_BY = "wasInvalidatedBy";

	/** {@code wasInformedBy(informed activity, informant activity)}. */
	public static final String WAS_INFORMED_BY = "wasInformedBy";

	/** Every relation type a record may hold. */
	public static final java.util.Set<String> TYPES = java.util.Set.of(USED, WAS_GENERATED_BY, WAS_DERIVED_FROM,
			WAS_REVISION_OF, ALTERNATE_OF, WAS_ATTRIBUTED_TO, WAS_ASSOCIATED_WITH, WAS_INVALIDATED_BY,
			WAS_INFORMED_BY);

	public ProvRelation {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(object, "object");
		Objects.requireNonNull(role, "role");
		if (!TYPES.contains(type)) {
			throw new IllegalArgumentException("not a PROV relation Verbatim records: " + type);
		}
	}

	/** A relation without a role. */
	public static ProvRelation of(String type, String subject, String object) {
		return new ProvRelation(type, subject, object, Optional.empty());
	}
}
