/** List storage with strategies, the element callback protocol and the containers' Python errors. */
package taipan.runtime.list;
