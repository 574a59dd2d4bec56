package vn.ocop.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five loader targets in one, for the build's bounded fuzzing run: Jazzer fuzzes a single
 * {@code @FuzzTest} per JVM, and starting its agent costs a JVM many seconds, so the build fuzzes
 * this one target for {@code ocop.fuzz.duration} instead of five for a fifth of it each.
 *
 * <p>An input's first byte picks the loader ({@code '0'} portfolio JSON, {@code '1'} portfolio YAML,
 * {@code '2'} rulebook, {@code '3'} criteria sheet, {@code '4'} scenario file; any other byte counts
 * modulo 5), the rest is the file's text, checked exactly as the loader's own fuzz test checks it.
 * The seeds are the inputs of the five targets, each behind its digit, so the fuzzer starts from
 * every known file and may also hand one loader another's file.
 *
 * <p>A crashing input found here is {@code target/jazzer/crash-<sha1>}; its first character says the
 * loader: without it ({@code tail -c +2}) it becomes a regression input of that loader's target
 * ({@code docs/fuzzing.md}). This class has no inputs directory of its own and is not part of the
 * regression run (the five targets are).
 */
class AllLoadersFuzzTest {
    /** The targets, in the order of their selector digit. */
    private enum Loader {
        PORTFOLIO_JSON("PortfolioFuzzTestInputs/json", text -> PortfolioFuzzTest.check("fuzz.json", text)),
        PORTFOLIO_YAML("PortfolioFuzzTestInputs/yaml", text -> PortfolioFuzzTest.check("fuzz.yaml", text)),
        RULEBOOK("RulebookFuzzTestInputs/load", RulebookFuzzTest::check),
        CRITERIA("CriteriaFuzzTestInputs/load", CriteriaFuzzTest::check),
        SCENARIO("ScenarioFuzzTestInputs/load", ScenarioFuzzTest::check);

        final String inputs;
        final Consumer<String> check;

        Loader(String inputs, Consumer<String> check) {
            this.inputs = inputs;
            this.check = check;
        }

        static Loader of(byte selector) {
            return values()[Math.floorMod(selector - '0', values().length)];
        }

        byte digit() {
            return (byte) ('0' + ordinal());
        }
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = FuzzSupport.DURATION)
    @DictionaryFile(resourcePath = "yaml-json.dict")
    @DictionaryFile(resourcePath = "portfolio.dict")
    @DictionaryFile(resourcePath = "rulebook.dict")
    @DictionaryFile(resourcePath = "criteria.dict")
    @DictionaryFile(resourcePath = "scenario.dict")
    void anyLoader(byte[] data) {
        if (data.length == 0) {
            return;
        }
        Loader.of(data[0]).check.accept(FuzzSupport.text(Arrays.copyOfRange(data, 1, data.length)));
    }

    /** Every input of the five targets, behind its loader's digit, named by its file. */
    static Stream<Arguments> seeds() {
        return Arrays.stream(Loader.values()).flatMap(loader -> files(loader.inputs).map(file -> {
            try {
                byte[] text = Files.readAllBytes(file);
                byte[] seed = new byte[text.length + 1];
                seed[0] = loader.digit();
                System.arraycopy(text, 0, seed, 1, text.length);
                return Arguments.of(Named.of(loader.inputs + "/" + file.getFileName(), seed));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static Stream<Path> files(String inputs) {
        URL dir = AllLoadersFuzzTest.class.getResource(inputs);
        if (dir == null) {
            throw new IllegalStateException("no inputs directory " + inputs + " next to " + AllLoadersFuzzTest.class);
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
