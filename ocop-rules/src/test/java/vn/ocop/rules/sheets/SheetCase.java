package vn.ocop.rules.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.core.Choice;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.Locality;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ProductSet;
import vn.ocop.core.ScoreSheet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.Part;
import vn.ocop.core.scoring.CouncilScore;
import vn.ocop.core.scoring.MemberScore;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;

/**
 * One product rated by a provincial council on its criteria sheet, written as the hand-made table
 * a council secretary would keep:
 *
 * <pre>
 * crit   max  M1    M2    M3        one row per criterion of the sheet, in sheet order;
 * 1.1      3  c3    c3    b2        a cell is the option ticked and the points it is worth ("c3"),
 * 2.4      1  0     1     0         or the points alone for a criterion without tick boxes ("1");
 * A       40  31    30    32        then each member's part totals and total, added up by hand.
 * B       25  20    21    19
 * C       35  26    25    27
 * total  100  77    76    78
 * </pre>
 *
 * The table is the input (the option letters, or the points) and the expectation (the points of
 * every cell, the part totals and the totals, compared with what the library adds up).
 */
final class SheetCase {
    private static final Pattern OPTION_CELL = Pattern.compile("([a-z]+)(\\d+)");
    private static final Pattern POINTS_CELL = Pattern.compile("\\d+");

