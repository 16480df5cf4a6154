package io.github.baozhang.profile;

/**
 * The three social insurances a re-employment centre pays on a worker's behalf (代缴社会保险费).
 */
public enum Insurance {
    /** Basic pension insurance (基本养老保险). */
    PENSION,
    /** Basic medical insurance (基本医疗保险), or a serious-illness pool (大病统筹) where that stood in for it. */
    MEDICAL,
    /** Unemployment insurance (失业保险). */
    UNEMPLOYMENT
}
