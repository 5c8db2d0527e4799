package io.github.pomeriumlint.pomerium.values;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Go's {@code tls.X509KeyPair}: the certificate PEM must hold certificates, the key PEM a private
 * key, and the key must belong to the first certificate. Also reads CA bundles.
 */
public final class KeyPair {
  private static final byte[] PROBE = "pomerium-lint key pair probe".getBytes(StandardCharsets.US_ASCII);

  private KeyPair() {}

  /** Why Go would refuse the pair, or empty when it would accept it. */
  public static Optional<String> problem(String certPem, String keyPem) {
    Parsed<List<X509Certificate>> certs = certificates(certPem);
    if (!certs.isOk()) {
      return Optional.of("the certificate " + certs.error());
    }
    Pem.Block keyBlock =
        Pem.blocks(keyPem).stream()
            .filter(b -> b.type().equals("PRIVATE KEY") || b.type().endsWith(" PRIVATE KEY"))
            .findFirst()
            .orElse(null);
    if (keyBlock == null) {
      return Optional.of("the key holds no PEM private key");
    }
    Optional<PrivateKey> key = PrivateKeys.parse(keyBlock.der());
    if (key.isEmpty()) {
      return Optional.of("the private key cannot be parsed");
    }
    if (!belongTogether(key.get(), certs.value().get(0).getPublicKey())) {
      return Optional.of("the private key does not match the certificate's public key");
    }
    return Optional.empty();
  }

  /** Every certificate of a PEM bundle; an error when there is none or one does not parse. */
  public static Parsed<List<X509Certificate>> certificates(String pem) {
    List<X509Certificate> certs = new ArrayList<>();
    for (Pem.Block block : Pem.blocks(pem)) {
      if (block.type().equals("CERTIFICATE")) {
        Optional<X509Certificate> cert = certificate(block.der());
        if (cert.isEmpty()) {
          return Parsed.fail("holds a certificate that does not parse");
        }
        certs.add(cert.get());
      }
    }
    return certs.isEmpty() ? Parsed.fail("holds no PEM certificate") : Parsed.ok(certs);
  }

  /** Go's {@code AppendCertsFromPEM}: true when at least one certificate of the bundle parses. */
  public static boolean hasAnyCertificate(String pem) {
    return Pem.blocks(pem).stream().anyMatch(b -> b.type().equals("CERTIFICATE") && certificate(b.der()).isPresent());
  }

  private static Optional<X509Certificate> certificate(byte[] der) {
    try {
      return Optional.of(
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)));
    } catch (CertificateException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Signs a probe with the private key and verifies it with the public one. */
  private static boolean belongTogether(PrivateKey key, PublicKey publicKey) {
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    String algorithm =
        switch (key.getAlgorithm()) {
          case "EC" -> "SHA256withECDSA";
          case "RSA" -> "SHA256withRSA";
          default -> key.getAlgorithm();
        };
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(PROBE);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(PROBE);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
