package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.CnnttbAward;
import vn.ocop.core.CnnttbLevel;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.CnnttbStatus;
import vn.ocop.rules.Reason;

/**
 * A rural industrial product award (CNNTTB) on a date, as {@code cnnttb.drl} sees it: its term
 * (to 31 December of the fourth year, counting the year of issue as the first) and, above the
 * province, the lower-level award it rests on.
 */
public final class CnnttbFact implements Explained {
    private final CnnttbAward award;
    private final CnnttbAward lower;
    private final LocalDate asOf;
    private final Rulebook rulebook;
    private Boolean valid;
    private Boolean lowerValid;
    private final List<Reason> reasons = new ArrayList<>(2);

    /**
     * @param award    the award
     * @param lower    the award it rests on (by {@code basedOn}), or null
     * @param asOf     the date judged
     * @param rulebook the OCOP rulebook in force on that date (the home of the scheme's assumptions)
     */
    public CnnttbFact(CnnttbAward award, CnnttbAward lower, LocalDate asOf, Rulebook rulebook) {
        this.award = award;
        this.lower = lower;
        this.asOf = asOf;
        this.rulebook = rulebook;
    }

    /** The last valid day of an award issued on {@code issuedOn}: 31 December of the fourth year. */
    public static LocalDate validUntil(LocalDate issuedOn) {
        return LocalDate.of(issuedOn.getYear() + 3, 12, 31);
    }

    // ------------------------------------------------------------------ facts read by the rules

    public String getNumber() {
        return award.number();
    }

    public CnnttbLevel getLevel() {
        return award.level();
    }

    public LocalDate getIssuedOn() {
        return award.issuedOn();
    }

    public LocalDate getValidUntil() {
        return validUntil(award.issuedOn());
    }

    /** Issued on or before the date and not past its term. */
    public boolean isValidOnDate() {
        return !award.issuedOn().isAfter(asOf) && !asOf.isAfter(getValidUntil());
    }

    public boolean isLowerRecorded() {
        return lower != null;
    }

    /** The lower award was valid on the day this award was issued. */
    public boolean isLowerValidAtIssue() {
        return lower != null && !lower.issuedOn().isAfter(award.issuedOn())
                && !award.issuedOn().isAfter(validUntil(lower.issuedOn()));
    }

    public String getLowerNumber() {
        return lower == null ? null : lower.number();
    }

    public LocalDate getLowerValidUntil() {
        return lower == null ? null : validUntil(lower.issuedOn());
    }

    // ------------------------------------------------------------------ decisions

    public void decideValid(boolean v) {
        this.valid = v;
    }

    public void decideLowerLevel(boolean v) {
        this.lowerValid = v;
    }

    public CnnttbStatus toStatus() {
        return new CnnttbStatus(award.number(), award.level(), award.productName(), award.productCode(),
                award.issuedOn(), getValidUntil(), valid != null && valid, Optional.ofNullable(lowerValid), reasons);
    }

    @Override
    public Rulebook rulebook() {
        return rulebook;
    }

    @Override
    public void explain(Reason reason) {
        reasons.add(reason);
    }

    @Override
    public Map<String, Object> messageValues() {
        return Map.of("levelVi", award.level().vi(), "levelEn", award.level().en(), "product", award.productName(),
                "lowerVi", award.level().below().map(CnnttbLevel::vi).orElse(""), "lowerEn",
                award.level().below().map(CnnttbLevel::en).orElse(""));
    }
}
