/**
 * The words users read, in English and French: {@link org.peermatch.core.text.Messages} over one resource bundle
 * per area ({@code common}, {@code report}, {@code validation}…). Every package may use it; it uses none.
 */
package org.peermatch.core.text;
