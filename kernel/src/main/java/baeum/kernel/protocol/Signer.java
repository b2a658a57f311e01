package baeum.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks Jupyter messages: HMAC over header, parent header, metadata and content, as
 * lower-case hex. An empty key means "no signing", as the messaging spec says. Checking compares
 * in constant time ({@link MessageDigest#isEqual}), so a forger learns nothing from timing.
 */
public final class Signer {
    private final Mac prototype;

    public Signer(String scheme, String key) {
        if (key == null || key.isEmpty()) {
            prototype = null;
            return;
        }
        String algorithm = switch (scheme) {
            case "hmac-sha256" -> "HmacSHA256";
            case "hmac-sha512" -> "HmacSHA512";
            case "hmac-sha1" -> "HmacSHA1";
            default -> throw new IllegalArgumentException("unsupported signature_scheme " + scheme
                    + ": use hmac-sha256 in the connection file");
        };
        try {
            prototype = Mac.getInstance(algorithm);
            prototype.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up " + algorithm, e);
        }
    }

    /** The hex signature of the four signed frames ("" when signing is off). */
    public String sign(byte[]... frames) {
        if (prototype == null) return "";
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        for (byte[] f : frames) mac.update(f);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Whether {@code signature} signs the frames; constant time in the signature's content. */
    public boolean verify(byte[] signature, byte[]... frames) {
        if (prototype == null) return true;
        byte[] expected = sign(frames).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature);
    }
}
