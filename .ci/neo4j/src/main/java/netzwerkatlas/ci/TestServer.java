package netzwerkatlas.ci;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * TestServer runs one or more independent Neo4j community databases, embedded in one
 * JVM, each with its own Bolt connector on 127.0.0.1 and authentication enabled, for
 * the Netzwerkatlas test suite. Community edition serves one user database per DBMS,
 * so tests that need two stores at once (copying between stores) get a second DBMS,
 * and the command's tests a third, so that they cannot disturb the store's tests when
 * Go runs the packages in parallel.
 *
 * <p>Usage: {@code TestServer <data-dir> [port ...]}. Without ports, or with port 0,
 * free ports are picked. NEO4J_TEST_INSTANCES (default 4) sets the number of DBMS;
 * NEO4J_TEST_PASSWORD (default "netzwerkatlas-test") the password of the user neo4j;
 * NEO4J_TEST_PAGECACHE_MIB (default 2048) the page cache of each, which Neo4j fills only
 * as the database grows (the 100,000-actor benchmark network takes about 1.5 GiB on
 * disk, indexes included). Once every Bolt
 * connector accepts connections it prints one line {@code bolt://127.0.0.1:<port>}
 * per DBMS, and runs until it is terminated.
 */
public final class TestServer {
    private TestServer() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // Neo4j's threads would keep the JVM alive; a failed start must end it.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TestServer <data-dir> [port ...]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int instances = Integer.parseInt(System.getenv().getOrDefault("NEO4J_TEST_INSTANCES", "4"));
        String password = System.getenv().getOrDefault("NEO4J_TEST_PASSWORD", "netzwerkatlas-test");
        long pageCacheMiB = Long.parseLong(System.getenv().getOrDefault("NEO4J_TEST_PAGECACHE_MIB", "2048"));

        long started = System.nanoTime();
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            int port = args.length > i + 1 ? Integer.parseInt(args[i + 1]) : 0;
            if (port == 0) {
                port = freePort();
            }
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.resolve("dbms-" + (i + 1)))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                    // No limit below the heap: large batches are written in chunks,
                    // but the publishing transaction of a batch of many updates is
                    // still large.
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 0L)
                    .setConfig(GraphDatabaseSettings.memory_transaction_database_max_size, 0L)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 0L)
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown-" + (i + 1)));
            // The embedded API bypasses authentication, so it can set the password
            // that Bolt clients must use; once per data directory, since Neo4j refuses
            // to set the same password again when a kept database restarts.
            Path marker = home.resolve("dbms-" + (i + 1)).resolve("password-set");
            if (!Files.exists(marker)) {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
                Files.createFile(marker);
            }
            uris.add("bolt://127.0.0.1:" + port);
        }
        System.err.printf("neo4j test server: %d DBMS started in %d ms, data in %s%n",
                instances, (System.nanoTime() - started) / 1_000_000, home);
        for (String uri : uris) {
            System.out.println(uri);
        }
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
