package cn.gov.jiangmen.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The one direction, read from {@code src/main/java}: no package cycle, counting the edges the
 * bytecode has lost (constants javac inlined), and nothing imports the BPMN adapters of
 * {@code procedure}. {@link ArchitectureTest} checks the same house in bytecode.
 */
class SourceDependenciesTest {

	private static final String BASE = "cn.gov.jiangmen.subsidy";

	private static final SourceDependencies MAIN = SourceDependencies.of(Path.of("src/main/java"), BASE);

	/** {@code cn.gov.jiangmen.subsidy.policy.jiangmen} → {@code policy}: a feature and its sub-packages are one. */
	private static final UnaryOperator<String> FEATURE = pkg -> {
		if (!SourceDependencies.within(pkg, BASE) || pkg.equals(BASE)) {
			return pkg;
		}
		String rest = pkg.substring(BASE.length() + 1);
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	};

	@Test
	void no_two_features_depend_on_each_other() {
		assertThat(MAIN.cycles(FEATURE)).isEmpty();
	}

	@Test
	void no_two_packages_depend_on_each_other() {
		assertThat(MAIN.cycles(UnaryOperator.identity())).isEmpty();
	}

	@Test
	void nothing_names_the_procedure_adapters() {
		assertThat(MAIN.into(BASE + ".procedure")).isEmpty();
	}

	@Test
	void the_process_names_are_a_leaf() {
		assertThat(MAIN.edges()).filteredOn(e -> e.from().equals(BASE + ".processes")).isEmpty();
	}

	@Test
	void the_check_sees_the_whole_tree() {
		assertThat(MAIN.edges()).extracting(SourceDependencies.Edge::from)
			.contains(BASE + ".procedure", BASE + ".api", BASE + ".application", BASE + ".policy.jiangmen");
	}

	// The checker itself, on sources made up for it: each kind of edge closes a cycle it must see.

	@Test
	void an_import_cycle_is_found() {
		var sources = Map.of("a/A.java", "package x.a;\nimport x.b.B;\nclass A { B b; }",
				"b/B.java", "package x.b;\nimport x.a.A;\nclass B { A a; }");

		assertThat(SourceDependencies.of(sources, "x").cycles(UnaryOperator.identity()))
			.singleElement().asString().contains("[x.a, x.b]", "x.a -> x.b (a/A.java: x.b.B)");
	}

	/** The case bytecode misses: javac copies the constant's value into A, no reference to B is left. */
	@Test
	void a_cycle_closed_only_by_a_constant_is_found() {
		var sources = Map.of("a/A.java", "package x.a;\nclass A { String s = x.b.B.NAME; }",
				"a/N.java", "package x.a;\npublic class N { public static final String V = \"v\"; }",
				"b/B.java", "package x.b;\nimport static x.a.N.V;\npublic class B { public static final String NAME = V; }");

		assertThat(SourceDependencies.of(sources, "x").cycles(UnaryOperator.identity())).hasSize(1);
	}

	@Test
	void a_wildcard_import_counts_and_names_in_comments_and_text_do_not() {
		var sources = Map.of("a/A.java", "package x.a;\nimport x.b.*;\nclass A { }",
				"b/B.java", "package x.b;\n/** see {@link x.a.A} */\nclass B { String s = \"x.a.A\"; // x.a.A\n}");

		var dependencies = SourceDependencies.of(sources, "x");

		assertThat(dependencies.edges()).extracting(SourceDependencies.Edge::to).containsExactly("x.b");
		assertThat(dependencies.cycles(UnaryOperator.identity())).isEmpty();
	}

	@Test
	void sub_packages_belong_to_their_feature() {
		var sources = Map.of("a/A.java", "package x.y.a;\nimport x.y.b.inner.B;\nclass A { }",
				"b/B.java", "package x.y.b.inner;\nclass B { }",
				"b/C.java", "package x.y.b;\nimport x.y.a.A;\nclass C { }");

		var dependencies = SourceDependencies.of(sources, "x.y");

		assertThat(dependencies.cycles(UnaryOperator.identity())).isEmpty();
		assertThat(dependencies.cycles(pkg -> pkg.startsWith("x.y.b") ? "x.y.b" : pkg)).hasSize(1);
	}
}
