package dev.herald.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.herald.resolve.EventJson;

/**
 * Event JSON bytes to upstream request JSON bytes, for four representative definitions ({@code rules/bench.yaml}):
 * Herald's engine (validation on) against the same mapping written for JSLT and for Handlebars. The setup checks that
 * all three produce the same JSON for the event, so the comparison is between equal work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
// org.jboss.logging would otherwise find the JBoss LogManager in the jar and, unconfigured outside Quarkus, buffer
// every
// Hibernate Validator trace record; in the service the log level is INFO, as with the JDK logger here
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=jdk")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    /** The trigger, which also names the event file and the peer programs. */
    @Param({ "template_text_url", "template_image_currency", "carousel_for_each", "list_for_each" })
    public String mapping;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private byte[] event;
    private HeraldMapping herald;
    private JsltMapping jslt;
    private HandlebarsMapping handlebars;

    @Setup
    public void setUp() throws IOException {
        String trigger = "bench." + mapping;
        event = BenchFiles.bytes("events/" + trigger + ".json");
        herald = new HeraldMapping(HeraldMapping.engine(), trigger);
        jslt = new JsltMapping(trigger);
        handlebars = new HandlebarsMapping(trigger);
        checkSameOutput(trigger);
        if (org.jboss.logging.Logger.getLogger("org.hibernate.validator").isTraceEnabled()) {
            throw new IllegalStateException("trace logging is on: Hibernate Validator would format a trace message"
                    + " per constraint, which the service (level INFO) never does");
        }
    }

    @Benchmark
    public byte[] herald() throws IOException {
        return herald.map(event);
    }

    @Benchmark
    public byte[] jslt() throws IOException {
        return jslt.map(event);
    }

    @Benchmark
    public byte[] handlebars() throws IOException {
        return handlebars.map(event);
    }

    /**
     * Control, not a mapping: only reading the event and writing that tree back out, the Jackson work every mapping
     * above includes at least.
     */
    @Benchmark
    public byte[] jacksonOnly() throws IOException {
        return JSON.writeValueAsBytes(EventJson.read(event));
    }

    /** Fails the run unless the peers produce Herald's request (compared as JSON trees). */
    private void checkSameOutput(String trigger) throws IOException {
        JsonNode expected = JSON.readTree(herald.map(event));
        JsonNode byJslt = JSON.readTree(jslt.map(event));
        JsonNode byHandlebars = JSON.readTree(handlebars.map(event));
        if (!expected.equals(byJslt)) {
            throw new IllegalStateException(trigger + ": JSLT gives\n" + byJslt + "\nHerald gives\n" + expected);
        }
        if (!expected.equals(byHandlebars)) {
            throw new IllegalStateException(
                    trigger + ": Handlebars gives\n" + byHandlebars + "\nHerald gives\n" + expected);
        }
    }
}
