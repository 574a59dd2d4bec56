package vn.ocop.examples;

import java.time.LocalDate;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.EventKind;
import vn.ocop.core.Locality;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ProductSet;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;

/**
 * What an e-commerce platform asks before showing the OCOP badge on a listing: does the seller's
 * certificate stand today, may the mark be used, and what is due. Here: a 3★ certificate decided
 * under 148 on 15 August 2023, its re-evaluation filed late on 30 July 2026 and still pending.
 */
public final class CertificateCheckExample {
    private CertificateCheckExample() {
    }

    public static void main(String[] args) {
        LocalDate today = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2026, 10, 1);
        OcopRules rules = OcopRules.builder().build();
        Producer seller = new Producer("P-7", "Cơ sở Mạch nha Thu Hà", ProducerType.HOUSEHOLD);
        Product product = new Product("51-522-014-2023", "Mạch nha gừng Thu Hà", ProductSet.PROCESSED_RICE_GRAINS,
                seller.id(), Locality.withDistrict("51", "Quảng Ngãi", "522", "Tp. Quảng Ngãi", "21004", "Nghĩa Lộ"),
                true);
        ProductRecord record = ProductRecord.builder(product, seller)
                .certificate(new Certificate("OCOP-H522-2023-014", product.code(), 3, EvaluationLevel.DISTRICT,
                        Authority.DISTRICT_PEOPLES_COMMITTEE, "2210/QĐ-UBND", LocalDate.of(2023, 8, 15)))
                .event(new CertificateEvent("OCOP-H522-2023-014", EventKind.RE_EVALUATION_FILED,
                        LocalDate.of(2026, 7, 30)))
                .build();

        LifecycleStatus status = rules.assess(record, today).currentCertificate().orElseThrow();
        System.out.println(product.name() + " on " + today + ": " + status.state() + ", OCOP mark "
                + (status.markUsable() ? "may be shown" : "may NOT be shown") + ", term ended " + status.expiryDate()
                + status.graceUntil().map(g -> ", kept in force at the latest through " + g).orElse(""));
        for (DueAction due : status.dueActions()) {
            System.out.println("  due: " + due.party() + due.authority().map(x -> " (" + x.label().en() + ")").orElse("")
                    + " — " + due.action().en() + due.by().map(b -> " by " + b).orElse("") + " [" + due.basis() + "]");
        }
        status.reasons().forEach(r -> System.out.println("  " + r.ruleId() + " [" + r.citation() + "] "
                + r.message().en()));
    }
}
