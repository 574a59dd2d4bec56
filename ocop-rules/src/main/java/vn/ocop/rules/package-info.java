/**
 * The public API: {@link vn.ocop.rules.OcopRules} (build once, share between threads, assess
 * products on a date) and what it answers — {@link vn.ocop.rules.Assessment} with its
 * {@link vn.ocop.rules.RatingDecision}s, {@link vn.ocop.rules.LifecycleStatus}es,
 * {@link vn.ocop.rules.RevocationDecision}s and {@link vn.ocop.rules.UpgradeEligibility}, each with
 * its {@link vn.ocop.rules.Reason}s (rule id, legal citation, message in Vietnamese and English).
 * {@link vn.ocop.rules.RuleValidation} checks rule files; {@link vn.ocop.rules.ReloadEvent} reports
 * reloads. No Drools type appears here.
 */
package vn.ocop.rules;
