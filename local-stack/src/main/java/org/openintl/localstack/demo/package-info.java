/** Demo data loaded through the gateway's API (so events flow as in real use) with {@code ./run-local.sh --demo}. */
package org.openintl.localstack.demo;
