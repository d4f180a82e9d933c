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

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.flashpoint.core.NodeDocument;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package graph from growing new cycles. It reads the compiled main classes
 * with ArchUnit, builds the graph of which package uses which (every package below
 * {@code org.flashpoint} is a node of its own), and compares its strongly connected
 * components — the groups of packages that reach each other — with {@link #KNOWN_CYCLES}.
 * <p>
 * A change that adds a package to a cycle, or makes a new one, fails here. So does a
 * change that breaks one up: then shrink the list, so that it never again allows what is
 * gone. What remains by design is explained beside its entry. It also holds the layers
 * the README draws: the kernel ({@code core}) imports no other package, and the shared
 * plumbing and the GraphQL wiring import no feature.
 */
class ArchitectureTest {

	private static final String ROOT = "org.flashpoint";

	/**
	 * The cycles allowed, each as the set of packages in it (relative to
	 * {@code org.flashpoint}; {@code (root)} is the application class's package).
	 */
	private static final List<Set<String>> KNOWN_CYCLES = List.of(
			// The three record types that point at each other, by design: an event names
			// its
			// actors and is the subject of statements, a statement names actors and
			// events,
			// and each package resolves the fields of its own type that lead to the
			// others
			// (Actor.events lives in event, Event.statements in statement) and rewrites
			// its
			// own references when actors merge. Splitting them would only move the same
			// knowledge into a package that imports all three.
			Set.of("actor", "event", "statement"));

	/** The packages every feature may use, which use no feature themselves. */
	private static final Set<String> KERNEL = Set.of("core");

	/** Shared plumbing: it may use the kernel and each other, never a feature. */
	private static final Set<String> PLUMBING = Set.of("paging", "mutation", "change", "live", "store", "reference",
			"reference.cameo", "reference.country", "web");

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

	@Test
	void theKernelImportsNoOtherPackage() {
		Map<String, Set<String>> graph = packageGraph();
		for (String kernel : KERNEL) {
			assertThat(graph.get(kernel)).as("packages %s imports", kernel).isEmpty();
		}
	}

	@Test
	void thePlumbingAndTheGraphQlWiringImportNoFeature() {
		Map<String, Set<String>> graph = packageGraph();
		Set<String> allowed = new TreeSet<>(KERNEL);
		allowed.addAll(PLUMBING);
		for (String shared : PLUMBING) {
			assertThat(allowed).as("packages %s imports", shared).containsAll(graph.getOrDefault(shared, Set.of()));
		}
		// graphql's own sub-packages (limits, get, persisted) and security's caller roles
		// are wiring too.
		for (String wiring : List.of("graphql", "graphql.get", "graphql.persisted")) {
			assertThat(graph.getOrDefault(wiring, Set.of())
				.stream()
				.filter((target) -> !allowed.contains(target) && !target.startsWith("graphql"))
				.toList()).as("feature packages %s imports", wiring).isEmpty();
		}
	}

	/**
	 * Queries live behind repositories (custom fragments over {@code MongoOperations}): a
	 * controller maps GraphQL fields to services and repositories and builds no query
	 * itself.
	 */
	@Test
	void controllersBuildNoQueries() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(MongoOperations.class, MongoTemplate.class, Criteria.class, Query.class)
			.check(classes);
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

	/**
	 * One write path for records: only {@code change.RecordStore} (with the change log
	 * and the tombstones it writes through) writes records through Spring Data, so every
	 * write keeps the records' rules — version check, user errors for duplicates and
	 * conflicts, a change-feed entry, a tombstone for a deletion. The packages allowed
	 * besides write no record through Spring Data, or write records in bulk:
	 * <ul>
	 * <li>{@code store}: infrastructure; its leases are locks, not records;</li>
	 * <li>{@code mutation}: its receipts replay a mutation's answer and are no
	 * records;</li>
	 * <li>{@code ingest}: import jobs and the CAMEO codebook are no records, and the
	 * import writes records with bulk writes on the collection (the driver's, not Spring
	 * Data's) for speed, through the same document conversion and change log;</li>
	 * <li>{@code demo}: seeds an empty database before any client is served, with no
	 * change-feed entries, as a restored dump would.</li>
	 * </ul>
	 * A repository's writes of records (save, insert, delete) are Spring Data writes too.
	 */
	@Test
	void recordsAreWrittenThroughTheRecordStoreOnly() {
		Set<String> writes = Set.of("insert", "insertAll", "save", "saveAll", "remove", "upsert", "updateFirst",
				"updateMulti", "findAndModify", "findAndRemove", "findAllAndRemove", "findAndReplace", "bulkOps",
				"delete", "deleteById", "deleteAll", "deleteAllById");
		DescribedPredicate<JavaMethodCall> mongoWrite = DescribedPredicate.describe("a write of MongoOperations",
				(call) -> writes.contains(call.getTarget().getName())
						&& call.getTarget().getOwner().isAssignableTo(MongoOperations.class));
		DescribedPredicate<JavaMethodCall> repositoryWriteOfARecord = DescribedPredicate.describe(
				"a write of a repository of records",
				(call) -> writes.contains(call.getTarget().getName())
						&& call.getTarget().getOwner().isAssignableTo(Repository.class)
						&& RecordRepositories.isOfRecords(call.getTarget().getOwner()));
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
		ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackages(ROOT + ".change", ROOT + ".store..", ROOT + ".mutation", ROOT + ".ingest..",
					ROOT + ".demo")
			.should()
			.callMethodWhere(mongoWrite.or(repositoryWriteOfARecord))
			.because("records are written through change.RecordStore, the one write path")
			.check(classes);
	}

	/** Whether a repository's domain type is a record (a {@link NodeDocument}). */
	private static final class RecordRepositories {

		static boolean isOfRecords(JavaClass repository) {
			for (JavaType type : repository.getInterfaces()) {
				if (type instanceof JavaParameterizedType parameterized
						&& type.toErasure().isAssignableTo(Repository.class)
						&& !parameterized.getActualTypeArguments().isEmpty()
						&& parameterized.getActualTypeArguments()
							.get(0)
							.toErasure()
							.isAssignableTo(NodeDocument.class)) {
					return true;
				}
				if (isOfRecords(type.toErasure())) {
					return true;
				}
			}
			return false;
		}

	}

}
