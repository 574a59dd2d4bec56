package vn.ocop.rules.scenario;

import vn.ocop.core.ProductRecord;

/**
 * A scenario read from a file, with where it is and the product record built from its facts.
 *
 * @param file     the file, as given to the loader (relative to the scenario folder when loaded from one)
 * @param line     the line where the case starts
 * @param scenario the case
 * @param record   its facts as a product record
 * @param path     where the case is in its file, e.g. {@code scenarios[3]}
 * @param overridesLine the line of its {@code overrides} key, or its own line when it has none
 */
public record LoadedScenario(String file, int line, Scenario scenario, ProductRecord record, String path,
        int overridesLine) {

    /** A case read from elsewhere than a file of cases (no path within the file). */
    public LoadedScenario(String file, int line, Scenario scenario, ProductRecord record) {
        this(file, line, scenario, record, "", line);
    }

    /** The case's facts as a one-product portfolio, with its awards and sales points (for programme results). */
    public vn.ocop.core.Portfolio portfolio() {
        Scenario.Given g = scenario.given();
        return new vn.ocop.core.Portfolio(scenario.name(), java.util.List.of(record.producer()),
                java.util.List.of(record.product()), record.evaluations(), record.certificates(), record.findings(),
                record.history().events(), java.util.Optional.empty(), record.traceability(), g.cnnttbAwards(),
                g.salesPoints());
    }

    /** {@code file:line name}, for listings. */
    public String label() {
        return file + ":" + line + " " + scenario.name();
    }
}
