/** The MongoDB wire-protocol server (mongo-java-server) on an H2 file, run as its own JVM. */
package org.openintl.localstack.mongo;
