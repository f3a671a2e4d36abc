/** Code that runs inside the child processes: argument parsing and the watchdog that ends a child whose parent died. */
package org.openintl.localstack.child;
