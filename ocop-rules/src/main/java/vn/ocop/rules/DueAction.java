package vn.ocop.rules;

import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.core.Authority;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.LocalizedText;

/**
 * Something someone must (or may) do, and by when.
 *
 * @param party     who acts
 * @param authority the authority, when the party is an authority or the issuing body
 * @param action    what to do
 * @param from      the first day it may be done, when there is one (a filing window opens)
 * @param by        the last day, when there is one
 * @param basis     the legal basis
 */
public record DueAction(Party party, Optional<Authority> authority, LocalizedText action, Optional<LocalDate> from,
        Optional<LocalDate> by, LegalBasis basis) {
}
