package org.openintl.partnership.partnership;

/** Outcome of an MOE evaluation (评估) of a cooperative program. */
public enum EvaluationResult {
    QUALIFIED,
    CONDITIONALLY_QUALIFIED,
    UNQUALIFIED
}
