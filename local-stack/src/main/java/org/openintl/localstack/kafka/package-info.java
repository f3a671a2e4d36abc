/** A real single-node Apache Kafka broker in KRaft mode (combined broker and controller), run as its own JVM. */
package org.openintl.localstack.kafka;
