/**
 * Dead letters an operator can act on: each consuming service lists the records it dead-lettered (its consumer group's
 * share of the shared {@code <topic>-dlt}) and replays one or all of them through the same checks after a fix
 * (docs/adr/0441-dead-letters-listed-and-replayed-per-service.md).
 */
package org.openintl.platform.deadletters;
