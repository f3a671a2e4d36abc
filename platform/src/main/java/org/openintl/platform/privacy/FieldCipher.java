package org.openintl.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens single values with AES-GCM (JDK only). New values are sealed with the active key; values sealed
 * with an older key still open as long as that key is configured, which is what makes rotation possible (ADR 0100).
 * The {@code context} (e.g. {@code student/<id>/personal}) is bound as associated data, so a sealed value copied to
 * another record or field does not open. The format of sealed values and blind indexes is stored data: never change it.
 */
public final class FieldCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /**
     * One cipher per thread, initialised anew for every value: {@code Cipher.getInstance} looks the provider up each
     * time, a quarter of the cost of opening a value (a student list opens several per student).
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    /** One MAC per thread, initialised anew for every value ({@code Mac.getInstance} looks the provider up each time). */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    });

    private final Map<String, SecretKey> keys;
    /** Each data key's blind-index key, derived once (an import computes two blind indexes per row per key). */
    private final Map<String, SecretKey> indexKeys;

    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(Map<String, byte[]> keys, String activeKeyId) {
        Objects.requireNonNull(activeKeyId, "activeKeyId");
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException(
                    "the active key '" + activeKeyId + "' is not among the keys " + keys.keySet());
        }
        Map<String, SecretKey> copy = new TreeMap<>();
        keys.forEach((id, key) -> {
            if (key.length != 16 && key.length != 24 && key.length != 32) {
                throw new IllegalArgumentException(
                        "key '" + id + "' must be 16, 24 or 32 bytes (AES-128/192/256), was " + key.length);
            }
            copy.put(id, new SecretKeySpec(key.clone(), "AES"));
        });
        this.keys = Map.copyOf(copy);
        Map<String, SecretKey> derived = new TreeMap<>();
        copy.forEach((id, key) -> derived.put(id, indexKey(key)));
        this.indexKeys = Map.copyOf(derived);
        this.activeKeyId = activeKeyId;
    }

    /**
     * A blind index of {@code value} under the active key: {@code <keyId>:<HMAC-SHA256>}, for finding a record by a
     * personal value (nationality + passport number) without storing it readable. The HMAC key is derived from the
     * data key, so whoever cannot open the sealed values cannot test guesses against the index either.
     */
    public String blindIndex(String value) {
        return blindIndex(activeKeyId, value);
    }

    /** The blind indexes of {@code value} under every configured key: a record indexed before a rotation matches too. */
    public List<String> blindIndexes(String value) {
        return keys.keySet().stream().map(id -> blindIndex(id, value)).toList();
    }

    private String blindIndex(String keyId, String value) {
        try {
            Mac mac = MACS.get();
            mac.init(indexKeys.get(keyId));
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a blind-index key is a valid HmacSHA256 key", e);
        }
    }

    /** The HMAC key of a data key's blind indexes: HMAC-SHA256(data key, "blind-index/v1"). */
    private static SecretKey indexKey(SecretKey dataKey) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(dataKey);
            return new SecretKeySpec(derive.doFinal("blind-index/v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Sealed seal(String plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] out = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[NONCE_BYTES + out.length];
            System.arraycopy(nonce, 0, all, 0, NONCE_BYTES);
            System.arraycopy(out, 0, all, NONCE_BYTES, out.length);
            return new Sealed(activeKeyId, Base64.getEncoder().encodeToString(all));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @throws UnreadableSealException when the key is not configured or the value was tampered with or sealed for
     *     another context
     */
    public String open(Sealed sealed, String context) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new UnreadableSealException("no key '" + sealed.keyId() + "' is configured (keys: " + keys.keySet()
                    + "); a retired key must stay configured until every value was re-sealed");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed.data());
        } catch (IllegalArgumentException e) {
            throw new UnreadableSealException("sealed data is not Base64");
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableSealException("sealed data is too short");
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableSealException("sealed data does not authenticate for " + context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Whether a value was sealed with another key than the active one and should be re-sealed. */
    public boolean isStale(Sealed sealed) {
        return !activeKeyId.equals(sealed.keyId());
    }

    /** A value that cannot be opened: a configuration or integrity problem, never the client's fault. */
    public static final class UnreadableSealException extends RuntimeException {
        UnreadableSealException(String message) {
            super(message);
        }
    }
}
