/** Set and frozenset storage on the compact hash table. */
package taipan.runtime.set;
