package vn.ocop.core;

import java.util.Optional;

/**
 * A producer (chủ thể OCOP): the organisation or household that registers products.
 *
 * @param id             the host system's stable identifier
 * @param name           the producer's name
 * @param type           its legal form
 * @param representative the legal representative's flags that score points
 * @param locality       where it is registered, when known
 */
public record Producer(String id, String name, ProducerType type, LegalRepresentative representative,
        Optional<Locality> locality) {

    public Producer {
        Check.notBlank(id, "producer.id");
        Check.notBlank(name, "producer.name");
        Check.notNull(type, "producer.type");
        representative = representative == null ? LegalRepresentative.NONE : representative;
        locality = locality == null ? Optional.empty() : locality;
    }

    public Producer(String id, String name, ProducerType type) {
        this(id, name, type, LegalRepresentative.NONE, Optional.empty());
    }
}