    /** One cell of the table: what the member marked, and the points it is worth (by hand). */
    record Cell(Choice choice, int points) {
        static Cell parse(String text) {
            Matcher m = OPTION_CELL.matcher(text);
            if (m.matches()) {
                return new Cell(Choice.option(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (POINTS_CELL.matcher(text).matches()) {
                return new Cell(Choice.points(Integer.parseInt(text)), Integer.parseInt(text));
            }
            throw new IllegalArgumentException("a cell is an option and its points ('c3') or points ('1'), not '"
                    + text + "'");
        }
    }

    private final ProductSet set;
    private String productCode;
    private String productName;
    private Locality locality;
    private Producer producer;
    private List<String> council = List.of();
    private LocalDate decided;
    private EvaluationLevel level = EvaluationLevel.PROVINCE;
    private final List<String> criteria = new ArrayList<>();
    private final Map<String, Integer> maxima = new LinkedHashMap<>();
    private final List<Map<String, Cell>> members = new ArrayList<>();
    private final Map<String, int[]> sums = new LinkedHashMap<>();

    private SheetCase(ProductSet set) {
        this.set = set;
    }

    static SheetCase on(ProductSet set) {
        return new SheetCase(set);
    }

    SheetCase product(String code, String name, Locality where) {
        this.productCode = code;
        this.productName = name;
        this.locality = where;
        return this;
    }

    SheetCase producer(String id, String name, ProducerType type) {
        this.producer = new Producer(id, name, type);
        return this;
    }

    SheetCase council(String... names) {
        this.council = List.of(names);
        return this;
    }

    SheetCase decided(String iso) {
        this.decided = LocalDate.parse(iso);
        return this;
    }

    SheetCase scores(String table) {
        for (String raw : table.strip().split("\n")) {
            String[] t = raw.trim().split("\\s+");
            if (t[0].equals("crit")) {
                for (int i = 2; i < t.length; i++) {
                    members.add(new LinkedHashMap<>());
                }
                continue;
            }
            if (t.length != members.size() + 2) {
                throw new IllegalArgumentException("row '" + raw.trim() + "' must have " + members.size()
                        + " member cells");
            }
            if (List.of("A", "B", "C", "total").contains(t[0])) {
                int[] row = new int[members.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Integer.parseInt(t[i + 2]);
                }
                sums.put(t[0], row);
                continue;
            }
            criteria.add(t[0]);
            maxima.put(t[0], Integer.parseInt(t[1]));
            for (int i = 0; i < members.size(); i++) {
                members.get(i).put(t[0], Cell.parse(t[i + 2]));
            }
        }
        if (council.size() != members.size()) {
            throw new IllegalArgumentException("the table has " + members.size() + " members, the council "
                    + council.size());
        }
        return this;
    }

    /**
     * A copy where member {@code member} (1-based) marked {@code cell} on {@code criterion}; the part
     * totals and totals of the table no longer hold, so the copy has none.
     */
    SheetCase with(int member, String criterion, String cell) {
        SheetCase c = copy();
        if (!c.maxima.containsKey(criterion)) {
            throw new IllegalArgumentException("no row " + criterion);
        }
        c.members.get(member - 1).put(criterion, Cell.parse(cell));
        return c;
    }

    /** A copy decided at another level (e.g. the central council). */
    SheetCase at(EvaluationLevel other) {
        SheetCase c = copy();
        c.level = other;
        return c;
    }

    private SheetCase copy() {
        SheetCase c = new SheetCase(set);
        c.productCode = productCode;
        c.productName = productName;
        c.locality = locality;
        c.producer = producer;
        c.council = council;
        c.decided = decided;
        c.level = level;
        c.criteria.addAll(criteria);
        c.maxima.putAll(maxima);
        for (Map<String, Cell> m : members) {
            c.members.add(new LinkedHashMap<>(m));
        }
        return c;
    }

    ProductSet set() {
        return set;
    }

    Product product() {
        return new Product(productCode, productName, set, producer.id(), locality, true);
    }

    Producer producer() {
        return producer;
    }

    LocalDate decided() {
        return decided;
    }

    /** The council's evaluation: one score sheet per member, filed 40 days before the council met. */
    Evaluation evaluation(String... knockOuts) {
        Evaluation.Builder b = Evaluation.builder("E-" + productCode, productCode).level(level)
                .filed(decided.minusDays(40)).decided(decided);
        for (int i = 0; i < members.size(); i++) {
            Map<String, Choice> choices = new LinkedHashMap<>();
            members.get(i).forEach((criterion, cell) -> choices.put(criterion, cell.choice()));
            b.sheet(new ScoreSheet(council.get(i), choices));
        }
        for (String k : knockOuts) {
            b.knockOut(k);
        }
        return b.build();
    }

    ProductRecord record(String... knockOuts) {
        return ProductRecord.builder(product(), producer).evaluation(evaluation(knockOuts)).build();
    }

    /** The rating of the council's evaluation on the day it met. */
    RatingDecision rate(OcopRules rules, String... knockOuts) {
        return rules.assess(record(knockOuts), decided).latestRating().orElseThrow();
    }

    /**
     * The table against the sheet and the library: every criterion of the sheet is filled in, with
     * its maximum; every cell is worth the points written; every part total and total is as added up
     * by hand.
     */
    void assertScoredAsWritten(RatingDecision r, CriteriaSheet sheet) {
        assertThat(sheet.productSet()).isEqualTo(set);
        assertThat(criteria).as("every criterion of sheet %d, in order", sheet.number())
                .containsExactlyElementsOf(sheet.criteria().keySet());
        sheet.criteria().forEach((id, c) -> assertThat(maxima.get(id)).as("maximum of %s", id).isEqualTo(c.points()));
        CouncilScore score = r.score().orElseThrow();
        assertThat(score.members()).hasSize(members.size());
        for (int i = 0; i < members.size(); i++) {
            MemberScore m = score.members().get(i);
            assertThat(m.member()).isEqualTo(council.get(i));
            for (String id : criteria) {
                assertThat(m.points().get(id)).as("M%d on %s", i + 1, id)
                        .isEqualTo(members.get(i).get(id).points());
            }
            if (!sums.isEmpty()) {
                assertThat(m.parts().get(Part.A)).as("M%d part A", i + 1).isEqualTo(sums.get("A")[i]);
                assertThat(m.parts().get(Part.B)).as("M%d part B", i + 1).isEqualTo(sums.get("B")[i]);
                assertThat(m.parts().get(Part.C)).as("M%d part C", i + 1).isEqualTo(sums.get("C")[i]);
                assertThat(m.total()).as("M%d total", i + 1).isEqualTo(sums.get("total")[i]);
            }
        }
    }
}
