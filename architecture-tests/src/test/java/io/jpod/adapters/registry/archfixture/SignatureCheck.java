package io.jpod.adapters.registry.archfixture;

import org.bouncycastle.crypto.digests.SHA256Digest;

/** Keeps BOUNCY_CASTLE_ONLY_IN_REGISTRY_ADAPTER: BouncyCastle in the registry adapter. */
final class SignatureCheck {
  int digestSize() {
    return new SHA256Digest().getDigestSize();
  }
}
