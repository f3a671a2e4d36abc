/** Classes that break every shared architecture rule, to prove each rule catches what it names. */
package org.openintl.archbad;
