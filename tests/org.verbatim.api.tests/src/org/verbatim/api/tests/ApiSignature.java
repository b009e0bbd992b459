package org.verbatim.api.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The public signature of a bundle's API packages: for each package exported without
 * {@code x-friends} or {@code x-internal}, its exported version and one line per public or protected
 * type, constructor, method and field (with generics, throws clauses and constant values), as the
 * compiled classes declare them. Plain text, sorted, so that two versions compare line by line.
 *
 * @param bundle   the bundle's symbolic name
 * @param versions each API package with its exported version ({@code 0.0.0} when none is given)
 * @param lines    {@code package: signature}, sorted
 */
record ApiSignature(String bundle, SortedMap<String, String> versions, SortedSet<String> lines) {

	private static final String HEADER = "# The API of %s: written by ApiBaselineTest (-Dverbatim.api.update=true); do not edit by hand";

	ApiSignature {
		versions = new TreeMap<>(versions);
		lines = new TreeSet<>(lines);
	}

	/** The API of {@code bundle}, read from its manifest and its classes. */
	static ApiSignature of(Bundle bundle) throws ClassNotFoundException {
		SortedMap<String, String> versions = apiPackages(bundle.getHeaders().get("Export-Package"));
		SortedSet<String> lines = new TreeSet<>();
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		for (String pkg : versions.keySet()) {
			String path = pkg.replace('.', '/');
			Collection<String> classes = wiring.listResources(path, "*.class", BundleWiring.LISTRESOURCES_LOCAL);
			for (String resource : classes) {
				String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
				if (name.contains("$") || name.endsWith("package-info")) {
					continue; // member types are described through their enclosing type
				}
				Class<?> type = bundle.loadClass(name);
				if (Modifier.isPublic(type.getModifiers())) {
					describe(pkg, type, lines);
				}
			}
		}
		return new ApiSignature(bundle.getSymbolicName(), versions, lines);
	}

	/** The packages of an {@code Export-Package} header that are API, with their versions. */
	static SortedMap<String, String> apiPackages(String exportPackage) {
		SortedMap<String, String> versions = new TreeMap<>();
		if (exportPackage == null) {
			return versions;
		}
		for (String clause : splitOutsideQuotes(exportPackage, ',')) {
			List<String> parts = splitOutsideQuotes(clause, ';');
			String version = "0.0.0";
			boolean internal = false;
			for (String part : parts.subList(1, parts.size())) {
				String p = part.strip();
				if (p.startsWith("x-friends:=") || p.startsWith("x-internal:=true")) {
					internal = true;
				} else if (p.startsWith("version=")) {
					version = p.substring("version=".length()).replace("\"", "").strip();
				}
			}
			if (!internal) {
				versions.put(parts.get(0).strip(), version);
			}
		}
		return versions;
	}

	private static List<String> splitOutsideQuotes(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(current.toString());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		parts.add(current.toString());
		return parts;
	}

	private static void describe(String pkg, Class<?> type, SortedSet<String> lines) {
		String prefix = pkg + ": ";
		lines.add(prefix + typeLine(type));
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
				lines.add(prefix + constructor.toGenericString());
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
				lines.add(prefix + method.toGenericString());
			}
		}
		for (Field field : type.getDeclaredFields()) {
			if (visible(field.getModifiers()) && !field.isSynthetic()) {
				lines.add(prefix + field.toGenericString() + constant(field));
			}
		}
		for (Class<?> member : type.getDeclaredClasses()) {
			if (visible(member.getModifiers())) {
				describe(pkg, member, lines);
			}
		}
	}

	/** The type's declaration: modifiers, kind, name with type parameters, supertypes, permitted subtypes. */
	private static String typeLine(Class<?> type) {
		StringBuilder line = new StringBuilder(type.toGenericString());
		Type superclass = type.getGenericSuperclass();
		if (superclass != null && superclass != Object.class) {
			line.append(" extends ").append(superclass.getTypeName());
		}
		Type[] interfaces = type.getGenericInterfaces();
		if (interfaces.length > 0) {
			line.append(type.isInterface() ? " extends " : " implements ").append(
					Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
		}
		if (type.isSealed()) {
			line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted()
					.collect(Collectors.joining(", ")));
		}
		return line.toString();
	}

	/** A compile-time constant's value: compiled into plugins, so changing it is a change of the API. */
	private static String constant(Field field) {
		int modifiers = field.getModifiers();
		if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)
				|| !(field.getType().isPrimitive() || field.getType() == String.class)) {
			return "";
		}
		try {
			return " = " + field.get(null);
		} catch (IllegalAccessException e) {
			return "";
		}
	}

	private static boolean visible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}

	/** The baseline file's text. */
	String text() {
		StringBuilder out = new StringBuilder(String.format(HEADER, bundle)).append('\n');
		versions.forEach((pkg, version) -> out.append("package ").append(pkg).append(' ').append(version).append('\n'));
		lines.forEach(line -> out.append(line).append('\n'));
		return out.toString();
	}

	/** A baseline file's text read back. */
	static ApiSignature parse(String bundle, String text) {
		SortedMap<String, String> versions = new TreeMap<>();
		SortedSet<String> lines = new TreeSet<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("package ")) {
				String[] parts = line.substring("package ".length()).strip().split(" ");
				versions.put(parts[0], parts.length > 1 ? parts[1] : "0.0.0");
			} else {
				lines.add(line);
			}
		}
		return new ApiSignature(bundle, versions, lines);
	}

	/** The lines of {@code pkg}. */
	SortedSet<String> linesOf(String pkg) {
		String prefix = pkg + ": ";
		return lines.stream().filter(line -> line.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
	}
}
