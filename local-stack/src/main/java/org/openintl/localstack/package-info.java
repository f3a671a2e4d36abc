/** Starts and supervises the local system: Kafka and MongoDB processes, then the four services, as a CLI and an API. */
package org.openintl.localstack;
