/**
 * The JSON format of instruments, responses and results, built on Jackson 3.
 *
 * <p>The format, its schema and its reader arrive with the JSON issue; until then this module only
 * fixes its place in the build: it depends on {@code rubric-core} and Jackson, and core never depends
 * on it.
 */
package org.engagementrubrics.json;
