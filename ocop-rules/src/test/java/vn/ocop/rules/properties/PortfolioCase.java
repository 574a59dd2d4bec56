package vn.ocop.rules.properties;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.ocop.core.Plan;
import vn.ocop.core.Portfolio;
import vn.ocop.core.ProductRecord;

/**
 * A generated portfolio, kept as its products' records so that it can be shrunk product by product
 * and fact by fact.
 *
 * @param name    the portfolio's name
 * @param records one per product (producers are taken from them, once each)
 * @param plan    the plan, if any
 */
record PortfolioCase(String name, List<ProductRecord> records, Optional<Plan> plan) {

    /** A portfolio of 1 to {@code maxProducts} products' histories; awkward names now and then if asked. */
    static PortfolioCase generate(Random r, int maxProducts, boolean awkward) {
        Portfolio p = PropertyRules.GENERATOR.portfolio(r, 1 + r.nextInt(maxProducts), awkward);
        return new PortfolioCase(p.name(), p.records(), p.plan());
    }

    Portfolio portfolio() {
        return Portfolios.of(name, records, plan);
    }

    String json() {
        return Portfolios.json(portfolio());
    }

    String describe() {
        return "portfolio '" + name + "'" + plan.map(p -> " with plan " + p.reference()).orElse("") + ", "
                + records.size() + " products\n"
                + records.stream().map(Portfolios::describe).collect(Collectors.joining());
    }

    /** Smaller variants: one product fewer, no plan, a plain name, then each product's record smaller. */
    Stream<PortfolioCase> shrink() {
        return Shrink.concat(
                () -> records.size() <= 1 ? Stream.empty()
                        : IntStream.range(0, records.size()).mapToObj(i -> with(Shrink.without(records, i))),
                () -> plan.isEmpty() ? Stream.empty() : Stream.of(new PortfolioCase(name, records, Optional.empty())),
                () -> name.equals("P") ? Stream.empty() : Stream.of(new PortfolioCase("P", records, plan)),
                () -> Shrink.list(records, Shrink::record, 1).map(this::with));
    }

    PortfolioCase with(List<ProductRecord> smaller) {
        return new PortfolioCase(name, smaller, plan);
    }
}
