package cn.gov.jiangmen.subsidy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package graph as the source says it, not as the bytecode does: javac inlines a
 * {@code static final String} constant into the class that reads it, so a class that only reads
 * {@code ProcessConstants.Vars.APPLICATION_ID} has no edge to {@code processes} in its bytecode, and
 * ArchUnit cannot see it. Here every import (plain, static, on demand) and every fully qualified name
 * written in code counts, each resolved to the longest package of the tree it names.
 */
final class SourceDependencies {

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

	/** Comments, text blocks, strings and char literals: a name in them is not a dependency. */
	private static final Pattern NOT_CODE = Pattern.compile(
			"/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

	/** One source file's package and the packages it names, each with the name it used. */
	record Edge(String from, String to, String file, String name) {
	}

	private final Set<String> packages;
	private final List<Edge> edges;

	private SourceDependencies(Set<String> packages, List<Edge> edges) {
		this.packages = packages;
		this.edges = edges;
	}

	static SourceDependencies of(Path sourceRoot, String basePackage) {
		Map<String, String> sources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(sourceRoot)) {
			files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
				try {
					sources.put(sourceRoot.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return of(sources, basePackage);
	}

	/** @param sources file name to its text */
	static SourceDependencies of(Map<String, String> sources, String basePackage) {
		Map<String, String> packageOf = new HashMap<>();
		sources.forEach((file, text) -> {
			Matcher declared = PACKAGE.matcher(text);
			if (!declared.find()) {
				throw new IllegalStateException(file + " declares no package");
			}
			packageOf.put(file, declared.group(1));
		});
		Set<String> packages = new TreeSet<>(packageOf.values());
		Pattern qualified = Pattern.compile("\\b" + Pattern.quote(basePackage) + "(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)+");
		List<Edge> edges = new ArrayList<>();
		sources.forEach((file, text) -> {
			String from = packageOf.get(file);
			String code = NOT_CODE.matcher(text).replaceAll(" ");
			Matcher declaration = PACKAGE.matcher(code);
			int start = declaration.find() ? declaration.end() : 0;
			Matcher names = qualified.matcher(code);
			names.region(start, code.length());
			while (names.find()) {
				String name = names.group().replaceAll("\\s", "");
				String to = owner(name, packages);
				if (to != null && !to.equals(from)) {
					edges.add(new Edge(from, to, file, name));
				}
			}
		});
		return new SourceDependencies(packages, edges);
	}

	/** The longest package of the tree that the name starts with ({@code a.b.C.D} → {@code a.b}). */
	private static String owner(String name, Set<String> packages) {
		String candidate = name;
		while (true) {
			if (packages.contains(candidate)) {
				return candidate;
			}
			int dot = candidate.lastIndexOf('.');
			if (dot < 0) {
				return null;
			}
			candidate = candidate.substring(0, dot);
		}
	}

	List<Edge> edges() {
		return edges;
	}

	/** Every edge into one of the packages (or below them) from outside them. */
	List<Edge> into(String packageName) {
		return edges.stream()
			.filter(e -> within(e.to(), packageName) && !within(e.from(), packageName))
			.toList();
	}

	static boolean within(String pkg, String parent) {
		return pkg.equals(parent) || pkg.startsWith(parent + ".");
	}

	/**
	 * The cycles of the package graph after each package is mapped to its slice (the package itself,
	 * or e.g. its top-level package below the base): each strongly connected set of more than one
	 * slice, with the edges that tie it, one line each.
	 */
	List<String> cycles(UnaryOperator<String> slice) {
		Map<String, Set<String>> graph = new TreeMap<>();
		Map<String, List<Edge>> witnesses = new HashMap<>();
		for (Edge edge : edges) {
			String from = slice.apply(edge.from());
			String to = slice.apply(edge.to());
			if (!from.equals(to)) {
				graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
				witnesses.computeIfAbsent(from + "->" + to, k -> new ArrayList<>()).add(edge);
			}
		}
		packages.forEach(p -> graph.computeIfAbsent(slice.apply(p), k -> new TreeSet<>()));
		List<String> found = new ArrayList<>();
		for (Set<String> component : new Tarjan(graph).components()) {
			if (component.size() < 2) {
				continue;
			}
			StringBuilder text = new StringBuilder("cycle between " + component + ":");
			for (String from : component) {
				for (String to : graph.get(from)) {
					if (component.contains(to)) {
						Edge first = witnesses.get(from + "->" + to).get(0);
						text.append("\n    ").append(from).append(" -> ").append(to).append(" (")
							.append(first.file()).append(": ").append(first.name()).append(")");
					}
				}
			}
			found.add(text.toString());
		}
		return found;
	}

	/** Tarjan's strongly connected components, iterative enough for a package graph. */
	private static final class Tarjan {

		private final Map<String, Set<String>> graph;
		private final Map<String, Integer> index = new HashMap<>();
		private final Map<String, Integer> low = new HashMap<>();
		private final Deque<String> stack = new ArrayDeque<>();
		private final Set<String> onStack = new HashSet<>();
		private final List<Set<String>> components = new ArrayList<>();
		private int next;

		Tarjan(Map<String, Set<String>> graph) {
			this.graph = graph;
		}

		List<Set<String>> components() {
			for (String node : graph.keySet()) {
				if (!index.containsKey(node)) {
					visit(node);
				}
			}
			return components;
		}

		private void visit(String node) {
			index.put(node, next);
			low.put(node, next);
			next++;
			stack.push(node);
			onStack.add(node);
			for (String target : graph.getOrDefault(node, Set.of())) {
				if (!index.containsKey(target)) {
					visit(target);
					low.put(node, Math.min(low.get(node), low.get(target)));
				}
				else if (onStack.contains(target)) {
					low.put(node, Math.min(low.get(node), index.get(target)));
				}
			}
			if (low.get(node).equals(index.get(node))) {
				Set<String> component = new TreeSet<>();
				String member;
				do {
					member = stack.pop();
					onStack.remove(member);
					component.add(member);
				}
				while (!member.equals(node));
				components.add(component);
			}
		}
	}
}
