package vn.ocop.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The library's Jackson configuration, strict on input: an unknown property, a duplicate key,
 * a null for a primitive, a number where an enum is expected, trailing content, a float where
 * an integer is expected, a decimal number where text is expected (an unquoted criterion id 6.30) are
 * all errors. Dates are ISO-8601 strings ({@code 2026-05-22}).
 *
 * <p>The mappers returned are fresh instances: configure them further if you need to, they are
 * thread-safe once configured.
 */
public final class Mappers {
    /** The longest document read, in characters (a national registry of 18,000 products is about 25 MB). */
    public static final long MAX_DOCUMENT_CHARS = 256L * 1024 * 1024;
    /** The deepest nesting of objects and lists (the library's formats need fewer than 12 levels). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest text value, in characters (names, descriptions, verbatim criteria). */
    public static final int MAX_STRING_CHARS = 1024 * 1024;
    /** The longest number, in digits. */
    public static final int MAX_NUMBER_DIGITS = 64;

    private Mappers() {
    }

    /**
     * The limits on every document read: size, nesting, text and number length, so that a hostile or
     * broken file is refused with a message instead of exhausting memory or the stack.
     */
    public static StreamReadConstraints limits() {
        return StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT_CHARS)
                .maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_STRING_CHARS)
                .maxNumberLength(MAX_NUMBER_DIGITS).build();
    }

    /** A strict JSON mapper. */
    public static ObjectMapper json() {
        return configure(JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                        .streamReadConstraints(limits()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build());
    }

    /**
     * A strict YAML mapper. YAML is read as plain data (Jackson reads SnakeYAML's events; no tags
     * create Java objects), with the same limits as JSON, duplicate keys refused and aliases
     * (which the formats do not use) limited so that an "alias bomb" cannot expand.
     */
    public static ObjectMapper yaml() {
        org.yaml.snakeyaml.LoaderOptions loader = new org.yaml.snakeyaml.LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, MAX_DOCUMENT_CHARS));
        loader.setNestingDepthLimit(MAX_NESTING_DEPTH);
        loader.setMaxAliasesForCollections(10);
        loader.setAllowDuplicateKeys(false);
        loader.setAllowRecursiveKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(limits())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // text that looks like a number (a criterion id "6.30") stays text when written and read back
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return configure(new YAMLMapper(factory));
    }

    private static ObjectMapper configure(ObjectMapper m) {
        m.registerModule(new JavaTimeModule());
        m.registerModule(new Jdk8Module());
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        // a decimal number where text is expected loses what was written (YAML reads 6.30 as 6.3): refuse it
        m.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                        com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        // a legal date is a day: "2023-11-20T10:00:00" is refused, not cut to its date
        m.configOverride(java.time.LocalDate.class)
                .setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
        return m;
    }
}
