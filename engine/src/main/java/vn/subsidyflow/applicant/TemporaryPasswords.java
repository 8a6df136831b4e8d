package vn.subsidyflow.applicant;

import java.security.SecureRandom;

/**
 * Draws temporary passwords: 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
 * about 90 bits, read out or typed from a note without mistakes, and far from any common password.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String draw() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
