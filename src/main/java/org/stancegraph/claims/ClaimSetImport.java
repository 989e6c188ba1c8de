package org.stancegraph.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.layout.recordstorage.RecordDatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.stancegraph.database.StoreImport;

/**
 * The first load of a set into an embedded store that holds no graph yet, by Neo4j's offline importer (the engine of
 * {@code neo4j-admin database import}), in this JVM before the database starts: the same graph the loader's
 * transactions would write ({@link ImportInput}), two to three times faster at 10^6 claims. The importer is fed the
 * rows directly rather than CSV files, which cannot hold an empty list (a claim's {@code hedges: []}). The database
 * then builds the schema's indexes at start; {@link ClaimLoader#completeImport} finishes as after a load. A later load
 * of the same files writes nothing, as after any load.
 */
public final class ClaimSetImport implements StoreImport {

	// under the loader's name, as its other lines
	private static final Logger log = LoggerFactory.getLogger(ClaimLoader.class);

	/** The lock file of an import, in the store's folder. */
	static final String LOCK = "import.lock";

	// the set until it is imported; then what the importer wrote (the app keeps this bean, not the set)
	private ClaimSet set;
	private LoadReport written;
	private long started;

	public ClaimSetImport(ClaimSet set) {
		this.set = set;
	}

	@Override
	public synchronized void importInto(Path home) {
		if (written != null) {
			throw new IllegalStateException("this set is imported already");
		}
		started = System.nanoTime();
		RecordDatabaseLayout database = RecordDatabaseLayout.of(Neo4jLayout.of(home), GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		// another process importing into the same new store at once would write the same files: it waits for none
		try (FileChannel lockFile = FileChannel.open(Files.createDirectories(home).resolve(LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("another process is importing into " + home);
			}
			if (Files.exists(database.databaseDirectory())) {
				throw new IllegalStateException("the store " + home + " holds a database already: Neo4j's importer writes only new ones");
			}
			write(home, database);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(Path home, RecordDatabaseLayout database) {
		ImportInput input = ImportInput.of(set);
		log.info("Empty store: importing {} nodes and {} relationships with Neo4j's offline importer into {}", input.nodes(),
				input.relationships(), database.databaseDirectory());
		Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home);
		try (var scheduler = JobSchedulerFactory.createInitialisedScheduler();
				var fileSystem = new DefaultFileSystemAbstraction()) {
			BatchImporter importer = BatchImporterFactory.withHighestPriority().instantiate(database, fileSystem, PageCacheTracer.NULL,
					Configuration.DEFAULT, NullLogService.getInstance(), ExecutionMonitor.INVISIBLE, DefaultAdditionalIds.EMPTY,
					new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
					TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
					new CursorContextFactory(PageCacheTracer.NULL, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER),
					DatabaseCreationOptions.EMPTY_CREATION_OPTIONS);
			try (importer) {
				importer.doImport(input.input());
			}
		}
		catch (Exception ex) {
			// a failed import leaves store files no database can start on
			delete(database.databaseDirectory());
			delete(database.getTransactionLogsDirectory());
			throw new IllegalStateException("Neo4j's importer failed, nothing written: " + ex.getMessage(), ex);
		}
		written = new LoadReport(set.documents().size(), set.entities().size(), set.claims().size(), set.votes().size(),
				set.claims().size(), set.votes().size(), input.edges(), Math.toIntExact(input.nodes()), 0,
				Math.toIntExact(input.relationships()), 0, Math.toIntExact(input.properties()), Math.toIntExact(input.labels()),
				millisSinceStart());
		set = null;
		log.info("Imported {} nodes and {} relationships in {} ms", input.nodes(), input.relationships(), written.millis());
	}

	/** Whether the importer wrote the store (else the store existed, or the database is not embedded). */
	public synchronized boolean imported() {
		return written != null;
	}

	/** What the importer wrote, in the time it took. */
	synchronized LoadReport written() {
		return written;
	}

	/** Milliseconds since the import began. */
	synchronized long millisSinceStart() {
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static void delete(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
