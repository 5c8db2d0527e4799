package io.github.pomeriumlint.pomerium.values;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;

/**
 * Private keys in the DER forms Go's {@code x509} parses for Pomerium: SEC 1 EC keys, PKCS #1 RSA
 * keys and PKCS #8 (EC, RSA, Ed25519). Java reads only PKCS #8, so the other two are wrapped in a PKCS #8 envelope.
 */
public final class PrivateKeys {
  private static final byte[] EC_PUBLIC_KEY_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};
  private static final byte[] RSA_ENCRYPTION_OID = {
    0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01
  };
  private static final byte[] DER_NULL = {0x05, 0x00};

  private PrivateKeys() {}

  /** An EC, RSA or Ed25519 private key; empty for anything else. */
  public static Optional<PrivateKey> parse(byte[] der) {
    Optional<PrivateKey> pkcs8 = fromPkcs8(der);
    if (pkcs8.isPresent()) {
      return pkcs8;
    }
    Optional<byte[]> curve = sec1Curve(der);
    if (curve.isPresent()) {
      return fromPkcs8(pkcs8Envelope(concat(EC_PUBLIC_KEY_OID, curve.get()), der));
    }
    return fromPkcs8(pkcs8Envelope(concat(RSA_ENCRYPTION_OID, DER_NULL), der));
  }

  private static Optional<PrivateKey> fromPkcs8(byte[] der) {
    for (String algorithm : new String[] {"EC", "RSA", "Ed25519"}) {
      try {
        return Optional.of(KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der)));
      } catch (GeneralSecurityException | RuntimeException e) {
        // not this algorithm
      }
    }
    return Optional.empty();
  }

  /** The curve OID (tag and all) of a SEC 1 {@code ECPrivateKey}: SEQUENCE {1, key, [0] curve, ...}. */
  private static Optional<byte[]> sec1Curve(byte[] der) {
    try {
      Der.Reader seq = new Der.Reader(der).enter(0x30);
      byte[] version = seq.next(0x02);
      if (version.length != 1 || version[0] != 1) {
        return Optional.empty();
      }
      seq.next(0x04);
      Der.Reader params = seq.enter(0xa0);
      return Optional.of(params.nextRaw(0x06));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] pkcs8Envelope(byte[] algorithmContent, byte[] key) {
    byte[] version = {0x02, 0x01, 0x00};
    return Der.tlv(0x30, concat(version, Der.tlv(0x30, algorithmContent), Der.tlv(0x04, key)));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Just enough DER to read and build the envelopes above. */
  static final class Der {
    private Der() {}

    static byte[] tlv(int tag, byte[] content) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(tag);
      int n = content.length;
      if (n < 0x80) {
        out.write(n);
      } else {
        int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
          out.write(n >>> (8 * i));
        }
      }
      out.writeBytes(content);
      return out.toByteArray();
    }

    /** Reads the elements of one constructed value in order; throws IllegalArgumentException on anything unexpected. */
    static final class Reader {
      private final byte[] data;
      private int pos;
      private final int end;

      Reader(byte[] data) {
        this(data, 0, data.length);
      }

      private Reader(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
      }

      Reader enter(int tag) {
        int[] bounds = header(tag);
        pos = bounds[1];
        return new Reader(data, bounds[0], bounds[1]);
      }

      byte[] next(int tag) {
        int[] bounds = header(tag);
        pos = bounds[1];
        return Arrays.copyOfRange(data, bounds[0], bounds[1]);
      }

      byte[] nextRaw(int tag) {
        int start = pos;
        int[] bounds = header(tag);
        pos = bounds[1];
        return Arrays.copyOfRange(data, start, bounds[1]);
      }

      private int[] header(int tag) {
        if (pos >= end || (data[pos] & 0xff) != tag) {
          throw new IllegalArgumentException("unexpected tag");
        }
        return header0(pos);
      }

      private int[] header0(int at) {
        int p = at + 1;
        if (p >= end) {
          throw new IllegalArgumentException("truncated");
        }
        int len = data[p++] & 0xff;
        if (len >= 0x80) {
          int bytes = len & 0x7f;
          if (bytes == 0 || bytes > 3) {
            throw new IllegalArgumentException("bad length");
          }
          len = 0;
          for (int i = 0; i < bytes; i++) {
            if (p >= end) {
              throw new IllegalArgumentException("truncated");
            }
            len = (len << 8) | (data[p++] & 0xff);
          }
        }
        if (p + len > end) {
          throw new IllegalArgumentException("truncated");
        }
        return new int[] {p, p + len};
      }
    }
  }
}
