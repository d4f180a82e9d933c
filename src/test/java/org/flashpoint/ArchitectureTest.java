package org.flashpoint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package graph from growing new cycles. It reads the compiled main classes
 * with ArchUnit, builds the graph of which package uses which (every package below
 * {@code org.flashpoint} is a node of its own), and compares its strongly connected
 * components — the groups of packages that reach each other — with {@link #KNOWN_CYCLES}.
 * <p>
 * A change that adds a package to a cycle, or makes a new one, fails here. So does a
 * change that breaks one up: then shrink the list, so that it never again allows what is
 * gone (issue 11 takes the big cycle apart step by step). What remains by design is
 * explained beside its entry.
 */
class ArchitectureTest {

	private static final String ROOT = "org.flashpoint";

	/**
	 * The cycles the code has today, each as the set of packages in it (relative to
	 * {@code org.flashpoint}; {@code (root)} is the application class's package).
	 */
	private static final List<Set<String>> KNOWN_CYCLES = List.of(
			// The loop issue 11 dissolves, ten packages: the features and the shared
			// graphql/store/change plumbing import each other (graphql/NodeTypes and
			// change/RecordType list every feature while every feature uses graphql's
			// paging
			// and errors and change's log; the CAMEO codebook builds event's EventType
			// while
			// event reads the codebook).
			Set.of("actor", "change", "event", "graphql", "reference.cameo", "region", "security", "source",
					"statement", "store"),
			// The import job and its helpers: ingest.csv's tables build ingest's
			// ImportRow and
			// ImportFormatException while ingest reads ingest.csv's TextLimits; ingest
			// runs
			// ingest.cameo's codebook upload, which throws ingest's
			// ImportFormatException.
			Set.of("ingest", "ingest.cameo", "ingest.csv"));

	@Test
	void thePackageGraphHasNoCycleBeyondTheKnownOnes() {
		Map<String, Set<String>> graph = packageGraph();
		List<Set<String>> cycles = stronglyConnectedComponents(graph).stream()
			.filter((component) -> component.size() > 1)
			.toList();
		assertThat(cycles.stream().map(TreeSet::new).map(Object::toString))
			.as("package cycles (update KNOWN_CYCLES in this test when you break one up; never add to it lightly)")
			.containsExactlyInAnyOrderElementsOf(
					KNOWN_CYCLES.stream().map(TreeSet::new).map(Object::toString).collect(Collectors.toList()));
	}

	private static Map<String, Set<String>> packageGraph() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
		Map<String, Set<String>> graph = new TreeMap<>();
		for (JavaClass type : classes) {
			String from = relative(type.getPackageName());
			graph.computeIfAbsent(from, (name) -> new TreeSet<>());
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				String target = dependency.getTargetClass().getPackageName();
				if (target.equals(ROOT) || target.startsWith(ROOT + ".")) {
					String to = relative(target);
					if (!to.equals(from)) {
						graph.get(from).add(to);
					}
				}
			}
		}
		return graph;
	}

	private static String relative(String packageName) {
		return packageName.equals(ROOT) ? "(root)" : packageName.substring(ROOT.length() + 1);
	}

	/** Tarjan's algorithm: the graph's strongly connected components. */
	private static List<Set<String>> stronglyConnectedComponents(Map<String, Set<String>> graph) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> lowLink = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new TreeSet<>();
		List<Set<String>> components = new ArrayList<>();
		int[] counter = { 0 };
		for (String node : graph.keySet()) {
			if (!index.containsKey(node)) {
				connect(node, graph, index, lowLink, stack, onStack, components, counter);
			}
		}
		return components;
	}

	private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
			Map<String, Integer> lowLink, Deque<String> stack, Set<String> onStack, List<Set<String>> components,
			int[] counter) {
		index.put(node, counter[0]);
		lowLink.put(node, counter[0]);
		counter[0]++;
		stack.push(node);
		onStack.add(node);
		for (String next : graph.getOrDefault(node, Set.of())) {
			if (!index.containsKey(next)) {
				connect(next, graph, index, lowLink, stack, onStack, components, counter);
				lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
			}
			else if (onStack.contains(next)) {
				lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
			}
		}
		if (lowLink.get(node).equals(index.get(node))) {
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
