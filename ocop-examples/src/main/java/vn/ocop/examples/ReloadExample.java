package vn.ocop.examples;

import java.nio.file.Path;
import java.util.logging.Logger;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.ReloadEvent;

/**
 * How a host puts a rule author's changes into service without restarting: load the built-in
 * rules overlaid by a rules directory, listen to reload events, and call {@code reload()} (from a
 * file watcher, an admin endpoint or a schedule). A bad file never replaces good rules: the
 * previous rule base keeps serving and the event says why.
 *
 * <pre>java -cp ocop.jar vn.ocop.examples.ReloadExample my-rules/</pre>
 */
public final class ReloadExample {
    private static final Logger LOG = Logger.getLogger(ReloadExample.class.getName());

    private ReloadExample() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "my-rules");
        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build();
        rules.addReloadListener(ReloadExample::log);
        System.out.println("serving rule base " + rules.info().fingerprint() + " (generation "
                + rules.info().generation() + ") from " + rules.info().origin());
        ReloadEvent e = rules.reload();
        System.out.println(e.succeeded() ? "now serving generation " + e.after().generation()
                : "kept generation " + e.after().generation() + ": " + e.problems().size() + " problem(s)");
    }

    static void log(ReloadEvent e) {
        if (e.succeeded()) {
            LOG.info(() -> "OCOP rules reloaded: generation " + e.after().generation() + ", " + e.after().fingerprint());
        } else {
            e.problems().forEach(p -> LOG.warning(() -> "OCOP rules NOT reloaded, still serving generation "
                    + e.after().generation() + ": " + p));
        }
    }
}
