package cn.gov.jiangmen.subsidy.policy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The name of a parameter in a pack's data file, with what its values must be. A rule declares each
 * key it reads once, as a {@code static final} constant of its own class, and reads the parameter
 * through it; the pack collects the keys from its rule classes ({@link #declaredIn}) and checks the
 * file against them when it is loaded, so that no list of names lives far from the rules.
 */
public record ParameterKey(String name, ParameterKind kind) {

	public ParameterKey {
		ValueChecks.requireText(name, "name");
		Objects.requireNonNull(kind, "kind");
	}

	public static ParameterKey money(String name) {
		return new ParameterKey(name, ParameterKind.MONEY);
	}

	public static ParameterKey rate(String name) {
		return new ParameterKey(name, ParameterKind.RATE);
	}

	public static ParameterKey count(String name) {
		return new ParameterKey(name, ParameterKind.COUNT);
	}

	public static ParameterKey area(String name) {
		return new ParameterKey(name, ParameterKind.AREA);
	}

	/**
	 * Every key the rule classes declare as a static constant, by name, class by class in the order
	 * given. Reflection, so that a key a rule adds is checked at load without being listed again.
	 *
	 * @throws IllegalStateException when two classes declare one name with different kinds
	 */
	public static Map<String, ParameterKey> declaredIn(Class<?>... ruleClasses) {
		Map<String, ParameterKey> keys = new LinkedHashMap<>();
		for (Class<?> ruleClass : ruleClasses) {
			for (Field field : ruleClass.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (field.getType() == ParameterKey.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
					ParameterKey key = read(field);
					ParameterKey before = keys.putIfAbsent(key.name(), key);
					if (before != null && before.kind() != key.kind()) {
						throw new IllegalStateException(key.name() + " is declared both as " + before.kind() + " and as "
								+ key.kind() + " (" + ruleClass.getSimpleName() + "." + field.getName() + ")");
					}
				}
			}
		}
		return keys;
	}

	/** Each key is in the file, and every value of it, and of a district's own series, is of its kind. */
	public static void check(PolicyData data, Collection<ParameterKey> keys) {
		keys.forEach(key -> data.requireParameter(key.name()));
		keys.forEach(key -> key.kind().check(data.parameter(null, key.name()), "参数 "));
	}

	private static ParameterKey read(Field field) {
		try {
			field.setAccessible(true);
			return Objects.requireNonNull(ParameterKey.class.cast(field.get(null)), field.getName());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("cannot read " + field, ex);
		}
	}
}
