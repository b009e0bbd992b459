package org.verbatim.ui.internal.properties;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A property source of names and text values that cannot be edited (the metadata form of the
 * Statement editor is where values are corrected). The Properties view sorts them by name.
 */
public final class ReadOnlyProperties implements IPropertySource {

	private final Map<String, String> values = new LinkedHashMap<>();

	/** Adds (or replaces) {@code name} with {@code value}; an empty value shows as {@code —}. */
	ReadOnlyProperties put(String name, String value) {
		values.put(name, value == null || value.isBlank() ? "\u2014" : value);
		return this;
	}

	/** The values by name, in the order they were put, for tests. */
	public Map<String, String> values() {
		return Map.copyOf(values);
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return values.keySet().stream().map(name -> {
			PropertyDescriptor descriptor = new PropertyDescriptor(name, name);
			descriptor.setAlwaysIncompatible(true);
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return values.get(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
