package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.jdbc.PostgresServer.WithPostgres;
import dev.sandboxtests.routing.RoutingKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sixteen threads with mixed keys at once: each connection in its own request's database, each DataSource made once. */
@WithPostgres
class ConcurrentRoutingTest {

    private static final int THREADS = 16;
    private static final int REQUESTS_PER_THREAD = 25;

    private ShopDatabases databases;
    private final Map<RoutingKey, String> expected = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> dataSourcesMade = new ConcurrentHashMap<>();
    private RoutingDataSource routing;

    @BeforeEach
    void setUp(ShopDatabases databases) throws SQLException {
        this.databases = databases;
        for (int i = 0; i < 3; i++) {
            RoutingKey key = RoutingKey.random();
            expected.put(key, databases.createSandboxDatabase(key));
        }
        expected.put(RoutingKey.random(), databases.baseline()); // a key without a database
        PostgresSandboxDatabases found = PostgresSandboxDatabases.of(databases.baselineDataSource(),
                databases.baselineUrl(), ShopDatabases.RESOURCE, (database, url) -> {
                    dataSourcesMade.computeIfAbsent(database, name -> new AtomicInteger()).incrementAndGet();
                    return new DriverManagerDataSource(url, PostgresServer.USER, null);
                });
        routing = databases.routing(found, options -> options);
    }

    @Test
    void everyConnectionIsInTheDatabaseOfItsOwnRequest() throws Exception {
        List<RoutingKey> keys = new ArrayList<>(expected.keySet());
        keys.add(null); // untagged requests among them
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> wrongs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                wrongs.add(threads.submit((Callable<List<String>>) () -> {
                    start.await();
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        RoutingKey key = keys.get((thread + i) % keys.size());
                        String want = key == null ? databases.baseline() : expected.get(key);
                        String got = Requests.databaseOf(routing, key);
                        if (!want.equals(got)) {
                            wrong.add("key " + key + " got " + got + " instead of " + want);
                        }
                    }
                    return wrong;
                }));
            }
            start.countDown();
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> future : wrongs) {
                wrong.addAll(future.get(2, TimeUnit.MINUTES));
            }
            assertThat(wrong).isEmpty();
        } finally {
            threads.shutdownNow();
        }
        assertThat(dataSourcesMade).as("DataSources made per sandbox database").hasSize(3)
                .allSatisfy((database, count) -> assertThat(count.get()).as(database).isEqualTo(1));
    }
}
