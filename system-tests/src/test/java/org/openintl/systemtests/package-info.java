/**
 * System tests: the whole system started once per test run as {@code ./run-local.sh} starts it (a real Kafka
 * broker, the MongoDB wire server and the four services as separate JVMs), driven only through the gateway, with
 * one Kafka consumer reading what subscribers would read.
 */
package org.openintl.systemtests;
