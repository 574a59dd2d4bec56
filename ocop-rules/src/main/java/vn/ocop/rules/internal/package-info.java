/**
 * Implementation, not API: the Drools wiring (rule base, sessions, the listener that turns firings
 * into reasons) and the facts the DRL reads. May change in any release.
 */
package vn.ocop.rules.internal;
