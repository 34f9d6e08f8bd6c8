/** Dict storage: an insertion-ordered compact hash table. */
package taipan.runtime.dict;
