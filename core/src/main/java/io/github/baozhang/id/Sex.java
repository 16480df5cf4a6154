package io.github.baozhang.id;

/**
 * The sex recorded in a citizen ID: the 17th digit, the last of the sequence number, is odd for
 * a man and even for a woman (GB 11643-1999).
 */
public enum Sex {
    /** 男: an odd 17th digit. */
    MALE,
    /** 女: an even 17th digit. */
    FEMALE
}
