package vn.ocop.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * Reads JSON or YAML into the library's types and turns every Jackson failure into an
 * {@link InvalidInputException} a person can act on: the file, the line, the key, what was
 * expected, and for a misspelled key the closest known key.
 */
public final class StrictReader {
    /** The two input formats. */
    public enum Format {
        JSON, YAML;

        /** YAML for {@code .yaml}/{@code .yml} names, JSON otherwise. */
        public static Format ofFileName(String name) {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
        }
    }

    private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z]+\\.)*([A-Za-z]+)\\b");

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public StrictReader() {
        this(Mappers.json(), Mappers.yaml());
    }

    public StrictReader(ObjectMapper json, ObjectMapper yaml) {
        this.json = json;
        this.yaml = yaml;
    }

    public ObjectMapper mapper(Format format) {
        return format == Format.YAML ? yaml : json;
    }

    /** Reads {@code text} from {@code source} (a file name, for messages) as a {@code type}. */
    public <T> T read(String source, String text, Format format, Class<T> type) {
        ObjectMapper m = mapper(format);
        return read(source, text, format, m.getTypeFactory().constructType(type));
    }

    /** Reads {@code text} as a generic type. */
    public <T> T read(String source, String text, Format format, TypeReference<T> type) {
        ObjectMapper m = mapper(format);
        return read(source, text, format, m.getTypeFactory().constructType(type));
    }

    /**
     * Reads {@code text} into a tree (for merging overrides before binding): syntax errors, and in
     * YAML aliases and decimal commas in one-line mappings ({@link DecimalCommas#findInFlowMappings}).
     */
    public JsonNode readTree(String source, String text, Format format) {
        if (format == Format.YAML) {
            refuseAliases(source, text);
            List<Problem> commas = DecimalCommas.findInFlowMappings(source, text, yaml.getFactory());
            if (!commas.isEmpty()) {
                throw new InvalidInputException(commas);
            }
        }
        try {
            JsonNode n = mapper(format).readTree(text);
            if (n == null || n.isMissingNode()) {
                throw new InvalidInputException(new Problem(source, 1, "", "the file is empty"));
            }
            return n;
        } catch (JsonProcessingException e) {
            throw atParseFailure(translate(source, e, SourceMap.empty()), text, format);
        }
    }

    /** Binds a tree read from {@code text} (possibly modified) to a type; lines come from {@code text}. */
    public <T> T bind(String source, String text, Format format, JsonNode tree, Class<T> type) {
        ObjectMapper m = mapper(format);
        try {
            return notNull(source, m.readerFor(type).readValue(m.treeAsTokens(tree)), m.constructType(type));
        } catch (IOException e) {
            SourceMap lines = SourceMap.of(text, factory(format));
            InvalidInputException unknown = unknownKeysBehind(source, e, tree, m, lines, "");
            throw unknown != null ? unknown : translate(source, e, lines);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new Problem(source, 0, "", e.getMessage()));
        }
    }

    /**
     * Binds a sub-tree found at {@code prefix} (e.g. {@code scenarios[3]}) of a document whose lines are
     * {@code lines}; problems name the full path and its line.
     */
    public <T> T bindAt(String source, SourceMap lines, String prefix, JsonNode node, Format format, Class<T> type) {
        ObjectMapper m = mapper(format);
        try {
            return m.readerFor(type).readValue(m.treeAsTokens(node));
        } catch (IOException e) {
            InvalidInputException unknown = unknownKeysBehind(source, e, node, m, lines, prefix);
            if (unknown != null) {
                throw unknown;
            }
            InvalidInputException rel = translate(source, e, SourceMap.empty());
            List<Problem> out = new ArrayList<>();
            for (Problem p : rel.problems()) {
                String field = p.field().isEmpty() ? prefix : p.field().startsWith("[") ? prefix + p.field()
                        : prefix + "." + p.field();
                out.add(new Problem(source, lines.line(field), field, p.message(), p.hint()));
            }
            throw new InvalidInputException(out);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T read(String source, String text, Format format, JavaType type) {
        ObjectMapper m = mapper(format);
        if (text.isBlank()) {
            throw new InvalidInputException(new Problem(source, 1, "", "the file is empty"));
        }
        if (format == Format.YAML) {
            refuseAliases(source, text);
        }
        try {
            return notNull(source, (T) m.readValue(text, type), type);
        } catch (IOException e) {
            if (e instanceof MismatchedInputException mie && mie.getOriginalMessage() != null
                    && mie.getOriginalMessage().startsWith("No content to map due to end-of-input")) {
                // a YAML file of nothing but comments
                throw new InvalidInputException(new Problem(source, 1, "", "the file is empty"));
            }
            SourceMap lines = SourceMap.of(text, factory(format));
            InvalidInputException unknown = null;
            try {
                unknown = unknownKeysBehind(source, e, m.readTree(text), m, lines, "");
            } catch (IOException | RuntimeException ignored) {
                // the document does not even parse as a tree: the syntax error is reported below
            }
            throw unknown != null ? unknown : atParseFailure(translate(source, e, lines), text, format);
        }
    }

    /**
     * A problem without a line (a limit such as the nesting depth, whose exception carries no
     * location) placed at the line where a parser reading {@code text} stops; others as they are.
     */
    private InvalidInputException atParseFailure(InvalidInputException e, String text, Format format) {
        if (e.problems().size() != 1 || e.problems().get(0).line() > 0) {
            return e;
        }
        try (com.fasterxml.jackson.core.JsonParser p = factory(format).createParser(text)) {
            try {
                while (p.nextToken() != null) {
                    // read to the failure
                }
            } catch (IOException | RuntimeException failed) {
                Problem at = e.problems().get(0);
                int line = p.currentLocation().getLineNr();
                // where it stopped, without the run of [0][0][0]… of a document nested too deep
                String where = path(p.getParsingContext()).replaceFirst("((?:\\[\\d+\\]){2})(?:\\[\\d+\\])+$", "$1…");
                return line <= 0 ? e : new InvalidInputException(new Problem(at.source(), line,
                        at.field().isEmpty() ? where : at.field(), at.message(), at.hint()));
            }
        } catch (IOException | RuntimeException ignored) {
            // cannot even start: keep the problem as it is
        }
        return e;
    }

    /**
     * A document that is just {@code null} (JSON {@code null}, YAML {@code ~} or {@code null}) binds to
     * null, never to a value: it is refused like any other document of the wrong shape.
     */
    private static <T> T notNull(String source, T value, JavaType type) {
        if (value == null) {
            throw new InvalidInputException(new Problem(source, 1, "", "expected " + describe(type.getRawClass())
                    + ", but the document is null"));
        }
        return value;
    }

    /**
     * Jackson builds a record only once it has read all of its keys, so a misspelled key surfaces
     * first as the correct key missing ("stars must be between 3 and 5, but was 0"). When an
     * object cannot be built, look for keys its type does not know and report those instead.
     */
    private static InvalidInputException unknownKeysBehind(String source, IOException e, JsonNode root,
            ObjectMapper m, SourceMap lines, String prefix) {
        if (!(e instanceof JsonMappingException jme) || e instanceof UnrecognizedPropertyException) {
            return null;
        }
        JavaType type = null;
        List<JsonMappingException.Reference> path = jme.getPath();
        if (jme instanceof ValueInstantiationException vie) {
            type = vie.getType();
        } else if (jme instanceof MismatchedInputException mie && mie.getOriginalMessage() != null
                && mie.getOriginalMessage().contains("null") && !path.isEmpty()) {
            Object from = path.get(path.size() - 1).getFrom();
            type = from instanceof Class<?> c ? m.constructType(c) : null;
            path = path.subList(0, path.size() - 1);
        }
        if (type == null) {
            return null;
        }
        try {
            JsonNode node = root;
            for (JsonMappingException.Reference r : path) {
                node = r.getFieldName() != null ? node.get(r.getFieldName()) : node.get(r.getIndex());
                if (node == null) {
                    return null;
                }
            }
            if (!node.isObject()) {
                return null;
            }
            List<String> known = m.getDeserializationConfig().introspect(type).findProperties().stream()
                    .map(p -> p.getName()).sorted().toList();
            String rel = path(path);
            String base = prefix.isEmpty() ? rel : rel.isEmpty() ? prefix : rel.startsWith("[") ? prefix + rel
                    : prefix + "." + rel;
            List<Problem> problems = new ArrayList<>();
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String key = names.next();
                if (!known.contains(key)) {
                    String field = base.isEmpty() ? key : base + "." + key;
                    problems.add(new Problem(source, lines.line(field), field, "unknown key '" + key + "'",
                            closest(key, known).map(c -> "did you mean '" + c + "'? ").orElse("")
                                    + "known keys here: " + String.join(", ", known)));
                }
            }
            return problems.isEmpty() ? null : new InvalidInputException(problems);
        } catch (RuntimeException ignored) {
            return null;
        }
    }

    /** The parser factory of a format, for {@link SourceMap#of(String, JsonFactory)}. */
    public JsonFactory factory(Format format) {
        return mapper(format).getFactory();
    }

    /** Turns a Jackson exception into an {@link InvalidInputException}. */
    public static InvalidInputException translate(String source, IOException e, SourceMap lines) {
        Throwable limit = e;
        while (limit != null && !(limit instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException)) {
            limit = limit.getCause();
        }
        if (limit instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException sce) {
            // a limit of Mappers.limits(): the message without Jackson's method names
            String m = String.valueOf(sce.getOriginalMessage()).replaceAll(",? ?from `[^`]*`", "")
                    .replaceAll("\\(\\s*\\)", "").strip();
            return new InvalidInputException(new Problem(source, line(sce.getLocation()), "",
                    "the document is refused: " + m, "the library reads documents of at most "
                            + Mappers.MAX_DOCUMENT_CHARS / (1024 * 1024) + " MB, nested at most "
                            + Mappers.MAX_NESTING_DEPTH + " levels deep, with texts of at most "
                            + Mappers.MAX_STRING_CHARS / 1024 + " KB and numbers of at most "
                            + Mappers.MAX_NUMBER_DIGITS + " digits"));
        }
        if (e instanceof JsonMappingException wrapper && wrapper.getCause() instanceof JsonProcessingException parse
                && !(parse instanceof JsonMappingException)) {
            // a syntax error met while binding (a duplicate key, a tab, a NaN): the parser's words and location
            return new InvalidInputException(syntax(source, parse, path(wrapper.getPath())));
        }
        if (e instanceof JsonMappingException jme) {
            String path = path(jme.getPath());
            int line = line(jme.getLocation());
            if (jme instanceof UnrecognizedPropertyException upe) {
                return unknownKey(source, lines, line, path, upe.getPropertyName(), upe.getKnownPropertyIds());
            }
            if (jme instanceof IgnoredPropertyException ipe) {
                return unknownKey(source, lines, line, path, ipe.getPropertyName(), ipe.getKnownPropertyIds());
            }
            int mapped = lines.line(path);
            if (mapped > 0 && !path.isEmpty()) {
                line = mapped;
            }
            if (jme instanceof ValueInstantiationException vie) {
                Throwable cause = vie.getCause() != null ? vie.getCause() : vie;
                String msg = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                return instantiation(source, path, msg, lines, line);
            }
            if (jme instanceof InvalidFormatException ife && ife.getTargetType() == String.class
                    && ife.getValue() instanceof Number n) {
                return new InvalidInputException(new Problem(source, line, path, "expected a text, but got the "
                        + "number " + n, "put it in quotes (e.g. '6.30'): unquoted, YAML reads it as a number and "
                        + "drops trailing zeros"));
            }
            if (jme instanceof InvalidFormatException ife && ife.getValue() instanceof String v
                    && v.matches("-?\\d+,\\d+")) {
                return new InvalidInputException(new Problem(source, line, path, "expected "
                        + describe(ife.getTargetType()) + ", but got the text '" + v + "'", "write the decimal with a "
                        + "point: " + v.replace(',', '.')));
            }
            if (jme instanceof InvalidFormatException ife) {
                return new InvalidInputException(new Problem(source, line, path,
                        "expected " + describe(ife.getTargetType()) + ", but was '" + ife.getValue() + "'"
                                + causeDetail(ife), dateHint(ife)));
            }
            if (jme instanceof MismatchedInputException mie) {
                Class<?> target = mie.getTargetType();
                String expected = target == null ? "a different value" : describe(target);
                String original = jme.getOriginalMessage();
                if (original != null && original.startsWith("Missing required creator property")) {
                    return new InvalidInputException(new Problem(source, line, path, original));
                }
                if (original != null && original.startsWith("Cannot map `null` into type")) {
                    return new InvalidInputException(new Problem(source, line, path,
                            "is required (" + expected + "), but was missing or null"));
                }
                if (original != null && original.startsWith("No content to map due to end-of-input")) {
                    return new InvalidInputException(new Problem(source, 1, "", "the file is empty"));
                }
                if (original != null && original.contains("Trailing token")) {
                    return new InvalidInputException(new Problem(source, line, path,
                            "unexpected content after the end of the document"));
                }
                return new InvalidInputException(mismatch(source, line, path, expected, original));
            }
            Throwable cause = jme.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof DateTimeParseException) {
                return instantiation(source, path, cause.getMessage(), lines, line);
            }
            return new InvalidInputException(new Problem(source, line, path, firstLine(jme.getOriginalMessage())));
        }
        if (e instanceof JsonProcessingException jpe) {
            return new InvalidInputException(syntax(source, jpe, ""));
        }
        return new InvalidInputException(new Problem(source, 0, "", "cannot read: " + e.getMessage()));
    }

    /** SnakeYAML's position lines ({@code  in 'reader', line 56, column 3:}); the last one is the problem's. */
    private static final Pattern YAML_MARK = Pattern.compile("^ in '[^']*', line (\\d+), column \\d+:",
            Pattern.MULTILINE);
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'$");
    private static final Pattern NOT_A_NUMBER = Pattern.compile(
            "^(?:Non-standard token|Malformed numeric value) '([^']*)'");
    private static final String END_OF_INPUT = "Unexpected end-of-input";

    /**
     * A parser's complaint in words a person can act on, at the line it names: SnakeYAML's
     * multi-line messages are reduced to the problem (with its context), Jackson's to what is wrong
     * without its feature names ({@code JsonReadFeature...}).
     *
     * @param path the path of the value being read when the parser failed, or ""
     */
    static Problem syntax(String source, JsonProcessingException e, String path) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int line = line(e.getLocation());
        Matcher mark = YAML_MARK.matcher(original);
        while (mark.find()) {
            line = Integer.parseInt(mark.group(1));
        }
        // SnakeYAML: [context, position, snippet, caret,] problem, position, snippet, caret
        List<String> words = original.lines().filter(l -> !l.isBlank() && !l.startsWith(" in '")
                && !l.startsWith("    ")).map(String::strip).toList();
        String problem = words.isEmpty() ? "" : words.get(words.size() - 1);
        String context = words.size() > 1 ? words.get(0) : "";
        Matcher m;
        if ((m = DUPLICATE_KEY.matcher(problem)).matches()) {
            return new Problem(source, line, path.isEmpty() ? m.group(1) : path + "." + m.group(1),
                    "the key '" + m.group(1) + "' appears twice in the same mapping",
                    "a key may appear only once: remove one, or correct the one that is misspelled");
        }
        if ((m = NOT_A_NUMBER.matcher(problem)).find()) {
            return new Problem(source, line, path, "'" + m.group(1) + "' is not a number",
                    "write a number such as 70.5");
        }
        String hint = "";
        String what = problem + (context.isEmpty() ? "" : " (" + context + ")");
        if (problem.contains("(TAB)")) {
            what = "a tab character, where YAML allows only spaces";
            hint = "indent with spaces, not tabs";
        } else if (problem.startsWith(END_OF_INPUT)) {
            what = "the file ends in the middle of the document" + problem.substring(END_OF_INPUT.length());
            hint = "is the file cut short, or a closing quote, ] or } missing?";
        } else if (problem.contains("mapping values are not allowed here")) {
            what = problem;
            hint = "a value that contains ': ' (a colon and a space) must be in quotes, e.g. name: \"Trà: hoa "
                    + "vàng\"; otherwise check the indentation of this line";
        } else if (problem.startsWith("expected <block end>")) {
            hint = "check the indentation of this line and of the lines just above it: the keys of one mapping "
                    + "start in the same column";
        }
        return new Problem(source, line, path, "syntax error" + (what.isEmpty() ? "" : ": " + what), hint);
    }

    /** Text that may hold a YAML alias ({@code *name} where a value starts); {@link #refuseAliases} checks it. */
    private static final Pattern MAYBE_ALIAS = Pattern.compile("(?:^|[\\s\\[{,])\\*[^\\s,\\[\\]{}]");

    /**
     * Refuses YAML aliases ({@code *name}): Jackson reads an alias as the text of its name, not as a
     * copy of the anchored value, so {@code locality: *lyson} would silently become the text
     * "lyson". The formats never need them; a file that uses one is told to write the value out.
     * Only text that may hold an alias is scanned, so ordinary files are read once.
     */
    private void refuseAliases(String source, String text) {
        if (!MAYBE_ALIAS.matcher(text).find()) {
            return;
        }
        try (com.fasterxml.jackson.core.JsonParser p = yaml.getFactory().createParser(text)) {
            if (!(p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y)) {
                return;
            }
            while (p.nextToken() != null) {
                if (y.isCurrentAlias()) {
                    throw new InvalidInputException(new Problem(source, p.currentTokenLocation().getLineNr(),
                            path(p.getParsingContext()), "'*" + p.getText() + "' is a YAML alias, which the library "
                                    + "does not read: it would be taken as the text '" + p.getText() + "'",
                            "write the value out in full here instead of referring to '&" + p.getText() + "'"));
                }
            }
        } catch (IOException e) {
            // a syntax error: reported by the read that follows, with its own location
        }
    }

    /** {@code a.b[2].c}: where a parser is, from its context. */
    private static String path(com.fasterxml.jackson.core.JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String p = String.join("", parts);
        return p.startsWith(".") ? p.substring(1) : p;
    }

    private static InvalidInputException instantiation(String source, String path, String msg, SourceMap lines,
            int fallbackLine) {
        // model constructors start their messages with the field ("certificate.stars must be …")
        String fieldPath = path;
        Matcher m = LEADING_FIELD.matcher(msg == null ? "" : msg);
        if (m.find()) {
            String field = m.group(2);
            String candidate = path.isEmpty() ? field : path + "." + field;
            if (lines.line(candidate) != lines.line(path)) {
                fieldPath = candidate;
            }
        }
        int line = lines.line(fieldPath);
        if (line == 0) {
            line = fallbackLine;
        }
        List<Problem> problems = new ArrayList<>();
        for (String one : (msg == null ? "invalid value" : msg).split("\n")) {
            Matcher pm = Pattern.compile("^([A-Za-z][\\w]*(?:\\[\\d+\\]|\\.[\\w]+)*): (.*)$").matcher(one);
            if (pm.matches()) {
                // "products[3].producerId: …" from a whole-document check
                String p = path.isEmpty() ? pm.group(1) : path + "." + pm.group(1);
                problems.add(new Problem(source, Math.max(lines.line(p), 0), p, pm.group(2)));
            } else {
                problems.add(new Problem(source, line, fieldPath, one));
            }
        }
        return new InvalidInputException(problems);
    }

    private static InvalidInputException unknownKey(String source, SourceMap lines, int fallbackLine, String path,
            String key, Collection<Object> known) {
        List<String> names = known == null ? List.of()
                : known.stream().map(String::valueOf).sorted().collect(Collectors.toList());
        String hint = closest(key, names).map(c -> "did you mean '" + c + "'? ").orElse("")
                + (names.isEmpty() ? "" : "known keys here: " + String.join(", ", names));
        String parent = path.endsWith("." + key) ? path.substring(0, path.length() - key.length() - 1)
                : path.equals(key) ? "" : path;
        String field = parent.isEmpty() ? key : parent + "." + key;
        int line = lines.line(field);
        if (line == 0 || line == lines.line(parent)) {
            line = fallbackLine > 0 ? fallbackLine : line;
        }
        return new InvalidInputException(new Problem(source, line, field, "unknown key '" + key + "'", hint));
    }

    /** The known name closest to {@code key} by edit distance, if it is close enough to be a typo. */
    public static Optional<String> closest(String key, Collection<String> known) {
        return known.stream()
                .map(k -> new Object[] {k, distance(key.toLowerCase(java.util.Locale.ROOT),
                        k.toLowerCase(java.util.Locale.ROOT))})
                .filter(a -> (int) a[1] <= Math.max(2, key.length() / 3))
                .min(Comparator.comparingInt(a -> (int) a[1]))
                .map(a -> (String) a[0]);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String causeDetail(InvalidFormatException e) {
        Throwable c = e.getCause();
        if (c instanceof DateTimeParseException) {
            // '2026-02-30' has the form but no such day; '01/08/2025' is simply not in the form
            return String.valueOf(e.getValue()).matches("\\d{4}-\\d{2}-\\d{2}")
                    ? ": not a real date in the form YYYY-MM-DD" : "";
        }
        if (c != null && c.getMessage() != null && c instanceof IllegalArgumentException) {
            return ": " + c.getMessage();
        }
        return "";
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern UNPADDED = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** How to write a date written day first ({@code 01/08/2025}) or without leading zeros ({@code 2026-9-15}). */
    private static String dateHint(InvalidFormatException e) {
        if (e.getTargetType() != LocalDate.class || !(e.getValue() instanceof String v)) {
            return "";
        }
        Matcher m = DAY_MONTH_YEAR.matcher(v);
        if (m.matches()) {
            return "write the year first: " + m.group(3) + "-" + pad(m.group(2)) + "-" + pad(m.group(1))
                    + " (if " + v + " is day/month/year)";
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return "a date has no time of day: " + v.substring(0, 10);
        }
        m = UNPADDED.matcher(v);
        if (m.matches() && !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "months and days have two digits: " + m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
        }
        return "";
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    /** What was found instead, from Jackson's wording ("… from Object value (token …)"). */
    private static final Pattern FOUND = Pattern.compile("from (\\w[\\w-]*) value");
    private static final Pattern COERCE = Pattern.compile("Cannot coerce ([\\w-]+) value \\(([^)]*)\\)");

    /** A mismatch in words a person can act on, without Jackson's type names. */
    private static Problem mismatch(String source, int line, String path, String expected, String original) {
        String o = original == null ? "" : original;
        Matcher c = COERCE.matcher(o);
        if (c.find()) {
            String kind = c.group(1);
            String value = c.group(2).replaceAll("^\"|\"$", "");
            if (kind.startsWith("Floating")) {
                return new Problem(source, line, path, "expected " + expected + ", but got the number " + value,
                        "put it in quotes (e.g. '6.30'): unquoted, YAML reads it as a number and drops trailing zeros");
            }
            String hint = value.matches("-?\\d+,\\d+") ? "write the decimal with a point: " + value.replace(',', '.')
                    : "";
            return new Problem(source, line, path, "expected " + expected + ", but got the " + describeFound(kind)
                    + " '" + value + "'", hint);
        }
        Matcher f = FOUND.matcher(o);
        if (f.find()) {
            return new Problem(source, line, path, "expected " + expected + ", but got " + article(describeFound(
                    f.group(1))), expected.equals("a list") ? "list items start with '- ' on their own lines, or are "
                    + "written [a, b]" : "");
        }
        return new Problem(source, line, path, "expected " + expected + firstLine(o));
    }

    private static String describeFound(String jacksonKind) {
        return switch (jacksonKind) {
            case "Object" -> "mapping of keys to values";
            case "Array" -> "list";
            case "String" -> "text";
            case "Integer", "Floating-point" -> "number";
            case "Boolean" -> "true/false value";
            default -> jacksonKind.toLowerCase(java.util.Locale.ROOT) + " value";
        };
    }

    private static String article(String noun) {
        return noun.startsWith("true") ? noun : "a " + noun;
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
        }
        if (type == LocalDate.class) {
            return "a date in the form YYYY-MM-DD";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "a mapping of keys to values";
        }
        return "a " + type.getSimpleName() + " (a mapping of keys to values)";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        return first.startsWith(":") || first.isEmpty() ? first : ": " + first;
    }

    private static int line(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? 0 : loc.getLineNr();
    }

    /** {@code a.b[2].c} from a Jackson reference path. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
