package vn.ocop.rules.scenario;

import vn.ocop.core.ProductRecord;

/**
 * A scenario read from a file, with where it is and the product record built from its facts.
 *
 * @param file     the file, as given to the loader (relative to the scenario folder when loaded from one)
 * @param line     the line where the case starts
 * @param scenario the case
 * @param record   its facts as a product record
 */
public record LoadedScenario(String file, int line, Scenario scenario, ProductRecord record) {

    /** {@code file:line name}, for listings. */
    public String label() {
        return file + ":" + line + " " + scenario.name();
    }
}
