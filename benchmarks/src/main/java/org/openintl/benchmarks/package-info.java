/**
 * The benchmark command (docs/performance.md, ADR 0570): starts the local stack on free ports in a temporary data
 * directory, drives bounded load at 127.0.0.1 only and prints one table per scenario, each figure beside the baseline
 * measured in the same run.
 */
package org.openintl.benchmarks;
