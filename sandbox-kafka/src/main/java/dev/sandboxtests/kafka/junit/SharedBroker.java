package dev.sandboxtests.kafka.junit;

import dev.sandboxtests.settings.SandboxSettings;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.Properties;

/**
 * The one broker of this test JVM, and who holds it. A JUnit run holds it with a {@link Lease} in its root
 * store, which JUnit closes when the run ends; the broker stops when the last lease is closed (runs nest:
 * EngineTestKit runs a run inside a test). A broker that {@link KafkaTestBroker#shared()} handed out (to a
 * {@code LocalEnvironment}, a {@code SandboxSession}) is pinned and stops when the JVM exits: the services an
 * environment started with its address may belong to any run in the JVM, and an inner run that ends first must
 * not stop it under an outer run's services, which no lease of the outer run may hold yet.
 */
final class SharedBroker {

    private static final System.Logger LOGGER = System.getLogger(SharedBroker.class.getName());
    /** The key of the lease in a run's root store. */
    static final String STORE_KEY = "kafka-broker";

    /** This JVM's. */
    static final SharedBroker JVM = new SharedBroker();

    private Running running;
    private int leases;
    private boolean pinned;
    private boolean hookAdded;

    SharedBroker() {
    }

    /** The broker that {@code settings} choose, started on first use. */
    synchronized KafkaTestBroker get(SandboxSettings settings) {
        Optional<String> wanted = settings.get(KafkaSettings.BOOTSTRAP_SERVERS);
        if (running != null) {
            if (!running.configured.equals(wanted)) {
                throw new IllegalStateException("This test JVM already uses the " + running.broker + ", but "
                        + KafkaSettings.BOOTSTRAP_SERVERS.key() + " now says " + wanted.orElse("embedded") + ". It was"
                        + " read where JUnit's configuration parameters are not seen (KafkaTestBroker.shared(), called"
                        + " by a LocalEnvironment): set it as a system property, in junit-platform.properties or as the"
                        + " environment variable " + KafkaSettings.BOOTSTRAP_SERVERS.environmentVariable() + " instead.");
            }
            return running.broker;
        }
        if (wanted.isPresent()) {
            running = new Running(new KafkaTestBroker(wanted.get(), false), null, wanted);
        } else {
            EmbeddedKafkaBroker embedded = EmbeddedKafkaBroker.start();
            running = new Running(new KafkaTestBroker(embedded.bootstrapServers(), true), embedded, wanted);
        }
        if (!hookAdded) {
            hookAdded = true;
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "sandbox-kafka-broker-stop"));
        }
        return running.broker;
    }

    /** The broker that {@code settings} choose, started on first use and kept until the JVM exits. */
    synchronized KafkaTestBroker pinned(SandboxSettings settings) {
        KafkaTestBroker broker = get(settings);
        pinned = true;
        return broker;
    }

    /** The broker, held until the lease is closed. */
    synchronized Lease lease(SandboxSettings settings) {
        get(settings);
        leases++;
        return new Lease(this);
    }

    /** The running broker, if one was started and not stopped since. */
    synchronized Optional<KafkaTestBroker> current() {
        return Optional.ofNullable(running).map(r -> r.broker);
    }

    /**
     * Settings as far as they can be read without JUnit: system properties, then {@code junit-platform.properties}
     * on the class path, then environment variables.
     */
    static SandboxSettings settingsOutsideJUnit() {
        Properties file = new Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : SharedBroker.class.getClassLoader())
                .getResourceAsStream("junit-platform.properties")) {
            if (in != null) {
                file.load(in);
            }
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not read junit-platform.properties: " + e);
        }
        return SandboxSettings.withParameters(key -> Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(file.getProperty(key))));
    }

    private synchronized void stop() {
        if (running == null) {
            return;
        }
        Running stopping = running;
        running = null;
        pinned = false;
        try {
            stopping.broker.release();
        } catch (Exception e) {
            LOGGER.log(Level.WARNING, "Could not delete what the tests created on the " + stopping.broker + ": " + e);
        }
        if (stopping.embedded != null) {
            try {
                stopping.embedded.close();
            } catch (Exception e) {
                LOGGER.log(Level.WARNING, "Could not stop the " + stopping.broker + ": " + e);
            }
        }
    }

    /** A run's hold on the broker; closing the last one stops it. Idempotent. */
    static final class Lease implements AutoCloseable {

        private final SharedBroker holder;
        private boolean closed;

        private Lease(SharedBroker holder) {
            this.holder = holder;
        }

        KafkaTestBroker broker() {
            synchronized (holder) {
                if (closed || holder.running == null) {
                    throw new IllegalStateException("The Kafka broker of this run was stopped already.");
                }
                return holder.running.broker;
            }
        }

        @Override
        public void close() {
            synchronized (holder) {
                if (closed) {
                    return;
                }
                closed = true;
                holder.leases--;
                if (holder.leases == 0 && !holder.pinned) {
                    holder.stop();
                }
            }
        }
    }

    private record Running(KafkaTestBroker broker, EmbeddedKafkaBroker embedded, Optional<String> configured) {
    }
}
