package org.engagementrubrics.core.roster;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One contact with a family: who was reached, on which day, how and by whom.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param familyId the family reached, not blank
 * @param date the day of the contact, not null
 * @param channel how, such as {@code phone}, {@code email} or {@code conference}; null if not recorded
 * @param staffId who made the contact; null if not recorded
 */
public record ContactRecord(String familyId, LocalDate date, String channel, String staffId) {

    /**
     * Creates a contact record.
     *
     * @param familyId the family reached, not blank
     * @param date the day of the contact, not null
     * @param channel how; null if not recorded, else not blank
     * @param staffId who; null if not recorded, else not blank
     * @throws NullPointerException if the family id or the date is null
     * @throws IllegalArgumentException if a string given is blank
     */
    public ContactRecord {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(date, "date");
        requireNotBlank(familyId, "familyId");
        if (channel != null) {
            requireNotBlank(channel, "channel");
        }
        if (staffId != null) {
            requireNotBlank(staffId, "staffId");
        }
    }

    /**
     * Obtains a contact record with no channel or staff id.
     *
     * @param familyId the family reached, not blank
     * @param date the day of the contact, not null
     * @return the record
     */
    public static ContactRecord of(String familyId, LocalDate date) {
        return new ContactRecord(familyId, date, null, null);
    }

    private static void requireNotBlank(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + ": must not be blank (leave it out instead)");
        }
    }
}
