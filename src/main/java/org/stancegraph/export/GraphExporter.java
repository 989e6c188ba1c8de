package org.stancegraph.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Service;
import org.stancegraph.claims.Dataset;
import org.stancegraph.database.ReadSessions;

/**
 * Writes the whole graph in one of the {@link ExportFormat}s while reading it: one read transaction, each query's
 * records written as the driver fetches them (in batches of its fetch size), so an export never sits in memory.
 * <p>
 * It talks to the driver directly rather than through Neo4jClient, whose {@code fetch()} collects every record
 * first. The transaction is opened without the driver's retries: a retry after part of the export went out would
 * write it twice. It is read committed, as every Neo4j transaction: a load that runs during an export may show in
 * the sections written after it.
 */
@Service
public class GraphExporter {

	private static final Logger log = LoggerFactory.getLogger(GraphExporter.class);

	private final Driver driver;
	private final ObjectProvider<DatabaseSelectionProvider> databaseSelection;

	public GraphExporter(Driver driver, ObjectProvider<DatabaseSelectionProvider> databaseSelection) {
		this.driver = driver;
		this.databaseSelection = databaseSelection;
	}

	/** Writes the export to {@code out}, flushed but not closed. */
	public ExportSummary write(ExportFormat format, OutputStream out) throws IOException {
		long started = System.nanoTime();
		OutputStream buffered = new BufferedOutputStream(new NotClosing(out), 64 * 1024);
		TransactionConfig metadata = TransactionConfig.builder()
			.withMetadata(Map.of("app", "stancegraph", "action", "export", "format", format.parameter()))
			.build();
		try (Session s = driver.session(ReadSessions.config(databaseSelection)); Transaction tx = s.beginTransaction(metadata)) {
			ExportSummary summary = switch (format) {
				case JSON -> JsonExport.write(tx, buffered);
				case CSV -> CsvExport.write(tx, buffered);
				case GRAPHML -> GraphmlExport.write(tx, buffered);
			};
			buffered.flush();
			log.info("Exported {}: {} in {} ms", format, summary, (System.nanoTime() - started) / 1_000_000);
			return summary;
			// closing the transaction rolls it back: it only read
		}
	}

	/**
	 * One document as the files of a dataset, zipped ({@link DocumentDataset}): its metadata, text and claim file in
	 * the seed format, and the entities it names; empty when the graph has no document with this id.
	 */
	public Optional<byte[]> documentDataset(String id) throws IOException {
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		TransactionConfig metadata = TransactionConfig.builder()
			.withMetadata(Map.of("app", "stancegraph", "action", "export", "format", "document"))
			.build();
		try (Session s = driver.session(ReadSessions.config(databaseSelection)); Transaction tx = s.beginTransaction(metadata)) {
			if (JsonExport.write(tx, json, id).count("documents") == 0) {
				return Optional.empty();
			}
		}
		Dataset files = ExportReader.toDataset(new ByteArrayInputStream(json.toByteArray()), id + ".json");
		return Optional.of(DocumentDataset.zip(id, files));
	}

	/** The caller's stream stays open: a servlet response or a file is closed by whoever opened it. */
	private static final class NotClosing extends FilterOutputStream {

		NotClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			out.flush();
		}
	}
}
