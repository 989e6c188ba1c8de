package org.stancegraph.graph;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.value.ValueException;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The one way a read's rows become answers: each row is mapped onto a record whose components are named as the
 * query's columns (a map column onto a nested record, a list onto a list), every other value by the driver
 * ({@link Value#as(Class)}). The driver's own object mapping does the same but looks up the constructor and parses its
 * parameters' annotations by reflection for every row and every nested map (measured: 7 % of the web threads' samples
 * in a cold answer); here each record type's constructor and components are looked up once.
 */
public final class GraphRows {

	private GraphRows() {
	}

	/** A record type's canonical constructor and its components' names and types, in order. */
	private record Shape(MethodHandle constructor, String[] names, Type[] types) {

		static final ClassValue<Shape> OF = new ClassValue<>() {
			@Override
			protected Shape computeValue(Class<?> type) {
				RecordComponent[] components = type.getRecordComponents();
				if (components == null) {
					throw new IllegalArgumentException(type.getName() + " is not a record");
				}
				Class<?>[] raw = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
				try {
					MethodHandle constructor = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
						.findConstructor(type, MethodType.methodType(void.class, raw))
						.asSpreader(Object[].class, raw.length);
					return new Shape(constructor, Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new),
							Arrays.stream(components).map(RecordComponent::getGenericType).toArray(Type[]::new));
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("No canonical constructor of " + type.getName(), ex);
				}
			}
		};
	}

	/** A row, or a map or node value, as a record of {@code type}. */
	static <T> T record(MapAccessor row, Class<T> type) {
		Shape shape = Shape.OF.get(type);
		Object[] arguments = new Object[shape.names().length];
		for (int i = 0; i < arguments.length; i++) {
			try {
				arguments[i] = value(row.get(shape.names()[i]), shape.types()[i]);
			}
			catch (RuntimeException ex) {
				throw new ValueException("Failed to map '%s' onto %s of %s".formatted(shape.names()[i], shape.types()[i].getTypeName(),
						type.getName()), ex);
			}
		}
		try {
			return type.cast(shape.constructor().invoke(arguments));
		}
		catch (Throwable ex) {
			throw new ValueException("Failed to instantiate " + type.getName(), ex);
		}
	}

	private static Object value(Value value, Type type) {
		if (type instanceof Class<?> c) {
			return c.isRecord() ? (value.isNull() ? null : record(value, c)) : value.as(c);
		}
		if (value.isNull()) {
			return null;
		}
		ParameterizedType generic = (ParameterizedType) type;
		Type[] arguments = generic.getActualTypeArguments();
		if (generic.getRawType() == List.class) {
			List<Object> list = new ArrayList<>(value.size());
			for (Value item : value.values()) {
				list.add(value(item, arguments[0]));
			}
			return Collections.unmodifiableList(list);
		}
		if (generic.getRawType() == Map.class) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (String key : value.keys()) {
				map.put(key, value(value.get(key), arguments[1]));
			}
			return Collections.unmodifiableMap(map);
		}
		throw new IllegalArgumentException("Cannot map onto " + type.getTypeName());
	}

	/** Every row, as records of {@code type}. */
	public static <T> List<T> all(Neo4jClient.RunnableSpec query, Class<T> type) {
		return List.copyOf(query.fetchAs(type).mappedBy((types, row) -> record(row, type)).all());
	}

	/** The one value of a counting query: its column {@code total}, 0 without a row. */
	public static long total(Neo4jClient.RunnableSpec query) {
		return one(query, Total.class).map(Total::total).orElse(0L);
	}

	private record Total(long total) {
	}

	/** A page of rows and what was counted beside it (a total, or counts by relation). */
	public record Counted<C, T>(C count, List<T> rows) {
	}

	/**
	 * One statement for a page and its count, so that the answer costs one round trip rather than two: the counting
	 * query as a subquery, then the page query as an optional one (an empty page still gives the count). Both are the
	 * texts of their files, unchanged; neither returns a column the other does.
	 */
	public static String countedPage(String count, String page) {
		return "CALL () {\n" + count + "\n}\nOPTIONAL CALL () {\n" + page + "\n}\nRETURN *";
	}

	/**
	 * The rows of a {@link #countedPage} statement: the count from {@code countColumn} of the first row (or {@code none}
	 * without a row), and the page's rows, in their order, each mapped as {@link #all} maps them; a row whose
	 * {@code pageColumn} is null is the empty page's.
	 */
	@SuppressWarnings("unchecked")
	public static <C, T> Counted<C, T> counted(Neo4jClient.RunnableSpec query, String countColumn, Function<Value, C> count,
			C none, String pageColumn, Class<T> type) {
		Collection<CountedRow<C, T>> rows = (Collection<CountedRow<C, T>>) (Collection<?>) query.fetchAs(CountedRow.class)
			.mappedBy((types, row) -> new CountedRow<>(count.apply(row.get(countColumn)),
					row.get(pageColumn).isNull() ? null : record(row, type)))
			.all();
		return new Counted<>(rows.isEmpty() ? none : rows.iterator().next().count(),
				rows.stream().map(CountedRow::item).filter(Objects::nonNull).toList());
	}

	private record CountedRow<C, T>(C count, T item) {
	}

	/** The one row, if any. */
	public static <T> Optional<T> one(Neo4jClient.RunnableSpec query, Class<T> type) {
		return query.fetchAs(type).mappedBy((types, row) -> record(row, type)).one();
	}
}
